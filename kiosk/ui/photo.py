"""The holder's roster photo, cropped to a portrait frame; a neutral silhouette when there is none."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.icons import Glyph, paint_glyph
from kiosk.ui.style import PALETTE


class PhotoFrame(QLabel):
    def __init__(self, width: int, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(width, height)
        self.has_photo = False
        self.set_photo(None)

    def set_photo(self, image: QImage | None) -> None:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(PALETTE.border))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        box = QRectF(0, 0, self.width(), self.height())
        self.has_photo = image is not None and not image.isNull()
        if self.has_photo:
            assert image is not None
            scaled = image.scaled(
                round(box.width() * ratio),
                round(box.height() * ratio),
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = (scaled.width() - box.width() * ratio) / 2
            y = (scaled.height() - box.height() * ratio) / 2
            painter.drawImage(box, scaled, QRectF(x, y, box.width() * ratio, box.height() * ratio))
        else:
            paint_glyph(painter, Glyph.PERSON, box.adjusted(10, 10, -10, -10), QColor("#FFFFFF"), ring=False)
        painter.end()
        self.setPixmap(pixmap)
