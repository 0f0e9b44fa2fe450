"""Waiting for a badge: the live preview fills the page; the officer's few actions sit above it.

Above, not below: the verdict pages put "Next badge" at the bottom, and a double tap on it must land
on the camera's picture, not on "Supervisor" or "Sign out".
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.staff import StaffMember
from kiosk.ui.camera_view import CameraView
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.icons import Glyph
from kiosk.ui.pages.base import Page
from kiosk.ui.pages.common import LanguageButtons
from kiosk.ui.touch import GAP, TouchButton


class ScanningPage(Page):
    search_requested = Signal()
    sign_out_requested = Signal()
    supervisor_requested = Signal()

    def __init__(self, camera: CameraView, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.camera = camera
        self.officer: StaffMember | None = None
        self.search_button = TouchButton("primary", Glyph.SEARCH)
        self.search_button.clicked.connect(self.search_requested)
        self.sign_out_button = TouchButton()
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.supervisor_button = TouchButton("", Glyph.LOCK, "#17202B")
        self.supervisor_button.clicked.connect(self.supervisor_requested)
        self.languages = LanguageButtons(language)

        actions = QHBoxLayout()
        actions.setSpacing(GAP)
        actions.addWidget(self.search_button)
        actions.addStretch(1)
        actions.addWidget(self.sign_out_button)
        actions.addSpacing(GAP)
        actions.addWidget(self.languages)
        actions.addWidget(self.supervisor_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(GAP, GAP, GAP, GAP)
        column.setSpacing(GAP)
        column.addLayout(actions)
        column.addWidget(camera, 1)
        self.retranslate()

    @Slot(object)
    def on_officer_changed(self, officer: StaffMember | None) -> None:
        self.officer = officer
        self.retranslate()

    def retranslate(self) -> None:
        self.search_button.setText(self.tr("Search by name"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.supervisor_button.setText(self.tr("Supervisor"))
