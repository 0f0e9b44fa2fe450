"""A distinct tone per outcome, generated at start; silent, and quiet in the log, without audio."""

from __future__ import annotations

import hashlib
import wave

from kiosk.ui.sounds import TonePlayer, render_all
from kiosk.ui.vocabulary import Screen, Tone
from tests.ui.harness import Harness


def test_each_outcome_has_its_own_tone(tmp_path) -> None:  # noqa: ANN001
    files = render_all(tmp_path)
    assert set(files) == set(Tone)
    digests = set()
    for path in files.values():
        with wave.open(str(path)) as handle:
            assert handle.getnchannels() == 1 and handle.getframerate() == 22050
            assert 0.2 < handle.getnframes() / handle.getframerate() < 1.5  # short, not a tune
        digests.add(hashlib.sha256(path.read_bytes()).hexdigest())
    assert len(digests) == len(Tone)


def test_without_an_audio_device_the_player_stays_silent(qtbot) -> None:  # noqa: ANN001
    player = TonePlayer(enabled=False)
    player.on_tone_requested(Tone.VALID)
    assert player.played == [Tone.VALID]
    player.close()


def test_the_kiosk_asks_for_the_right_tones(signed_in: Harness) -> None:
    h = signed_in
    played = h.ui.tones.played
    h.show(h.badge("M0008"))
    assert h.wait_screen(Screen.DENIED)
    h.tap(h.window.denied_page.next_button)
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.ADMITTED)
    assert played[-3:] == [Tone.DENIED, Tone.VALID, Tone.ADMITTED]
