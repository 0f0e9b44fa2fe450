"""Writers racing on one row from two connections: on PostgreSQL they take turns, as SQLite makes them."""

from __future__ import annotations

import threading
from collections.abc import Callable

from kiosk.domain.log import DecisionError
from kiosk.domain.staff import StaffRole
from kiosk.domain.verdict import Decision, Verdict, VerdictCode
from kiosk.storage.database import Database
from kiosk.storage.roster_store import RosterStore
from kiosk.storage.scan_log import ScanLog
from kiosk.storage.staff_store import StaffStore

from .conftest import NOW, accreditation, decide, import_into


def race(*jobs: Callable[[], object]) -> list[BaseException | None]:
    """Runs the jobs in threads released together; returns each one's exception (None: it succeeded)."""
    start = threading.Barrier(len(jobs))
    outcome: list[BaseException | None] = [None] * len(jobs)

    def run(i: int) -> None:
        start.wait()
        try:
            jobs[i]()
        except BaseException as exc:  # noqa: BLE001 - the test looks at what each job raised
            outcome[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcome


def test_reprints_racing_on_one_badge_make_one_version_each(database: Database):
    roster = RosterStore(database)
    import_into(database, [accreditation("P1")])

    def reprint_25_times() -> None:
        for _ in range(25):
            roster.bump_version("P1", NOW)

    assert race(reprint_25_times, reprint_25_times) == [None, None]
    assert roster.get("P1").badge_version == 51


def test_two_supervisors_annulling_one_admission_at_once_annul_it_once(database: Database):
    log = ScanLog(database, "gate-1")
    for round_ in range(10):
        verdict = Verdict(VerdictCode.VALID, "media-entrance", NOW, f"M{round_:04d}", 1, session="opening")
        scan = log.record_scan(verdict, "x")
        decision = decide(log, scan.scan_id, Decision.ADMITTED)

        def annul(decision_id: int = decision.id) -> None:
            log.annul_admission(decision_id, NOW, "waved in by mistake", "SUP1")

        outcome = race(annul, annul)
        assert sorted(type(e).__name__ for e in outcome) == ["DecisionError", "NoneType"], outcome
        assert all(e is None or isinstance(e, DecisionError) for e in outcome)
    assert sum(e.kind == "annulment" for e in log.entries()) == 10
    assert log.verify_chain() == []


def test_wrong_pins_typed_at_once_on_several_pads_each_count(database: Database):
    staff = StaffStore(database, "gate-1")
    staff.set_member("1001", "", StaffRole.OFFICER, "4817", NOW)
    left: list[int] = []

    def wrong_pin() -> None:
        left.append(staff.check_pin("1001", "1397", NOW).attempts_left)

    assert race(*[wrong_pin] * 5) == [None] * 5
    assert sorted(left) == [0, 1, 2, 3, 4]  # each attempt saw every earlier one: the fifth locks the pad
