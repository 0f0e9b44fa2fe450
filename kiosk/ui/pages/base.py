"""What every page shares: retranslation on LanguageChange and a few label helpers.

Subclasses call self.tr() only in their own methods: PySide6 takes the translation context from the
object's class, so a tr() in an inherited method would look in the wrong context.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget


class Page(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("page", "true")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def retranslate(self) -> None:
        """Sets every visible text; called at start and on each language change."""

    def lay_out_under_band(self, band: QWidget, body: QLayout) -> None:
        """The verdict pages' frame: the coloured band edge to edge, the body filling the rest."""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(band)
        column.addLayout(body, 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


LRM, RLM = "\u200e", "\u200f"


class KioskLabel(QLabel):
    """A label whose lines follow the screen's direction, whatever script they start with.

    Qt picks each paragraph's direction from its first letter, so "سلمى العمراني" would sit on the
    right of an English screen and "Le Matin" on the left of an Arabic one. A direction mark in
    front of each line makes every line start on the leading edge. text() returns the text as set.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plain = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._plain = text
        super().setText(self._marked())

    def text(self) -> str:
        return self._plain

    def _marked(self) -> str:
        mark = RLM if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else LRM
        return "\n".join(mark + line if line else line for line in self._plain.split("\n"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutDirectionChange and self._plain:
            super().setText(self._marked())
        super().changeEvent(event)


def text_label(size: str = "", wrap: bool = True, tone: str = "") -> QLabel:
    label = KioskLabel()
    if size:
        label.setProperty("textSize", size)
    if tone:
        label.setProperty("tone", tone)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
