"""After the decision is in the log: ADMITTED (green) or REFUSED (red) with the reason chosen.

The face stays the largest thing on the page; on ADMITTED the roster's attention note runs across
the page under the band: this is the moment to act on it. Both go back to scanning by themselves
after a countdown they show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.programme import Event
from kiosk.domain.verdict import Decision, RefusalReason
from kiosk.ui import wording
from kiosk.ui.countdown import Countdown
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.icons import Glyph, GlyphLabel
from kiosk.ui.pages.band import VerdictBand
from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.photo import PhotoFrame
from kiosk.ui.style import PALETTE
from kiosk.ui.touch import GAP, TouchButton
from kiosk.ui.vocabulary import Outcome


class OutcomePage(Page):
    next_requested = Signal()

    def __init__(
        self,
        decision: Decision,
        event: Event,
        language: LanguageSwitch,
        timeout_ms: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.decision = decision
        admitted = decision is Decision.ADMITTED
        self.setProperty("verdictPage", "green" if admitted else "red")
        self._event = event
        self._language = language
        self._timeout_s = max(1, timeout_ms // 1000)
        self._seconds = Countdown(self)
        self._seconds.ticked.connect(self._show_countdown)
        self.outcome: Outcome | None = None
        self.band = VerdictBand("green" if admitted else "red", Glyph.CHECK if admitted else Glyph.CROSS, inline=True)
        self.note_band = QFrame()
        self.note_band.setProperty("noteBand", "true")
        self.note_band.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.note = text_label("large")
        note_row = QHBoxLayout(self.note_band)
        note_row.setContentsMargins(28, 6, 28, 6)
        note_row.setSpacing(16)
        note_row.addWidget(GlyphLabel(Glyph.WARNING, 48, QColor(PALETTE.amber_text), ring=False))
        note_row.addWidget(self.note, 1)
        self.note_band.hide()
        self.photo = PhotoFrame(360, 450, min_height=300)
        self.name = text_label("title")
        self.lines = text_label("detail")
        self.logged = text_label("muted")
        self.countdown = text_label("muted")
        self.next_button = TouchButton("primary")
        self.next_button.setMinimumWidth(320)
        self.next_button.clicked.connect(self.next_requested)

        text = QVBoxLayout()
        text.setSpacing(10)
        text.addWidget(self.name)
        text.addWidget(self.lines)
        text.addStretch(1)
        text.addWidget(self.logged)
        footer = QHBoxLayout()
        footer.setSpacing(GAP)
        footer.addWidget(self.countdown, 1)
        footer.addWidget(self.next_button)
        text.addLayout(footer)
        person = QHBoxLayout()
        person.setContentsMargins(40, 16, 40, GAP)
        person.setSpacing(32)
        person.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        person.addLayout(text, 1)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.note_band)
        body.addLayout(person, 1)
        self.lay_out_under_band(self.band, body)
        self.retranslate()

    @Slot(object)
    def on_outcome_shown(self, outcome: Outcome) -> None:
        if outcome.record.record.decision is not self.decision:
            return
        self.outcome = outcome
        self.photo.set_photo(outcome.result.photo)
        self._seconds.start(self._timeout_s)
        self.retranslate()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._seconds.stop()
        super().hideEvent(event)

    def _show_countdown(self) -> None:
        left = self._seconds.left
        self.countdown.setText(self.tr("Back to scanning in %n s", "", left) if left else "")

    def retranslate(self) -> None:
        admitted = self.decision is Decision.ADMITTED
        self.next_button.setText(self.tr("Next badge"))
        self._show_countdown()
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
            else wording.refusal_words(record.reason if isinstance(record.reason, RefusalReason) else None)
        )
        self.band.set_words(word, subtitle)
        holder = verdict.holder
        self.name.setText(holder.full_name if holder else record.badge_number or "")
        lines = []
        if holder is not None:
            badge = self.tr("Badge {number}").format(number=holder.badge_number)
            lines += [holder.alt_name, " · ".join(p for p in (badge, holder.outlet) if p)]
        if not admitted and record.detail:
            lines.append(self.tr("Reason given: {note}").format(note=record.detail))
        lines.append(
            self.tr("Session: {session}").format(session=wording.session_name(self._event, record.session, lang))
        )
        if verdict.manual:
            lines.append(self.tr("Manual check (found by search)"))
        if admitted and record.offline:
            lines.append(self.tr("Admitted offline: the site gets it when the network is back"))
        self.lines.setText("\n".join(line for line in lines if line))
        self.logged.setText(
            self.tr("Recorded at {time} by officer {officer}").format(
                time=wording.time_of(record.at, self._event), officer=record.officer or "—"
            )
        )
        note = holder.attention_note if holder is not None and admitted else ""
        self.note.setText(self.tr("Attention: {note}").format(note=note))
        self.note_band.setVisible(bool(note))
