"""A stop-gap capture thread with the agreed ScannerThread interface, until kiosk.scanner lands.

Only kiosk.app uses it, and only when `kiosk.scanner.capture_thread` cannot be imported. It is
deliberately plain (pyzbar on the full frame, no preprocessing, simple reconnection): the real
scanner of issue 4 replaces it, and this file is then deleted.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage
from pyzbar import pyzbar
from pyzbar.pyzbar import ZBarSymbol

from kiosk.ui.ports import CameraState

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp"}
VIDEO_SUFFIXES = {".mp4", ".avi", ".mkv", ".mov", ".webm", ".m4v"}


@dataclass(frozen=True)
class Scan:
    texts: tuple[str, ...]
    at: float  # seconds on the source's timeline (video time, or monotonic for a camera)


def decode_qr(frame: np.ndarray) -> tuple[str, ...]:
    gray = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    try:
        found = pyzbar.decode(gray, symbols=[ZBarSymbol.QRCODE])
    except Exception:  # noqa: BLE001 - a decoder error is a miss, never a crash
        return ()
    texts = []
    for symbol in found:
        try:
            texts.append(symbol.data.decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return tuple(dict.fromkeys(sorted(texts)))


class Debounce:
    """One scan per appearance: a text counts again only after it was absent for `gap` seconds."""

    def __init__(self, gap: float = 0.6) -> None:
        self.gap = gap
        self._last_seen: dict[str, float] = {}

    def new_texts(self, texts: tuple[str, ...], at: float) -> tuple[str, ...]:
        fresh = tuple(t for t in texts if at - self._last_seen.get(t, -1e9) > self.gap)
        for text in texts:
            self._last_seen[text] = at
        return fresh


class InterimScannerThread(QThread):
    scan_detected = Signal(object)  # Scan
    preview_ready = Signal()
    camera_status_changed = Signal(object)  # CameraState
    finished_source = Signal()

    def __init__(
        self,
        spec: str,
        lossless: bool = False,
        loop: bool = True,
        hold_s: float = 2.5,
        gap_s: float = 1.5,
    ) -> None:
        super().__init__()
        self.spec = spec
        self.lossless = lossless
        self.loop = loop and not lossless
        self.hold_s = hold_s
        self.gap_s = gap_s
        self._lock = threading.Lock()
        self._preview: QImage | None = None

    def latest_preview(self) -> QImage | None:
        with self._lock:
            return self._preview

    def _publish(self, frame: np.ndarray) -> None:
        if frame.ndim == 2:
            frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
        height, width = frame.shape[:2]
        image = QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_BGR888).copy()
        with self._lock:
            self._preview = image
        self.preview_ready.emit()

    def _sleep(self, seconds: float) -> bool:
        """Sleeps in small steps; False when asked to stop."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.isInterruptionRequested():
                return False
            self.msleep(20)
        return not self.isInterruptionRequested()

    def run(self) -> None:
        try:
            path = Path(self.spec)
            if self.spec.isdigit() or self.spec.startswith("/dev/video"):
                self._run_camera()
            elif path.is_dir() or path.suffix.lower() in IMAGE_SUFFIXES:
                self._run_images(path)
            else:
                self._run_video(path)
        except Exception:  # noqa: BLE001 - a capture failure is a status, never a crash
            log.exception("capture failed")
            self.camera_status_changed.emit(CameraState.RETRYING)

    def _run_images(self, path: Path) -> None:
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES) if path.is_dir() else [path]
        self.camera_status_changed.emit(CameraState.LIVE)
        timeline = 0.0
        while True:
            for file in files:
                frame = cv2.imread(str(file))
                if frame is None:
                    continue
                texts = decode_qr(frame)
                self._publish(frame)
                if texts:
                    self.scan_detected.emit(Scan(texts, timeline))
                timeline += self.hold_s + self.gap_s
                if self.lossless:
                    continue
                if not self._sleep(self.hold_s):
                    return
                self._publish(np.full((frame.shape[0], frame.shape[1], 3), 40, np.uint8))
                if not self._sleep(self.gap_s):
                    return
            if not self.loop or not files:
                break
        self.camera_status_changed.emit(CameraState.ENDED)
        self.finished_source.emit()

    def _run_video(self, path: Path) -> None:
        capture = cv2.VideoCapture(str(path))
        try:
            if not capture.isOpened():
                self.camera_status_changed.emit(CameraState.RETRYING)
                return
            fps = capture.get(cv2.CAP_PROP_FPS) or 25.0
            self.camera_status_changed.emit(CameraState.LIVE)
            debounce = Debounce()
            index = 0
            while not self.isInterruptionRequested():
                ok, frame = capture.read()
                if not ok or frame is None:
                    break
                at = index / fps  # the video's own timeline, whatever the decoding speed
                index += 1
                fresh = debounce.new_texts(decode_qr(frame), at)
                if index % 3 == 0 or fresh:
                    self._publish(frame)
                if fresh:
                    self.scan_detected.emit(Scan(fresh, at))
                if not self.lossless and not self._sleep(1 / fps):
                    return
        finally:
            capture.release()
        self.camera_status_changed.emit(CameraState.ENDED)
        self.finished_source.emit()

    def _run_camera(self) -> None:
        device: int | str = int(self.spec) if self.spec.isdigit() else self.spec
        backoff = 1.0
        debounce = Debounce()
        while not self.isInterruptionRequested():
            self.camera_status_changed.emit(CameraState.STARTING)
            capture = cv2.VideoCapture(device)
            try:
                if not capture.isOpened():
                    self.camera_status_changed.emit(CameraState.RETRYING)
                    if not self._sleep(backoff):
                        return
                    backoff = min(backoff * 2, 10.0)
                    continue
                capture.set(cv2.CAP_PROP_FRAME_WIDTH, 1280)
                capture.set(cv2.CAP_PROP_FRAME_HEIGHT, 720)
                self.camera_status_changed.emit(CameraState.LIVE)
                backoff = 1.0
                failures = 0
                while not self.isInterruptionRequested():
                    ok, frame = capture.read()
                    if not ok or frame is None or frame.size == 0:
                        failures += 1
                        if failures > 10:
                            break
                        self.msleep(50)
                        continue
                    failures = 0
                    self._publish(frame)
                    fresh = debounce.new_texts(decode_qr(frame), time.monotonic())
                    if fresh:
                        self.scan_detected.emit(Scan(fresh, time.monotonic()))
            finally:
                capture.release()
            self.camera_status_changed.emit(CameraState.RETRYING)
            if not self._sleep(backoff):
                return
