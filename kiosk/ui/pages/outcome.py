"""After the decision is in the log: ADMITTED (green) or REFUSED (red) with the reason chosen."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.programme import Event
from kiosk.domain.verdict import Decision
from kiosk.ui import wording
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.icons import Glyph
from kiosk.ui.pages.band import VerdictBand
from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.photo import PhotoFrame
from kiosk.ui.touch import GAP, TouchButton
from kiosk.ui.vocabulary import Outcome


class OutcomePage(Page):
    next_requested = Signal()

    def __init__(
        self, decision: Decision, event: Event, language: LanguageSwitch, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.decision = decision
        admitted = decision is Decision.ADMITTED
        self.setProperty("verdictPage", "green" if admitted else "red")
        self._event = event
        self._language = language
        self.outcome: Outcome | None = None
        self.band = VerdictBand("green" if admitted else "red", Glyph.CHECK if admitted else Glyph.CROSS, inline=True)
        self.photo = PhotoFrame(200, 250)
        self.name = text_label("title")
        self.lines = text_label("detail")
        self.logged = text_label("muted")
        self.next_button = TouchButton("primary")
        self.next_button.setMinimumWidth(360)
        self.next_button.clicked.connect(self.next_requested)

        text = QVBoxLayout()
        text.setSpacing(10)
        text.addWidget(self.name)
        text.addWidget(self.lines)
        text.addStretch(1)
        text.addWidget(self.logged)
        person = QHBoxLayout()
        person.setSpacing(32)
        person.addWidget(self.photo)
        person.addLayout(text, 1)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        body = QVBoxLayout()
        body.setContentsMargins(40, 28, 40, GAP)
        body.setSpacing(GAP)
        body.addLayout(person)
        body.addStretch(1)
        body.addLayout(footer)
        self.lay_out_under_band(self.band, body)
        self.retranslate()

    @Slot(object)
    def on_outcome_shown(self, outcome: Outcome) -> None:
        if outcome.record.record.decision is not self.decision:
            return
        self.outcome = outcome
        self.photo.set_photo(outcome.result.photo)
        self.retranslate()

    def retranslate(self) -> None:
        admitted = self.decision is Decision.ADMITTED
        self.next_button.setText(self.tr("Next badge"))
        word = self.tr("ADMITTED") if admitted else self.tr("REFUSED")
        if self.outcome is None:
            self.band.set_words(word, "")
            return
        lang = self._language.current
        record = self.outcome.record.record
        verdict = self.outcome.result.verdict
        subtitle = (
            self.tr("Let them in")
            if admitted
            else wording.refusal_words(record.reason)
        )
        self.band.set_words(word, subtitle)
        holder = verdict.holder
        self.name.setText(holder.full_name if holder else record.badge_number or "")
        lines = []
        if holder is not None:
            lines.append(holder.outlet)
        lines.append(
            self.tr("Session: {session}").format(session=wording.session_name(self._event, record.session, lang))
        )
        if verdict.manual:
            lines.append(self.tr("Manual check (found by search)"))
        self.lines.setText("\n".join(lines))
        self.logged.setText(
            self.tr("Recorded at {time} by officer {officer}").format(
                time=wording.time_of(record.at, self._event), officer=record.officer or "—"
            )
        )
