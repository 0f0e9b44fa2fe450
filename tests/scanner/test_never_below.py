"""Never below a single decoder: what zxing-cpp alone or pyzbar alone reads in a door frame, the
pipeline reads, on a still at once and on a camera within a few frames of the same scene.

The frames are our rendered badges in generated door scenes (tests/support/door.py), drawn by
hypothesis from every class of the door benchmark, so many sit at the edge of what either
decoder reads. The live bound: zxing-cpp's own pass runs at least every `zxing_every` frames
and zbar's every `zbar_every` frames whatever the early-outs say, so a scene either decoder reads
is read within that many frames (10 and 30, a third of a second and a second at 30 fps); the
finder scan usually makes it the first frame, which the last test holds it to.
"""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pyzbar import pyzbar

from kiosk.badges.layout import A6
from kiosk.scanner.decoding import QrDecoder, to_gray
from kiosk.scanner.live import LiveDecoder, LiveSettings
from tests.support import door
from tests.support.badge_images import badge_faces, badge_image

LIVE = LiveSettings()
FACES = badge_faces(6)


def zxing_alone(image: np.ndarray) -> list[str]:
    """zxing-cpp as anyone would call it: QR only, its default effort."""
    found = zxingcpp.read_barcodes(
        to_gray(image), formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    return [b.text for b in found if b.valid]


def pyzbar_alone(image: np.ndarray) -> list[str]:
    try:
        found = pyzbar.decode(to_gray(image), symbols=[pyzbar.ZBarSymbol.QRCODE])
    except Exception:  # noqa: BLE001 - pyzbar raises on some symbols: a miss
        return []
    return [s.data.decode("utf-8", "replace") for s in found]


@pytest.fixture(scope="module")
def door_scene(qapp):
    scenes = [door.doorway(np.random.default_rng(s)) for s in range(3)]

    def make(kind: str, seed: int) -> tuple[np.ndarray, str]:
        rng = np.random.default_rng(seed)
        face = FACES[seed % len(FACES)]
        presentation = door.CLASSES[kind](rng, A6)
        frame = door.door_frame(badge_image(face, A6), A6, presentation, scenes[seed % 3], rng)
        return frame, face.qr_text

    return make


def frames_until_read(decoder: LiveDecoder, frame: np.ndarray, text: str, limit: int) -> int | None:
    """How many frames of one still scene the live decoder takes to read `text` (None: not in
    `limit`)."""
    for count in range(1, limit + 1):
        if text in decoder.decode(frame):
            return count
    return None


@settings(
    max_examples=36,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                           HealthCheck.function_scoped_fixture],
)
@given(kind=st.sampled_from(sorted(door.CLASSES)), seed=st.integers(0, 2**31 - 1))
def test_a_frame_either_decoder_reads_alone_is_read_on_a_still_and_live(door_scene, kind, seed):
    frame, text = door_scene(kind, seed)
    by_zxing, by_pyzbar = text in zxing_alone(frame), text in pyzbar_alone(frame)
    assume(by_zxing or by_pyzbar)
    assert text in QrDecoder().decode(frame)
    bound = LIVE.zxing_every if by_zxing else LIVE.zbar_every
    assert frames_until_read(LiveDecoder(LIVE), frame, text, bound) is not None


def test_the_live_bound_holds_when_the_early_outs_see_nothing(door_scene, monkeypatch):
    # blind the finder scan: only the decoders' own cadenced passes are left to read the badge
    from kiosk.scanner import finders

    monkeypatch.setattr(finders, "find_symbols", lambda *a, **k: [])
    frame, text = door_scene("clean", 3)
    assert text in zxing_alone(frame) and text in pyzbar_alone(frame)
    assert frames_until_read(LiveDecoder(LIVE), frame, text, LIVE.zxing_every) == LIVE.zxing_every


def test_on_most_frames_either_decoder_reads_the_live_path_reads_the_first_frame(door_scene):
    firsts = readable = 0
    for seed in range(12):
        kind = sorted(door.CLASSES)[seed % len(door.CLASSES)]
        frame, text = door_scene(kind, 1000 + seed)
        if text in zxing_alone(frame) or text in pyzbar_alone(frame):
            readable += 1
            firsts += frames_until_read(LiveDecoder(LIVE), frame, text, 1) == 1
    assert readable >= 6
    assert firsts == readable
