"""Finds what does not fit on screen: widgets outside the window, labels squeezed below their text.

Used by the tests (every page, every language) and by the screen tour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


@dataclass(frozen=True)
class Misfit:
    widget: str
    text: str
    problem: str


def misfits(window: QWidget) -> list[Misfit]:
    found: list[Misfit] = []
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0:
            continue
        if not _on_shown_page(widget, window):
            continue
        name = type(widget).__name__
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        top_left = widget.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if not frame.contains(rect, proper=False) and rect.intersects(frame):
            found.append(Misfit(name, text, f"outside the window: {rect.getRect()}"))
        if isinstance(widget, QLabel) and text and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:
                found.append(Misfit(name, text, f"squeezed: {widget.height()} px for {needed} px of text"))
        elif isinstance(widget, QLabel) and text and widget.pixmap().isNull():
            hint = widget.sizeHint()
            if hint.height() > widget.height() + 2:
                found.append(Misfit(name, text, f"squeezed: {widget.height()} px for {hint.height()} px"))
        if isinstance(widget, QAbstractButton) and text and widget.property("kind") not in ("card",):
            needed = widget.sizeHint().width()
            if needed > widget.width() + 2:
                found.append(Misfit(name, text, f"text wider than the button: {needed} > {widget.width()}"))
    return found


def _on_shown_page(widget: QWidget, window: QWidget) -> bool:
    """Skips widgets of hidden stack pages and of the floating banner when it is hidden."""
    parent: QWidget | None = widget
    while parent is not None and parent is not window:
        if not parent.isVisible():
            return False
        parent = parent.parentWidget()
    return True
