"""Test doubles for the scanner: videos written with cv2.VideoWriter, and a camera that fails.

`FakeCameraRig` is the physical camera (plugged or not, what it sees); `FakeVideoCapture`
mimics cv2.VideoCapture on it the way V4L2 behaves, and goes under the real `CameraSource`
through its `capture_factory`, so the tests exercise the production read path.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from kiosk.scanner.sources import CameraSource
from tests.support import synthetic

FOURCC = "MJPG"
DOOR_FPS = 15.0
CLEAR = synthetic.Conditions()


def write_video(path: Path, frames: Sequence[np.ndarray], fps: float) -> Path:
    """An MJPG .avi of `frames` (BGR), checked to be readable back."""
    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*FOURCC), fps, (width, height))
    assert writer.isOpened(), "this OpenCV build cannot write MJPG .avi"
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


@dataclass(frozen=True)
class Showing:
    """A stretch of video: these badges held up (none: an empty doorway) for `frames` frames."""

    texts: tuple[str, ...]
    frames: int
    conditions: synthetic.Conditions = CLEAR


def door_frames(
    showings: Sequence[Showing],
    rng: np.random.Generator,
    size: tuple[int, int] = synthetic.FRAME_720P,
    qr_px: int = 240,
) -> list[np.ndarray]:
    """Frames of a doorway where badges come and go, each card shaking a little in the hand."""
    scene = synthetic.background(size, rng)
    out: list[np.ndarray] = []
    for showing in showings:
        cards = [synthetic.badge_card(t, qr_px, rng) for t in showing.texts]
        centers = synthetic.default_centers(len(cards), size, rng)
        for _ in range(showing.frames):
            shaken = [(x + rng.uniform(-4, 4), y + rng.uniform(-4, 4)) for x, y in centers]
            out.append(
                synthetic.compose(
                    scene, list(zip(cards, shaken, strict=True)), showing.conditions, rng
                )
            )
    return out


@dataclass
class FakeCameraRig:
    """A webcam's physical state, shared by every capture opened on it.

    - `plugged`: opening fails while False; an open capture then reads (False, None) like V4L2
      after an unplug (isOpened() stays True).
    - `frames`: what the camera sees, cycled.
    - `bad_reads`: the next n reads give a corrupt result from `bad_kinds` in turn.
    - `read_block`: an Event a read waits on when set (a driver stuck in read).
    Every read and open is logged with its time, to catch busy loops.
    """

    frames: list[np.ndarray] = field(default_factory=list)
    plugged: bool = True
    bad_reads: int = 0
    bad_kinds: tuple[str, ...] = ("none", "empty", "tiny", "float", "fail")
    frame_interval: float = 0.0  # a real camera paces reads; 0 = as fast as asked
    read_block: threading.Event | None = None
    reads: list[float] = field(default_factory=list)
    opens: list[float] = field(default_factory=list)
    releases: int = 0
    settings: dict[int, float] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _next: int = 0
    _bad_done: int = 0

    def capture(self, device: int | str) -> FakeVideoCapture:
        with self.lock:
            self.opens.append(time.monotonic())
        return FakeVideoCapture(self)

    def source(self, **options: object) -> CameraSource:
        return CameraSource(0, capture_factory=self.capture, **options)  # type: ignore[arg-type]

    def factory(self) -> Callable[[], CameraSource]:
        return self.source

    def next_read(self) -> tuple[bool, object]:
        with self.lock:
            self.reads.append(time.monotonic())
            if not self.plugged:
                return False, None
            if self.bad_reads > 0:
                self.bad_reads -= 1
                kind = self.bad_kinds[self._bad_done % len(self.bad_kinds)]
                self._bad_done += 1
                return _bad_result(kind)
            if not self.frames:
                return False, None
            frame = self.frames[self._next % len(self.frames)]
            self._next += 1
            return True, frame.copy()

    def reads_between(self, start: float, end: float) -> int:
        with self.lock:
            return sum(start <= t < end for t in self.reads)


def _bad_result(kind: str) -> tuple[bool, object]:
    if kind == "none":
        return True, None
    if kind == "empty":
        return True, np.empty((0, 0, 3), np.uint8)
    if kind == "tiny":
        return True, np.zeros((4, 4, 3), np.uint8)
    if kind == "float":
        return True, np.zeros((720, 1280, 3), np.float32)
    return False, None


class FakeVideoCapture:
    """The part of cv2.VideoCapture that CameraSource uses."""

    def __init__(self, rig: FakeCameraRig) -> None:
        self._rig = rig
        self._open = rig.plugged

    def isOpened(self) -> bool:  # noqa: N802 - OpenCV name
        return self._open

    def set(self, prop: int, value: float) -> bool:
        self._rig.settings[prop] = value
        return True

    def get(self, prop: int) -> float:
        return self._rig.settings.get(prop, 0.0)

    def read(self) -> tuple[bool, object]:
        rig = self._rig
        if rig.read_block is not None:
            rig.read_block.wait()
        if rig.frame_interval:
            time.sleep(rig.frame_interval)
        if not self._open:
            return False, None
        return rig.next_read()

    def release(self) -> None:
        if self._open:
            self._rig.releases += 1
        self._open = False
