"""Variants that recover what a moving hand and a dim door take away: deblurring, smaller copies."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from test_decoding import symbol_image

from kiosk.scanner import readers
from kiosk.scanner.variants import MotionBlur, deblurred, estimate_streak, scaled, streak_kernel

TEXT = "B1.K3Q.IGA93.M0042.1." + "Q7/ZX$%*+-" * 9 + "ABCDE"


def streaked(image: np.ndarray, blur: MotionBlur, rng: np.random.Generator, noise: float = 2.0) -> np.ndarray:
    smeared = cv2.filter2D(image.astype(np.float32), -1, streak_kernel(blur), borderType=cv2.BORDER_REPLICATE)
    smeared += rng.normal(0, noise, smeared.shape).astype(np.float32)
    return np.clip(smeared, 0, 255).astype(np.uint8)


def texts(image: np.ndarray) -> list[str]:
    return [r.text for r in readers.read_zxing(image)[0]] + [r.text for r in readers.read_zbar(image)]


@pytest.mark.parametrize("length,degrees", [(8.0, 0.0), (11.0, 6.0), (13.0, -10.0), (10.0, 90.0)])
def test_the_cepstrum_finds_a_streak_s_length_and_direction_near_the_axis_the_finders_lost(
    rng, length, degrees
):
    image = streaked(symbol_image(TEXT, module_px=5), MotionBlur(length, degrees), rng)
    found = estimate_streak(image, around_degrees=0.0 if abs(degrees) < 45 else 90.0)
    assert found is not None
    assert abs(found.length - length) <= 1.5
    assert abs((found.degrees - degrees + 90) % 180 - 90) <= 8


def test_the_module_grid_is_not_taken_for_a_streak(rng):
    # a QR code's modules put troughs in the cepstrum at the module size along both axes
    image = streaked(symbol_image(TEXT, module_px=5), MotionBlur(11.0, 6.0), rng)
    found = estimate_streak(image)
    assert found is not None and abs(found.length - 11.0) <= 1.5


@pytest.mark.parametrize("length", [10.0, 12.0, 13.0])
def test_deblurring_reads_a_symbol_streaked_by_two_modules_that_neither_decoder_reads(rng, length):
    image = streaked(symbol_image(TEXT, module_px=5), MotionBlur(length, 3.0), rng)
    assert texts(image) == []
    blur = estimate_streak(image, around_degrees=0.0)
    assert blur is not None
    assert TEXT in texts(deblurred(image, blur))


def test_a_smaller_copy_reads_a_soft_noisy_symbol_the_full_size_does_not(rng):
    soft = cv2.GaussianBlur(symbol_image(TEXT, module_px=8), (0, 0), 2.0).astype(np.float32)
    noisy = np.clip(soft + rng.normal(0, 30, soft.shape), 0, 255).astype(np.uint8)
    assert readers.read_zxing(noisy)[0] == []
    assert [r.text for r in readers.read_zxing(scaled(noisy, 0.5))[0]] == [TEXT]


@pytest.mark.parametrize("shape", [(50, 51), (51, 50), (52, 52), (20, 300), (8, 8)])
def test_a_crop_too_small_for_the_search_gives_no_streak_or_one_without_failing(rng, shape):
    image = rng.integers(0, 255, size=shape, dtype=np.uint8)
    found = estimate_streak(image)
    assert found is None or 4.0 <= found.length <= 24.5
