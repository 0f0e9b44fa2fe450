"""The scanner thread: reads frames, decodes the newest one, reports scans and camera status.

Two threads, one owner:
- `ScannerThread.run()` (the QThread) opens the source, reads frames at the camera's pace and
  releases the source in `finally`. Each frame goes to two one-slot mailboxes, overwriting what
  nobody took: the preview (for the GUI) and the decode slot.
- a decode worker (a plain thread started and joined inside `run()`) takes the newest frame,
  decodes it, debounces and emits `scan_detected`.
So a slow decode drops stale frames instead of queueing them, and a camera that blocks on read
never stalls decoding or the GUI. Failures become `CameraStatusReport`s; the thread reconnects
with exponential backoff, pauses between failed reads (no busy loop), and stops with
`requestInterruption()` + `wait()` (or `stop()`), never `terminate()`.

In `lossless` mode (the headless demo) nothing is dropped: every frame of a video file is
decoded, scans are debounced on the video's own timeline, and `finished_source` is emitted
after the last frame's scans.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QImage

from kiosk.scanner.debounce import Debouncer, DebounceSettings
from kiosk.scanner.decoding import QrDecoder
from kiosk.scanner.handoff import Slot
from kiosk.scanner.live import LiveDecoder
from kiosk.scanner.sources import (
    Frame,
    FrameSource,
    SourceEnded,
    SourceLost,
)
from kiosk.scanner.status import CameraStatus, CameraStatusReport

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backoff:
    """Waits between reconnection attempts: first, first*factor, ... capped."""

    first: float = 0.25
    factor: float = 2.0
    cap: float = 4.0

    def delay(self, attempt: int) -> float:
        return min(self.cap, self.first * self.factor**attempt)


@dataclass(frozen=True)
class CaptureSettings:
    """How the thread treats a misbehaving source."""

    backoff: Backoff = Backoff()
    # pause after a read that gave no frame, before the next read: no busy loop on a dead camera
    miss_pause: float = 0.03
    # consecutive failed reads before the status says so, and before the device counts as lost
    bad_frames_after: int = 3
    lost_after: int = 20
    # a live source that delivers nothing for this long is reported lost (a driver stuck in read)
    stall_after: float = 2.0


@dataclass(frozen=True)
class ScannerStats:
    """Counters since the thread started.

    `latencies`: frame arrival to decode done, every decoded frame (s); `text_latencies`: the
    same for frames that gave a text (frame-to-text, before debouncing).
    """

    frames_read: int
    frames_decoded: int
    frames_dropped: int
    failed_reads: int
    open_attempts: int
    latencies: tuple[float, ...]
    text_latencies: tuple[float, ...]


class _Outcome(enum.Enum):
    ENDED = "ended"
    LOST = "lost"
    STOPPED = "stopped"


@dataclass(frozen=True)
class _Delivery:
    frame: Frame
    arrived: float  # scanner clock when the read returned


class ScannerThread(QThread):
    """Capture, decode and debounce off the GUI thread; see the module docstring."""

    scan_detected = Signal(object)  # Scan
    preview_ready = Signal()  # a new frame waits in the preview mailbox: call latest_preview()
    camera_status_changed = Signal(object)  # CameraStatusReport
    finished_source = Signal()  # a finite source ended and all its scans were emitted

    def __init__(
        self,
        source_factory: Callable[[], FrameSource],
        decoder: LiveDecoder | QrDecoder | None = None,
        debounce: DebounceSettings | None = None,
        *,
        lossless: bool = False,
        paced: bool = False,
        capture: CaptureSettings | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source_factory = source_factory
        self._decoder = decoder or LiveDecoder()
        self._debounce = debounce or DebounceSettings()
        self._lossless = lossless
        # paced: after each scan, wait for acknowledge_scan() before the next (a headless run
        # plays its source at the screen's pace, so a badge is never judged while another is open)
        self._paced = paced
        self._scan_taken = threading.Event()
        self._capture = capture or CaptureSettings()
        self._clock = clock
        self._wake = threading.Event()  # set once, on stop: every pause ends at once
        self._decode_slot: Slot[_Delivery] = Slot()
        self._preview_slot: Slot[np.ndarray] = Slot()
        self._status_lock = threading.RLock()
        self._report = CameraStatusReport(CameraStatus.STOPPED)
        self._counts_lock = threading.Lock()
        self._frames_read = 0
        self._frames_decoded = 0
        self._failed_reads = 0
        self._open_attempts = 0
        self._latencies: deque[float] = deque(maxlen=100_000)
        self._text_latencies: deque[float] = deque(maxlen=100_000)
        self._live_stream = False
        self._last_arrival = 0.0

    # -- control, from any thread ---------------------------------------------------------

    def requestInterruption(self) -> None:  # noqa: N802 - Qt override
        super().requestInterruption()
        self._wake.set()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Ask the thread to stop and wait for it; False if it did not end in time."""
        self.requestInterruption()
        return self.wait(timeout_ms)

    def acknowledge_scan(self) -> None:
        """The consumer has dealt with the last scan (paced mode): the next may come."""
        self._scan_taken.set()

    @property
    def camera_status(self) -> CameraStatusReport:
        with self._status_lock:
            return self._report

    def latest_preview(self) -> QImage | None:
        """Take the newest frame as a QImage that owns its pixels (None if none waits)."""
        image = self._preview_slot.take(timeout=0)
        return None if image is None else to_qimage(image)

    def stats(self) -> ScannerStats:
        with self._counts_lock:
            return ScannerStats(
                frames_read=self._frames_read,
                frames_decoded=self._frames_decoded,
                frames_dropped=self._decode_slot.dropped,
                failed_reads=self._failed_reads,
                open_attempts=self._open_attempts,
                latencies=tuple(self._latencies),
                text_latencies=tuple(self._text_latencies),
            )

    # -- the capture thread -----------------------------------------------------------------

    def run(self) -> None:
        # fresh mailboxes and wake-up: the thread may be started again after a stop
        self._wake = threading.Event()
        self._decode_slot = Slot()
        self._preview_slot = Slot()
        worker = threading.Thread(target=self._decode_loop, name="qr-decode", daemon=True)
        worker.start()
        outcome = _Outcome.STOPPED
        try:
            outcome = self._capture_loop()
        except Exception:
            log.exception("capture loop failed")
        finally:
            self._decode_slot.close()
            worker.join()
        if outcome is _Outcome.ENDED:
            self._publish(CameraStatusReport(CameraStatus.ENDED))
            self.finished_source.emit()
        else:
            self._publish(CameraStatusReport(CameraStatus.STOPPED))

    def _stopping(self) -> bool:
        return self.isInterruptionRequested()

    def _pause(self, seconds: float) -> bool:
        """Sleep unless asked to stop; False if asked to stop."""
        if seconds > 0:
            self._wake.wait(seconds)
        return not self._stopping()

    def _capture_loop(self) -> _Outcome:
        self._publish(CameraStatusReport(CameraStatus.STARTING))
        attempt = 0
        streamed_before = False
        while not self._stopping():
            with self._counts_lock:
                self._open_attempts += 1
            source: FrameSource | None = None
            try:
                source = self._source_factory()
                source.open()
            except Exception as exc:  # noqa: BLE001 - SourceUnavailable, or a driver surprise
                _close_quietly(source)
                status = CameraStatus.LOST if streamed_before else CameraStatus.UNAVAILABLE
                if not self._wait_to_retry(status, attempt, str(exc)):
                    return _Outcome.STOPPED
                attempt += 1
                continue
            try:
                outcome, streamed, detail = self._stream(source)
            finally:
                self._live_stream = False
                _close_quietly(source)
            if streamed:
                attempt = 0
                streamed_before = True
            if outcome is not _Outcome.LOST:
                return outcome
            if not self._wait_to_retry(CameraStatus.LOST, attempt, detail):
                return _Outcome.STOPPED
            attempt += 1
        return _Outcome.STOPPED

    def _wait_to_retry(self, status: CameraStatus, attempt: int, detail: str) -> bool:
        delay = self._capture.backoff.delay(attempt)
        self._publish(
            CameraStatusReport(status, retry_in=delay, attempt=attempt + 1, detail=detail)
        )
        return self._pause(delay)

    def _stream(self, source: FrameSource) -> tuple[_Outcome, bool, str]:
        """Read until the source ends, is lost or we stop: (outcome, any frame read, detail)."""
        settings = self._capture
        misses = 0
        streamed = False
        pace_origin: tuple[float, float] | None = None  # (wall, frame time) of the first frame
        self._live_stream = source.live
        self._last_arrival = self._clock()
        while not self._stopping():
            try:
                frame = source.read()
            except SourceEnded:
                return _Outcome.ENDED, streamed, ""
            except SourceLost as exc:
                return _Outcome.LOST, streamed, str(exc)
            except Exception as exc:  # noqa: BLE001 - FrameMissing, or a driver surprise
                misses += 1
                with self._counts_lock:
                    self._failed_reads += 1
                if misses >= settings.lost_after:
                    return _Outcome.LOST, streamed, f"{misses} reads without a frame: {exc}"
                if misses >= settings.bad_frames_after:
                    self._publish(CameraStatusReport(CameraStatus.BAD_FRAMES, detail=str(exc)))
                if not self._pause(settings.miss_pause):
                    break
                continue
            arrived = self._clock()
            self._last_arrival = arrived
            misses = 0
            streamed = True
            with self._counts_lock:
                self._frames_read += 1
            if self.camera_status.status is not CameraStatus.RUNNING:
                self._publish(CameraStatusReport(CameraStatus.RUNNING))
            if not self._preview_slot.put(frame.image):
                self.preview_ready.emit()
            delivery = _Delivery(frame, arrived)
            if self._lossless:
                if not self._decode_slot.put_when_free(delivery, self._stopping):
                    break
                continue
            self._decode_slot.put(delivery)
            if not source.live:
                # a file played like a camera: frames at the video's own pace
                if pace_origin is None:
                    pace_origin = (arrived, frame.at)
                due = pace_origin[0] + (frame.at - pace_origin[1])
                if not self._pause(due - self._clock()):
                    break
        return _Outcome.STOPPED, streamed, ""

    # -- the decode worker ------------------------------------------------------------------

    def _decode_loop(self) -> None:
        # one timeline per thread: a camera's monotonic clock runs on across reconnections,
        # and a file that starts again goes back in time, which resets the debouncer
        debouncer = Debouncer(self._debounce)
        while True:
            delivery = self._decode_slot.take(timeout=self._capture.stall_after)
            if delivery is None:
                if self._decode_slot.closed:
                    return
                self._check_stall()
                continue
            if self._stopping() and not self._lossless:
                continue
            try:
                decoding = self._decoder.decode_detailed(delivery.frame.image)
                latency = self._clock() - delivery.arrived
                with self._counts_lock:
                    self._frames_decoded += 1
                    self._latencies.append(latency)
                    if decoding.readings:
                        self._text_latencies.append(latency)
                scan = debouncer.observe(decoding.texts, delivery.frame.at)
                if scan is not None:
                    scan = replace(scan, latency=latency, arrived=delivery.arrived)
                    self._scan_taken.clear()
                    self.scan_detected.emit(scan)
                    if self._paced:
                        self._wait_until_taken()
            except Exception:
                log.exception("decoding a frame failed")

    def _wait_until_taken(self) -> None:
        while not self._scan_taken.wait(0.05):
            if self._stopping():
                return

    def _check_stall(self) -> None:
        silent = self._clock() - self._last_arrival
        stalled = self._live_stream and silent >= self._capture.stall_after
        if stalled and self.camera_status.status is CameraStatus.RUNNING:
            detail = f"no frame for {silent:.1f} s"
            self._publish(CameraStatusReport(CameraStatus.LOST, detail=detail))

    # -- status ------------------------------------------------------------------------------

    def _publish(self, report: CameraStatusReport) -> None:
        with self._status_lock:
            if report == self._report:
                return
            self._report = report
            log.info(
                "scanner: %s%s", report.english(), f" ({report.detail})" if report.detail else ""
            )
            self.camera_status_changed.emit(report)


def _close_quietly(source: FrameSource | None) -> None:
    if source is None:
        return
    try:
        source.close()
    except Exception:
        log.warning("closing %s failed", source.describe(), exc_info=True)


def to_qimage(image: np.ndarray) -> QImage:
    """A QImage owning a copy of a BGR, BGRA or gray frame, safe to hand to another thread."""
    image = np.ascontiguousarray(image)
    height, width = image.shape[:2]
    if image.ndim == 2 or image.shape[2] == 1:
        fmt, channels = QImage.Format.Format_Grayscale8, 1
    elif image.shape[2] == 4:
        fmt, channels = QImage.Format.Format_ARGB32, 4
    else:
        fmt, channels = QImage.Format.Format_BGR888, 3
    view = QImage(image.data, width, height, width * channels, fmt)
    return view.copy()
