"""A neutral head-and-shoulders silhouette: the badge's stand-in for a missing photo, and the demo
roster's portrait placeholders (no real person's face anywhere in the repository)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath


def draw_silhouette(painter: QPainter, rect: QRectF, background: str, figure: str) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, QColor(background))
    painter.setClipRect(rect)
    w, h = rect.width(), rect.height()
    cx = rect.center().x()
    head_r = w * 0.2
    head_cy = rect.top() + h * 0.38
    body = QPainterPath()
    body.moveTo(QPointF(cx - w * 0.42, rect.bottom() + 1))
    body.cubicTo(
        QPointF(cx - w * 0.42, rect.top() + h * 0.72),
        QPointF(cx - w * 0.24, rect.top() + h * 0.64),
        QPointF(cx, rect.top() + h * 0.64),
    )
    body.cubicTo(
        QPointF(cx + w * 0.24, rect.top() + h * 0.64),
        QPointF(cx + w * 0.42, rect.top() + h * 0.72),
        QPointF(cx + w * 0.42, rect.bottom() + 1),
    )
    body.closeSubpath()
    body.addEllipse(QPointF(cx, head_cy), head_r, head_r * 1.18)
    body.setFillRule(Qt.FillRule.WindingFill)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(figure))
    painter.drawPath(body)
    painter.restore()
