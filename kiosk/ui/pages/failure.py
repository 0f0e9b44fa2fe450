"""A write that failed: nothing false is shown; the officer can try again or go back."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.programme import Event
from kiosk.ui import wording
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.icons import Glyph
from kiosk.ui.pages.band import VerdictBand
from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.touch import GAP, TouchButton
from kiosk.ui.vocabulary import Failure, FailureKind


class FailurePage(Page):
    retry_requested = Signal()
    back_requested = Signal()
    next_requested = Signal()
    approval_requested = Signal()  # offline past the data age: the supervisor's PIN may admit

    def __init__(self, event: Event, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self.failure: Failure | None = None
        self.band = VerdictBand("slate", Glyph.WARNING)
        self.action = text_label("large")
        self.detail = text_label("small")
        self.retry_button = TouchButton("primary")
        self.retry_button.clicked.connect(self.retry_requested)
        self.back_button = TouchButton()
        self.back_button.clicked.connect(self.back_requested)
        self.next_button = TouchButton("primary")
        self.next_button.clicked.connect(self.next_requested)
        self.approve_button = TouchButton("primary")
        self.approve_button.clicked.connect(self.approval_requested)
        footer = QHBoxLayout()
        footer.setSpacing(GAP)
        footer.addStretch(1)
        footer.addWidget(self.back_button)
        footer.addWidget(self.retry_button)
        footer.addWidget(self.approve_button)
        footer.addWidget(self.next_button)
        body = QVBoxLayout()
        body.setContentsMargins(40, 28, 40, GAP)
        body.setSpacing(GAP)
        body.addWidget(self.action)
        body.addStretch(1)
        body.addWidget(self.detail)
        body.addLayout(footer)
        self.lay_out_under_band(self.band, body)
        self.retranslate()

    @Slot(object)
    def on_failure_shown(self, failure: Failure) -> None:
        self.failure = failure
        retry = failure.kind is FailureKind.DECISION_NOT_RECORDED
        approval = failure.kind is FailureKind.APPROVAL_NEEDED
        self.retry_button.setVisible(retry)
        self.approve_button.setVisible(approval)
        self.back_button.setVisible(retry or approval)
        self.next_button.setVisible(not (retry or approval))
        self.retranslate()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Try again"))
        self.back_button.setText(self.tr("Back to the check"))
        self.next_button.setText(self.tr("Next badge"))
        self.approve_button.setText(self.tr("Supervisor approves…"))
        if self.failure is None:
            return
        word, title, action = wording.failure_words(self.failure, self._event, self._language.current)
        self.band.set_words(word, title)
        self.action.setText(action)
        self.detail.setText(
            self.tr("Technical detail: {detail}").format(detail=self.failure.detail) if self.failure.detail else ""
        )
