"""The live path: the still pipeline's stages on a camera's frames, within a frame's budget.

A camera gives many frames, and an empty doorway is most of them. So each frame first goes
through the cheap looks: is the scene as it was when the last full look found nothing
(`tracking.SceneMemory`, ~0.2 ms), and are there three finder patterns anywhere
(`finders.find_symbols`, ~1 ms)? Only then zxing-cpp on the frame, and while nothing reads, a
few second tries per frame on the regions of symbols (those of this frame, the located ones,
and those of the previous frames): the two most promising for the region on every frame, the
others in turn from frame to frame.

The decoders' own whole-frame passes still run on a cadence when nothing called for them:
zxing-cpp every `zxing_every` frames, zbar every `zbar_every`. So whatever either decoder alone
would read in a scene, the live path reads within `zbar_every` frames of it (1 s at 30 fps),
and in practice on the first (tests/scanner/test_never_below.py).

A `LiveDecoder` keeps frame-to-frame state: give each camera its own, from one thread.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from kiosk.scanner import finders
from kiosk.scanner.attempts import Attempt, Region, RegionTrial
from kiosk.scanner.decoding import (
    DecoderSettings,
    Decoding,
    Outcome,
    Stage,
    Stages,
    distinct,
)
from kiosk.scanner.readers import Quad, Reading, to_gray
from kiosk.scanner.tracking import SceneMemory, SymbolTracker
from kiosk.scanner.variants import quad_box

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LiveSettings:
    """The live path's budget and cadences; the defaults are measured (docs/scanner.md)."""

    stages: DecoderSettings = field(default_factory=DecoderSettings)
    attempts_per_frame: int = 5  # second tries per frame, all regions together (~1-3 ms each)
    regions_per_frame: int = 2
    every_frame: int = 2  # of a region's attempts, the first this many run on every frame
    zxing_every: int = 10  # zxing-cpp on the frame at least this often, whatever the scans say
    zbar_every: int = 30  # and zbar on the whole frame
    track_frames: int = 8  # a symbol's region gets second tries this many frames after
    settle_after: int = 6  # frames of an unchanged scene without a text before it is skipped
    quiet_threshold: int = 12  # grey levels a thumbnail cell may move in an unchanged scene


@dataclass
class LiveDecoder:
    """Frames of one camera in, trustworthy QR texts out. See the module docstring."""

    settings: LiveSettings = field(default_factory=LiveSettings)
    clock: Callable[[], float] = time.perf_counter

    def __post_init__(self) -> None:
        self._stages = Stages(self.settings.stages)
        self._tracker = SymbolTracker(self.settings.track_frames)
        self._scene = SceneMemory(self.settings.quiet_threshold)
        self._frame = 0
        self._last_zxing = 0
        self._last_zbar = 0
        self._fruitless = 0  # frames in a row that had something to try and read nothing

    def reset(self) -> None:
        """Forget every earlier frame (a new camera, a new video)."""
        self.__post_init__()

    def decode(self, image: np.ndarray) -> list[str]:
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

    # -- one frame ------------------------------------------------------------------------------

    def _run(self, image: np.ndarray) -> Outcome:
        outcome = Outcome()
        channel = finders.green(image)
        if channel is None or min(channel.shape[:2]) < 21:
            return outcome
        settings = self.settings
        self._frame += 1
        frame = self._frame
        height, width = channel.shape[:2]
        zxing_due = frame - self._last_zxing >= settings.zxing_every
        zbar_due = frame - self._last_zbar >= settings.zbar_every
        tracked = self._tracker.regions(frame, (width, height))
        thumbnail = SceneMemory.thumbnail(channel)
        if not tracked and not zxing_due and not zbar_due and self._scene.unchanged(thumbnail):
            return outcome
        gray: np.ndarray | None = None
        located: list[Quad] = []
        if tracked:
            # a symbol was here a moment ago: zxing-cpp first, as on a still; a held badge
            # costs no more than that
            gray = to_gray(image)
            assert gray is not None
            located = self._stages.first_pass(gray, outcome)
            self._last_zxing = frame
            if outcome.readings:
                self._remember(frame, located, True, outcome.readings, thumbnail)
                return outcome
        seen = [Region(s.box, s.smear, s.module) for s in self._find_symbols(channel)]
        if not seen and not tracked and not zxing_due and not zbar_due:
            self._settle(thumbnail)
            return outcome
        if gray is None:
            gray = to_gray(image)
            assert gray is not None
            if seen or zxing_due:
                located = self._stages.first_pass(gray, outcome)
                self._last_zxing = frame
        regions = _distinct_regions(
            seen + [self._stages.located_region(q) for q in located] + tracked, settings.regions_per_frame
        )
        if not outcome.done and regions:
            self._second_tries(gray, regions, len(seen), len(seen) + len(located), outcome)
        if not outcome.done and zbar_due:
            self._stages.whole_frame_zbar(gray, outcome, full_size=True)
            self._last_zbar = frame
        self._remember(frame, located, bool(regions), outcome.readings, thumbnail)
        return outcome

    def _find_symbols(self, channel: np.ndarray) -> list[finders.Symbol]:
        """The finder scan, on every other pixel of a frame wider than 1280 (1080p: 960x540,
        as zxing-cpp's first pass sees it), in full-frame pixels."""
        height, width = channel.shape[:2]
        factor = -(-max(height, width) // self.settings.stages.max_work_side)
        if factor <= 1:
            return finders.find_symbols(channel)
        found = finders.find_symbols(channel[::factor, ::factor])
        return [_scaled_symbol(s, factor, (width, height)) for s in found]

    def _second_tries(
        self, gray: np.ndarray, regions: list[tuple[Region, int]], found: int, located: int, outcome: Outcome
    ) -> None:
        """The frame's budget of attempts over its regions: each region's first few, then the
        rest in turn (a different slice on every frame)."""
        settings = self.settings
        budget = settings.attempts_per_frame
        trials = [(RegionTrial(gray, region), region, origin) for region, origin in regions]
        plans = []
        for _trial, region, _origin in trials:
            order = region.order
            head, tail = order[: settings.every_frame], order[settings.every_frame :]
            plans.append(list(head) + _rotated(tail, self._frame * (budget - len(head))))
        for round_ in itertools.count():
            if budget <= 0 or all(round_ >= len(p) for p in plans):
                return
            for (trial, _region, origin), plan in zip(trials, plans, strict=True):
                if round_ >= len(plan) or budget <= 0:
                    continue
                budget -= 1
                stage = (Stage.REGION if origin < found else Stage.CANDIDATE_RETRY if origin < located
                         else Stage.TRACKED)
                if self._stages.try_region(trial, [plan[round_]], outcome, stage):
                    return

    def _remember(
        self, frame: int, located: list[Quad], tried: bool, readings: list[Reading],
        thumbnail: np.ndarray,
    ) -> None:
        margin = self.settings.stages.crop_margin
        # the scan's word alone is not tracked: a patterned shirt would keep its false symbol
        # costing second tries in the frames after; a real one is seen again or located
        for quad in located:
            self._tracker.saw(Region(quad_box(quad, margin)), frame)
        for reading in readings:
            self._tracker.saw(Region(quad_box(reading.quad, margin)), frame)
        if readings:
            self._fruitless = 0
            self._scene.forget()
        elif tried:
            self._fruitless += 1
            if self._fruitless >= self.settings.settle_after:
                self._settle(thumbnail)  # tried everything on this scene: wait until it changes
        else:
            self._settle(thumbnail)

    def _settle(self, thumbnail: np.ndarray) -> None:
        self._fruitless = 0
        self._tracker.clear()
        self._scene.settle(thumbnail)


def _rotated(items: tuple[Attempt, ...], shift: int) -> list[Attempt]:
    if not items:
        return []
    shift %= len(items)
    return list(items[shift:] + items[:shift])


def _distinct_regions(regions: list[Region], limit: int) -> list[tuple[Region, int]]:
    """The first `limit` regions that do not overlap an earlier one, with their index."""
    kept: list[tuple[Region, int]] = []
    for index, region in enumerate(regions):
        if any(_same_place(region, other) for other, _ in kept):
            continue
        kept.append((region, index))
        if len(kept) == limit:
            break
    return kept


def _same_place(a: Region, b: Region) -> bool:
    ax, ay = (a.box[0] + a.box[2]) / 2, (a.box[1] + a.box[3]) / 2
    return b.box[0] <= ax < b.box[2] and b.box[1] <= ay < b.box[3]


def _scaled_symbol(symbol: finders.Symbol, factor: float, size: tuple[int, int]) -> finders.Symbol:
    """A symbol found on a reduced copy, in the full frame's pixels."""
    x0, y0, x1, y1 = symbol.box
    box = (int(x0 * factor), int(y0 * factor), min(size[0], int(x1 * factor) + 1), min(size[1], int(y1 * factor) + 1))
    return finders.Symbol(
        (symbol.corner[0] * factor, symbol.corner[1] * factor),
        tuple((x * factor, y * factor) for x, y in symbol.arms),  # type: ignore[arg-type]
        symbol.module * factor,
        box,
        symbol.smear,
    )
