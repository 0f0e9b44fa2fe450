"""A denial: red band with the reason in large words, the holder's face when known, what to do.

Revoked, suspended, already admitted: the roster photo is the largest thing on the page, so a badge
passed back to someone else is spotted. A forged or unknown badge shows the number it claims. The
page goes back to scanning by itself after a countdown it shows; a denial that calls the supervisor
can be kept on screen until "Next badge".
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.programme import Event
from kiosk.ui import wording
from kiosk.ui.countdown import Countdown
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.icons import Glyph
from kiosk.ui.pages.band import VerdictBand
from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.pages.check import Strip
from kiosk.ui.photo import PhotoFrame
from kiosk.ui.touch import GAP, TouchButton
from kiosk.ui.vocabulary import VerdictResult


class DeniedPage(Page):
    next_requested = Signal()
    keep_requested = Signal()

    def __init__(
        self, event: Event, language: LanguageSwitch, timeout_ms: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("verdictPage", "red")
        self._event = event
        self._language = language
        self._timeout_s = max(1, timeout_ms // 1000)
        self._seconds = Countdown(self)
        self._seconds.ticked.connect(self._show_countdown)
        self.kept = False
        self.result: VerdictResult | None = None

        self.band = VerdictBand("red", Glyph.STOP, inline=True)
        self.photo = PhotoFrame(300, 375, min_height=260)
        self.holder_name = text_label("title")
        self.holder_more = text_label()
        self.claimed = text_label("large")
        self.details = text_label()
        self.history = Strip("red", Glyph.STOP)
        self.action = text_label("large")
        self.next_button = TouchButton("primary")
        self.next_button.setMinimumWidth(320)
        self.next_button.clicked.connect(self.next_requested)
        self.keep_button = TouchButton()
        self.keep_button.clicked.connect(self.on_keep_clicked)
        self.countdown = text_label("muted")

        text = QVBoxLayout()
        text.setSpacing(8)
        text.addWidget(self.holder_name)
        text.addWidget(self.holder_more)
        text.addWidget(self.claimed)
        text.addWidget(self.details)
        text.addWidget(self.history)
        text.addStretch(1)
        text.addWidget(self.action)
        person = QHBoxLayout()
        person.setSpacing(28)
        person.addWidget(self.photo)
        person.addLayout(text, 1)
        footer = QHBoxLayout()
        footer.setSpacing(GAP)
        footer.addWidget(self.countdown, 1)
        footer.addWidget(self.keep_button)
        footer.addSpacing(GAP * 2)
        footer.addWidget(self.next_button)
        body = QVBoxLayout()
        body.setContentsMargins(32, 12, 32, 12)
        body.setSpacing(10)
        body.addLayout(person, 1)
        body.addLayout(footer)
        self.lay_out_under_band(self.band, body)

        self.retranslate()

    @Slot(object)
    def on_verdict_shown(self, result: VerdictResult) -> None:
        if result.verdict.admissible:
            return
        self.result = result
        self.photo.set_photo(result.photo)
        self.photo.setVisible(result.verdict.holder is not None)
        self.kept = False
        self._seconds.start(self._timeout_s)
        self.retranslate()

    @Slot()
    def on_keep_clicked(self) -> None:
        self.kept = True
        self._seconds.stop()
        self.keep_requested.emit()
        self.retranslate()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._seconds.stop()
        super().hideEvent(event)

    def _show_countdown(self) -> None:
        if self.kept:
            self.countdown.setText(self.tr("Kept on screen: tap Next badge when done."))
        else:
            self.countdown.setText(
                self.tr("Back to scanning in %n s", "", self._seconds.left) if self._seconds.left else ""
            )

    def retranslate(self) -> None:
        self.next_button.setText(self.tr("Next badge"))
        self.keep_button.setText(self.tr("Keep on screen"))
        self._show_countdown()
        if self.result is None:
            self.band.set_words(self.tr("DENIED"), "")
            self.keep_button.hide()
            return
        lang = self._language.current
        verdict = self.result.verdict
        words = wording.denial_words(verdict, self._event, lang)
        self.band.set_words(self.tr("DENIED"), words.reason)
        self.keep_button.setVisible(words.calls_supervisor and not self.kept)
        lines = list(words.details)
        if verdict.manual:
            lines.append(self.tr("Manual check (found by search)."))
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self.action.setText(words.action)
        holder = verdict.holder
        self.holder_name.setVisible(holder is not None)
        self.holder_more.setVisible(holder is not None)
        if holder is not None:
            self.holder_name.setText(holder.full_name)
            badge = self.tr("Badge {number}").format(number=holder.badge_number)
            facts = " · ".join(p for p in (badge, holder.outlet, wording.role_words(holder.role)) if p)
            self.holder_more.setText("\n".join(m for m in (holder.alt_name, facts) if m))
        # a forged, altered or unknown badge: whose it claims to be, so the officer knows whose verdict this is
        claims = holder is None and bool(verdict.badge_number)
        self.claimed.setVisible(claims)
        if claims:
            self.claimed.setText(self.tr("Badge number it claims: {number}").format(number=verdict.badge_number))
        history = ""
        if verdict.recent:  # the latest in words, the others counted
            history = wording.recent_line(verdict.recent[-1], self._event, lang)
            if len(verdict.recent) > 1:
                history += " " + self.tr("(and %n more earlier today)", "", len(verdict.recent) - 1)
        self.history.text.setText(history)
        self.history.setVisible(bool(history))
