"""Print-ready PDF: one badge per page (A6, CR80) or nine CR80 cards per A4 sheet with crop marks."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QSizeF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from kiosk.badges.face import BadgeFace
from kiosk.badges.fonts import UNITS_PER_MM, register_fonts
from kiosk.badges.layout import PageLayout, crop_marks
from kiosk.badges.render import BadgeRenderer
from kiosk.errors import KioskError

PDF_RESOLUTION = 1200  # device units per inch: vector output, this only sets coordinate precision
CROP_MARK_WIDTH = 0.1  # mm, a hairline

Progress = Callable[[int, int], None]


def write_pdf(
    path: Path,
    faces: Iterable[BadgeFace],
    layout: PageLayout,
    total: int,
    progress: Progress | None = None,
) -> int:
    """Writes every badge and returns the page count; the file appears only once complete."""
    register_fonts()
    folder = path.resolve().parent
    if not folder.is_dir():
        raise KioskError(f"cannot write {path}: folder {folder} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    os.close(handle)
    try:
        pages = _write(Path(temporary), faces, layout, total, progress)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pages


def _write(path: Path, faces: Iterable[BadgeFace], layout: PageLayout, total: int, progress: Progress | None) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    size = QPageSize(
        QSizeF(layout.page_width, layout.page_height),
        QPageSize.Unit.Millimeter,
        f"Badge {layout.name}",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    writer.setPageSize(size)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"Badges ({layout.name})")
    writer.setCreator("kiosk badges print")
    painter = QPainter()
    if not painter.begin(writer):
        raise KioskError(f"cannot write the PDF file {path}")
    scale = PDF_RESOLUTION / 25.4 / UNITS_PER_MM
    painter.scale(scale, scale)
    renderer = BadgeRenderer(layout.badge)
    done = 0
    pages = 0
    try:
        for face in faces:
            slot = done % layout.per_page
            if slot == 0:
                if pages:
                    _crop_marks(painter, layout, layout.per_page)
                    writer.newPage()
                pages += 1
            x, y = layout.slots[slot]
            renderer.draw(painter, face, x, y)
            done += 1
            if progress is not None:
                progress(done, total)
        if pages:
            _crop_marks(painter, layout, done - (pages - 1) * layout.per_page)
    finally:
        painter.end()
    return pages


def _crop_marks(painter: QPainter, layout: PageLayout, used: int) -> None:
    marks = crop_marks(layout, used)
    if not marks:
        return
    u = UNITS_PER_MM
    pen = QPen(QColor("#000000"))
    pen.setWidthF(CROP_MARK_WIDTH * u)
    painter.save()
    painter.setPen(pen)
    painter.drawLines([QLineF(x1 * u, y1 * u, x2 * u, y2 * u) for x1, y1, x2, y2 in marks])
    painter.restore()
