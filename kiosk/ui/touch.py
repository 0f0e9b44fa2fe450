"""Finger-sized controls: buttons that react on press, and the PIN pad (our own, no virtual keyboard)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.ui.icons import Glyph, glyph_pixmap

GAP = 16


class TouchButton(QPushButton):
    """At least 80 px and 15 mm; never takes keyboard focus; looks pressed while pressed."""

    def __init__(
        self,
        kind: str = "",
        glyph: Glyph | None = None,
        glyph_colour: str = "#FFFFFF",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if kind:
            self.setProperty("kind", kind)
        if glyph is not None:
            self.set_glyph(glyph, glyph_colour)

    def set_glyph(self, glyph: Glyph, colour: str) -> None:
        self.setIcon(glyph_pixmap(glyph, 44, QColor(colour), ring=False, ratio=self.devicePixelRatioF()))
        self.setIconSize(QSize(44, 44))


def repolish(widget: QWidget) -> None:
    """After changing a property the style sheet selects on."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class CardButton(QPushButton):
    """A tappable card across a list: as tall as its wrapped lines need at the width it is given (a
    plain button's size hint ignores its layout, and rows of long names would be clipped)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setProperty("kind", "card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else super().heightForWidth(width)

    def sizeHint(self):  # noqa: ANN201, N802 - Qt override
        layout = self.layout()
        return layout.totalSizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self):  # noqa: ANN201, N802 - Qt override
        layout = self.layout()
        return layout.totalMinimumSize() if layout is not None else super().minimumSizeHint()


class PinPad(QWidget):
    """Digits 1–9, 0, erase and OK, always laid out like a phone keypad (also in Arabic)."""

    digit_pressed = Signal(str)
    erase_pressed = Signal()
    ok_pressed = Signal()

    def __init__(self, key_px: int = 104, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # keypads are not mirrored
        grid = QGridLayout(self)
        grid.setSpacing(GAP)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, TouchButton] = {}
        for index, digit in enumerate("123456789"):
            self._add_digit(grid, digit, index // 3, index % 3, key_px)
        self.erase = TouchButton("pin")
        self.erase.setFixedSize(key_px, key_px)
        self.erase.clicked.connect(self.erase_pressed)
        self.erase.setAutoRepeat(True)
        grid.addWidget(self.erase, 3, 0)
        self._add_digit(grid, "0", 3, 1, key_px)
        self.ok = TouchButton("primary")
        self.ok.setFixedSize(key_px, key_px)
        self.ok.clicked.connect(self.ok_pressed)
        grid.addWidget(self.ok, 3, 2)
        self.retranslate()

    def _add_digit(self, grid: QGridLayout, digit: str, row: int, col: int, key_px: int) -> None:
        button = TouchButton("pin")
        button.setText(digit)
        button.setFixedSize(key_px, key_px)
        button.clicked.connect(self.on_key_clicked)
        grid.addWidget(button, row, col)
        self.keys[digit] = button

    @Slot()
    def on_key_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.digit_pressed.emit(button.text())

    def retranslate(self) -> None:
        self.erase.setText("⌫")
        self.ok.setText(self.tr("OK"))

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PinDots(QFrame):
    """Shows how many digits were typed, never the digits."""

    def __init__(self, length: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", "true")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._label = QLabel(self)
        self._label.setProperty("textSize", "huge")
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setMinimumHeight(84)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 4, 12, 4)
        grid.addWidget(self._label)
        self._length = length
        self.set_count(0)

    def set_count(self, count: int) -> None:
        shown = max(count, 4)
        self._label.setText(" ".join("●" if i < count else "○" for i in range(min(shown, self._length))))
