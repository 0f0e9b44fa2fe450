"""Draws one badge onto any QPainter (PDF page or image) at a given place, in badge units (1/100 mm)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from kiosk.badges.face import BadgeFace
from kiosk.badges.fonts import UNITS_PER_MM, register_fonts
from kiosk.badges.layout import (
    BODY_INK,
    HEADER_COLOUR,
    HEADER_INK,
    MEDIA_LABELS,
    MIN_QR_MODULE_MM,
    MUTED_INK,
    ROLE_STYLES,
    SESSION_EMPTY,
    SESSION_INK,
    Align,
    BadgeFormat,
    Box,
    TextSpec,
)
from kiosk.badges.portrait import draw_silhouette
from kiosk.badges.qr import dark_runs, qr_modules
from kiosk.badges.text import draw_text, fit_text

PHOTO_DPI = 300  # photos are resampled to this on paper: sharp enough, and a PDF stays small
U = UNITS_PER_MM


def _rect(box: Box) -> QRectF:
    return QRectF(box.x * U, box.y * U, box.w * U, box.h * U)


@dataclass(frozen=True)
class QrPlacement:
    """Where the symbol's modules land, in the painter's device pixels (raster) or badge units (vector)."""

    module: float
    left: float
    top: float
    count: int


class BadgeRenderer:
    """Draws badges of one format; holds nothing between badges but the format."""

    def __init__(self, badge_format: BadgeFormat) -> None:
        register_fonts()
        self.format = badge_format

    def draw(self, painter: QPainter, face: BadgeFace, x_mm: float = 0.0, y_mm: float = 0.0) -> None:
        fmt = self.format
        painter.save()
        painter.translate(x_mm * U, y_mm * U)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(_rect(fmt.outline), QColor("#ffffff"))
        self._header(painter, face)
        self._photo(painter, face)
        self._names(painter, face)
        self._role(painter, face)
        self._sessions(painter, face)
        self._text(painter, face.badge_number, fmt.number, BODY_INK)
        self._text(painter, f"v{face.version}", fmt.version, MUTED_INK)
        self._qr(painter, face.qr_text)
        painter.restore()

    def _text(self, painter: QPainter, text: str, spec: TextSpec, colour: str) -> None:
        draw_text(painter, fit_text(text, spec), spec, colour)

    def _header(self, painter: QPainter, face: BadgeFace) -> None:
        fmt = self.format
        painter.fillRect(_rect(fmt.header), QColor(HEADER_COLOUR))
        self._text(painter, face.event_name, fmt.event_name, HEADER_INK)
        if fmt.event_name_alt is not None and face.event_name_alt:
            self._text(painter, face.event_name_alt, replace(fmt.event_name_alt, align=Align.START), HEADER_INK)
        self._text(painter, face.event_dates, fmt.dates, HEADER_INK)
        self._text(painter, "MEDIA", fmt.tag, HEADER_INK)

    def _photo(self, painter: QPainter, face: BadgeFace) -> None:
        box = self.format.photo
        target = _rect(box)
        image = _load_photo(face, box, painter)
        if image is None:
            draw_silhouette(painter, target, "#e5e7eb", "#9ca3af")
        else:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, image)
            painter.restore()
        pen = QPen(QColor("#9ca3af"))
        pen.setWidthF(0.2 * U)
        painter.save()
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target)
        painter.restore()

    def _names(self, painter: QPainter, face: BadgeFace) -> None:
        fmt = self.format
        self._text(painter, face.family_name, fmt.family_name, BODY_INK)
        self._text(painter, face.given_names, fmt.given_names, BODY_INK)
        self._text(painter, face.alt_name, fmt.alt_name, BODY_INK)
        self._text(painter, face.outlet, fmt.outlet, MUTED_INK)
        self._text(painter, face.country, fmt.country, MUTED_INK)

    def _role(self, painter: QPainter, face: BadgeFace) -> None:
        fmt = self.format
        style = ROLE_STYLES[face.role]
        painter.fillRect(_rect(fmt.role_band), QColor(style.band))
        self._text(painter, style.label, fmt.role, style.ink)
        self._text(painter, MEDIA_LABELS[face.media_type], fmt.media, style.ink)

    def _sessions(self, painter: QPainter, face: BadgeFace) -> None:
        for mark, (box, caption) in zip(face.sessions, session_cells(self.format, len(face.sessions)), strict=True):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            radius = min(box.w, box.h) * 0.12 * U
            if mark.granted:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(SESSION_INK))
            else:
                pen = QPen(QColor(SESSION_EMPTY))
                pen.setWidthF(max(0.2, box.h * 0.02) * U)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(_rect(box.inset(0.1)), radius, radius)
            painter.restore()
            if mark.granted:
                letter = TextSpec(box.inset(box.h * 0.06), box.h * 0.8, 1.0, bold=True, align=Align.CENTER, middle=True)
                self._text(painter, mark.letter, letter, "#ffffff")
            self._text(
                painter,
                mark.caption,
                TextSpec(caption, caption.h * 0.72, 0.9, max_lines=1, align=Align.CENTER, middle=True),
                BODY_INK if mark.granted else SESSION_EMPTY,
            )

    def _qr(self, painter: QPainter, text: str) -> None:
        modules = qr_modules(text)
        box = self.format.qr
        raster = isinstance(painter.device(), QImage)
        if raster:  # whole device pixels per module: no resampling blur
            transform = painter.transform()
            centre = transform.map(QPointF((box.x + box.w / 2) * U, (box.y + box.h / 2) * U))
            placement = qr_placement(box, len(modules), transform.m11(), (centre.x(), centre.y()))
        else:
            placement = qr_placement(box, len(modules))
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        m = placement.module
        for row, col, length in dark_runs(modules):
            path.addRect(QRectF(placement.left + col * m, placement.top + row * m, length * m, m))
        side = m * placement.count
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if raster:
            painter.resetTransform()
        # the quiet zone is painted, not assumed: nothing drawn before may show through it
        painter.fillRect(QRectF(placement.left, placement.top, side, side), QColor("#ffffff"))
        painter.fillPath(path, QColor("#000000"))
        painter.restore()


def qr_placement(
    box: Box, count: int, device_per_unit: float | None = None, centre: tuple[float, float] | None = None
) -> QrPlacement:
    """Vector output: the modules fill the box, in badge units. Raster output (device_per_unit and the
    box's centre in device pixels given): a whole number of pixels per module, never below the 0.5 mm
    minimum, centred on the box, so only the white quiet zone may spill over by a pixel or two."""
    if device_per_unit is None or centre is None:
        return QrPlacement(box.w * U / count, box.x * U, box.y * U, count)
    px_per_mm = abs(device_per_unit) * U
    module_px = max(1, round(box.w / count * px_per_mm))
    if module_px < MIN_QR_MODULE_MM * px_per_mm:
        module_px = math.ceil(MIN_QR_MODULE_MM * px_per_mm)
    side = module_px * count
    return QrPlacement(float(module_px), float(round(centre[0] - side / 2)), float(round(centre[1] - side / 2)), count)


def session_cells(fmt: BadgeFormat, count: int) -> list[tuple[Box, Box]]:
    """(box, caption) for each session, row by row in the sessions area."""
    if count == 0:
        return []
    area = fmt.sessions
    cols = min(fmt.session_columns, count)
    rows = math.ceil(count / cols)
    gap = area.w * 0.05
    cell_w = (area.w - (cols - 1) * gap) / cols
    cell_h = (area.h - (rows - 1) * gap * 0.5) / rows
    cells = []
    for i in range(count):
        r, c = divmod(i, cols)
        x = area.x + c * (cell_w + gap)
        y = area.y + r * (cell_h + gap * 0.5)
        box = Box(x, y, cell_w, cell_h - fmt.session_caption)
        caption = Box(x, y + cell_h - fmt.session_caption, cell_w, fmt.session_caption)
        cells.append((box, caption))
    return cells


def _load_photo(face: BadgeFace, box: Box, painter: QPainter) -> QImage | None:
    """The photo cropped to the box's shape and resampled once, at the print or image resolution."""
    if face.photo is None or not face.photo.is_file():
        return None
    image = QImage(str(face.photo))
    if image.isNull():
        return None
    device_per_mm = abs(painter.transform().m11()) * U
    px_per_mm = min(device_per_mm, PHOTO_DPI / 25.4)
    w, h = max(1, round(box.w * px_per_mm)), max(1, round(box.h * px_per_mm))
    shrink = min(1.0, image.width() / w, image.height() / h)  # never upsample: the painter scales
    w, h = max(1, int(w * shrink)), max(1, int(h * shrink))
    scaled = image.scaled(
        w, h, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
    )
    crop = scaled.copy((scaled.width() - w) // 2, (scaled.height() - h) // 2, w, h)
    return crop.convertToFormat(QImage.Format.Format_RGB32)
