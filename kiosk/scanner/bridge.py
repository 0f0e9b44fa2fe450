"""The capture thread as the screen sees it: scans, previews and camera statuses, and switching.

Switching cameras never blocks the GUI: the old thread is asked to stop and the new one starts
when the old one has finished. The newest preview frame is kept in one slot (latest frame wins,
never a queue), so the scanning page and the supervisor's camera panel show the same picture, and
feed() says how old it is.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from kiosk.scanner.cameras import CameraChoice, camera_choices
from kiosk.scanner.status import CameraFeed, CameraStatus, CameraStatusReport

log = logging.getLogger(__name__)


class CaptureThread(Protocol):
    """What the bridge needs from kiosk.scanner's ScannerThread."""

    scan_detected: Any
    preview_ready: Any
    camera_status_changed: Any
    finished_source: Any
    finished: Any

    def latest_preview(self) -> QImage | None: ...
    def acknowledge_scan(self) -> None: ...
    def start(self) -> None: ...
    def requestInterruption(self) -> None: ...  # noqa: N802 - Qt name
    def wait(self, ms: int) -> bool: ...
    def isRunning(self) -> bool: ...  # noqa: N802 - Qt name


IMAGE_INTERVAL_S = 5.0  # a folder of images played live (the demo): each badge stays this long
IMAGE_REPEAT_FPS = 4.0  # ... shown again at this rate meanwhile, like a badge held up to a camera


def make_capture(spec: str, lossless: bool) -> CaptureThread:
    """The scanner's capture thread on a camera, a video file or a folder of images.

    Headless runs are lossless (every frame decoded, debounce on the file's own timeline) and
    paced: each scan waits until the screen has dealt with the one before; they read each image once.
    """
    from kiosk.scanner.capture_thread import ScannerThread
    from kiosk.scanner.sources import open_source

    options: dict[str, Any] = {}
    if Path(spec).is_dir():
        options = {"interval": IMAGE_INTERVAL_S, "repeat_fps": None if lossless else IMAGE_REPEAT_FPS}
    return ScannerThread(lambda: open_source(spec, **options), lossless=lossless, paced=lossless)


class ScannerBridge(QObject):
    """The UI's ScannerPort and CameraSwitch over a capture thread; switching never blocks the GUI."""

    scan_detected = Signal(object)
    preview_ready = Signal()
    camera_status_changed = Signal(object)  # CameraStatus
    source_finished = Signal()

    def __init__(
        self,
        factory: Callable[[str, bool], CaptureThread],
        spec: str,
        lossless: bool = False,
        loop: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """loop: a file source that ends starts again (the demo's simulated camera)."""
        super().__init__()
        self._factory = factory
        self._spec = spec
        self._lossless = lossless
        self._loop = loop and not lossless
        self._clock = clock
        self._thread: CaptureThread | None = None
        self._next_spec: str | None = None
        self._retired: list[CaptureThread] = []
        self._status = CameraStatus.STOPPED
        self._frame: QImage | None = None
        self._frame_at: float | None = None

    def start(self) -> None:
        self._frame, self._frame_at = None, None  # a new source: no picture yet
        self._thread = self._factory(self._spec, self._lossless)
        t = self._thread
        t.scan_detected.connect(self.on_scan_detected)
        t.preview_ready.connect(self.on_preview_ready)
        t.camera_status_changed.connect(self.on_camera_status_changed)
        t.finished_source.connect(self.on_finished_source)
        t.finished.connect(self.on_thread_finished)
        self._set_status(CameraStatus.STARTING)
        t.start()

    def stop(self, timeout_ms: int = 5000) -> None:
        """Ordered stop: ask, wake, wait. Never terminate()."""
        self._next_spec = None
        for thread in [self._thread, *self._retired]:
            if thread is not None and thread.isRunning():
                thread.requestInterruption()
                if not thread.wait(timeout_ms):
                    log.error("the capture thread did not stop within %d ms", timeout_ms)
        self._thread = None

    def latest_preview(self) -> QImage | None:
        """The newest frame, kept for every view that shows it (None before the first)."""
        return self._frame

    def feed(self) -> CameraFeed:
        age = None if self._frame_at is None else max(0.0, self._clock() - self._frame_at)
        width, height = (self._frame.width(), self._frame.height()) if self._frame is not None else (0, 0)
        return CameraFeed(self._spec, self._status, width, height, age)

    def acknowledge_scan(self) -> None:
        """The screen has dealt with the last scan; a paced (headless) source may go on."""
        if self._thread is not None:
            self._thread.acknowledge_scan()

    # CameraSwitch
    def choices(self) -> list[CameraChoice]:
        return camera_choices(self._spec)

    def current(self) -> str:
        return self._spec

    def choose(self, spec: str) -> None:
        if spec == self._spec and self._thread is not None:
            return
        self._spec = spec
        old = self._thread
        if old is None or not old.isRunning():
            self.start()
            return
        self._next_spec = spec
        self._retired.append(old)
        self._thread = None
        self._frame, self._frame_at = None, None
        self._set_status(CameraStatus.STARTING)
        old.requestInterruption()  # its finished signal starts the new one

    @Slot(object)
    def on_scan_detected(self, scan: object) -> None:
        if self.sender() is self._thread:
            self.scan_detected.emit(scan)

    @Slot()
    def on_preview_ready(self) -> None:
        thread = self._thread
        if self.sender() is not thread or thread is None:
            return
        frame = thread.latest_preview()  # takes the thread's one-slot mailbox
        if frame is not None:
            self._frame, self._frame_at = frame, self._clock()
            self.preview_ready.emit()

    @Slot(object)
    def on_camera_status_changed(self, report: CameraStatusReport) -> None:
        if self.sender() is not self._thread:
            return
        if self._loop and report.status is CameraStatus.ENDED:
            return  # the demo's camera plays its images again: it never "ends"
        self._set_status(report.status)

    def _set_status(self, status: CameraStatus) -> None:
        self._status = status
        self.camera_status_changed.emit(status)

    @Slot()
    def on_finished_source(self) -> None:
        if self.sender() is not self._thread:
            return
        if self._loop:
            QTimer.singleShot(2000, self.on_loop_due)
        else:
            self.source_finished.emit()

    @Slot()
    def on_loop_due(self) -> None:
        """Plays the demo images again once the previous run's thread has ended."""
        old = self._thread
        if old is None:
            return
        old.wait(2000)  # it emitted finished_source as its last act: this returns at once
        self._thread = None
        self.start()

    @Slot()
    def on_thread_finished(self) -> None:
        sender = self.sender()
        if sender in self._retired:
            self._retired.remove(sender)  # type: ignore[arg-type]
            if self._next_spec is not None and self._thread is None:
                self._next_spec = None
                self.start()
