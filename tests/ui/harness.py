"""A real kiosk screen on a real demo database, with a fake scanner: for the tests and the screen tour."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSize
from PySide6.QtWidgets import QAbstractButton

from kiosk.demo.door import DEMO_CREDENTIALS, DEMO_START, seed_demo_staff
from kiosk.demo.home import prepare_demo_home
from kiosk.domain.clock import FixedClock
from kiosk.domain.log import ExportTarget
from kiosk.domain.verdict import RefusalReason
from kiosk.station.backend import StationBackend
from kiosk.station.station import Station
from kiosk.ui.assembly import KioskUi
from kiosk.ui.sounds import TonePlayer
from kiosk.ui.vocabulary import Screen, Timings
from tests.ui.fakes import FakeScanner

OPENING_MORNING = DEMO_START  # 09:00 local on 24 November: the opening ceremony's doors are open
TEST_TIMINGS = Timings(
    denial_timeout_ms=120_000, outcome_timeout_ms=120_000, idle_lock_ms=600_000, search_delay_ms=5
)


def build_template(folder: Path) -> Path:
    """A demo home with staff, built once and copied for each test (Argon2 and migrations are slow)."""
    home = folder / "template-home"
    if not (home / "kiosk.db").exists():
        clock = FixedClock(OPENING_MORNING)
        prepare_demo_home(home, clock)
        with Station.open(home, clock=clock) as station:
            seed_demo_staff(station)
    return home


def process_until(predicate: Callable[[], bool], timeout_s: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout_s
    app = QCoreApplication.instance()
    assert app is not None
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if predicate():
            return True
        time.sleep(0.002)
    app.processEvents()
    return predicate()


@dataclass
class Harness:
    home: Path
    station: Station
    clock: FixedClock
    scanner: FakeScanner
    backend: StationBackend
    ui: KioskUi
    resources: ExitStack

    @classmethod
    def start(
        cls,
        template: Path,
        home: Path,
        *,
        language: str = "en",
        timings: Timings = TEST_TIMINGS,
        demo: bool = True,
        size: QSize | None = None,
        at: datetime = OPENING_MORNING,
        events_out: Path | None = None,
        show_cursor: bool = True,
        drives: list[ExportTarget] | None = None,
    ) -> Harness:
        shutil.copytree(template, home)
        clock = FixedClock(at)
        resources = ExitStack()
        station = resources.enter_context(
            Station.open(home, clock=clock, monotonic=lambda: clock.now().timestamp())  # locks follow the test's clock
        )
        backend = StationBackend(station, drives=lambda: list(drives or ()))
        scanner = FakeScanner()
        ui = KioskUi.build(
            backend,
            scanner,
            station.event,
            clock,
            language=language,
            timings=timings,
            demo=DEMO_CREDENTIALS if demo else None,
            tones=TonePlayer(enabled=False),
            events_out=events_out,
            show_cursor=show_cursor,
            cameras=scanner,
        )
        ui.start(size=size or QSize(1280, 800))
        harness = cls(home, station, clock, scanner, backend, ui, resources)
        assert harness.wait_screen(Screen.SIGN_IN)
        return harness

    # -- looking --------------------------------------------------------------------------------
    @property
    def window(self):  # noqa: ANN201
        return self.ui.window

    @property
    def controller(self):  # noqa: ANN201
        return self.ui.controller

    def wait(self, predicate: Callable[[], bool], timeout_s: float = 10.0) -> bool:
        return process_until(predicate, timeout_s)

    def wait_screen(self, screen: Screen, timeout_s: float = 10.0) -> bool:
        return self.wait(lambda: self.window.current_screen() is screen, timeout_s)

    def settle(self, ms: int = 50) -> None:
        process_until(lambda: False, ms / 1000)

    # -- acting like an officer -----------------------------------------------------------------
    def tap(self, button: QAbstractButton) -> None:
        assert button.isVisible(), f"{button.text()!r} is not on screen"
        assert button.isEnabled(), f"{button.text()!r} is disabled"
        button.click()
        self.settle(5)

    def type_pin_pad(self, pad, digits: str) -> None:  # noqa: ANN001
        for digit in digits:
            self.tap(pad.keys[digit])

    def sign_in(self, number: str = DEMO_CREDENTIALS.officer, pin: str = DEMO_CREDENTIALS.pin) -> None:
        page = self.window.sign_in_page
        page.on_number_field_clicked()
        while page.number:
            self.tap(page.pad.erase)
        self.type_pin_pad(page.pad, number)
        self.tap(page.pad.ok)
        self.type_pin_pad(page.pad, pin)
        self.tap(page.pad.ok)

    def signed_in(self) -> None:
        self.sign_in()
        assert self.wait_screen(Screen.SCANNING), self.window.current_screen()

    def show(self, *texts: str) -> None:
        self.scanner.show(*texts)

    def refuse(self, reason: RefusalReason, note: str = "", now: bool = True) -> None:
        """Refuse entry… → the reason (or the officer's words) → 'Refuse now' (unless now=False: undo window)."""
        page = self.window.check_page
        self.tap(page.refuse)
        self.tap(page.reasons[reason])
        if reason is RefusalReason.OTHER:
            for text in note:
                page.on_text_typed(text)
            self.tap(page.typing_done)
        if now:
            assert self.wait(lambda: page.refuse_now.isVisible()), "no undo window"
            self.tap(page.refuse_now)

    def notice(self) -> str:
        """The words of the top bar's notice, "" when none shows."""
        bar = self.window.top_bar
        return bar.notice.text.text() if bar.notice.isVisible() else ""

    def badge(self, number: str) -> str:
        return self.station.badge_text(number)

    def admit_earlier(self, number: str, minutes_before: int = 20) -> None:
        """An admission already in the log, so the badge gives 'already admitted'."""
        from dataclasses import replace

        from kiosk.domain.verdict import Decision

        service = replace(
            self.station.checkpoint_service(), clock=FixedClock(self.clock.now() - timedelta(minutes=minutes_before))
        )
        verdict = service.scan(self.badge(number), "1001")
        assert verdict.scan_id is not None
        service.decide(verdict.scan_id, Decision.ADMITTED, None, "1001")

    def stop(self) -> None:
        self.ui.shutdown()
        self.resources.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no window outlives its test
