"""A denial: red band with the reason in large words, the details, the holder if known, what to do."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.programme import Event
from kiosk.ui import wording
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.icons import Glyph
from kiosk.ui.pages.band import VerdictBand
from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.photo import PhotoFrame
from kiosk.ui.touch import TouchButton
from kiosk.ui.vocabulary import VerdictResult


class DeniedPage(Page):
    next_requested = Signal()

    def __init__(
        self, event: Event, language: LanguageSwitch, timeout_ms: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("verdictPage", "red")
        self._event = event
        self._language = language
        self._timeout_s = max(1, timeout_ms // 1000)
        self._left = 0
        self.result: VerdictResult | None = None

        self.band = VerdictBand("red", Glyph.STOP, inline=True)
        self.details = text_label("detail")
        self.holder_box = QFrame()
        self.holder_box.setProperty("card", "true")
        self.photo = PhotoFrame(100, 125)
        self.holder_name = text_label("large")
        self.holder_more = text_label("muted")
        holder_text = QVBoxLayout()
        holder_text.addWidget(self.holder_name)
        holder_text.addWidget(self.holder_more)
        holder_text.addStretch(1)
        holder_row = QHBoxLayout(self.holder_box)
        holder_row.setContentsMargins(12, 10, 12, 10)
        holder_row.setSpacing(24)
        holder_row.addWidget(self.photo)
        holder_row.addLayout(holder_text, 1)
        self.action = text_label("large")
        self.next_button = TouchButton("primary")
        self.next_button.setMinimumWidth(360)
        self.next_button.clicked.connect(self.next_requested)
        self.countdown = text_label("muted", wrap=False)

        body = QVBoxLayout()
        body.setContentsMargins(32, 12, 32, 12)
        body.setSpacing(12)
        body.addWidget(self.details)
        body.addWidget(self.holder_box)
        body.addStretch(1)
        body.addWidget(self.action)
        footer = QHBoxLayout()
        footer.addWidget(self.countdown)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        body.addLayout(footer)

        self.lay_out_under_band(self.band, body)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.on_tick)
        self.retranslate()

    @Slot(object)
    def on_verdict_shown(self, result: VerdictResult) -> None:
        if result.verdict.admissible:
            return
        self.result = result
        holder = result.verdict.holder
        self.photo.set_photo(result.photo)
        self.holder_box.setVisible(holder is not None)
        self._left = self._timeout_s
        self._ticker.start()
        self.retranslate()

    @Slot()
    def on_tick(self) -> None:
        self._left = max(0, self._left - 1)
        if self._left == 0:
            self._ticker.stop()
        self._show_countdown()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._ticker.stop()
        super().hideEvent(event)

    def _show_countdown(self) -> None:
        self.countdown.setText(
            self.tr("Back to scanning in {seconds} s").format(seconds=self._left) if self._left else ""
        )

    def retranslate(self) -> None:
        self.next_button.setText(self.tr("Next badge"))
        self._show_countdown()
        if self.result is None:
            self.band.set_words(self.tr("DENIED"), "")
            return
        lang = self._language.current
        verdict = self.result.verdict
        words = wording.denial_words(verdict, self._event, lang)
        self.band.set_words(self.tr("DENIED"), words.reason)
        lines = list(words.details)
        if verdict.manual:
            lines.append(self.tr("Manual check (found by search)."))
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self.action.setText(words.action)
        holder = verdict.holder
        if holder is not None:
            self.holder_name.setText(holder.full_name)
            more = [holder.outlet, wording.role_words(holder.role)]
            self.holder_more.setText(
                " · ".join(p for p in more if p) + "\n" + self.tr("Badge {number}").format(number=holder.badge_number)
            )
