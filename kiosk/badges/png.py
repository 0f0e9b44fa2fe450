"""One PNG image per badge, named after its number and version, for the demo camera and the tests."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtGui import QImage, QPainter

from kiosk.badges.face import BadgeFace
from kiosk.badges.fonts import UNITS_PER_MM, register_fonts
from kiosk.badges.layout import BadgeFormat
from kiosk.badges.render import BadgeRenderer
from kiosk.errors import KioskError
from kiosk.private_files import restrict

DEFAULT_DPI = 150  # QR modules of 7 px on A6: plenty for a decoder, and 2,000 images in well under a minute
# libpng's adaptive filter choice is what makes PNGs slow to write; the "up" filter alone suits
# badges (flat areas, horizontal bands) and writes four times faster at a similar size.
_PNG_OPTIONS = [cv2.IMWRITE_PNG_COMPRESSION, 2, cv2.IMWRITE_PNG_FILTER, cv2.IMWRITE_PNG_FILTER_UP]
_IN_FLIGHT = 8  # images rendered but not yet written: bounds memory on a whole-roster run

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


def save_png(image: QImage, path: Path) -> None:
    """Writes the image (RGB32) without going through Qt's slower PNG writer; releases the GIL."""
    if image.format() != QImage.Format.Format_RGB32:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    bgr = pixels[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[:, :, :3]
    if not cv2.imwrite(str(path), np.ascontiguousarray(bgr), _PNG_OPTIONS):
        raise KioskError(f"cannot write {path}")
    restrict(path)  # a badge image is a printable credential: owner-only, also over an older file


def write_pngs(
    folder: Path,
    faces: Iterable[BadgeFace],
    badge_format: BadgeFormat,
    total: int,
    dpi: int = DEFAULT_DPI,
    progress: Progress | None = None,
) -> list[Path]:
    """Writes <number>_v<version>.png per badge into the folder (created if missing). Drawing stays on
    this thread; encoding runs on a small pool so a second core is not left idle."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KioskError(f"cannot create {folder}: {exc.strerror}") from None
    renderer = BadgeRenderer(badge_format)
    written: list[Path] = []
    pending: deque[Future[None]] = deque()
    done = 0

    def settle(limit: int) -> None:
        nonlocal done
        while len(pending) > limit:
            pending.popleft().result()
            done += 1
            if progress is not None:
                progress(done, total)

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="badge-png") as pool:
        try:
            for face in faces:
                path = folder / f"{face.file_stem}.png"
                image = render_image(face, badge_format, dpi, renderer)
                pending.append(pool.submit(save_png, image, path))
                written.append(path)
                settle(_IN_FLIGHT)
            settle(0)
        finally:
            for future in pending:
                future.cancel()
    return written
