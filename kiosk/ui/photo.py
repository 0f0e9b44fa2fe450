"""The holder's roster photo, cropped to a 4:5 portrait; a neutral silhouette when there is none.

Where a face must be compared the photo is the largest thing on the page: it takes the width it is
given and as much height as the page can spare, up to 4:5, never less than its minimum.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.icons import Glyph, paint_glyph
from kiosk.ui.style import PALETTE


class PhotoFrame(QWidget):
    def __init__(self, width: int, height: int, min_height: int | None = None, parent: QWidget | None = None) -> None:
        """width × height is the photo's full size; with min_height it may shrink to that height."""
        super().__init__(parent)
        self._full = QSize(width, height)
        self.setFixedWidth(width)
        if min_height is None:
            self.setFixedHeight(height)
        else:
            self.setMinimumHeight(min_height)
            self.setMaximumHeight(height)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.image: QImage | None = None
        self.has_photo = False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._full

    def set_photo(self, image: QImage | None) -> None:
        self.has_photo = image is not None and not image.isNull()
        self.image = image if self.has_photo else None
        self.update()

    def photo_rect(self) -> QRectF:
        """Where the portrait is drawn: 4:5, as tall as the widget allows, centred across."""
        height = min(float(self.height()), self.width() * 5 / 4)
        width = height * 4 / 5
        return QRectF((self.width() - width) / 2, 0, width, height)

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.photo_rect()
        painter.fillRect(box, QColor(PALETTE.border))
        if self.image is not None:
            image = self.image
            scale = max(box.width() / image.width(), box.height() / image.height())
            source_w, source_h = box.width() / scale, box.height() / scale
            source = QRectF((image.width() - source_w) / 2, (image.height() - source_h) / 2, source_w, source_h)
            painter.drawImage(box, image, source)
        else:
            paint_glyph(painter, Glyph.PERSON, box.adjusted(10, 10, -10, -10), QColor("#FFFFFF"), ring=False)
        painter.end()

