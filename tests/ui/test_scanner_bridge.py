"""kiosk.app's bridge from a capture thread to the screen: statuses, scans, camera switching."""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from kiosk.app import ScannerBridge, to_camera_state
from kiosk.ui.ports import CameraState
from tests.ui.fakes import FakeScan
from tests.ui.harness import process_until


class Status(enum.Enum):  # the scanner's CameraStatus values
    STARTING = "starting"
    RUNNING = "running"
    BAD_FRAMES = "bad_frames"
    UNAVAILABLE = "unavailable"
    LOST = "lost"
    ENDED = "ended"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Report:  # the scanner's CameraStatusReport
    status: Status
    retry_in: float | None = None


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
        self.camera_status_changed.emit(Report(Status.RUNNING))
        self.scan_detected.emit(FakeScan((f"from {self.spec}",)))
        while not self.isInterruptionRequested():
            self.msleep(5)
        self.camera_status_changed.emit(Report(Status.STOPPED))
        self.stopped.set()


def test_scanner_statuses_become_what_the_officer_sees() -> None:
    assert to_camera_state(Report(Status.RUNNING)) is CameraState.LIVE
    assert to_camera_state(Report(Status.STARTING)) is CameraState.STARTING
    for fault in (Status.BAD_FRAMES, Status.UNAVAILABLE, Status.LOST):
        assert to_camera_state(Report(fault, retry_in=2.0)) is CameraState.RETRYING
    assert to_camera_state(Report(Status.ENDED)) is CameraState.ENDED
    assert to_camera_state(CameraState.LIVE) is CameraState.LIVE


def test_switching_cameras_stops_the_old_thread_without_blocking_and_starts_the_new(qapp) -> None:  # noqa: ANN001
    FakeCapture.started_specs = []
    bridge = ScannerBridge(lambda spec, lossless: FakeCapture(spec), "0")
    scans: list[FakeScan] = []
    states: list[CameraState] = []
    bridge.scan_detected.connect(scans.append)
    bridge.camera_state_changed.connect(states.append)
    bridge.start()
    assert process_until(lambda: [s.texts for s in scans] == [("from 0",)])
    old = bridge._thread
    bridge.choose("/dev/video2")  # returns at once; the old thread's end starts the new one
    assert bridge.current() == "/dev/video2"
    assert process_until(lambda: FakeCapture.started_specs == ["0", "/dev/video2"])
    assert process_until(lambda: ("from /dev/video2",) in [s.texts for s in scans])
    assert old is not None and old.stopped.is_set()
    assert CameraState.LIVE in states
    bridge.stop()
    assert bridge._thread is None
