"""A line with a secondary text (the roster's age) beside it where both fit whole, else under it.

The screen never cuts a text, and a line of its own costs height that Arabic's taller lines cannot
spare on every page: where the leading line leaves room (Arabic's short words, a short title), the
secondary text sits at its trailing end; elsewhere it takes a line under whatever follows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget


class LineWithSide(QWidget):
    """`main` on the first line, then `under` (if any), and `side` beside `main` or last of all."""

    GAP = 20

    def __init__(self, main: QLabel, side: QLabel, under: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._main = main
        self._side = side
        self._rows = 2 if under is not None else 1
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(0)
        self._grid.setHorizontalSpacing(self.GAP)
        self._grid.setColumnStretch(0, 1)
        self._grid.addWidget(main, 0, 0)
        if under is not None:
            self._grid.addWidget(under, 1, 0, 1, 2)
        self.beside: bool | None = None
        self._place(beside=False)

    def fit(self) -> None:
        """After a text changed: the side text moves where it now fits."""
        self._place(self._fits(self.width()))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._place(self._fits(event.size().width()))
        super().resizeEvent(event)

    def _fits(self, width: int) -> bool:
        def needed(label: QLabel) -> int:
            return max((label.fontMetrics().horizontalAdvance(line) for line in label.text().split("\n")), default=0)

        return needed(self._main) + self.GAP + needed(self._side) + 8 <= width  # 8: the labels' own margins

    def _place(self, beside: bool) -> None:
        if beside is self.beside:
            return
        self.beside = beside
        self._grid.removeWidget(self._side)
        if beside:
            self._grid.addWidget(self._side, 0, 1, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        else:
            self._grid.addWidget(self._side, self._rows, 0, 1, 2)
