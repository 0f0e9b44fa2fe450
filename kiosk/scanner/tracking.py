"""Frame-to-frame memory of the live path: where symbols were, and whether the scene changed.

A camera gives many frames of one scene. A badge moving through them keeps roughly its place
from one frame to the next, so the region where a symbol was found (read, located by zxing-cpp,
or seen by the finder scan) is worth a second look in the next frames even when the scan misses
it there (a streaked frame). And a doorway that looks as it did when the last full look found
nothing holds nothing new: comparing a small thumbnail is ten times cheaper than looking again.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.scanner.attempts import Region
from kiosk.scanner.variants import Box


@dataclass(frozen=True)
class Sighting:
    region: Region
    frame: int  # the decoder's frame count when last seen
    keep: int  # frames it stays worth a look


class SymbolTracker:
    """Regions of symbols seen in the last `keep` frames, grown by `growth` for the motion."""

    def __init__(self, keep: int = 8, growth: float = 0.2) -> None:
        self.keep = keep
        self.growth = growth
        self._sightings: list[Sighting] = []

    def saw(self, region: Region, frame: int, keep: int | None = None) -> None:
        """A symbol at `region` in `frame`, worth a look for `keep` frames (default: the
        tracker's): it replaces older sightings it overlaps."""
        self._sightings = [s for s in self._sightings if not _overlap(s.region.box, region.box)]
        self._sightings.append(Sighting(region, frame, self.keep if keep is None else keep))

    def regions(self, frame: int, size: tuple[int, int]) -> list[Region]:
        """Regions seen in the frames before `frame`, newest first, grown and clipped to `size`
        (width, height)."""
        self._sightings = [s for s in self._sightings if frame - s.frame <= s.keep]
        out = []
        for sighting in sorted(self._sightings, key=lambda s: -s.frame):
            if sighting.frame >= frame:
                continue
            x0, y0, x1, y1 = sighting.region.box
            pad_x, pad_y = int((x1 - x0) * self.growth), int((y1 - y0) * self.growth)
            box = (max(0, x0 - pad_x), max(0, y0 - pad_y), min(size[0], x1 + pad_x), min(size[1], y1 + pad_y))
            out.append(Region(box, sighting.region.smear, sighting.region.module))
        return out

    def clear(self) -> None:
        self._sightings = []


def _overlap(a: Box, b: Box) -> bool:
    """More than a third of the smaller box lies in the other."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return False
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h * 3 > smaller


class SceneMemory:
    """A thumbnail of the last frame whose decoding settled (nothing there, or nothing more to
    try), to skip the frames that look just like it."""

    def __init__(self, threshold: int = 12) -> None:
        self.threshold = threshold
        self._settled: np.ndarray | None = None

    @staticmethod
    def thumbnail(channel: np.ndarray) -> np.ndarray:
        """A 1/16 thumbnail from every 8th row: each cell averages 32 pixels, so sensor noise
        shrinks six times, and it reads an eighth of the frame."""
        rows = np.ascontiguousarray(channel[4::8])
        width = max(1, channel.shape[1] // 16)
        height = max(1, rows.shape[0] // 2)
        return cv2.resize(rows, (width, height), interpolation=cv2.INTER_AREA)

    def unchanged(self, thumbnail: np.ndarray) -> bool:
        settled = self._settled
        if settled is None or settled.shape != thumbnail.shape:
            return False
        return int(cv2.absdiff(thumbnail, settled).max()) <= self.threshold

    def settle(self, thumbnail: np.ndarray) -> None:
        self._settled = thumbnail

    def forget(self) -> None:
        self._settled = None
