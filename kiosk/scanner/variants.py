"""Copies of a region that a decoder may read when the plain image fails: less blur, less size.

A hand moving a badge streaks it along the motion: 7-13 px at 720p, more than a module. Neither
decoder reads a symbol streaked by more than about 1.7 modules, but the streak is a known kind
of blur: its length and direction show as the deepest trough of the image's cepstrum, and a
Wiener filter undoes most of it (measured on door frames: 2 of 64 moving badges read without,
31 of 64 with; docs/scanner.md). A smaller copy helps where the detail is too fine or too noisy
for the binarizer, another binarizer where light varies across the symbol.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.scanner.readers import Quad

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Crop:
    """A part of the frame, where it sits in it, and its scale (frame pixels per crop pixel)."""

    image: np.ndarray
    offset: tuple[float, float]
    scale: float = 1.0


def crop_box(gray: np.ndarray, box: Box, min_side: int = 16) -> Crop | None:
    x0, y0, x1, y1 = box
    height, width = gray.shape[:2]
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(width, x1), min(height, y1)
    if x1 - x0 < min_side or y1 - y0 < min_side:
        return None
    return Crop(gray[y0:y1, x0:x1], (float(x0), float(y0)))


def quad_box(quad: Quad, margin: float) -> Box:
    """The quad's bounding box grown by `margin` of its size on every side (the quiet zone)."""
    xs = [p[0] for p in quad]
    ys = [p[1] for p in quad]
    size = max(max(xs) - min(xs), max(ys) - min(ys), 8.0)
    pad = size * margin
    return (int(min(xs) - pad), int(min(ys) - pad), int(max(xs) + pad) + 1, int(max(ys) + pad) + 1)


def scaled(image: np.ndarray, factor: float) -> np.ndarray:
    """`image` reduced to `factor` of its size, averaging (INTER_AREA)."""
    return cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)


_clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(4, 4))


def stretched(image: np.ndarray) -> np.ndarray:
    """Full-range, locally equalised: a dim or half-glared symbol gets its contrast back."""
    spread = cv2.normalize(image, np.empty_like(image), 0, 255, cv2.NORM_MINMAX)
    return _clahe.apply(spread)


def sharpened(image: np.ndarray) -> np.ndarray:
    blurred = cv2.GaussianBlur(image, (0, 0), 2.0)
    return cv2.addWeighted(image, 1.8, blurred, -0.8, 0)


# -- motion streaks -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MotionBlur:
    """A straight motion blur: its length in pixels and direction in degrees (0: horizontal)."""

    length: float
    degrees: float


def estimate_streak(
    image: np.ndarray, around_degrees: float | None = None, spread: float = 30.0,
    shortest: float = 4.0, longest: float = 24.0,
) -> MotionBlur | None:
    """The motion blur in `image`, from its cepstrum: a box blur of length L multiplies the
    spectrum by a sinc, whose zeros put a trough in the cepstrum at distance L along the motion.

    A QR code's grid of modules puts troughs of its own at the module size, along both of its
    axes at once; a streak's trough has no twin a quarter turn away. So each place is scored
    against its quarter-turned twin. `around_degrees` limits the search to directions within
    `spread` of it (the finder scan tells which axis lost its runs).
    """
    h, w = image.shape[:2]
    reach = math.ceil(longest) + 1  # one more for the neighbours of a trough at the edge
    if h < 2 * reach + 1 or w < 2 * reach + 1:
        return None
    img = image.astype(np.float32)
    img -= img.mean()
    window = np.outer(np.hanning(h), np.hanning(w)).astype(np.float32)
    spectrum = np.log(np.abs(np.fft.rfft2(img * window)) + 1e-2)
    cepstrum = np.fft.fftshift(np.fft.irfft2(spectrum, s=(h, w)))
    cy, cx = h // 2, w // 2
    patch = cepstrum[cy - reach : cy + reach + 1, cx - reach : cx + reach + 1]
    score = patch - np.rot90(patch)
    yy, xx = np.mgrid[-reach : reach + 1, -reach : reach + 1]
    radius = np.hypot(xx, yy)
    allowed = (radius >= shortest) & (radius <= longest)
    if around_degrees is not None:
        angle = np.degrees(np.arctan2(yy, xx))
        off = (angle - around_degrees + 90.0) % 180.0 - 90.0
        allowed &= np.abs(off) <= spread
    values = np.where(allowed, score, np.inf)
    iy, ix = np.unravel_index(int(np.argmin(values)), values.shape)
    if not np.isfinite(values[iy, ix]) or values[iy, ix] >= 0:
        return None
    # the trough's bottom between pixels: a parabola through it and its neighbours, per axis
    dx = float(xx[iy, ix]) + _vertex(score[iy, ix - 1], score[iy, ix], score[iy, ix + 1])
    dy = float(yy[iy, ix]) + _vertex(score[iy - 1, ix], score[iy, ix], score[iy + 1, ix])
    degrees = (math.degrees(math.atan2(dy, dx)) + 90.0) % 180.0 - 90.0
    return MotionBlur(math.hypot(dx, dy), degrees)


def _vertex(before: float, at: float, after: float) -> float:
    """Offset (-0.5..0.5) of the lowest point of the parabola through three equally spaced values."""
    curve = before - 2 * at + after
    if curve <= 0:
        return 0.0
    return float(np.clip(0.5 * (before - after) / curve, -0.5, 0.5))


def streak_kernel(blur: MotionBlur) -> np.ndarray:
    """A line of `blur.length` pixels at `blur.degrees`, anti-aliased, summing to one."""
    length = max(1.0, blur.length)
    size = math.ceil(length) | 1
    kernel = np.zeros((size, size), np.float32)
    c = size // 2
    dx, dy = math.cos(math.radians(blur.degrees)), math.sin(math.radians(blur.degrees))
    for t in np.linspace(-length / 2, length / 2, max(2, int(length * 4))):
        x, y = c + t * dx, c + t * dy
        x0, y0 = math.floor(x), math.floor(y)
        fx, fy = x - x0, y - y0
        for xi, yi, weight in ((x0, y0, (1 - fx) * (1 - fy)), (x0 + 1, y0, fx * (1 - fy)),
                               (x0, y0 + 1, (1 - fx) * fy), (x0 + 1, y0 + 1, fx * fy)):
            if 0 <= xi < size and 0 <= yi < size:
                kernel[yi, xi] += weight
    return kernel / kernel.sum()


def deblurred(image: np.ndarray, blur: MotionBlur, noise: float = 0.01) -> np.ndarray:
    """`image` with `blur` undone by a Wiener filter (`noise`: the noise-to-signal power)."""
    kernel = streak_kernel(blur)
    h, w = image.shape[:2]
    margin = kernel.shape[0] + 8  # replicated edges keep the wrap-around from ringing inwards
    padded = cv2.copyMakeBorder(image.astype(np.float32), margin, margin, margin, margin,
                                cv2.BORDER_REPLICATE)
    ph, pw = cv2.getOptimalDFTSize(padded.shape[0]), cv2.getOptimalDFTSize(padded.shape[1])
    padded = cv2.copyMakeBorder(padded, 0, ph - padded.shape[0], 0, pw - padded.shape[1],
                                cv2.BORDER_REPLICATE)
    psf = np.zeros((ph, pw), np.float32)
    kh, kw = kernel.shape
    psf[:kh, :kw] = kernel
    psf = np.roll(psf, (-(kh // 2), -(kw // 2)), axis=(0, 1))
    response = np.fft.rfft2(psf)
    restored = np.fft.irfft2(
        np.fft.rfft2(padded) * np.conj(response) / (np.abs(response) ** 2 + noise), s=(ph, pw)
    )
    return np.clip(restored[margin : margin + h, margin : margin + w], 0, 255).astype(np.uint8)
