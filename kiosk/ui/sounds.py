"""A distinct tone per outcome, generated at start as small WAV files and played with QSoundEffect.

Without an audio server (tests, a kiosk with its speaker unplugged) the kiosk stays silent: it
never asks QtMultimedia for a device it cannot have, so nothing warns and nothing crashes.
"""

from __future__ import annotations

import logging
import math
import os
import struct
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot

from kiosk.ui.vocabulary import Tone

log = logging.getLogger(__name__)

RATE = 22050
# (frequency Hz, duration s) notes; 0 Hz is a rest
MELODIES: dict[Tone, tuple[tuple[float, float], ...]] = {
    Tone.VALID: ((660, 0.12), (0, 0.04), (880, 0.16)),  # rising: "look at the screen"
    Tone.DENIED: ((220, 0.16), (0, 0.06), (220, 0.16), (0, 0.06), (220, 0.16)),  # low triple buzz
    Tone.ADMITTED: ((523, 0.1), (659, 0.1), (784, 0.22)),  # bright chime
    Tone.REFUSED: ((440, 0.16), (0, 0.04), (330, 0.24)),  # falling pair
    Tone.ERROR: ((196, 0.4), (0, 0.1), (196, 0.4)),  # long low
}


def render_tone(path: Path, notes: tuple[tuple[float, float], ...], volume: float = 0.45) -> None:
    """Writes a mono 16-bit WAV; square-ish for buzzes, sine for chimes, with short fades (no clicks)."""
    frames = bytearray()
    for freq, seconds in notes:
        count = int(RATE * seconds)
        fade = max(1, int(RATE * 0.01))
        for i in range(count):
            envelope = min(1.0, i / fade, (count - i) / fade)
            if freq <= 0:
                sample = 0.0
            else:
                phase = 2 * math.pi * freq * i / RATE
                sample = math.sin(phase)
                if freq < 300:  # buzz: add odd harmonics
                    sample = 0.7 * sample + 0.2 * math.sin(3 * phase) + 0.1 * math.sin(5 * phase)
            frames += struct.pack("<h", int(32767 * volume * envelope * sample))
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(bytes(frames))


def render_all(folder: Path) -> dict[Tone, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for tone, notes in MELODIES.items():
        path = folder / f"{tone.value}.wav"
        render_tone(path, notes)
        files[tone] = path
    return files


def audio_output_present() -> bool:
    """A PulseAudio or PipeWire server to play to (what QtMultimedia uses on Linux)."""
    if os.environ.get("KIOSK_SOUND", "").lower() in ("0", "off", "no"):
        return False
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}")
    return any((runtime / name).exists() for name in ("pulse/native", "pipewire-0"))


class TonePlayer(QObject):
    """Plays the tone the controller asks for; silent when there is nothing to play to."""

    def __init__(self, enabled: bool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = audio_output_present() if enabled is None else enabled
        self.played: list[Tone] = []  # what was asked for, for tests and the log
        self._effects: dict[Tone, object] = {}
        self._folder = tempfile.TemporaryDirectory(prefix="kiosk-tones-")
        self.files = render_all(Path(self._folder.name))
        if self.enabled:
            self._load()

    def _load(self) -> None:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            log.warning("QtMultimedia is missing: the kiosk stays silent")
            self.enabled = False
            return
        for tone, path in self.files.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            self._effects[tone] = effect

    @Slot(object)
    def on_tone_requested(self, tone: Tone) -> None:
        self.played.append(tone)
        del self.played[:-20]
        effect = self._effects.get(tone)
        if effect is None:
            return
        for other in self._effects.values():
            other.stop()  # type: ignore[attr-defined]
        effect.play()  # type: ignore[attr-defined]

    def close(self) -> None:
        self._folder.cleanup()
