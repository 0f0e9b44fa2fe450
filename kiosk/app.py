"""Composition root of the kiosk screen: options, logging, signals, run, ordered shutdown.

The only place that sees the database, the camera and the screen at once. The UI gets plain
ports: kiosk.station.backend.StationBackend (called from the UI's worker thread only) and
kiosk.scanner.bridge.ScannerBridge (over the scanner's capture thread).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QTimer, Slot

from kiosk.domain.clock import Clock
from kiosk.domain.staff import DemoCredentials
from kiosk.scanner.bridge import ScannerBridge, make_capture
from kiosk.station.backend import StationBackend
from kiosk.station.station import Station
from kiosk.ui.vocabulary import Timings

log = logging.getLogger("kiosk.app")


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
    from kiosk.ui.style import app_font

    configure_logging(station.paths.home)
    install_excepthook()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    app.setFont(app_font())
    backend = StationBackend(station, options.checkpoint, options.session)
    scanner = ScannerBridge(make_capture, options.source, lossless=options.headless, loop=options.loop_source)
    ui = KioskUi.build(
        backend,
        scanner,
        station.event,
        backend.clock,
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
        ui.controller.session.officer_changed.connect(starter.on_officer_changed)
    else:
        scanner.start()
    backend.start_site_link(ui.site_status.post)  # a kiosk of a site: its link, in a thread of its own
    try:
        code = app.exec()
    finally:
        scanner.stop()
        backend.stop_site_link()
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
                widget.allow_close = True
        QApplication.quit()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    ticker = QTimer(app)
    ticker.setInterval(300)  # lets Python run its signal handlers while Qt's loop waits
    ticker.timeout.connect(lambda: None)
    ticker.start()

