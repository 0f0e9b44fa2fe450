"""Headless runs: play the source once, answer the screens as told, save screenshots, exit.

Nobody is at the screen, so this driver plays the officer: it moves on from denials at once,
confirms documents when --auto-confirm was given (otherwise leaves valid checks undecided), and
quits with 0 once the source has ended and the last check is closed. It tells the scanner when a
scan has been dealt with, so the source plays at the screen's pace: one person at a time.
"""

from __future__ import annotations

import logging
import sys
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot

from kiosk.reports.words import VERDICT_WORDS
from kiosk.scanner.status import CameraStatus
from kiosk.ui.controller import KioskController
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.ports import ScannerPort
from kiosk.ui.vocabulary import Document, Screen

log = logging.getLogger(__name__)

VERDICT_SCREENS = (Screen.DENIED, Screen.CHECK, Screen.ADMITTED, Screen.REFUSED, Screen.FAILURE)


class HeadlessDriver(QObject):
    def __init__(
        self,
        controller: KioskController,
        window: KioskWindow,
        scanner: ScannerPort,
        auto_confirm: bool,
        shots_dir: Path | None,
        finish_timeout_ms: int = 60_000,
        parent: QObject | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._tz = tz  # the event's, for the narrated times
        self._controller = controller
        self._window = window
        self._scanner = scanner
        self._ack_due = False
        self._auto_confirm = auto_confirm
        self._shots_dir = shots_dir
        if shots_dir is not None:
            shots_dir.mkdir(parents=True, exist_ok=True)
        self.shots: list[Path] = []
        self.source_done = False
        self.exit_code: int | None = None
        self._settle_due = 0
        controller.verdict_shown.connect(self.on_shown)
        controller.outcome_shown.connect(self.on_shown)
        controller.failure_shown.connect(self.on_shown)
        controller.became_idle.connect(self.on_became_idle)
        controller.scan_received.connect(self.on_scan_received)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(finish_timeout_ms)
        self._watchdog.timeout.connect(self.on_watchdog)

    @Slot(object)
    def on_camera_status_changed(self, status: CameraStatus) -> None:
        """A source that cannot be opened would be retried for ever: nobody is there to see it, so stop."""
        if status is CameraStatus.UNAVAILABLE and self.exit_code is None:
            print("kiosk: the source cannot be read (no frame could be taken from it)", file=sys.stderr, flush=True)
            self._finish(1)

    @Slot()
    def on_source_finished(self) -> None:
        log.info("source finished")
        self.source_done = True
        self._watchdog.start()
        self.on_became_idle()

    @Slot(object)
    def on_scan_received(self, _scan: object) -> None:
        """The scan is the controller's now; once it is idle again the scanner may send the next."""
        self._ack_due = True
        QTimer.singleShot(0, self.on_scan_handled)

    @Slot()
    def on_scan_handled(self) -> None:
        self._acknowledge_if_idle()  # a scan that only flashed a banner leaves the screen idle

    def _acknowledge_if_idle(self) -> None:
        if self._ack_due and self._controller.is_idle():
            self._ack_due = False
            self._scanner.acknowledge_scan()

    @Slot(object)
    def on_shown(self, _shown: object) -> None:
        """A verdict, outcome or failure is going on screen: answer it once the page is laid out."""
        self._settle_due += 1
        QTimer.singleShot(0, self.on_screen_settled)

    @Slot()
    def on_screen_settled(self) -> None:
        self._settle_due -= 1
        screen = self._controller.screen
        if screen not in VERDICT_SCREENS or self._settle_due > 0:
            return
        self._screenshot(screen)
        self._narrate(screen)
        c = self._controller
        if screen is Screen.CHECK:
            if self._auto_confirm:
                c.on_document_answered(Document.IDENTITY, True)
                c.on_document_answered(Document.PRESS, True)
            else:
                c.on_check_skipped()
        else:
            c.on_next_requested()

    def _narrate(self, screen: Screen) -> None:
        """One readable line per screen on standard output: nobody is watching the window."""
        current = self._controller.current
        if current is None:
            return
        verdict = current.verdict
        label = {
            Screen.CHECK: "VALID, check documents",
            Screen.ADMITTED: "  → ADMITTED",
            Screen.REFUSED: "  → REFUSED",
            Screen.FAILURE: "  → NOT SAVED",
        }.get(screen, f"DENIED: {VERDICT_WORDS[verdict.code]}")  # English, whatever the screen's language
        who = f" · {verdict.holder.full_name}" if verdict.holder is not None else ""
        print(
            f"{verdict.at.astimezone(self._tz):%H:%M:%S}  {verdict.badge_number or '—':<6} "
            f"{label} ({verdict.code.value}){who}",
            flush=True,
        )

    def _screenshot(self, screen: Screen) -> None:
        if self._shots_dir is None:
            return
        current = self._controller.current
        code = current.verdict.code.value if current is not None else "none"
        badge = (current.verdict.badge_number if current is not None else None) or "none"
        path = self._shots_dir / f"{len(self.shots) + 1:03d}-{screen.value}-{code}-{badge}.png"
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # lay out what just changed
        if self._window.grab().save(str(path)):
            self.shots.append(path)
        else:
            log.warning("could not write %s", path)

    @Slot()
    def on_became_idle(self) -> None:
        self._acknowledge_if_idle()
        if self.source_done and self._controller.is_idle() and self.exit_code is None:
            self._finish(0)

    @Slot()
    def on_watchdog(self) -> None:
        if self.exit_code is None:
            log.error("the last check did not close within the time allowed; giving up")
            self._finish(1)

    def _finish(self, code: int) -> None:
        self.exit_code = code
        self._watchdog.stop()
        self._window.allow_close = True
        QCoreApplication.exit(code)
