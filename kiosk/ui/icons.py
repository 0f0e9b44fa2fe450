"""Icons drawn with QPainter: no icon font to install, sharp at any size, the same on every kiosk."""

from __future__ import annotations

import enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QWidget


class Glyph(enum.Enum):
    CHECK = "check"  # admitted, confirmed
    CROSS = "cross"  # denied, refused
    WARNING = "warning"  # check documents, failures
    STOP = "stop"  # denied (octagon with a bar)
    CAMERA = "camera"
    SEARCH = "search"
    LOCK = "lock"
    PERSON = "person"


def paint_glyph(painter: QPainter, glyph: Glyph, rect: QRectF, colour: QColor, ring: bool = True) -> None:
    """Draws the glyph centred in rect; ring=True puts it in a filled disc of the colour (white mark)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    mark = QColor("#FFFFFF") if ring else colour
    if ring and glyph not in (Glyph.WARNING, Glyph.STOP):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
    pen = QPen(mark, side * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    x, y, s = box.x(), box.y(), side

    def p(fx: float, fy: float) -> QPointF:
        return QPointF(x + fx * s, y + fy * s)

    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    if glyph is Glyph.CHECK:
        path = QPainterPath(p(0.27, 0.53))
        path.lineTo(p(0.43, 0.69))
        path.lineTo(p(0.74, 0.34))
        painter.drawPath(path)
    elif glyph is Glyph.CROSS:
        painter.drawLine(p(0.32, 0.32), p(0.68, 0.68))
        painter.drawLine(p(0.68, 0.32), p(0.32, 0.68))
    elif glyph is Glyph.WARNING:
        tri = QPainterPath(p(0.5, 0.06))
        tri.lineTo(p(0.96, 0.9))
        tri.lineTo(p(0.04, 0.9))
        tri.closeSubpath()
        painter.setPen(
            QPen(
                colour if ring else mark,
                s * 0.06,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        painter.setBrush(colour if ring else Qt.BrushStyle.NoBrush)
        painter.drawPath(tri)
        inner = QColor("#1C1400") if ring else mark
        painter.setPen(QPen(inner, s * 0.09, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(p(0.5, 0.36), p(0.5, 0.6))
        painter.drawPoint(p(0.5, 0.76))
    elif glyph is Glyph.STOP:
        octagon = QPainterPath()
        for i, (fx, fy) in enumerate(
            [
                (0.31, 0.04),
                (0.69, 0.04),
                (0.96, 0.31),
                (0.96, 0.69),
                (0.69, 0.96),
                (0.31, 0.96),
                (0.04, 0.69),
                (0.04, 0.31),
            ]
        ):
            if i == 0:
                octagon.moveTo(p(fx, fy))
            else:
                octagon.lineTo(p(fx, fy))
        octagon.closeSubpath()
        painter.setPen(QPen(QColor("#FFFFFF"), s * 0.05))
        painter.setBrush(colour)
        painter.drawPath(octagon)
        painter.setPen(pen)
        painter.drawLine(p(0.3, 0.5), p(0.7, 0.5))
    elif glyph is Glyph.CAMERA:
        painter.setPen(QPen(mark, s * 0.07))
        painter.drawRoundedRect(QRectF(p(0.2, 0.34), p(0.8, 0.72)), s * 0.05, s * 0.05)
        painter.drawEllipse(p(0.5, 0.53), s * 0.11, s * 0.11)
        painter.drawLine(p(0.38, 0.34), p(0.43, 0.27))
        painter.drawLine(p(0.43, 0.27), p(0.57, 0.27))
        painter.drawLine(p(0.57, 0.27), p(0.62, 0.34))
    elif glyph is Glyph.SEARCH:
        painter.setPen(QPen(mark, s * 0.09, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawEllipse(p(0.44, 0.43), s * 0.17, s * 0.17)
        painter.drawLine(p(0.57, 0.56), p(0.73, 0.72))
    elif glyph is Glyph.LOCK:
        painter.setPen(QPen(mark, s * 0.08, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(QRectF(p(0.36, 0.22), p(0.64, 0.56)), 0, 180 * 16)
        painter.drawLine(p(0.36, 0.39), p(0.36, 0.46))
        painter.drawLine(p(0.64, 0.39), p(0.64, 0.46))
        painter.setBrush(mark)
        painter.drawRoundedRect(QRectF(p(0.28, 0.46), p(0.72, 0.76)), s * 0.04, s * 0.04)
    elif glyph is Glyph.PERSON:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mark)
        painter.drawEllipse(p(0.5, 0.37), s * 0.14, s * 0.14)
        body = QPainterPath(p(0.24, 0.8))
        body.cubicTo(p(0.26, 0.55), p(0.74, 0.55), p(0.76, 0.8))
        body.closeSubpath()
        painter.drawPath(body)
    painter.restore()


def glyph_pixmap(glyph: Glyph, size: int, colour: QColor, ring: bool = True, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_glyph(painter, glyph, QRectF(0, 0, size, size), colour, ring)
    painter.end()
    return pixmap


class GlyphLabel(QLabel):
    """A fixed-size icon; change it with set_glyph."""

    def __init__(
        self, glyph: Glyph, size: int, colour: QColor, ring: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._size = size
        self.setFixedSize(size, size)
        self.set_glyph(glyph, colour, ring)

    def set_glyph(self, glyph: Glyph, colour: QColor, ring: bool = True) -> None:
        self.glyph = glyph
        self.setPixmap(glyph_pixmap(glyph, self._size, colour, ring, self.devicePixelRatioF()))
