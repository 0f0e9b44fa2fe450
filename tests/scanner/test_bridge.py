"""The bridge from a capture thread to the screen: statuses, scans, camera switching."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from kiosk.scanner.bridge import ScannerBridge
from kiosk.scanner.status import CameraStatus, CameraStatusReport
from tests.ui.fakes import FakeScan
from tests.ui.harness import process_until


class FakeCapture(QThread):
    """A capture thread that reports RUNNING, one scan, then waits to be interrupted."""

    scan_detected = Signal(object)
    preview_ready = Signal()
    camera_status_changed = Signal(object)
    finished_source = Signal()
    started_specs: list[str] = []

    def __init__(self, spec: str) -> None:
        super().__init__()
        self.spec = spec
        self.stopped = threading.Event()
        FakeCapture.started_specs.append(spec)

    def latest_preview(self) -> QImage | None:
        return None

    def run(self) -> None:
        self.camera_status_changed.emit(CameraStatusReport(CameraStatus.RUNNING))
        self.scan_detected.emit(FakeScan((f"from {self.spec}",)))
        while not self.isInterruptionRequested():
            self.msleep(5)
        self.camera_status_changed.emit(CameraStatusReport(CameraStatus.STOPPED))
        self.stopped.set()


class EndingCapture(FakeCapture):
    """A file source that plays to its end."""

    def run(self) -> None:
        self.camera_status_changed.emit(CameraStatusReport(CameraStatus.RUNNING))
        self.camera_status_changed.emit(CameraStatusReport(CameraStatus.ENDED))
        self.finished_source.emit()
        self.stopped.set()


def test_the_screen_gets_the_scanner_status_itself(qapp) -> None:  # noqa: ANN001
    bridge = ScannerBridge(lambda spec, lossless: EndingCapture(spec), "door.avi")
    seen: list[CameraStatus] = []
    bridge.camera_status_changed.connect(seen.append)
    bridge.start()
    assert process_until(lambda: CameraStatus.ENDED in seen)
    assert seen == [CameraStatus.STARTING, CameraStatus.RUNNING, CameraStatus.ENDED]
    bridge.stop()


def test_a_looping_demo_camera_never_reports_that_it_ended(qapp) -> None:  # noqa: ANN001
    bridge = ScannerBridge(lambda spec, lossless: EndingCapture(spec), "camera/", loop=True)
    seen: list[CameraStatus] = []
    bridge.camera_status_changed.connect(seen.append)
    bridge.start()
    assert process_until(lambda: CameraStatus.RUNNING in seen)
    process_until(lambda: False, 0.2)
    assert CameraStatus.ENDED not in seen
    bridge.stop()


def test_switching_cameras_stops_the_old_thread_without_blocking_and_starts_the_new(qapp) -> None:  # noqa: ANN001
    FakeCapture.started_specs = []
    bridge = ScannerBridge(lambda spec, lossless: FakeCapture(spec), "0")
    scans: list[FakeScan] = []
    states: list[CameraStatus] = []
    bridge.scan_detected.connect(scans.append)
    bridge.camera_status_changed.connect(states.append)
    bridge.start()
    assert process_until(lambda: [s.texts for s in scans] == [("from 0",)])
    old = bridge._thread
    bridge.choose("/dev/video2")  # returns at once; the old thread's end starts the new one
    assert bridge.current() == "/dev/video2"
    assert process_until(lambda: FakeCapture.started_specs == ["0", "/dev/video2"])
    assert process_until(lambda: ("from /dev/video2",) in [s.texts for s in scans])
    assert old is not None and old.stopped.is_set()
    assert CameraStatus.RUNNING in states
    bridge.stop()
    assert bridge._thread is None


class FramingCapture(FakeCapture):
    """A camera that delivers one 640×480 frame into its one-slot mailbox, then waits."""

    def __init__(self, spec: str) -> None:
        super().__init__(spec)
        self._mailbox: QImage | None = None

    def latest_preview(self) -> QImage | None:
        frame, self._mailbox = self._mailbox, None
        return frame

    def run(self) -> None:
        self.camera_status_changed.emit(CameraStatusReport(CameraStatus.RUNNING))
        image = QImage(640, 480, QImage.Format.Format_RGB32)
        image.fill(0x336699)
        self._mailbox = image
        self.preview_ready.emit()
        while not self.isInterruptionRequested():
            self.msleep(5)


def test_the_feed_says_which_picture_came_and_how_long_ago(qapp) -> None:  # noqa: ANN001
    now = [100.0]
    bridge = ScannerBridge(lambda spec, lossless: FramingCapture(spec), "/dev/video0", clock=lambda: now[0])
    assert bridge.feed().frame_age is None  # nothing yet
    bridge.start()
    assert process_until(lambda: bridge.latest_preview() is not None)
    now[0] += 0.2
    feed = bridge.feed()
    assert (feed.spec, feed.status, feed.width, feed.height) == ("/dev/video0", CameraStatus.RUNNING, 640, 480)
    assert feed.frame_age == pytest.approx(0.2)
    assert bridge.latest_preview() is bridge.latest_preview()  # the newest frame, for every view that asks
    bridge.choose("/dev/video1")
    assert bridge.latest_preview() is None and bridge.feed().status is CameraStatus.STARTING  # not the old picture
    bridge.stop()
