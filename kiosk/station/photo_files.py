"""Photos entering the home: regular files only (never through a link), real images of a bounded size,
re-encoded so that only the pixels come in (no EXIF, GPS position, comments or colour profiles).

Qt decodes them (it reads the dimensions from the header first, and refuses to allocate more than its
limit, so a small file that unpacks into a huge image is refused before it is decoded).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTO_SIDE = 1024  # pixels, the longer side: the badge prints 35 mm at 300 dpi, the screen shows less
JPEG_QUALITY = 90
FORMATS = {"jpeg", "png", "webp"}


class PhotoRefused(ValueError):
    """Why a photo file cannot come in, in a few words for the row's error."""


def check_photo_file(path: Path) -> None:
    """The cheap checks, done while the roster is read: a regular file, not a link, not too large."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        raise PhotoRefused(f"not found in {path.parent}") from None
    if stat.S_ISLNK(info.st_mode):
        raise PhotoRefused("is a symbolic link: give the photo file itself")
    if not stat.S_ISREG(info.st_mode):
        raise PhotoRefused("is not a regular file")
    if info.st_size > MAX_PHOTO_BYTES:
        raise PhotoRefused(f"is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB")


def read_photo(path: Path) -> bytes:
    """The file's bytes, opened without following a link (one swapped in since the check is refused)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise PhotoRefused("is a symbolic link: give the photo file itself") from None
        raise PhotoRefused(f"cannot be read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise PhotoRefused("is not a regular file")
        data = handle.read(MAX_PHOTO_BYTES + 1)
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoRefused(f"is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB")
    return data


def clean_photo(data: bytes) -> bytes:
    """A JPEG of the same picture, at most MAX_PHOTO_SIDE pixels, turned upright, with no metadata."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
    from PySide6.QtGui import QColor, QImage, QImageReader, QImageWriter, QPainter

    source = QBuffer()
    source.setData(QByteArray(data))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source)
    reader.setAutoTransform(True)
    kind = bytes(reader.format().data()).decode("ascii", "replace")
    size = reader.size()
    if kind not in FORMATS or not size.isValid() or size.isEmpty():
        raise PhotoRefused("is not a JPEG, PNG or WebP image")
    longest = max(size.width(), size.height())
    if longest > MAX_PHOTO_SIDE:
        scale = MAX_PHOTO_SIDE / longest
        reader.setScaledSize(QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale))))
    image = reader.read()
    if image.isNull():
        raise PhotoRefused(f"cannot be decoded as an image ({reader.errorString()})")
    clean = QImage(image.width(), image.height(), QImage.Format.Format_RGB32)  # a fresh image: no text keys
    clean.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(clean)
    painter.drawImage(0, 0, image)
    painter.end()
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(out, QByteArray(b"jpeg"))
    writer.setQuality(JPEG_QUALITY)
    if not writer.write(clean):
        raise PhotoRefused(f"cannot be re-encoded ({writer.errorString()})")
    return bytes(out.data().data())
