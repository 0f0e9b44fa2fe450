"""Controls several pages share: the language buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QWidget

from kiosk.ui.i18n import LANGUAGES, LanguageSwitch
from kiosk.ui.touch import TouchButton

SHORT_NAMES = {"fr": "FR", "en": "EN", "ar": "عربي"}  # each in its own script, never translated


class LanguageButtons(QWidget):
    """FR · EN · عربي; the current one is shown pressed in."""

    language_chosen = Signal(str)

    def __init__(self, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, TouchButton] = {}
        for code in LANGUAGES:
            button = TouchButton()
            button.setText(SHORT_NAMES[code])
            button.setCheckable(True)
            button.setProperty("language", code)
            button.setMinimumWidth(96)
            button.clicked.connect(self.on_button_clicked)
            self._group.addButton(button)
            row.addWidget(button)
            self.buttons[code] = button
        language.language_changed.connect(self.on_language_changed)
        self.on_language_changed(language.current)

    @Slot()
    def on_button_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            self.language_chosen.emit(str(button.property("language")))

    @Slot(str)
    def on_language_changed(self, code: str) -> None:
        if code in self.buttons:
            self.buttons[code].setChecked(True)
