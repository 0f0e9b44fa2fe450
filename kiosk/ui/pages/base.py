"""What every page shares: retranslation on LanguageChange and a few label helpers.

Subclasses call self.tr() only in their own methods: PySide6 takes the translation context from the
object's class, so a tr() in an inherited method would look in the wrong context.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class Page(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("page", "true")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def retranslate(self) -> None:
        """Sets every visible text; called at start and on each language change."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def text_label(size: str = "", wrap: bool = True, tone: str = "") -> QLabel:
    label = QLabel()
    if size:
        label.setProperty("textSize", size)
    if tone:
        label.setProperty("tone", tone)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
