"""The finder scan: three finder patterns seen where a symbol is, nothing in a busy empty scene."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk.scanner.finders import Smear, find_symbols
from kiosk.scanner.variants import MotionBlur, streak_kernel
from tests.support import synthetic
from tests.support.synthetic import Conditions, badge_scene, badge_text


def test_a_badge_in_a_scene_is_one_symbol_whose_box_holds_its_qr_code(rng):
    frame = badge_scene([badge_text(rng)], rng, conditions=Conditions(rotation_deg=20, tilt=0.1))
    (symbol,) = find_symbols(frame)
    x0, _y0, x1, _y1 = symbol.box
    # the card is centred horizontally with some shake; its QR code is 240 px wide with the quiet zone
    assert x0 < 640 < x1 and 150 <= x1 - x0 <= 420
    assert symbol.smear is Smear.NONE
    assert 3.0 < symbol.module < 6.0


def test_two_badges_are_two_symbols(rng):
    frame = badge_scene([badge_text(rng), badge_text(rng)], rng)
    symbols = find_symbols(frame)
    assert len(symbols) == 2
    assert symbols[0].box[2] <= symbols[1].box[0] or symbols[1].box[2] <= symbols[0].box[0]


def test_busy_empty_scenes_seldom_show_a_symbol():
    # the backgrounds hold stripes, text-like marks and a patch of random cells: QR-like texture.
    # A false symbol costs a frame's second tries, never a text.
    seen = 0
    for seed in range(12):
        rng = np.random.default_rng(seed)
        scene = synthetic.background(synthetic.FRAME_720P, rng)
        seen += bool(find_symbols(synthetic.compose(scene, [], Conditions(noise_sigma=3), rng)))
    assert seen <= 1


def test_a_small_badge_of_two_pixels_a_module_is_still_seen(rng):
    frame = badge_scene([badge_text(rng)], rng, qr_px=110)  # 53 modules in 110 px
    assert len(find_symbols(frame)) == 1


@pytest.mark.parametrize("degrees,smear", [(0.0, Smear.HORIZONTAL), (90.0, Smear.VERTICAL)])
def test_a_motion_streak_shows_as_the_axis_whose_runs_it_wiped_out(rng, degrees, smear):
    frame = badge_scene([badge_text(rng)], rng, qr_px=260)
    streaked = cv2.filter2D(frame, -1, streak_kernel(MotionBlur(11.0, degrees)))
    (symbol,) = find_symbols(streaked)
    assert symbol.smear is smear


def test_unusable_images_give_no_symbol():
    assert find_symbols(np.zeros((10, 10), np.uint8)) == []
    assert find_symbols(np.zeros((720, 1280), np.float32)) == []
    assert find_symbols(np.full((720, 1280, 3), 255, np.uint8)) == []
