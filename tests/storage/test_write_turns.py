"""SQLite's writers of one process take turns in the order they came, so the site link is not starved by
a screen logging scans back to back (benchmarks/site_bench.py found the link failing "database is
locked" under load: SQLite's busy handler sleeps and retries, and a writer that begins again at once
wins every time)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.domain.verdict import Verdict, VerdictCode
from kiosk.storage.database import Database
from kiosk.storage.scan_log import ScanLog
from kiosk.storage.site_link_state import LinkState
from kiosk.storage.write_turns import WriteTurns

T0 = datetime(2025, 11, 24, 8, 30, tzinfo=UTC)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'kiosk.db'}")
    database.migrate()
    yield database
    database.dispose()


def wait_until(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def scan(log: ScanLog) -> None:
    log.record_scan(Verdict(VerdictCode.VALID, "media-entrance", T0, "M0042", 1, session="opening"), "B1.TEXT")


def test_a_writer_that_waits_goes_before_one_that_commits_and_writes_again_at_once(sqlite_db: Database):
    log = ScanLog(sqlite_db, "gate-1")
    order: list[str] = []
    holding, release = threading.Event(), threading.Event()

    def screen() -> None:
        with log.write():
            holding.set()
            release.wait(10)
        scan(log)  # straight after its commit, as the screen scanning a queue does
        order.append("screen again")

    def link() -> None:
        holding.wait(10)
        LinkState(sqlite_db, "site").update(uploaded_seq=1)
        order.append("link")

    threads = [threading.Thread(target=screen), threading.Thread(target=link)]
    for thread in threads:
        thread.start()
    assert sqlite_db.turns is not None
    wait_until(lambda: sqlite_db.turns is not None and sqlite_db.turns.waiting == 1)  # the link has asked
    release.set()
    for thread in threads:
        thread.join(30)
    assert order == ["link", "screen again"]


def test_the_link_writes_within_a_scan_or_two_while_the_screen_scans_back_to_back(sqlite_db: Database):
    log = ScanLog(sqlite_db, "gate-1")
    scans = 0
    stop = threading.Event()

    def screen() -> None:
        nonlocal scans
        while not stop.is_set() and scans < 2000:
            scan(log)
            scans += 1

    thread = threading.Thread(target=screen)
    thread.start()
    try:
        wait_until(lambda: scans >= 20)
        waits = []
        for _ in range(10):
            asked = scans
            LinkState(sqlite_db, "site").update(uploaded_seq=asked)
            waits.append(scans - asked)
    finally:
        stop.set()
        thread.join(30)
    assert max(waits) <= 2, waits  # the scan under way, perhaps the one that had asked just before


def test_a_turn_is_reentrant_in_its_thread():
    turns = WriteTurns()
    with turns.turn(), turns.turn():
        assert turns.waiting == 0
    with turns.turn():  # released whole: free again
        pass


def test_a_writer_past_the_wait_goes_on_without_a_turn_and_leaves_the_queue_as_it_was():
    turns = WriteTurns(wait_s=0.05)
    holding, release = threading.Event(), threading.Event()
    went_on: list[float] = []

    def holder() -> None:
        with turns.turn():
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=holder)
    thread.start()
    holding.wait(10)
    started = time.monotonic()
    with turns.turn():  # SQLite's own lock decides from here, as without the turns
        went_on.append(time.monotonic() - started)
        assert turns.waiting == 0
    release.set()
    thread.join(10)
    assert went_on and went_on[0] >= 0.05
    with turns.turn():  # the holder's release found nobody waiting: free
        pass
