"""The live path's frame-to-frame behaviour: early-outs, budget, rotation, tracking, cadences."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk.scanner import attempts, finders, live
from kiosk.scanner.attempts import Attempt, RegionTrial
from kiosk.scanner.decoding import Stage
from kiosk.scanner.live import LiveDecoder, LiveSettings
from kiosk.scanner.variants import MotionBlur, streak_kernel
from tests.support import synthetic
from tests.support.synthetic import Conditions, badge_text


@pytest.fixture
def empty_door(rng):
    scene = synthetic.background(synthetic.FRAME_720P, rng)
    return [synthetic.compose(scene, [], Conditions(noise_sigma=3), rng) for _ in range(4)]


def counting(monkeypatch, module, name):
    calls = []
    real = getattr(module, name)

    def spy(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return calls


def test_a_still_empty_doorway_is_scanned_once_then_skipped(monkeypatch, empty_door):
    scans = counting(monkeypatch, finders, "find_symbols")
    decoder = LiveDecoder()
    for frame in empty_door:  # one scene, fresh sensor noise in each frame
        assert decoder.decode(frame) == []
    assert len(scans) == 1


def test_a_changed_scene_is_scanned_again(monkeypatch, empty_door, rng):
    scans = counting(monkeypatch, finders, "find_symbols")
    decoder = LiveDecoder()
    decoder.decode(empty_door[0])
    other = synthetic.compose(synthetic.background(synthetic.FRAME_720P, rng), [], Conditions(), rng)
    decoder.decode(other)
    assert len(scans) == 2


def test_a_badge_held_still_is_read_on_every_frame(rng):
    text = badge_text(rng)
    scene = synthetic.background(synthetic.FRAME_720P, rng)
    card = synthetic.badge_card(text, 240, rng)
    decoder = LiveDecoder()
    frames = [synthetic.compose(scene, [(card, (640, 360))], Conditions(noise_sigma=3), rng) for _ in range(5)]
    assert [decoder.decode(f) for f in frames] == [[text]] * 5


def unreadable_symbol_frame(rng):
    """A symbol with intact finder patterns and scrambled data: the scan sees it, nothing reads."""
    modules = synthetic.qr_modules(badge_text(rng)).copy()
    n = modules.shape[0]
    data = np.ones_like(modules)
    for r, c in ((0, 0), (0, n - 12), (n - 12, 0)):  # finders, separators, quiet zone
        data[r : r + 12, c : c + 12] = False
    data[:4], data[-4:], data[:, :4], data[:, -4:] = False, False, False, False
    modules[data] = rng.random(int(data.sum())) < 0.5
    symbol = np.where(modules, 0, 255).astype(np.uint8)
    qr = cv2.resize(symbol, (240, 240), interpolation=cv2.INTER_NEAREST)
    scene = synthetic.background(synthetic.FRAME_720P, rng)
    scene[240:480, 520:760] = qr[:, :, None]
    return synthetic.compose(scene, [], Conditions(noise_sigma=2), rng)


def test_second_tries_stay_within_the_frame_budget_and_rotate_over_frames(monkeypatch, rng):
    frame = unreadable_symbol_frame(rng)
    tried: list[list[Attempt]] = []
    real_run = RegionTrial.run

    def run(self, attempt):
        tried[-1].append(attempt)
        return real_run(self, attempt)

    monkeypatch.setattr(RegionTrial, "run", run)
    settings = LiveSettings(settle_after=100)
    decoder = LiveDecoder(settings)
    for _ in range(6):
        tried.append([])
        assert decoder.decode(frame) == []
    assert finders.find_symbols(frame), "the scan must see the symbol for this test to mean anything"
    assert all(0 < len(frame_tries) <= settings.attempts_per_frame for frame_tries in tried)
    order = set(attempts.SMEARED_ORDER) | set(attempts.SHARP_ORDER)
    seen = {a for frame_tries in tried for a in frame_tries}
    assert len(seen) > settings.attempts_per_frame  # later frames try what earlier ones did not
    assert seen <= order
    # the most promising attempts of the region run on every frame
    first = tried[0][: settings.every_frame]
    assert all(frame_tries[: settings.every_frame] == first for frame_tries in tried)


def test_an_unreadable_scene_is_left_alone_once_every_attempt_had_its_turn(monkeypatch, rng):
    frame = unreadable_symbol_frame(rng)
    scans = counting(monkeypatch, finders, "find_symbols")
    settings = LiveSettings(settle_after=4)
    decoder = LiveDecoder(settings)
    for _ in range(8):
        decoder.decode(frame)
    assert len(scans) == settings.settle_after


def test_the_region_of_the_last_frame_s_symbol_is_tried_when_the_scan_misses_it(monkeypatch, rng):
    text = badge_text(rng)
    scene = synthetic.background(synthetic.FRAME_720P, rng)
    card = synthetic.badge_card(text, 240, rng)
    sharp = synthetic.compose(scene, [(card, (640, 380))], Conditions(), rng)
    decoder = LiveDecoder()
    assert decoder.decode(sharp) == [text]
    # the next frame: the badge streaked by a move; zxing-cpp alone cannot read it and the
    # scan is blinded, so only the tracked region can give the text
    streaked = cv2.filter2D(sharp, -1, streak_kernel(MotionBlur(11.0, 0.0)))
    monkeypatch.setattr(finders, "find_symbols", lambda *a, **k: [])
    decoding = decoder.decode_detailed(streaked)
    assert decoding.texts == [text]
    assert decoding.stage is Stage.TRACKED


def test_the_decoders_own_passes_run_on_their_cadence_over_a_still_scene(monkeypatch, empty_door):
    zxing = counting(monkeypatch, live.Stages, "first_pass")
    zbar = counting(monkeypatch, live.Stages, "whole_frame_zbar")
    settings = LiveSettings(zxing_every=5, zbar_every=15)
    decoder = LiveDecoder(settings)
    for i in range(30):
        decoder.decode(empty_door[i % len(empty_door)])
    assert len(zxing) == 30 // 5
    assert len(zbar) == 30 // 15


def test_reset_forgets_the_scene(monkeypatch, empty_door):
    scans = counting(monkeypatch, finders, "find_symbols")
    decoder = LiveDecoder()
    decoder.decode(empty_door[0])
    decoder.reset()
    decoder.decode(empty_door[1])
    assert len(scans) == 2


def test_unusable_frames_are_no_frames(rng):
    decoder = LiveDecoder()
    for image in (None, np.zeros((0, 0), np.uint8), np.zeros((720, 1280), np.float32), "frame"):
        assert decoder.decode(image) == []
