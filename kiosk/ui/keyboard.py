"""Our own on-screen keyboard: Latin (AZERTY or QWERTY), Arabic, and digits, in four rows of 80 px keys.

No physical keyboard is assumed. The keys keep their physical left-to-right arrangement in every
language, as printed keyboards do; the page around them mirrors.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.touch import TouchButton

KEY_GAP = 10


class KeyLayout(enum.Enum):
    AZERTY = "azerty"
    QWERTY = "qwerty"
    ARABIC = "arabic"
    DIGITS = "digits"


ROWS: dict[KeyLayout, tuple[str, ...]] = {
    KeyLayout.AZERTY: ("AZERTYUIOP", "QSDFGHJKLM", "WXCVBN-'"),
    KeyLayout.QWERTY: ("QWERTYUIOP", "ASDFGHJKL'", "ZXCVBNM-"),
    KeyLayout.ARABIC: ("ضصثقفغعهخحجد", "شسيبلاتنمكط", "ذئءؤرىةوزظ"),
    KeyLayout.DIGITS: ("1234567890", "-'.", ""),
}


class OnScreenKeyboard(QWidget):
    """Emits what was typed; the page owns the text."""

    text_typed = Signal(str)
    backspace_pressed = Signal()
    clear_pressed = Signal()

    def __init__(self, key_height: int = 80, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._key_height = key_height
        self._latin = KeyLayout.AZERTY
        self.key_layout = KeyLayout.AZERTY
        self._rows = QVBoxLayout(self)
        self._rows.setSpacing(KEY_GAP)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, TouchButton] = {}
        self.switch = TouchButton("primary")
        self.switch.clicked.connect(self.on_switch_clicked)
        self.digits = TouchButton("primary")
        self.digits.clicked.connect(self.on_digits_clicked)
        self._letters = KeyLayout.AZERTY
        self.space = TouchButton("key")
        self.space.clicked.connect(self.on_space_clicked)
        self.backspace = TouchButton("key")
        self.backspace.setText("⌫")
        self.backspace.setAutoRepeat(True)
        self.backspace.clicked.connect(self.backspace_pressed)
        self.clear = TouchButton("key")
        self.clear.clicked.connect(self.clear_pressed)
        self._panel: QWidget | None = None
        self._build()
        self._build_bottom()
        self.retranslate()

    def set_language(self, language: str) -> None:
        """French officers get AZERTY, English QWERTY; Arabic opens on the Arabic letters."""
        self._latin = KeyLayout.AZERTY if language == "fr" else KeyLayout.QWERTY
        self._letters = KeyLayout.ARABIC if language == "ar" else self._latin
        self.set_layout(self._letters)

    def set_layout(self, layout: KeyLayout) -> None:
        if layout is not self.key_layout:
            self.key_layout = layout
            self._build()
            self.retranslate()

    def _build(self) -> None:
        """The letter rows live in one panel, replaced whole when the layout changes."""
        if self._panel is not None:
            self._rows.removeWidget(self._panel)
            self._panel.hide()
            self._panel.deleteLater()
        self.keys.clear()
        panel = QWidget(self)
        rows = QVBoxLayout(panel)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(KEY_GAP)
        for letters in ROWS[self.key_layout]:
            row = QHBoxLayout()
            row.setSpacing(KEY_GAP)
            row.addStrut(self._key_height)
            for letter in letters:
                row.addWidget(self._key(letter, panel))
            rows.addLayout(row)
        self._panel = panel
        self._rows.insertWidget(0, panel)

    def _build_bottom(self) -> None:
        bottom = QHBoxLayout()
        bottom.setSpacing(KEY_GAP)
        for button, stretch in (
            (self.digits, 2), (self.switch, 2), (self.space, 5), (self.backspace, 2), (self.clear, 2)
        ):
            button.setFixedHeight(self._key_height)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            bottom.addWidget(button, stretch)
        self._rows.addLayout(bottom)

    def _key(self, letter: str, panel: QWidget) -> TouchButton:
        key = TouchButton("key", parent=panel)
        key.setText(letter)
        key.setFixedHeight(self._key_height)
        key.setMinimumWidth(40)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.clicked.connect(self.on_key_clicked)
        self.keys[letter] = key
        return key

    @Slot()
    def on_key_clicked(self) -> None:
        key = self.sender()
        if isinstance(key, QPushButton):
            self.text_typed.emit(key.text())

    @Slot()
    def on_space_clicked(self) -> None:
        self.text_typed.emit(" ")

    @Slot()
    def on_switch_clicked(self) -> None:
        """عربي ⇄ ABC: between the Arabic and the Latin letters."""
        self._letters = self._latin if self._letters is KeyLayout.ARABIC else KeyLayout.ARABIC
        self.set_layout(self._letters)

    @Slot()
    def on_digits_clicked(self) -> None:
        self.set_layout(self._letters if self.key_layout is KeyLayout.DIGITS else KeyLayout.DIGITS)

    def retranslate(self) -> None:
        self.switch.setText("ABC" if self._letters is KeyLayout.ARABIC else "عربي")
        self.digits.setText("أبج" if self._letters is KeyLayout.ARABIC and self.key_layout is KeyLayout.DIGITS
                            else "ABC" if self.key_layout is KeyLayout.DIGITS else "123")
        self.space.setText(self.tr("Space"))
        self.clear.setText(self.tr("Clear"))

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
