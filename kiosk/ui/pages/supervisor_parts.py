"""What the supervisor panels share: the panel frame, typed fields and choice buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QWidget,
)

from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.touch import TouchButton, repolish

MAX_TEXT = 80


class Panel(QWidget):
    """A section of the supervisor page; retranslates itself like a page."""

    def retranslate(self) -> None:
        """Sets every visible text."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TypedFields:
    """Text fields filled from one on-screen keyboard; tapping a field makes it the one typed into."""

    def __init__(
        self, keyboard: OnScreenKeyboard, fields: list[TouchButton], placeholders: list[str] | None = None
    ) -> None:
        self.keyboard = keyboard
        self.fields = fields
        self.placeholders = placeholders or ["…" for _ in fields]  # shown while a field is empty
        self.values = ["" for _ in fields]
        self.active = 0
        for index, field in enumerate(fields):
            field.clicked.connect(lambda _checked=False, i=index: self.activate(i))  # same thread: GUI only
        keyboard.text_typed.connect(self.type_text)
        keyboard.backspace_pressed.connect(self.backspace)
        keyboard.clear_pressed.connect(self.clear_active)
        self.activate(0)

    def activate(self, index: int) -> None:
        self.active = index
        for i, field in enumerate(self.fields):
            field.setProperty("active", "true" if i == index else "false")
            repolish(field)

    def type_text(self, text: str) -> None:
        if len(self.values[self.active]) < MAX_TEXT:
            self.values[self.active] += text
            self.show()

    def backspace(self) -> None:
        self.values[self.active] = self.values[self.active][:-1]
        self.show()

    def clear_active(self) -> None:
        self.values[self.active] = ""
        self.show()

    def set(self, index: int, value: str) -> None:
        self.values[index] = value[:MAX_TEXT]
        self.show()

    def reset(self) -> None:
        self.values = ["" for _ in self.fields]
        self.activate(0)
        self.show()

    def show(self) -> None:
        for field, value, placeholder in zip(self.fields, self.values, self.placeholders, strict=True):
            field.setText(value or placeholder)


def field_button() -> TouchButton:
    button = TouchButton("field")
    button.setProperty("active", "false")
    return button


def choice_button(text: str = "") -> TouchButton:
    button = TouchButton()
    button.setCheckable(True)
    button.setText(text)
    return button


# -- the PIN page -------------------------------------------------------------------------------------
