"""Composition root of the kiosk screen: station, staff, scanner thread, QApplication, ordered shutdown.

The only place that sees the database, the camera and the screen at once. The UI gets plain
ports: StationBackend (called from the UI's worker thread only) and ScannerBridge (over
kiosk.scanner's ScannerThread).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from kiosk.domain.accreditation import Accreditation, Status
from kiosk.domain.clock import Clock
from kiosk.domain.verdict import Decision, RefusalReason, Verdict
from kiosk.station import Station
from kiosk.storage.scan_log import DecisionError
from kiosk.storage.staff_store import StaffStore
from kiosk.ui.controller import Timings
from kiosk.ui.ports import (
    AdmissionRecord,
    CameraChoice,
    CameraState,
    ConflictError,
    Counts,
    DecisionRecord,
    DemoCredentials,
    ExportResult,
    Gate,
    Officer,
    PinOutcome,
)

log = logging.getLogger("kiosk.app")


# -- the database side, as the UI's worker sees it ---------------------------------------------------
class StationBackend:
    """Implements kiosk.ui.ports.KioskBackend over the station; every call commits before returning."""

    def __init__(self, station: Station, staff: StaffStore, checkpoint: str | None = None, session: str | None = None) -> None:
        self.station = station
        self.staff = staff
        self.clock = station.clock
        self.service = station.checkpoint_service(checkpoint, session)
        self.export_dir = station.paths.home / "exports"

    def scan(self, text: str, officer: str) -> Verdict:
        return self.service.scan(text, officer)

    def check_manually(self, badge_number: str, officer: str) -> Verdict:
        return self.service.check_manually(badge_number, officer)

    def decide(self, scan_id: int, decision: Decision, reason: RefusalReason | None, officer: str) -> DecisionRecord:
        try:
            entry = self.service.decide(scan_id, decision, reason, officer)
        except DecisionError as exc:
            raise ConflictError(str(exc)) from exc
        return DecisionRecord(
            decision_id=entry.id,
            scan_id=scan_id,
            decision=Decision(entry.decision),
            reason=RefusalReason(entry.reason) if entry.reason else None,
            badge_number=entry.badge_number,
            session=entry.session,
            at=entry.at,
            officer=entry.officer,
        )

    def search(self, query: str, limit: int) -> list[Accreditation]:
        return self.service.search(query, limit)

    def photo_file(self, name: str) -> Path | None:
        if not name or Path(name).name != name:
            return None
        path = self.station.paths.photos / name
        return path if path.is_file() else None

    def check_pin(self, number: str, pin: str, supervisor_only: bool) -> PinOutcome:
        check = self.staff.check_pin(number, pin, self.clock.now(), supervisor_only)
        member = check.member
        officer = Officer(member.number, member.name, member.is_supervisor) if member else None
        return PinOutcome(officer, check.locked_until, check.attempts_left)

    def _today(self) -> tuple[datetime, datetime]:
        """Local midnight to midnight in the event's time zone."""
        event = self.station.event
        local = event.local(self.clock.now())
        start = datetime.combine(local.date(), time(0), tzinfo=event.tz)
        return start, start + timedelta(days=1)

    def counts_today(self) -> Counts:
        since, until = self._today()
        raw = self.station.log.counts(since, until, self.service.checkpoint)
        return Counts(raw["admitted"], raw["refused"], raw["denied"], raw["scans"], raw["annulled"])

    def gate(self) -> Gate:
        return Gate(self.service.checkpoint, self.service.pinned_session)

    def set_gate(self, gate: Gate) -> Gate:
        self.service = self.station.checkpoint_service(gate.checkpoint, gate.session)
        settings = self.station.settings
        if settings.checkpoint != gate.checkpoint:
            updated = replace(settings, checkpoint=gate.checkpoint)
            updated.save(self.station.paths.settings)
            self.station.settings = updated
        log.info("gate set to %s / %s", gate.checkpoint, gate.session or "by the programme")
        return self.gate()

    def set_badge_status(self, badge_number: str, status: Status, reason: str, officer: str) -> Accreditation:
        acc = self.station.roster.set_status(badge_number, status, reason, self.clock.now())
        log.info("supervisor %s set badge %s to %s (%s)", officer, badge_number, status.value, reason)
        return acc

    def recent_admissions(self, limit: int) -> list[AdmissionRecord]:
        since, until = self._today()
        entries = self.station.log.entries(since, until)
        annulled = {e.ref_id for e in entries if e.kind == "annulment"}
        admitted = [e for e in entries if e.kind == "decision" and e.decision == Decision.ADMITTED.value and e.id not in annulled]
        records = []
        for entry in reversed(admitted[-limit:]):
            acc = self.station.roster.find(entry.badge_number or "")
            records.append(
                AdmissionRecord(
                    decision_id=entry.id,
                    badge_number=entry.badge_number or "",
                    full_name=acc.full_name if acc else "",
                    session=entry.session,
                    checkpoint=entry.checkpoint,
                    at=entry.at,
                    officer=entry.officer,
                )
            )
        return records

    def annul(self, decision_id: int, reason: str, officer: str) -> None:
        self.service.annul(decision_id, reason, officer)

    def export_log(self) -> ExportResult:
        """The whole log as CSV (the same file as `kiosk log export`), times in the event's zone."""
        from kiosk.reports.export import export_log

        event = self.station.event
        stamp = event.local(self.clock.now()).strftime("%Y%m%d-%H%M%S")
        path = self.export_dir / f"log-{self.station.settings.kiosk_id}-{stamp}.csv"
        rows = export_log(self.station.log.entries(), path, event.tz, "csv")
        path.chmod(0o600)  # names and decisions: personal data
        return ExportResult(path, rows)


# -- the capture side ------------------------------------------------------------------------------------
class CaptureThread(Protocol):
    """What the bridge needs from kiosk.scanner's ScannerThread."""

    scan_detected: Any
    preview_ready: Any
    camera_status_changed: Any
    finished: Any

    def latest_preview(self) -> QImage | None: ...
    def start(self) -> None: ...
    def requestInterruption(self) -> None: ...  # noqa: N802 - Qt name
    def wait(self, ms: int) -> bool: ...
    def isRunning(self) -> bool: ...  # noqa: N802 - Qt name


def to_camera_state(status: object) -> CameraState:
    """The scanner's CameraStatus in the screen's terms (robust to its exact shape)."""
    if isinstance(status, CameraState):
        return status
    value = getattr(status, "status", getattr(status, "state", status))  # CameraStatusReport.status
    name = str(getattr(value, "value", getattr(value, "name", value))).lower()
    if name in ("ended", "finished"):
        return CameraState.ENDED
    if name in ("running", "live"):
        return CameraState.LIVE
    if name in ("starting", "stopped"):  # stopped: between two sources when the camera is switched
        return CameraState.STARTING
    return CameraState.RETRYING  # bad_frames, unavailable, lost: the scanner is reconnecting


IMAGE_INTERVAL_S = 5.0  # a folder of images played live (the demo): each badge stays this long


def make_capture(spec: str, lossless: bool) -> CaptureThread:
    """The scanner's capture thread on a camera, a video file or a folder of images.

    Headless runs are lossless: every frame decoded, debounce on the file's own timeline.
    """
    from kiosk.scanner.capture_thread import ScannerThread
    from kiosk.scanner.sources import open_source

    options = {"interval": IMAGE_INTERVAL_S} if Path(spec).is_dir() else {}
    return ScannerThread(lambda: open_source(spec, **options), lossless=lossless)


def camera_choices(current: str) -> list[CameraChoice]:
    devices = sorted(str(p) for p in Path("/dev").glob("video*"))
    choices = [CameraChoice(d, d) for d in devices]
    if current and current not in devices:
        choices.insert(0, CameraChoice(current, current))
    return choices


class ScannerBridge(QObject):
    """The UI's ScannerPort and CameraSwitch over a capture thread; switching never blocks the GUI."""

    scan_detected = Signal(object)
    preview_ready = Signal()
    camera_state_changed = Signal(object)
    source_finished = Signal()

    def __init__(
        self, factory: Callable[[str, bool], CaptureThread], spec: str, lossless: bool = False, loop: bool = False
    ) -> None:
        """loop: a file source that ends starts again (the demo's simulated camera)."""
        super().__init__()
        self._factory = factory
        self._spec = spec
        self._lossless = lossless
        self._loop = loop and not lossless
        self._thread: CaptureThread | None = None
        self._next_spec: str | None = None
        self._retired: list[CaptureThread] = []

    def start(self) -> None:
        self._thread = self._factory(self._spec, self._lossless)
        t = self._thread
        t.scan_detected.connect(self.on_scan_detected)
        t.preview_ready.connect(self.on_preview_ready)
        t.camera_status_changed.connect(self.on_camera_status_changed)
        for name in ("finished_source",):
            if hasattr(t, name):
                getattr(t, name).connect(self.on_finished_source)
        t.finished.connect(self.on_thread_finished)
        self.camera_state_changed.emit(CameraState.STARTING)
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
        return self._thread.latest_preview() if self._thread is not None else None

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
        self.camera_state_changed.emit(CameraState.STARTING)
        old.requestInterruption()  # its finished signal starts the new one

    @Slot(object)
    def on_scan_detected(self, scan: object) -> None:
        if self.sender() is self._thread:
            self.scan_detected.emit(scan)

    @Slot()
    def on_preview_ready(self) -> None:
        if self.sender() is self._thread:
            self.preview_ready.emit()

    @Slot(object)
    def on_camera_status_changed(self, status: object) -> None:
        if self.sender() is not self._thread:
            return
        state = to_camera_state(status)
        if self._loop and state is CameraState.ENDED:
            return  # the demo's camera plays its images again: it never "ends"
        self.camera_state_changed.emit(state)

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


# -- running ---------------------------------------------------------------------------------------------
@dataclass
class KioskOptions:
    home: str | None = None
    db: str | None = None
    event: str | None = None
    source: str = "0"
    checkpoint: str | None = None
    session: str | None = None
    fullscreen: bool = False
    headless: bool = False
    auto_confirm: bool = False
    out: Path | None = None
    events_out: Path | None = None
    language: str | None = None
    demo: DemoCredentials | None = None
    clock: Clock | None = None
    show_cursor: bool = False
    camera_after_sign_in: bool = False  # the demo's simulated camera waits for an officer
    loop_source: bool = False  # the demo's simulated camera plays its images again and again
    timings: Timings = field(default_factory=Timings)


def display_available() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def configure_logging(home: Path) -> None:
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)  # the details go to the home's log file
    handlers: list[logging.Handler] = [console]
    try:
        (home / "logs").mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(home / "logs" / "kiosk.log", encoding="utf-8"))
    except OSError:
        console.setLevel(logging.INFO)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", handlers=handlers)


def run_kiosk(options: KioskOptions, station: Station) -> int:
    """Runs the screen until a supervisor quits it (or the headless source ends). Returns the exit code."""
    if options.headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.assembly import HEADLESS_OFFICER, KioskUi
    from kiosk.ui.guard import install_excepthook
    from kiosk.ui.pyside_fixes import restore_emit_refcount
    from kiosk.ui.style import app_font

    configure_logging(station.paths.home)
    install_excepthook()
    restore_emit_refcount()  # before any thread starts emitting
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    app.setFont(app_font())
    staff = StaffStore(station.database, station.settings.kiosk_id)
    backend = StationBackend(station, staff, options.checkpoint, options.session)
    scanner = ScannerBridge(make_capture, options.source, lossless=options.headless, loop=options.loop_source)
    ui = KioskUi.build(
        backend,
        scanner,
        station.event,
        station.clock,
        language=options.language or station.settings.language,
        timings=options.timings,
        demo=options.demo,
        cameras=None if options.headless else scanner,
        events_out=options.events_out,
        show_cursor=options.show_cursor,
    )
    if options.headless:
        ui.drive_headless(options.auto_confirm, options.out)
    stop_on_signals(app)
    ui.start(fullscreen=options.fullscreen and not options.headless, size=QSize(1280, 800),
             officer=HEADLESS_OFFICER if options.headless else None)
    if options.camera_after_sign_in and not options.headless:
        starter = FirstSignIn(scanner)
        ui.controller.officer_changed.connect(starter.on_officer_changed)
    else:
        scanner.start()
    try:
        code = app.exec()
    finally:
        scanner.stop()
        ui.shutdown()
    if ui.driver is not None and ui.driver.exit_code is not None:
        code = ui.driver.exit_code
        if options.out is not None:
            print(f"kiosk: {len(ui.driver.shots)} screenshots in {options.out}")
    return int(code)


class FirstSignIn(QObject):
    """Starts the demo's simulated camera when the first officer signs in, not before."""

    def __init__(self, scanner: ScannerBridge) -> None:
        super().__init__(scanner)
        self._scanner = scanner
        self._started = False

    @Slot(object)
    def on_officer_changed(self, officer: object) -> None:
        if officer is not None and not self._started:
            self._started = True
            self._scanner.start()


def stop_on_signals(app: QObject) -> None:
    """SIGTERM/SIGINT become an orderly Qt exit (systemd stops the kiosk this way)."""

    def handler(signum: int, _frame: object) -> None:
        log.info("signal %d: shutting down", signum)
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if hasattr(widget, "allow_close"):
                widget.allow_close = True  # type: ignore[attr-defined]
        QApplication.quit()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    ticker = QTimer(app)
    ticker.setInterval(300)  # lets Python run its signal handlers while Qt's loop waits
    ticker.timeout.connect(lambda: None)
    ticker.start()

