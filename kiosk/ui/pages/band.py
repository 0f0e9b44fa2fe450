"""The coloured band at the top of a verdict page: colour, icon and word, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.icons import Glyph, glyph_pixmap, paint_glyph
from kiosk.ui.pages.base import text_label
from kiosk.ui.style import PALETTE

BAND_COLOURS = {"red": PALETTE.red, "amber": PALETTE.amber, "green": PALETTE.green, "slate": PALETTE.slate}
ICON_PX = 112


def band_icon(glyph: Glyph, band: str, ratio: float) -> QPixmap:
    """A white disc with the mark in the band's colour; on amber, a dark warning triangle."""
    if glyph is Glyph.WARNING:
        return glyph_pixmap(glyph, ICON_PX, QColor(PALETTE.amber_text if band == "amber" else "#FFFFFF"), False, ratio)
    if glyph is Glyph.STOP:
        return glyph_pixmap(glyph, ICON_PX, QColor(PALETTE.red_pressed), True, ratio)
    pixmap = glyph_pixmap(glyph, ICON_PX, QColor("#FFFFFF"), True, ratio)
    painter = QPainter(pixmap)
    paint_glyph(painter, glyph, QRectF(0, 0, ICON_PX, ICON_PX), QColor(BAND_COLOURS[band]), ring=False)
    painter.end()
    return pixmap


class VerdictBand(QFrame):
    def __init__(self, band: str, glyph: Glyph, inline: bool = False, parent: QWidget | None = None) -> None:
        """inline: the subtitle beside the word (one row, for pages that need the height)."""
        super().__init__(parent)
        self.band = band
        self.setProperty("band", band)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        on = "onAmber" if band == "amber" else "onColour"
        self.icon = QLabel()
        self.icon.setFixedSize(ICON_PX, ICON_PX)
        self.set_glyph(glyph)
        self.word = text_label("verdict", wrap=False, tone=on)
        self.subtitle = text_label("reason", wrap=True, tone=on)
        words = QHBoxLayout() if inline else QVBoxLayout()
        words.setSpacing(28 if inline else 0)
        words.addWidget(self.word)
        words.addWidget(self.subtitle, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 6, 28, 6)
        row.setSpacing(28)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(words, 1)

    def set_glyph(self, glyph: Glyph) -> None:
        self.glyph = glyph
        self.icon.setPixmap(band_icon(glyph, self.band, self.devicePixelRatioF()))

    def set_words(self, word: str, subtitle: str) -> None:
        self.word.setText(word)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
