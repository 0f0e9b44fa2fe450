"""The two decoders, raw: each turns an 8-bit grayscale image into readings and raises nothing.

- A decoder that raises, or returns garbage, has missed; it never takes the pipeline down
  (pyzbar 0.1.9 raises on some symbols).
- zbar runs in binary mode and its bytes are accepted only as strict UTF-8: zbar's own charset
  guess turns Shift-JIS and even UTF-8 payloads into wrong CJK text, and a miss is better than a
  misread. zxing-cpp decodes those charsets correctly.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Iterable
from ctypes import c_char_p, c_void_p, cast, string_at
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp
from pyzbar import pyzbar, wrapper

log = logging.getLogger(__name__)

Quad = tuple[tuple[float, float], ...]
"""Corners of a symbol in frame pixels (x, y)."""


class Decoder(enum.Enum):
    """Which library produced a reading."""

    ZXING = "zxing-cpp"
    ZBAR = "pyzbar"


@dataclass(frozen=True)
class Reading:
    """One decoded symbol."""

    text: str
    quad: Quad
    decoder: Decoder
    modules: int = 0  # symbol width in modules when the decoder tells (zxing-cpp does)
    spare: float = 1.0  # share of the error correction left unused (zxing-cpp tells; 0: all spent)

    def centre(self) -> tuple[float, float]:
        return centre(self.quad)


def centre(quad: Quad) -> tuple[float, float]:
    return (sum(p[0] for p in quad) / len(quad), sum(p[1] for p in quad) / len(quad))


def inside(point: tuple[float, float], quad: Quad) -> bool:
    contour = np.array(quad, dtype=np.float32).reshape(-1, 1, 2)
    return cv2.pointPolygonTest(contour, point, False) >= 0


# -- zxing-cpp ----------------------------------------------------------------------------------

_QR_FORMATS = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
Binarizer = zxingcpp.Binarizer


def _zxing_quad(position: zxingcpp.Position, scale: float, offset: tuple[float, float]) -> Quad:
    ox, oy = offset
    return tuple(
        (p.x * scale + ox, p.y * scale + oy)
        for p in (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    )


def read_zxing(
    gray: np.ndarray,
    *,
    try_harder: bool = True,
    binarizer: zxingcpp.Binarizer = Binarizer.LocalAverage,
    scale: float = 1.0,
    offset: tuple[float, float] = (0.0, 0.0),
) -> tuple[list[Reading], list[Quad]]:
    """zxing-cpp on `gray`: (readings, quads of symbols located but not decoded).

    `try_harder` is zxing-cpp's own default effort (rotations, inverted codes, its internal
    downscales); off, one pass at the given size. `scale` and `offset` map the image's pixels
    back to frame pixels.
    """
    try:
        found = zxingcpp.read_barcodes(
            gray,
            formats=_QR_FORMATS,
            text_mode=zxingcpp.TextMode.Plain,
            binarizer=binarizer,
            try_rotate=try_harder,
            try_invert=try_harder,
            try_downscale=try_harder,
            return_errors=True,
        )
    except Exception:
        log.debug("zxing-cpp raised", exc_info=True)
        return [], []
    readings: list[Reading] = []
    located: list[Quad] = []
    for symbol in found:
        quad = _zxing_quad(symbol.position, scale, offset)
        if symbol.valid and symbol.text:
            readings.append(Reading(symbol.text, quad, Decoder.ZXING, _modules(symbol), _spare(symbol)))
        else:
            located.append(quad)
    return readings, located


def _spare(symbol: zxingcpp.Barcode) -> float:
    extra = symbol.extra
    try:
        return float(extra["UEC"]) if isinstance(extra, dict) else 1.0
    except (KeyError, TypeError, ValueError):
        return 1.0


def _modules(symbol: zxingcpp.Barcode) -> int:
    extra = symbol.extra
    try:
        return 17 + 4 * int(extra["Version"]) if isinstance(extra, dict) else 0
    except (KeyError, TypeError, ValueError):
        return 0


# -- zbar ---------------------------------------------------------------------------------------

# zbar's config number for "return the raw bytes, do not guess a charset" (zbar >= 0.23;
# older versions reject it, and then zbar's guess stands but must be strict UTF-8 all the same).
_ZBAR_CFG_BINARY = 4


def read_zbar(
    gray: np.ndarray,
    *,
    scale: float = 1.0,
    offset: tuple[float, float] = (0.0, 0.0),
    density: int = 1,
) -> list[Reading]:
    """zbar (through pyzbar's ctypes wrapper) on `gray`, QR only, raw bytes as strict UTF-8.

    `density` n scans every n-th row and column: about n times faster, for big symbols only.
    """
    try:
        return list(_read_zbar(gray, scale, offset, density))
    except Exception:
        log.debug("pyzbar raised", exc_info=True)
        return []


def _read_zbar(
    gray: np.ndarray, scale: float, offset: tuple[float, float], density: int
) -> Iterable[Reading]:
    image = np.ascontiguousarray(gray, dtype=np.uint8)
    height, width = image.shape[:2]
    if width == 0 or height == 0:
        return []
    pixels = image.tobytes()
    ox, oy = offset
    out: list[Reading] = []
    with pyzbar._image_scanner() as scanner:
        wrapper.zbar_image_scanner_set_config(
            scanner, wrapper.ZBarSymbol.NONE, wrapper.ZBarConfig.CFG_ENABLE, 0
        )
        wrapper.zbar_image_scanner_set_config(
            scanner, wrapper.ZBarSymbol.QRCODE, wrapper.ZBarConfig.CFG_ENABLE, 1
        )
        wrapper.zbar_image_scanner_set_config(
            scanner, wrapper.ZBarSymbol.QRCODE, _ZBAR_CFG_BINARY, 1
        )
        if density != 1:
            for axis in (wrapper.ZBarConfig.CFG_X_DENSITY, wrapper.ZBarConfig.CFG_Y_DENSITY):
                wrapper.zbar_image_scanner_set_config(
                    scanner, wrapper.ZBarSymbol.NONE, axis, density
                )
        with pyzbar._image() as zimage:
            wrapper.zbar_image_set_format(zimage, pyzbar._FOURCC["L800"])
            wrapper.zbar_image_set_size(zimage, width, height)
            wrapper.zbar_image_set_data(zimage, cast(c_char_p(pixels), c_void_p), len(pixels), None)
            if wrapper.zbar_scan_image(scanner, zimage) <= 0:
                return []
            for symbol in pyzbar._symbols_for_image(zimage):
                if symbol.contents.type != wrapper.ZBarSymbol.QRCODE:
                    continue
                raw = string_at(
                    wrapper.zbar_symbol_get_data(symbol),
                    wrapper.zbar_symbol_get_data_length(symbol),
                )
                text = _strict_utf8(raw)
                if not text:
                    continue
                count = wrapper.zbar_symbol_get_loc_size(symbol)
                quad = tuple(
                    (
                        wrapper.zbar_symbol_get_loc_x(symbol, i) * scale + ox,
                        wrapper.zbar_symbol_get_loc_y(symbol, i) * scale + oy,
                    )
                    for i in range(count)
                )
                out.append(Reading(text, quad, Decoder.ZBAR))
    return out


def _strict_utf8(raw: bytes) -> str | None:
    """The text if `raw` is valid UTF-8 (ASCII included), else None: guessing is misreading."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


# -- images -------------------------------------------------------------------------------------


def to_gray(image: np.ndarray) -> np.ndarray | None:
    """8-bit single-channel view of a BGR, BGRA or gray frame; None for anything unusable."""
    if not isinstance(image, np.ndarray) or image.size == 0 or image.ndim not in (2, 3):
        return None
    if image.dtype != np.uint8:
        return None
    if image.ndim == 2:
        return image
    channels = image.shape[2]
    if channels == 1:
        return image[:, :, 0]
    if channels == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if channels == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)
    return None


def shrink(gray: np.ndarray, max_side: int) -> tuple[np.ndarray, float]:
    """`gray` reduced by the smallest whole factor that brings its long side to `max_side` or
    less, and the factor back to full size.

    Whole factors keep INTER_AREA on its fast path: 1280x720 to 640x360 takes 0.1 ms, to
    480x270 (a factor of 2.67) 2.5 ms.
    """
    height, width = gray.shape[:2]
    factor = -(-max(height, width) // max_side)  # ceiling division
    if factor <= 1:
        return gray, 1.0
    size = (max(1, width // factor), max(1, height // factor))
    out = cv2.resize(gray, size, interpolation=cv2.INTER_AREA)
    return out, width / size[0]
