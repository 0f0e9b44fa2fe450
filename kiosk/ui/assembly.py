"""Puts the screen together from plain ports: controller, worker thread, window, sounds, journal.

kiosk.app builds the ports (database, staff, scanner) and calls KioskUi.build; tests do the same
with a fake scanner. Shutdown is ordered: stop taking scans, stop the worker (its last write
commits), then close the journal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt

from kiosk.domain.clock import Clock
from kiosk.domain.programme import Event
from kiosk.domain.staff import DemoCredentials, StaffMember
from kiosk.ui.controller import KioskController
from kiosk.ui.headless import HeadlessDriver
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.journal import EventJournal
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.ports import CameraSwitch, KioskBackend, ScannerPort
from kiosk.ui.site_status import SiteStatus
from kiosk.ui.sounds import TonePlayer
from kiosk.ui.style import app_font, style_sheet, touch_px
from kiosk.ui.supervisor_desk import SupervisorDesk
from kiosk.ui.vocabulary import Timings
from kiosk.ui.worker import BackendThread

log = logging.getLogger(__name__)

# No number: nobody on the staff list signs a headless run's decisions (the log checks given numbers).
HEADLESS_OFFICER = StaffMember("", "Headless run")


@dataclass
class KioskUi:
    controller: KioskController
    desk: SupervisorDesk
    window: KioskWindow
    backend: BackendThread
    language: LanguageSwitch
    tones: TonePlayer
    scanner: ScannerPort
    site_status: SiteStatus
    journal: EventJournal | None = None
    driver: HeadlessDriver | None = None
    event: Event | None = None

    @classmethod
    def build(
        cls,
        backend: KioskBackend,
        scanner: ScannerPort,
        event: Event,
        clock: Clock,
        *,
        language: str = "fr",
        timings: Timings | None = None,
        demo: DemoCredentials | None = None,
        cameras: CameraSwitch | None = None,
        tones: TonePlayer | None = None,
        events_out: Path | None = None,
        show_cursor: bool = False,
    ) -> KioskUi:
        timings = timings or Timings()
        switch = LanguageSwitch(language)
        controller = KioskController(timings)
        desk = SupervisorDesk(controller.session, cameras)
        thread = BackendThread(backend)
        window = KioskWindow(controller, desk, scanner, event, clock, switch, timings, demo, show_cursor)
        window.setFont(app_font())
        window.setStyleSheet(style_sheet(touch_px()))
        tones = tones if tones is not None else TonePlayer()
        site_status = SiteStatus()  # lives here, on the GUI thread; the site link posts to it
        site_status.state_changed.connect(window.top_bar.on_site_changed)
        site_status.state_changed.connect(window.supervisor_page.on_site_changed)
        ui = cls(controller, desk, window, thread, switch, tones, scanner, site_status, event=event)
        ui._wire_worker()
        controller.tone_requested.connect(tones.on_tone_requested)
        if events_out is not None:
            ui.journal = EventJournal(events_out, clock)
            controller.scan_received.connect(ui.journal.on_scan_received)
            controller.verdict_shown.connect(ui.journal.on_verdict_shown)
            controller.decision_made.connect(ui.journal.on_decision_made)
            controller.failure_shown.connect(ui.journal.on_failure_shown)
        return ui

    def _wire_worker(self) -> None:
        """Requests go to bound slots of the worker (queued: it lives in its own thread), answers come back."""
        c, w, d = self.controller, self.backend.worker, self.desk
        c.scan_submitted.connect(w.on_scan_submitted)
        c.manual_submitted.connect(w.on_manual_submitted)
        c.decision_submitted.connect(w.on_decision_submitted)
        c.search.search_submitted.connect(w.on_search_submitted)
        c.session.pin_submitted.connect(w.on_pin_submitted)
        c.waiting.peek_submitted.connect(w.on_peek_submitted)
        c.counts_requested.connect(w.on_counts_requested)
        d.supervisor_submitted.connect(w.on_supervisor_submitted)
        w.verdict_ready.connect(c.on_verdict_ready)
        w.scan_failed.connect(c.on_scan_failed)
        w.decision_recorded.connect(c.on_decision_recorded)
        w.decision_failed.connect(c.on_decision_failed)
        w.search_finished.connect(c.search.on_search_finished)
        w.pin_checked.connect(c.session.on_pin_checked)
        w.peeked.connect(c.waiting.on_peeked)
        w.counts_ready.connect(c.on_counts_ready)
        w.gate_ready.connect(c.on_gate_ready)
        w.roster_ready.connect(c.on_roster_ready)
        w.supervisor_done.connect(d.on_supervisor_done)
        w.supervisor_failed.connect(d.on_supervisor_failed)

    def drive_headless(
        self, auto_confirm: bool, shots_dir: Path | None, finish_timeout_ms: int = 60_000
    ) -> HeadlessDriver:
        """Nobody at the screen: the driver answers it; the scanner's end of source ends the run."""
        self.driver = HeadlessDriver(
            self.controller,
            self.window,
            self.scanner,
            auto_confirm,
            shots_dir,
            finish_timeout_ms,
            tz=self.event.tz if self.event is not None else None,
        )
        self.scanner.source_finished.connect(self.driver.on_source_finished)
        self.scanner.camera_status_changed.connect(self.driver.on_camera_status_changed)
        return self.driver

    def start(self, *, fullscreen: bool = False, size: QSize | None = None, officer: StaffMember | None = None) -> None:
        self.backend.start()
        if fullscreen:
            self.window.show_kiosk(True)
        else:  # a window with a frame: development, rehearsals, tests
            self.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
            self.window.resize(size or QSize(1280, 800))
            self.window.show()
            self.window.supervisor_page.leave_panel.set_fullscreen(False)
        self.controller.start(officer)

    def shutdown(self) -> None:
        try:
            self.scanner.scan_detected.disconnect(self.controller.on_scan_detected)
        except (RuntimeError, TypeError):
            pass
        if not self.backend.stop():
            log.error("the database worker did not stop in time")
        if self.journal is not None:
            self.journal.close()
        self.tones.close()
        self.window.release()
        self.window.allow_close = True
        self.window.close()
        for obj in (self.window, self.controller, self.desk, self.backend.worker, self.language, self.tones):
            obj.deleteLater()
