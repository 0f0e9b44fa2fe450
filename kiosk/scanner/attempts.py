"""Second tries on one region of a frame: where a symbol was located, found or last seen.

Each `Attempt` decodes one variant of the region's crop. A zxing-cpp reading is confirmed by
zbar on the same image (a different text on the same symbol gives none), and must have left a
tenth of its error correction unused: a processed image (deblurred, resampled) can carry errors
in patterns a plain photo does not, and a symbol decoded at the very limit of its correction is
the likeliest to be a miscorrection. (Measured: correct deblurred readings leave 75 % unused at
the median, fewer than 5 % leave under 40 %.) zbar's own readings stand alone, as on the whole
frame. Attempts are listed most promising first for what the finder scan says about the region:
a smeared symbol is deblurred before anything else.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from kiosk.scanner import readers
from kiosk.scanner.finders import Smear
from kiosk.scanner.readers import Binarizer, Reading
from kiosk.scanner.variants import (
    Box,
    Crop,
    MotionBlur,
    crop_box,
    deblurred,
    estimate_streak,
    scaled,
    sharpened,
    stretched,
)

log = logging.getLogger(__name__)


class Attempt(enum.Enum):
    ZBAR = "zbar on the crop"
    PLAIN = "zxing-cpp on the crop"
    DEBLURRED = "deblurred along the estimated streak"
    DEBLURRED_SHORT = "deblurred, a shorter streak, more smoothing"
    DEBLURRED_HARDER = "deblurred, less smoothing"
    DEBLURRED_TURNED = "deblurred, the streak turned 6 degrees"
    DEBLURRED_TURNED_BACK = "deblurred, the streak turned -6 degrees"
    DEBLURRED_LONG = "deblurred, a longer streak"
    HALF = "half size"
    THIRD = "a third of the size"
    QUARTER = "a quarter of the size"
    GLOBAL = "global-histogram binarizer"
    STRETCHED = "contrast stretched"
    SHARPENED = "sharpened"
    UPSCALED = "doubled (small crops)"
    INVERTED = "inverted"


SHARP_ORDER = (
    Attempt.ZBAR, Attempt.PLAIN, Attempt.HALF, Attempt.GLOBAL, Attempt.STRETCHED,
    Attempt.SHARPENED, Attempt.THIRD, Attempt.UPSCALED, Attempt.QUARTER, Attempt.DEBLURRED,
    Attempt.INVERTED,
)
"""For a region whose finders show no smear: the measured order (docs/scanner.md)."""

SMEARED_ORDER = (
    Attempt.DEBLURRED, Attempt.DEBLURRED_SHORT, Attempt.DEBLURRED_HARDER, Attempt.HALF,
    Attempt.DEBLURRED_TURNED, Attempt.ZBAR, Attempt.DEBLURRED_TURNED_BACK, Attempt.DEBLURRED_LONG,
    Attempt.THIRD, Attempt.PLAIN, Attempt.QUARTER, Attempt.GLOBAL, Attempt.STRETCHED,
)
"""For a region whose finders lost their runs along one axis: a motion streak. The deblurring
variants in the order that read most moving badges first (docs/scanner.md)."""

# (length factor, degrees added, Wiener noise-to-signal) of each deblurring attempt
_DEBLURRING = {
    Attempt.DEBLURRED: (1.0, 0.0, 0.03),
    Attempt.DEBLURRED_SHORT: (0.85, 0.0, 0.08),
    Attempt.DEBLURRED_HARDER: (1.0, 0.0, 0.01),
    Attempt.DEBLURRED_TURNED: (1.0, 6.0, 0.03),
    Attempt.DEBLURRED_TURNED_BACK: (1.0, -6.0, 0.01),
    Attempt.DEBLURRED_LONG: (1.15, 0.0, 0.01),
}


@dataclass(frozen=True)
class Region:
    """Where to look again, and what is known of it."""

    box: Box
    smear: Smear = Smear.NONE
    module: float = 0.0  # px, 0 when unknown

    @property
    def order(self) -> tuple[Attempt, ...]:
        return SMEARED_ORDER if self.smear is not Smear.NONE else SHARP_ORDER


@dataclass
class RegionTrial:
    """A region of one frame, its crop, and what its attempts learnt (the streak estimate)."""

    gray: np.ndarray
    region: Region
    crop: Crop | None = field(init=False)
    _blur: MotionBlur | None = field(default=None, init=False)
    _blur_known: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        crop = crop_box(self.gray, self.region.box)
        module = self.region.module
        if crop is not None and module > WORK_MODULE_PX * 1.3:
            # a big symbol is read as well, and much faster, at a few pixels a module
            factor = WORK_MODULE_PX / module
            crop = Crop(scaled(crop.image, factor), crop.offset, 1 / factor)
        self.crop = crop

    def blur(self) -> MotionBlur | None:
        if not self._blur_known and self.crop is not None:
            self._blur = estimate_streak(self.crop.image, self.region.smear.degrees)
            self._blur_known = True
        return self._blur

    def run(self, attempt: Attempt) -> tuple[list[Reading], int]:
        """(readings, disagreements) of one attempt; nothing when the crop is unusable, and an
        attempt that fails is a miss: it never costs the frame its other attempts."""
        try:
            return self._run(attempt)
        except Exception:
            log.warning("attempt %s failed on a region", attempt.name, exc_info=True)
            return [], 0

    def _run(self, attempt: Attempt) -> tuple[list[Reading], int]:
        if self.crop is None:
            return [], 0
        image, scale = self.crop.image, self.crop.scale
        if attempt is Attempt.ZBAR:
            return readers.read_zbar(image, scale=scale, offset=self.crop.offset), 0
        variant = self._variant(attempt, image)
        if variant is None:
            return [], 0
        picture, back = variant
        return _confirmed(picture, back * scale, self.crop.offset,
                          Binarizer.GlobalHistogram if attempt is Attempt.GLOBAL else Binarizer.LocalAverage)

    def _variant(self, attempt: Attempt, image: np.ndarray) -> tuple[np.ndarray, float] | None:
        if attempt in (Attempt.PLAIN, Attempt.GLOBAL):
            return image, 1.0
        if attempt in (Attempt.HALF, Attempt.THIRD, Attempt.QUARTER):
            factor = {Attempt.HALF: 0.5, Attempt.THIRD: 0.35, Attempt.QUARTER: 0.25}[attempt]
            if min(image.shape[:2]) * factor < 42:  # below ~1 px a module: nothing to read
                return None
            return scaled(image, factor), 1 / factor
        if attempt in _DEBLURRING:
            blur = self.blur()
            if blur is None:
                return None
            stretch, turn, noise = _DEBLURRING[attempt]
            return deblurred(image, MotionBlur(blur.length * stretch, blur.degrees + turn), noise), 1.0
        if attempt is Attempt.STRETCHED:
            return stretched(image), 1.0
        if attempt is Attempt.SHARPENED:
            return sharpened(image), 1.0
        if attempt is Attempt.UPSCALED:
            if max(image.shape[:2]) >= 500:
                return None
            return np.repeat(np.repeat(image, 2, axis=0), 2, axis=1), 0.5
        if attempt is Attempt.INVERTED:
            return 255 - image, 1.0
        return None


MIN_SPARE = 0.1
WORK_MODULE_PX = 4.0  # crops of bigger symbols are reduced to about this


def _confirmed(
    image: np.ndarray, back: float, offset: tuple[float, float], binarizer: Binarizer
) -> tuple[list[Reading], int]:
    """zxing-cpp on a variant, each reading confirmed by zbar on the same image."""
    found, _ = readers.read_zxing(image, binarizer=binarizer, scale=back, offset=offset)
    found = trusted(found)
    if not found:
        return [], 0
    return merge(found, readers.read_zbar(image, scale=back, offset=offset))


def merge(first: Sequence[Reading], second: Sequence[Reading]) -> tuple[list[Reading], int]:
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
            if readers.inside(other.centre(), reading.quad) or readers.inside(reading.centre(), other.quad)
        ]
        claimed.update(same)
        if any(second[i].text != reading.text for i in same):
            conflicts += 1
            continue
        kept.append(reading)
    kept.extend(other for i, other in enumerate(second) if i not in claimed)
    return kept, conflicts


def trusted(readings: Sequence[Reading]) -> list[Reading]:
    """Readings of a processed image that left enough error correction unused."""
    return [r for r in readings if r.spare >= MIN_SPARE]
