"""Finds what does not fit on screen: widgets outside the window or clipped by their parent, labels
squeezed below their text or cut across, things printed over each other.

Used by the tests (every page, every language) and by the screen tour. Rows in a scrolling list may
lie outside the window (that is what scrolling is for), but each row's own content must fit the row.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from kiosk.ui.photo import PhotoFrame


@dataclass(frozen=True)
class Misfit:
    widget: str
    text: str
    problem: str


def misfits(window: QWidget) -> list[Misfit]:
    found: list[Misfit] = []
    frame = window.rect()
    shown = [w for w in window.findChildren(QWidget) if w.isVisible() and w.width() > 0 and _on_shown_page(w, window)]
    for widget in shown:
        name = type(widget).__name__
        text = _text(widget)
        top_left = widget.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        scrolled = _in_scroll_area(widget)
        if not scrolled and not frame.contains(rect, proper=False) and rect.intersects(frame):
            found.append(Misfit(name, text, f"outside the window: {rect.getRect()}"))
        parent = widget.parentWidget()
        if (
            parent is not None
            and _draws(widget)
            and not isinstance(parent, QAbstractScrollArea)
            and not _is_scroll_content(parent)
            and not parent.rect().adjusted(-1, -1, 1, 1).contains(widget.geometry())
        ):
            found.append(Misfit(name, text, f"clipped by its {type(parent).__name__}: {widget.geometry().getRect()}"))
        if isinstance(widget, QLabel) and text and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:
                found.append(Misfit(name, text, f"squeezed: {widget.height()} px for {needed} px of text"))
        elif isinstance(widget, QLabel) and text and widget.pixmap().isNull():
            hint = widget.sizeHint()
            if hint.height() > widget.height() + 2:
                found.append(Misfit(name, text, f"squeezed: {widget.height()} px for {hint.height()} px"))
            metrics = widget.fontMetrics()
            wide = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            if wide > widget.contentsRect().width() + 2:
                found.append(Misfit(name, text, f"cut: {widget.contentsRect().width()} px for {wide} px of text"))
        if isinstance(widget, QAbstractButton) and text and widget.property("kind") not in ("card",):
            needed = widget.sizeHint().width()
            if needed > widget.width() + 2:
                found.append(Misfit(name, text, f"text wider than the button: {needed} > {widget.width()}"))
    found += _overprints(shown)
    return found


def _overprints(shown: list[QWidget]) -> list[Misfit]:
    """Siblings that draw something and overlap: a name printed over a photo, a button over a label."""
    by_parent: dict[int, tuple[QWidget, list[QWidget]]] = {}  # the parent is kept: its id stays its own
    for widget in shown:
        parent = widget.parentWidget()
        if parent is not None and _draws(widget):
            by_parent.setdefault(id(parent), (parent, []))[1].append(widget)
    found = []
    for _parent, siblings in by_parent.values():
        for first, second in combinations(siblings, 2):
            overlap = first.geometry().adjusted(1, 1, -1, -1).intersected(second.geometry().adjusted(1, 1, -1, -1))
            if not overlap.isEmpty():
                found.append(
                    Misfit(
                        type(first).__name__,
                        _text(first) or _text(second),
                        f"overprinted with {type(second).__name__} {_text(second)!r}: {overlap.getRect()}",
                    )
                )
    return found


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""


def _draws(widget: QWidget) -> bool:
    """Widgets whose content would be lost under another: text, pictures, buttons, photos."""
    if isinstance(widget, PhotoFrame | QAbstractButton):
        return True
    return isinstance(widget, QLabel) and (bool(widget.text()) or not widget.pixmap().isNull())


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _is_scroll_content(widget: QWidget) -> bool:
    """The widget a scroll area scrolls (its rows may reach past the viewport)."""
    viewport = widget.parentWidget()
    return viewport is not None and isinstance(viewport.parentWidget(), QAbstractScrollArea)


def _on_shown_page(widget: QWidget, window: QWidget) -> bool:
    """Skips widgets of hidden stack pages."""
    parent: QWidget | None = widget
    while parent is not None and parent is not window:
        if not parent.isVisible():
            return False
        parent = parent.parentWidget()
    return True
