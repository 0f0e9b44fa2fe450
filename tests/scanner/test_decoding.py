"""The decode pipeline: reads generated badges in hard conditions, never crashes, never misreads."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
import qrcode
import qrcode.constants
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from pyzbar import pyzbar

from kiosk.scanner import decoding, readers
from kiosk.scanner.decoding import Decoder, DecoderSettings, QrDecoder, Reading, Stage
from kiosk.scanner.live import LiveDecoder
from tests.support.synthetic import (
    FRAME_1080P,
    Conditions,
    badge_scene,
    badge_text,
    qr_modules,
)

CONDITIONS = {
    "clean": Conditions(),
    "perspective": Conditions(tilt=0.18, rotation_deg=30),
    "blur": Conditions(blur_sigma=1.5),
    "noise": Conditions(noise_sigma=12),
    "low_light": Conditions(light=0.25, noise_sigma=4),
    "glare": Conditions(glare=0.9),
    "everything_at_once": Conditions(
        tilt=0.1, rotation_deg=20, blur_sigma=1.2, noise_sigma=6, light=0.45, glare=0.5
    ),
}


def symbol_image(data: str | bytes, module_px: int = 6) -> np.ndarray:
    """A bare QR code (gray, quiet zone included) holding `data`."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4, box_size=1)
    code.add_data(data)
    code.make(fit=True)
    modules = np.array(code.get_matrix(), dtype=bool)
    image = np.where(modules, 0, 255).astype(np.uint8)
    return cv2.resize(image, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST)


@pytest.mark.parametrize("name", CONDITIONS)
def test_reads_badge_in_720p_scene_under(name, rng):
    text = badge_text(rng)
    frame = badge_scene([text], rng, conditions=CONDITIONS[name])
    assert QrDecoder().decode(frame) == [text]


def test_reads_badge_in_1080p_scene_after_halving(rng):
    text = badge_text(rng)
    frame = badge_scene([text], rng, size=FRAME_1080P, qr_px=360, conditions=Conditions(tilt=0.1))
    decoding = QrDecoder().decode_detailed(frame)
    assert decoding.texts == [text]
    assert decoding.stage is Stage.FIRST_PASS


def test_reads_grayscale_and_bgra_frames_alike(rng):
    text = badge_text(rng)
    frame = badge_scene([text], rng)
    gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    bgra = cv2.cvtColor(frame, cv2.COLOR_BGR2BGRA)
    assert QrDecoder().decode(gray) == QrDecoder().decode(bgra) == [text]


def test_reads_both_badges_of_a_two_badge_frame(rng):
    texts = [badge_text(rng), badge_text(rng)]
    frame = badge_scene(texts, rng, conditions=Conditions(rotation_deg=10))
    assert sorted(QrDecoder().decode(frame)) == sorted(texts)


def test_empty_scene_gives_no_text(rng):
    frame = badge_scene([], rng, conditions=Conditions(noise_sigma=4))
    decoding = QrDecoder().decode_detailed(frame)
    assert decoding.texts == []
    assert decoding.stage is Stage.NONE


def test_reads_inverted_code():
    text = "B1.K3Q.IGA93.M0042.1.INVERTED"
    image = cv2.bitwise_not(symbol_image(text))
    assert QrDecoder().decode(image) == [text]


def test_coordinates_of_readings_are_in_frame_pixels_after_halving(rng):
    text = badge_text(rng)
    frame = badge_scene([text], rng, size=FRAME_1080P, qr_px=360)
    (reading,) = QrDecoder().decode_detailed(frame).readings
    x, y = reading.centre()
    # the badge is centred horizontally, give or take the hand shake and the card layout
    assert abs(x - 960) < 60
    assert 540 < y < 540 + 360


def raw_pyzbar_text(image: np.ndarray) -> str:
    (symbol,) = pyzbar.decode(image)
    return symbol.data.decode("utf-8", "replace")


def test_zbar_reads_utf8_bytes_that_its_own_charset_guess_gets_wrong():
    text = "MECARD:N:測試;;"
    image = symbol_image(text.encode("utf-8"))
    assert raw_pyzbar_text(image) != text  # zbar guessed another charset
    assert [r.text for r in decoding.read_zbar(image)] == [text]


def test_zbar_gives_no_text_for_bytes_that_are_not_utf8():
    text = "ﾃﾞｻﾞｲﾝQR\r\nhttp://d-qr.net/ex/"
    image = symbol_image(text.encode("shift_jis"))
    assert raw_pyzbar_text(image) != text  # zbar's guess would be a misread
    assert decoding.read_zbar(image) == []
    assert QrDecoder().decode(image) == [text]  # zxing-cpp knows Shift-JIS


def test_latin1_payload_is_read_by_zxing_without_zbar_objecting():
    text = "café au lait"
    image = symbol_image(text.encode("latin-1"))
    decoded = QrDecoder().decode_detailed(image)
    assert decoded.texts == [text]
    assert decoded.disagreements == 0


def test_decoder_exception_is_a_miss(monkeypatch, rng):
    def broken(*args, **kwargs):
        raise RuntimeError("decoder blew up")

    monkeypatch.setattr(readers.zxingcpp, "read_barcodes", broken)
    monkeypatch.setattr(readers, "_read_zbar", broken)
    frame = badge_scene([badge_text(rng)], rng)
    assert QrDecoder().decode(frame) == []
    assert LiveDecoder().decode(frame) == []


def test_pyzbar_takes_over_when_zxing_raises(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("zxing-cpp blew up")

    monkeypatch.setattr(readers.zxingcpp, "read_barcodes", broken)
    text = "B1.K3Q.IGA93.M0042.1.FALLBACK"
    decoded = QrDecoder().decode_detailed(symbol_image(text, module_px=4))
    assert decoded.texts == [text]
    assert {r.decoder for r in decoded.readings} == {Decoder.ZBAR}


def test_live_path_reads_with_pyzbar_on_the_first_frame_when_zxing_raises(monkeypatch):
    # the finder scan sees the symbol, so zbar gets its crop at once; no waiting for the cadence
    def broken(*args, **kwargs):
        raise RuntimeError("zxing-cpp blew up")

    monkeypatch.setattr(readers.zxingcpp, "read_barcodes", broken)
    text = "B1.K3Q.IGA93.M0042.1.FALLBACK"
    decoded = LiveDecoder().decode_detailed(symbol_image(text, module_px=4))
    assert decoded.texts == [text]
    assert decoded.stage is Stage.REGION


def test_decoders_disagreeing_on_one_symbol_give_no_text(monkeypatch, rng):
    text = badge_text(rng)
    frame = badge_scene([text], rng)
    real_zbar = decoding.read_zbar

    def lying_zbar(gray, **kwargs):
        return [
            Reading("B1.SOMETHING.ELSE", r.quad, Decoder.ZBAR) for r in real_zbar(gray, **kwargs)
        ]

    monkeypatch.setattr(decoding, "read_zbar", lying_zbar)
    monkeypatch.setattr(readers, "read_zbar", lying_zbar)
    decoded = QrDecoder().decode_detailed(frame)
    assert decoded.texts == []
    assert decoded.disagreements == 1


def test_zbar_reading_another_symbol_is_no_disagreement(monkeypatch, rng):
    texts = [badge_text(rng), badge_text(rng)]
    frame = badge_scene(texts, rng)
    outside = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))

    def elsewhere_zbar(gray, **kwargs):
        return [Reading("B1.SOMEWHERE.ELSE", outside, Decoder.ZBAR)]

    monkeypatch.setattr(decoding, "read_zbar", elsewhere_zbar)
    monkeypatch.setattr(readers, "read_zbar", elsewhere_zbar)
    decoded = QrDecoder().decode_detailed(frame)
    assert sorted(decoded.texts) == sorted(texts)
    assert decoded.disagreements == 0


def test_located_but_unread_symbol_is_rescued_by_retries(rng):
    # a small, blurred badge: zxing-cpp finds it but cannot read it on the first pass
    text = badge_text(rng)
    rescued = 0
    for _ in range(6):
        frame = badge_scene([text], rng, qr_px=170, conditions=Conditions(blur_sigma=1.5))
        with_retries = QrDecoder().decode_detailed(frame)
        without = QrDecoder(DecoderSettings(candidate_retries=False)).decode_detailed(frame)
        if with_retries.stage is Stage.CANDIDATE_RETRY:
            assert with_retries.texts == [text]
            assert without.texts == []
            rescued += 1
    assert rescued >= 2


def test_second_badge_located_but_unread_is_retried_next_to_a_read_one(monkeypatch, rng):
    texts = [badge_text(rng), badge_text(rng)]
    frame = badge_scene(texts, rng)
    real_zxing = decoding.read_zxing
    calls = []

    def first_pass_reads_one(gray, **kwargs):
        readings, located = real_zxing(gray, **kwargs)
        calls.append(gray.shape)
        if len(calls) == 1:  # the whole frame: pretend the second symbol failed to decode
            return readings[:1], located + [r.quad for r in readings[1:]]
        return readings, located

    monkeypatch.setattr(decoding, "read_zxing", first_pass_reads_one)
    decoded = QrDecoder().decode_detailed(frame)
    assert sorted(decoded.texts) == sorted(texts)
    assert decoded.stage is Stage.CANDIDATE_RETRY


@pytest.mark.parametrize(
    "image",
    [
        None,
        np.zeros((0, 0), np.uint8),
        np.zeros((1, 1), np.uint8),
        np.zeros((720, 1280), np.float32),
        np.zeros((10, 10, 5), np.uint8),
        np.zeros((2, 2, 2, 2), np.uint8),
        "not an image",
    ],
    ids=["none", "empty", "one_pixel", "float", "five_channels", "four_dims", "string"],
)
def test_unusable_input_gives_no_text_and_no_exception(image):
    assert QrDecoder().decode(image) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    hnp.arrays(
        np.uint8,
        hnp.array_shapes(min_dims=2, max_dims=3, min_side=1, max_side=80),
        elements=st.integers(0, 255),
    )
)
def test_arbitrary_pixels_never_raise_and_never_invent_badge_text(image):
    texts = QrDecoder().decode(image)
    assert all(not t.startswith("B1.") for t in texts)


def test_badge_symbol_is_version_7_with_quiet_zone(rng):
    modules = qr_modules(badge_text(rng))
    assert modules.shape == (53, 53)  # 45 modules + 2 * 4 quiet zone
    assert not modules[:4].any() and not modules[:, -4:].any()


def test_badge_text_has_the_real_shape(rng):
    text = badge_text(rng)
    assert text.startswith("B1.K3Q.IGA93.M0042.1.")
    assert len(text) == 21 + 95 <= 122
    assert set(text[21:]) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$%*+-/")


@pytest.mark.parametrize(
    "shape,max_side,expected",
    [
        ((720, 1280), 1280, (720, 1280)),
        ((720, 1280), 640, (360, 640)),
        ((1080, 1920), 640, (360, 640)),
        ((1080, 1920), 1280, (540, 960)),
    ],
)
def test_shrink_divides_by_a_whole_factor(shape, max_side, expected):
    small, factor = decoding.shrink(np.zeros(shape, np.uint8), max_side)
    assert small.shape == expected
    assert factor == pytest.approx(shape[1] / expected[1])
