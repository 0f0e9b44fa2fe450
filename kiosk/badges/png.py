"""One PNG image per badge, named after its number and version, for the demo camera and the tests."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtGui import QImage, QPainter

from kiosk.badges.face import BadgeFace
from kiosk.badges.fonts import UNITS_PER_MM, register_fonts
from kiosk.badges.layout import BadgeFormat
from kiosk.badges.render import BadgeRenderer
from kiosk.errors import KioskError

DEFAULT_DPI = 200
PNG_QUALITY = 70  # Qt maps PNG quality to zlib effort: a little larger, much faster than 0

Progress = Callable[[int, int], None]


def render_image(face: BadgeFace, badge_format: BadgeFormat, dpi: int = DEFAULT_DPI,
                 renderer: BadgeRenderer | None = None) -> QImage:
    register_fonts()
    px_per_mm = dpi / 25.4
    image = QImage(round(badge_format.width * px_per_mm), round(badge_format.height * px_per_mm),
                   QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    try:
        painter.scale(px_per_mm / UNITS_PER_MM, px_per_mm / UNITS_PER_MM)
        (renderer or BadgeRenderer(badge_format)).draw(painter, face)
    finally:
        painter.end()
    return image


def write_pngs(
    folder: Path,
    faces: Iterable[BadgeFace],
    badge_format: BadgeFormat,
    total: int,
    dpi: int = DEFAULT_DPI,
    progress: Progress | None = None,
) -> list[Path]:
    """Writes <number>_v<version>.png per badge into the folder (created if missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KioskError(f"cannot create {folder}: {exc.strerror}") from None
    renderer = BadgeRenderer(badge_format)
    written = []
    for done, face in enumerate(faces, start=1):
        path = folder / f"{face.file_stem}.png"
        if not render_image(face, badge_format, dpi, renderer).save(str(path), "PNG", PNG_QUALITY):
            raise KioskError(f"cannot write {path}")
        written.append(path)
        if progress is not None:
            progress(done, total)
    return written
