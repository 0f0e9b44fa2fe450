"""QR decoding of a still: zxing-cpp first, pyzbar as the second opinion, never below either.

Measured on one core (docs/scanner.md, benchmarks/scan_bench.py and door_bench.py): zxing-cpp
reads a 720p frame in about 1-3 ms and reads more of the real photos than pyzbar, which needs
8-30 ms. So zxing-cpp runs first on every image; then, only while nothing gave a text:
second tries on the regions where a symbol was located or where the finder scan sees three
finder patterns (zbar on the crop, deblurring, smaller copies, other binarizers); zbar on the
whole image; zxing-cpp at full size on an image that was halved; smaller copies of the whole
image. Every one of the decoders' own passes is among these, so a still is read whenever
either decoder alone would read it (tests/scanner/test_never_below.py).

The live path (`kiosk.scanner.live`) runs the same stages on a budget, spread over frames.

Trust rules (`readers` for the decoders' own):
- When zxing-cpp and zbar both read the same symbol and disagree, the symbol gives no text.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

from kiosk.scanner import finders, readers
from kiosk.scanner.attempts import Attempt, Region, RegionTrial, merge, trusted
from kiosk.scanner.readers import (
    Binarizer,
    Decoder,
    Quad,
    Reading,
    read_zbar,
    read_zxing,
    shrink,
    to_gray,
)
from kiosk.scanner.variants import crop_box, quad_box, scaled

log = logging.getLogger(__name__)


class Stage(enum.Enum):
    """Which step of the pipeline produced the texts (for the benchmarks and diagnostics)."""

    NONE = "none"
    FIRST_PASS = "zxing-cpp on the frame"
    CANDIDATE_RETRY = "second tries on a located symbol"
    REGION = "second tries where the finder scan saw a symbol"
    TRACKED = "second tries where a symbol was in the previous frames"
    FALLBACK = "pyzbar on the whole frame"
    FULL_SIZE = "zxing-cpp on the frame at full size"
    FRAME_VARIANTS = "zxing-cpp on smaller copies of the frame"


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

    # zxing-cpp reads a 720p frame in ~1-2 ms, so frames up to 1280 px wide are decoded as they
    # are; larger ones are divided by a whole factor (1080p: 960x540, a badge keeps ~3.4 px/module)
    max_work_side: int = 1280
    # second opinion from zbar on a crop around every zxing-cpp reading, the crop scaled to this
    # many pixels per module (~2 ms instead of ~5 ms at full size; zbar still reads 30 of 30)
    cross_check: bool = True
    cross_check_px_per_module: float = 3.0
    # second tries on symbols zxing-cpp located and on the finder scan's symbols
    candidate_retries: bool = True
    regions: bool = True
    # zbar on the whole frame when nothing else gave a text: first on a copy reduced to this long
    # side (it reads a few codes zxing-cpp cannot even locate), then at full size
    fallback: bool = True
    fallback_side: int = 640
    # zxing-cpp on smaller copies of the whole frame (a blurred or noisy symbol), last
    frame_variants: bool = True
    # crops around a symbol extend by this fraction of its size (the quiet zone and some slack)
    crop_margin: float = 0.25


@dataclass
class Outcome:
    """What the stages of one frame have found so far."""

    readings: list[Reading] = field(default_factory=list)
    stage: Stage = Stage.NONE
    conflicts: int = 0

    @property
    def done(self) -> bool:
        return bool(self.readings) or self.conflicts > 0

    def add(self, found: Iterable[Reading], conflicts: int, stage: Stage) -> None:
        found = list(found)
        if conflicts:
            log.warning("decoders disagree on one symbol; it gives no text")
        self.conflicts += conflicts
        if found:
            self.readings.extend(found)
            self.stage = stage


class Stages:
    """The pipeline's steps on one gray image, shared by the still and the live decoder."""

    def __init__(self, settings: DecoderSettings) -> None:
        self.settings = settings

    def first_pass(self, gray: np.ndarray, outcome: Outcome) -> list[Quad]:
        """zxing-cpp on the frame (halved above 1280 px), cross-checked: the located quads left."""
        work, factor = shrink(gray, self.settings.max_work_side)
        readings, located = read_zxing(work, scale=factor)
        # a symbol zxing-cpp read may also come back unread from another of its passes
        located = [
            q for q in located if not any(readers.inside(readers.centre(q), r.quad) for r in readings)
        ]
        conflicts = 0
        if readings and self.settings.cross_check:
            readings, conflicts = self.cross_checked(gray, readings)
        outcome.add(readings, conflicts, Stage.FIRST_PASS)
        return located

    def cross_checked(self, gray: np.ndarray, readings: Sequence[Reading]) -> tuple[list[Reading], int]:
        """zxing-cpp's readings minus those zbar reads differently on the same symbol."""
        kept: list[Reading] = []
        disagreements = 0
        margin = self.settings.crop_margin
        for reading in readings:
            crop = crop_box(gray, quad_box(reading.quad, margin))
            if crop is None:
                kept.append(reading)
                continue
            image, back = crop.image, 1.0
            if reading.modules:
                side = max(image.shape[:2]) / (1 + 2 * margin)
                ppm = side / reading.modules
                if ppm > self.settings.cross_check_px_per_module:
                    step = self.settings.cross_check_px_per_module / ppm
                    image = cv2.resize(image, None, fx=step, fy=step, interpolation=cv2.INTER_AREA)
                    back = 1 / step
            agreed, conflicts = merge([reading], read_zbar(image, scale=back, offset=crop.offset))
            kept.extend(r for r in agreed if r.decoder is Decoder.ZXING)
            disagreements += conflicts
        return kept, disagreements

    def located_region(self, quad: Quad) -> Region:
        return Region(quad_box(quad, self.settings.crop_margin))

    def try_region(
        self, trial: RegionTrial, attempts: Iterable[Attempt], outcome: Outcome, stage: Stage
    ) -> bool:
        """Attempts on one region until one gives a text (or a disagreement): whether one did."""
        for attempt in attempts:
            found, conflicts = trial.run(attempt)
            if found or conflicts:
                outcome.add([] if conflicts else found, conflicts, stage)
                return True
        return False

    def whole_frame_zbar(self, gray: np.ndarray, outcome: Outcome, full_size: bool) -> None:
        small, factor = shrink(gray, self.settings.fallback_side)
        found = read_zbar(small, scale=factor)
        if not found and full_size and factor > 1:
            found = read_zbar(gray)
        outcome.add(found, 0, Stage.FALLBACK)

    def full_size(self, gray: np.ndarray, outcome: Outcome) -> None:
        """zxing-cpp at the frame's own size, when the first pass had a halved copy."""
        if max(gray.shape[:2]) <= self.settings.max_work_side:
            return
        readings, _ = read_zxing(gray)
        if readings and self.settings.cross_check:
            readings, conflicts = self.cross_checked(gray, readings)
            outcome.add(readings, conflicts, Stage.FULL_SIZE)
        else:
            outcome.add(readings, 0, Stage.FULL_SIZE)

    def frame_variants(self, gray: np.ndarray, outcome: Outcome) -> None:
        """zxing-cpp on the frame at 1/2, 1/3 and 1/4 and with its global binarizer."""
        for factor in (0.5, 0.35, 0.25):
            found = trusted(read_zxing(scaled(gray, factor), scale=1 / factor)[0])
            if found:
                outcome.add(*self.cross_checked(gray, found), Stage.FRAME_VARIANTS)
                return
        found = trusted(read_zxing(gray, binarizer=Binarizer.GlobalHistogram)[0])
        if found:
            outcome.add(*self.cross_checked(gray, found), Stage.FRAME_VARIANTS)


def symbol_regions(gray: np.ndarray, known: Sequence[Reading] = ()) -> list[Region]:
    """The finder scan's symbols as regions, largest first, leaving out symbols already read."""
    regions = []
    for symbol in finders.find_symbols(gray):
        x0, y0, x1, y1 = symbol.box
        if any(x0 <= r.centre()[0] < x1 and y0 <= r.centre()[1] < y1 for r in known):
            continue
        regions.append(Region(symbol.box, symbol.smear, symbol.module))
    return regions


@dataclass
class QrDecoder:
    """Stills in, trustworthy QR texts out: every stage, no budget. See the module docstring."""

    settings: DecoderSettings = field(default_factory=DecoderSettings)
    clock: Callable[[], float] = time.perf_counter

    def decode(self, image: np.ndarray) -> list[str]:
        """The distinct QR texts in a BGR or grayscale image; [] when there are none."""
        return self.decode_detailed(image).texts

    def decode_detailed(self, image: np.ndarray) -> Decoding:
        started = self.clock()
        try:
            outcome = self._run(image)
        except Exception:
            log.warning("decoding failed on a frame", exc_info=True)
            outcome = Outcome()
        readings = distinct(outcome.readings)
        stage = outcome.stage if readings else Stage.NONE
        return Decoding(tuple(readings), stage, outcome.conflicts, self.clock() - started)

    def _run(self, image: np.ndarray) -> Outcome:
        outcome = Outcome()
        gray = to_gray(image)
        if gray is None:
            return outcome
        settings = self.settings
        stages = Stages(settings)
        located = stages.first_pass(gray, outcome)
        if settings.candidate_retries:
            # also next to a read badge: a second badge must not go unmentioned
            for quad in located:
                region = stages.located_region(quad)
                stages.try_region(RegionTrial(gray, region), region.order, outcome, Stage.CANDIDATE_RETRY)
        if outcome.done:
            return outcome
        if settings.regions:
            for region in symbol_regions(gray):
                stages.try_region(RegionTrial(gray, region), region.order, outcome, Stage.REGION)
            if outcome.done:
                return outcome
        if settings.fallback:
            stages.whole_frame_zbar(gray, outcome, full_size=True)
            if outcome.done:
                return outcome
        stages.full_size(gray, outcome)
        if not outcome.done and settings.frame_variants:
            stages.frame_variants(gray, outcome)
        return outcome


def distinct(readings: Iterable[Reading]) -> list[Reading]:
    seen: set[str] = set()
    out: list[Reading] = []
    for reading in readings:
        if reading.text not in seen:
            seen.add(reading.text)
            out.append(reading)
    return out
