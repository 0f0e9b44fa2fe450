"""The rows of the supervisor's Site panel: a kiosk across the panel, a conflict with what annuls it.
They hold widgets only; the panel (kiosk.ui.pages.supervisor_site) writes their words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.domain.site import SiteConflict
from kiosk.ui.icons import Glyph, GlyphLabel
from kiosk.ui.pages.base import text_label
from kiosk.ui.style import colour
from kiosk.ui.touch import GAP, CardButton, TouchButton, repolish


class RowWords:
    """An icon that says whether the row needs the supervisor, a title and its lines."""

    def __init__(self, owner: QWidget) -> None:
        self.icon = GlyphLabel(Glyph.CHECK, 40, colour("green"), ring=False)
        self.title = text_label("strong")
        self.lines = text_label("small")
        for child in (self.icon, self.title, self.lines):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.lines)
        row = QHBoxLayout(owner)
        row.setContentsMargins(12, 8, 14, 8)
        row.setSpacing(14)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)

    def show(self, title: str, lines: str, flagged: bool | None) -> None:
        """flagged: True a warning (red icon and title), False fine (green tick), None neither (no icon)."""
        self.title.setText(title)
        self.lines.setText(lines)
        self.icon.setVisible(flagged is not None)
        if flagged is not None:
            self.icon.set_glyph(Glyph.WARNING if flagged else Glyph.CHECK, colour("red" if flagged else "green"),
                                ring=False)
        self.title.setProperty("tone", "error" if flagged else "")
        repolish(self.title)


class SiteLine(QFrame):
    """A line of the site to read: a lane's figures, an admission."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", "true")
        self.words = RowWords(self)


class KioskRow(CardButton):
    """A kiosk of the site, across the panel: tap to see its admissions of the day."""

    def __init__(self, kiosk_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kiosk_id = kiosk_id
        self.words = RowWords(self)


class ConflictCard(QFrame):
    """A badge admitted twice: each admission on a line of its own, with what annuls it beside it (a
    button when it was made here, where to go when it was made at another kiosk)."""

    def __init__(self, conflict: SiteConflict, viewer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setProperty("card", "true")
        self.icon = GlyphLabel(Glyph.WARNING, 40, colour("red"), ring=False)
        self.title = text_label("strong", tone="error")
        self.offline = text_label("small")
        self.standing = text_label("small")
        self.hint = text_label("small")
        self.annul_buttons: dict[str, TouchButton] = {}  # client id -> "Annul…": the admission made here
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.title)
        for label, admission in ((self.offline, conflict.conflict), (self.standing, conflict.standing)):
            line = QHBoxLayout()
            line.setSpacing(GAP)
            line.addWidget(label, 1)
            here = admission is not None and admission.kiosk_id == viewer and admission.decision_id is not None
            if here:
                assert admission is not None
                button = TouchButton("danger")
                button.setProperty("client", admission.client_id)
                self.annul_buttons[admission.client_id] = button
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            text.addLayout(line)
        text.addWidget(self.hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 14, 12)
        row.setSpacing(14)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)


def clear_rows(layout: QVBoxLayout, widgets: list) -> None:  # noqa: ANN001 - list of QWidget
    for widget in widgets:
        layout.removeWidget(widget)
        widget.hide()  # gone at once, deleted later
        widget.deleteLater()
    widgets.clear()


def scrolling(column: QVBoxLayout) -> QScrollArea:
    holder = QWidget()
    outer = QVBoxLayout(holder)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addLayout(column)
    outer.addStretch(1)
    area = QScrollArea()
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area
