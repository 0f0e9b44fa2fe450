"""Frame sources behind one interface: a webcam, a video file, an image, a folder of images.

A source is opened, read and closed by one thread (the capture thread); it raises one of the
exceptions below for each way a camera fails, so the thread can turn them into statuses. OpenCV's
own log lines are silenced: what goes wrong reaches the kiosk's log through these exceptions (and an
unreadable image is reported there once), not as lines on stderr every few seconds.
"""

from __future__ import annotations

import abc
import logging
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

log = logging.getLogger(__name__)
cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff", ".pgm", ".ppm"}
)


class SourceError(Exception):
    """Base of the ways a source fails."""


class SourceUnavailable(SourceError):
    """The source cannot be opened (no camera, missing file)."""


class SourceLost(SourceError):
    """The source was open and is gone (camera unplugged)."""


class SourceEnded(SourceError):
    """A finite source has no more frames (end of a video, last image)."""


class FrameMissing(SourceError):
    """This read gave no usable frame (empty, corrupt); the next one may be fine."""


@dataclass(frozen=True)
class Frame:
    """One image and its time on the source's own timeline (seconds).

    The pixel array is made read-only: frames cross threads and are shared by the preview
    and the decoder.
    """

    image: np.ndarray
    at: float
    index: int


def usable_image(image: Any) -> np.ndarray:
    """`image` as a read-only frame array, or FrameMissing if it is empty or malformed."""
    if not isinstance(image, np.ndarray) or image.size == 0 or image.dtype != np.uint8:
        raise FrameMissing("empty frame")
    if image.ndim == 3 and image.shape[2] in (1, 3, 4):
        pass
    elif image.ndim != 2:
        raise FrameMissing(f"malformed frame of shape {image.shape}")
    if min(image.shape[:2]) < 16:
        raise FrameMissing(f"frame too small: {image.shape}")
    image.flags.writeable = False
    return image


def load_image(path: str | Path) -> np.ndarray | None:
    """An image file as 8-bit BGR or gray (transparency over white), or None if unreadable."""
    if not Path(path).is_file():
        return None
    read = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    if read is None or read.size == 0:
        return None
    image = np.asarray(read)
    if image.dtype == np.uint16:
        image = (image // 256).astype(np.uint8)
    elif image.dtype != np.uint8:
        return None
    if image.ndim == 3 and image.shape[2] == 4:
        alpha = image[:, :, 3:4].astype(np.float32) / 255.0
        white = np.full_like(image[:, :, :3], 255, dtype=np.float32)
        image = (image[:, :, :3] * alpha + white * (1 - alpha)).astype(np.uint8)
    return image


class FrameSource(abc.ABC):
    """Something that yields frames; live sources (cameras) run until they fail."""

    #: a camera (True) runs in real time; a file (False) can be read as fast as wanted
    live: bool = False

    @abc.abstractmethod
    def open(self) -> None:
        """Acquire the device or file; SourceUnavailable if that is not possible."""

    @abc.abstractmethod
    def read(self) -> Frame:
        """The next frame; FrameMissing, SourceLost or SourceEnded when there is none."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the device; safe to call twice, or after a failed open()."""

    def describe(self) -> str:
        return type(self).__name__


class CameraSource(FrameSource):
    """A webcam through OpenCV, asking for 1280x720 MJPG where the camera offers it."""

    live = True

    def __init__(
        self,
        device: int | str,
        *,
        width: int = 1280,
        height: int = 720,
        fourcc: str | None = "MJPG",
        clock: Callable[[], float] = time.monotonic,
        capture_factory: Callable[..., Any] | None = None,
    ) -> None:
        self.device = device
        self.width = width
        self.height = height
        self.fourcc = fourcc
        self._clock = clock
        self._capture_factory = capture_factory or _default_camera_capture
        self._capture: Any = None
        self._index = 0

    def describe(self) -> str:
        return f"camera {self.device}"

    def open(self) -> None:
        self.close()
        try:
            capture = self._capture_factory(self.device)
        except Exception as exc:
            raise SourceUnavailable(f"{self.describe()}: {exc}") from exc
        if capture is None or not capture.isOpened():
            if capture is not None:
                capture.release()
            raise SourceUnavailable(f"{self.describe()} cannot be opened")
        if self.fourcc:
            capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*self.fourcc))
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        self._capture = capture
        self._index = 0
        log.info(
            "%s opened at %dx%d",
            self.describe(),
            int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
            int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)),
        )

    def read(self) -> Frame:
        capture = self._capture
        if capture is None:
            raise SourceLost(f"{self.describe()} is not open")
        try:
            ok, image = capture.read()
        except Exception as exc:
            raise FrameMissing(f"{self.describe()}: {exc}") from exc
        if not ok:
            if not capture.isOpened():
                raise SourceLost(f"{self.describe()} closed")
            raise FrameMissing(f"{self.describe()} gave no frame")
        frame = Frame(usable_image(image), self._clock(), self._index)
        self._index += 1
        return frame

    def close(self) -> None:
        capture, self._capture = self._capture, None
        if capture is not None:
            capture.release()


def _default_camera_capture(device: int | str) -> cv2.VideoCapture:
    backend = cv2.CAP_V4L2 if sys.platform.startswith("linux") else cv2.CAP_ANY
    return cv2.VideoCapture(device, backend)


class VideoFileSource(FrameSource):
    """A video file; `at` is the position in the video, so replay is exact and fast."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._capture: cv2.VideoCapture | None = None
        self._fps = 0.0
        self._index = 0

    def describe(self) -> str:
        return f"video {self.path.name}"

    def open(self) -> None:
        self.close()
        if not self.path.is_file():
            raise SourceUnavailable(f"{self.path} does not exist")
        capture = cv2.VideoCapture(str(self.path))
        if not capture.isOpened():
            capture.release()
            raise SourceUnavailable(f"{self.path} is not a readable video")
        self._capture = capture
        self._fps = capture.get(cv2.CAP_PROP_FPS) or 0.0
        self._index = 0

    def read(self) -> Frame:
        capture = self._capture
        if capture is None:
            raise SourceLost(f"{self.describe()} is not open")
        ok, image = capture.read()
        if not ok:
            raise SourceEnded(f"{self.describe()} ended after {self._index} frames")
        at = self._index / self._fps if self._fps > 0 else capture.get(cv2.CAP_PROP_POS_MSEC) / 1000
        frame = Frame(usable_image(image), at, self._index)
        self._index += 1
        return frame

    def close(self) -> None:
        capture, self._capture = self._capture, None
        if capture is not None:
            capture.release()


class ImageFolderSource(FrameSource):
    """Still images, `interval` seconds apart on the source's timeline: one frame each, or, with
    `repeat_fps`, the same picture again and again for its interval, like a badge held up to a camera
    (the demo's simulated camera: its preview stays live between two badges).

    An unreadable image is a FrameMissing (like a corrupt camera frame), not the end; the kiosk's log
    names it once.
    """

    def __init__(
        self, paths: list[Path], *, interval: float = 1.0, name: str = "images", repeat_fps: float | None = None
    ) -> None:
        self.paths = list(paths)
        self.interval = interval
        self.repeats = max(1, round(interval * repeat_fps)) if repeat_fps else 1
        self._name = name
        self._next = 0
        self._opened = False
        self._current: np.ndarray | None = None

    @classmethod
    def folder(cls, path: str | Path, *, interval: float = 1.0, repeat_fps: float | None = None) -> ImageFolderSource:
        return cls(image_files(path), interval=interval, name=f"folder {Path(path).name}", repeat_fps=repeat_fps)

    @classmethod
    def single(cls, path: str | Path) -> ImageFolderSource:
        return cls([Path(path)], name=f"image {Path(path).name}")

    def describe(self) -> str:
        return self._name

    def open(self) -> None:
        if not any(p.is_file() for p in self.paths):
            raise SourceUnavailable(f"{self._name}: no image to read")
        self._next = 0
        self._opened = True

    def read(self) -> Frame:
        if not self._opened:
            raise SourceLost(f"{self._name} is not open")
        if self._next >= len(self.paths) * self.repeats:
            raise SourceEnded(f"{self._name}: all {len(self.paths)} images read")
        step = self._next
        self._next += 1
        index, repeat = divmod(step, self.repeats)
        if repeat == 0:
            self._current = None
            image = load_image(self.paths[index])
            if image is None:
                _report_unreadable(self.paths[index])
            else:
                self._current = usable_image(image)
        if self._current is None:
            raise FrameMissing(f"{self.paths[index].name} is not a readable image")
        return Frame(self._current, index * self.interval + repeat * self.interval / self.repeats, step)

    def close(self) -> None:
        self._opened = False
        self._current = None


_reported: set[Path] = set()


def _report_unreadable(path: Path) -> None:
    """Once per image and process: a looping demo must not repeat the line every round."""
    if path not in _reported:
        _reported.add(path)
        log.warning("skipped %s: not a readable image", path.name)


def image_files(folder: str | Path) -> list[Path]:
    """The images a folder source plays, in name order ([] if it is not a folder)."""
    path = Path(folder)
    if not path.is_dir():
        return []
    return sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)


_DEVICE_PATH = re.compile(r"^/dev/video\d+$")


def open_source(spec: str | int | Path, **options: Any) -> FrameSource:
    """The source `spec` names (not yet opened): a camera index or /dev/videoN, an image, a folder
    of images, or a video file. `options` go to a camera's or a folder's constructor."""
    if isinstance(spec, int):
        return CameraSource(spec, **options)
    text = str(spec)
    if text.isdigit():
        return CameraSource(int(text), **options)
    if _DEVICE_PATH.match(text):
        return CameraSource(text, **options)
    path = Path(text)
    if path.is_dir():
        return ImageFolderSource.folder(path, **options)
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return ImageFolderSource.single(path)
    return VideoFileSource(path)
