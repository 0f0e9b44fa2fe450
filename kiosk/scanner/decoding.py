"""QR decoding: zxing-cpp first, pyzbar as the second opinion and the fallback, never a misread.

Measured on one core (see docs/scanner.md and benchmarks/scan_bench.py): zxing-cpp reads a 720p
frame in about 2-3 ms and reads more of the real photos than pyzbar; pyzbar needs 15-30 ms for the
same frame. So zxing-cpp runs first on every frame, and pyzbar works where it is cheap and useful:
on small crops around what zxing-cpp found (to confirm a reading, or to rescue a symbol zxing-cpp
located but could not decode) and on a 640 px copy of the frame when nothing else found a code
(on video, one such frame in three: `LIVE`).

Rules that keep texts trustworthy:
- A decoder that raises, or returns garbage, has missed; it never takes the pipeline down.
- zbar runs in binary mode and its bytes are accepted only as strict UTF-8: zbar's own charset
  guess turns Shift-JIS and even UTF-8 payloads into wrong CJK text, and a miss is better than
  a misread.
- When zxing-cpp and zbar both read the same symbol and disagree, the symbol gives no text.

A `QrDecoder` keeps one counter between calls (the fallback's cadence on video); give each
thread its own.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from ctypes import c_char_p, c_void_p, cast, string_at
from dataclasses import dataclass, field

import cv2
import numpy as np
import zxingcpp
from pyzbar import pyzbar, wrapper

log = logging.getLogger(__name__)

Quad = tuple[tuple[float, float], ...]
"""Four corners of a symbol in frame pixels (x, y)."""


class Decoder(enum.Enum):
    """Which library produced a reading."""

    ZXING = "zxing-cpp"
    ZBAR = "pyzbar"


class Stage(enum.Enum):
    """Which step of the pipeline produced the texts (for the benchmark and diagnostics)."""

    NONE = "none"
    FIRST_PASS = "zxing-cpp on the frame"
    CANDIDATE_RETRY = "retries on a located symbol"
    FALLBACK = "pyzbar on the whole frame"


@dataclass(frozen=True)
class Reading:
    """One decoded symbol."""

    text: str
    quad: Quad
    decoder: Decoder
    modules: int = 0  # symbol width in modules when the decoder tells (zxing-cpp does)

    def centre(self) -> tuple[float, float]:
        return _centre(self.quad)


@dataclass(frozen=True)
class Decoding:
    """The outcome of decoding one image, with what it took."""

    readings: tuple[Reading, ...]
    stage: Stage
    disagreements: int = 0
    seconds: float = 0.0

    @property
    def texts(self) -> list[str]:
        """Distinct texts in reading order."""
        return list(dict.fromkeys(r.text for r in self.readings))


@dataclass(frozen=True)
class DecoderSettings:
    """Knobs of the pipeline; the defaults are the measured choices (docs/scanner.md)."""

    # zxing-cpp reads a 720p frame in ~2 ms, so frames up to 1280 px wide are decoded as they are;
    # larger ones are divided by a whole factor (1080p: 960x540, a badge keeps ~3.4 px/module).
    max_work_side: int = 1280
    # second opinion from zbar on a crop around every zxing-cpp reading, the crop scaled to this
    # many pixels per module (~2 ms instead of ~5 ms at full size; zbar still reads 30 of 30)
    cross_check: bool = True
    cross_check_px_per_module: float = 3.0
    # preprocessing retries on symbols zxing-cpp located but could not decode
    candidate_retries: bool = True
    # zbar on the whole frame when nothing else gave a text, downscaled to this long side
    # (~5.5 ms on an empty 720p frame, two thirds of its cost; rescues codes zxing-cpp cannot
    # even locate), on one in `fallback_every` of the frames that need it
    fallback: bool = True
    fallback_side: int = 640
    fallback_every: int = 1
    # crops around a symbol extend by this fraction of its size (the quiet zone and some slack)
    crop_margin: float = 0.25


LIVE = DecoderSettings(fallback_every=3)
"""For video: a code held up stays in view for many frames, so the costly whole-frame fallback
runs on every third frame that needs it (still ten times a second at 30 fps)."""


# ---------------------------------------------------------------------------------------------
# Raw decoders: each turns an 8-bit grayscale image into readings, and raises nothing.
# ---------------------------------------------------------------------------------------------

_QR_FORMATS = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


def _zxing_quad(position: zxingcpp.Position, scale: float, offset: tuple[float, float]) -> Quad:
    ox, oy = offset
    return tuple(
        (p.x * scale + ox, p.y * scale + oy)
        for p in (
            position.top_left,
            position.top_right,
            position.bottom_right,
            position.bottom_left,
        )
    )


def read_zxing(
    gray: np.ndarray,
    *,
    try_harder: bool = True,
    scale: float = 1.0,
    offset: tuple[float, float] = (0.0, 0.0),
) -> tuple[list[Reading], list[Quad]]:
    """zxing-cpp on `gray`: (readings, quads of symbols located but not decoded).

    `scale` and `offset` map the image's pixels back to frame pixels.
    """
    try:
        found = zxingcpp.read_barcodes(
            gray,
            formats=_QR_FORMATS,
            text_mode=zxingcpp.TextMode.Plain,
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
            readings.append(Reading(symbol.text, quad, Decoder.ZXING, _modules(symbol)))
        else:
            located.append(quad)
    return readings, located


def _modules(symbol: zxingcpp.Barcode) -> int:
    extra = symbol.extra
    try:
        return 17 + 4 * int(extra["Version"]) if isinstance(extra, dict) else 0
    except (KeyError, TypeError, ValueError):
        return 0


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


# ---------------------------------------------------------------------------------------------
# Image helpers
# ---------------------------------------------------------------------------------------------


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


def _bounding_crop(
    gray: np.ndarray, quad: Quad, margin: float
) -> tuple[np.ndarray, tuple[float, float]] | None:
    xs = [p[0] for p in quad]
    ys = [p[1] for p in quad]
    size = max(max(xs) - min(xs), max(ys) - min(ys), 8.0)
    pad = size * margin
    height, width = gray.shape[:2]
    x0 = max(0, int(min(xs) - pad))
    y0 = max(0, int(min(ys) - pad))
    x1 = min(width, int(max(xs) + pad) + 1)
    y1 = min(height, int(max(ys) + pad) + 1)
    if x1 - x0 < 16 or y1 - y0 < 16:
        return None
    return gray[y0:y1, x0:x1], (float(x0), float(y0))


_clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(4, 4))


def _variants(crop: np.ndarray) -> Iterable[tuple[str, np.ndarray, float]]:
    """Preprocessed copies of a crop (name, image, factor back to crop pixels), cheapest first."""
    yield "plain", crop, 1.0
    stretched = cv2.normalize(crop, np.empty_like(crop), 0, 255, cv2.NORM_MINMAX)
    yield "stretched", _clahe.apply(stretched), 1.0
    if max(crop.shape[:2]) < 500:
        big = cv2.resize(crop, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
        yield "upscaled", big, 0.5
    blurred = cv2.GaussianBlur(crop, (0, 0), 2.0)
    yield "sharpened", cv2.addWeighted(crop, 1.8, blurred, -0.8, 0), 1.0
    yield "inverted", cv2.bitwise_not(crop), 1.0


def _centre(quad: Quad) -> tuple[float, float]:
    return (sum(p[0] for p in quad) / len(quad), sum(p[1] for p in quad) / len(quad))


def _inside(point: tuple[float, float], quad: Quad) -> bool:
    contour = np.array(quad, dtype=np.float32).reshape(-1, 1, 2)
    return cv2.pointPolygonTest(contour, point, False) >= 0


# ---------------------------------------------------------------------------------------------
# The pipeline
# ---------------------------------------------------------------------------------------------


@dataclass
class QrDecoder:
    """Frames in, trustworthy QR texts out. See the module docstring for the order and the rules."""

    settings: DecoderSettings = field(default_factory=DecoderSettings)
    clock: Callable[[], float] = time.perf_counter
    _fallback_waits: int = field(default=0, init=False, repr=False)

    def decode(self, image: np.ndarray) -> list[str]:
        """The distinct QR texts in a BGR or grayscale image; [] when there are none."""
        return self.decode_detailed(image).texts

    def decode_detailed(self, image: np.ndarray) -> Decoding:
        started = self.clock()
        try:
            readings, stage, disagreements = self._run(image)
        except Exception:
            log.warning("decoding failed on a frame", exc_info=True)
            readings, stage, disagreements = [], Stage.NONE, 0
        return Decoding(tuple(readings), stage, disagreements, self.clock() - started)

    def _run(self, image: np.ndarray) -> tuple[list[Reading], Stage, int]:
        gray = to_gray(image)
        if gray is None:
            return [], Stage.NONE, 0
        settings = self.settings
        work, factor = shrink(gray, settings.max_work_side)
        readings, located = read_zxing(work, scale=factor)
        # a symbol zxing-cpp read may also come back unread from another of its passes
        located = [q for q in located if not any(_inside(_centre(q), r.quad) for r in readings)]
        stage = Stage.FIRST_PASS if readings else Stage.NONE
        conflicts = 0
        if readings and settings.cross_check:
            readings, conflicts = self._cross_checked(gray, readings)
        if settings.candidate_retries and located:
            # also next to a read badge: a second badge must not go unmentioned
            for quad in located:
                found, failed = self._retry_candidate(gray, quad)
                readings.extend(found)
                conflicts += failed
                stage = Stage.CANDIDATE_RETRY if found else stage
        if not readings and not conflicts and self._fallback_due():
            small, small_factor = shrink(gray, settings.fallback_side)
            readings = read_zbar(small, scale=small_factor)
            stage = Stage.FALLBACK
        return _distinct(readings), stage if readings else Stage.NONE, conflicts

    def _fallback_due(self) -> bool:
        if not self.settings.fallback:
            return False
        self._fallback_waits += 1
        if self._fallback_waits < self.settings.fallback_every:
            return False
        self._fallback_waits = 0
        return True

    def _cross_checked(
        self, gray: np.ndarray, readings: Sequence[Reading]
    ) -> tuple[list[Reading], int]:
        """zxing-cpp's readings minus those zbar reads differently on the same symbol."""
        kept: list[Reading] = []
        disagreements = 0
        for reading in readings:
            crop = _bounding_crop(gray, reading.quad, self.settings.crop_margin)
            if crop is None:
                kept.append(reading)
                continue
            image, offset = crop
            back = 1.0
            if reading.modules:
                side = max(image.shape[:2]) / (1 + 2 * self.settings.crop_margin)
                ppm = side / reading.modules
                if ppm > self.settings.cross_check_px_per_module:
                    step = self.settings.cross_check_px_per_module / ppm
                    image = cv2.resize(image, None, fx=step, fy=step, interpolation=cv2.INTER_AREA)
                    back = 1 / step
            agreed, conflicts = _merge([reading], read_zbar(image, scale=back, offset=offset))
            kept.extend(r for r in agreed if r.decoder is Decoder.ZXING)
            disagreements += conflicts
        return kept, disagreements

    def _retry_candidate(self, gray: np.ndarray, quad: Quad) -> tuple[list[Reading], int]:
        """Both decoders on preprocessed crops of a symbol zxing-cpp located but could not read.

        Stops at the first variant that gives a text; a variant where they disagree gives none.
        """
        crop = _bounding_crop(gray, quad, self.settings.crop_margin)
        if crop is None:
            return [], 0
        image, offset = crop
        for _name, variant, back in _variants(image):
            zx, _ = read_zxing(variant, scale=back, offset=offset)
            zb = read_zbar(variant, scale=back, offset=offset)
            agreed, conflicts = _merge(zx, zb)
            if conflicts:
                return [], conflicts
            if agreed:
                return agreed, 0
        return [], 0


def _merge(first: Sequence[Reading], second: Sequence[Reading]) -> tuple[list[Reading], int]:
    """Readings of two decoders on one image: each symbol once, symbols they disagree on dropped.

    Two readings are of the same symbol when the centre of one lies inside the other's corners.
    """
    kept: list[Reading] = []
    conflicts = 0
    claimed: set[int] = set()
    for reading in first:
        same = [
            i
            for i, other in enumerate(second)
            if _inside(other.centre(), reading.quad) or _inside(reading.centre(), other.quad)
        ]
        claimed.update(same)
        if any(second[i].text != reading.text for i in same):
            conflicts += 1
            log.warning("decoders disagree on one symbol; it gives no text")
            continue
        kept.append(reading)
    kept.extend(other for i, other in enumerate(second) if i not in claimed)
    return kept, conflicts


def _distinct(readings: Iterable[Reading]) -> list[Reading]:
    seen: set[str] = set()
    out: list[Reading] = []
    for reading in readings:
        if reading.text not in seen:
            seen.add(reading.text)
            out.append(reading)
    return out
