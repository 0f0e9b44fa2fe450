"""The scan log: decisions, admissions, annulments, and a hash chain that shows any raw-SQL edit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kiosk.domain.log import Counts, DecisionError, DecisionRefusal
from kiosk.domain.verdict import Decision, RefusalReason, Verdict, VerdictCode
from kiosk.storage.database import Database
from kiosk.storage.scan_log import ScanLog

from .conftest import DAY
from .conftest import decide as decide_at

T0 = datetime(2025, 11, 24, 8, 30, tzinfo=UTC)


@pytest.fixture
def log(database: Database) -> ScanLog:
    """On SQLite and on PostgreSQL (tests/fixtures/databases.py)."""
    return ScanLog(database, "gate-1")


def valid_scan(log: ScanLog, at: datetime = T0, badge: str = "M0042") -> Verdict:
    verdict = Verdict(VerdictCode.VALID, "media-entrance", at, badge, 1, session="opening")
    return log.record_scan(verdict, "B1.TEXT")


def decide(log: ScanLog, scan_id: int, decision: Decision, at: datetime = T0, reason=None, occurrence=DAY):  # noqa: ANN001
    return decide_at(log, scan_id, decision, at, reason, occurrence)


def test_admission_uses_up_the_badge_for_that_session_and_occurrence(log):
    scan = valid_scan(log)
    decide(log, scan.scan_id, Decision.ADMITTED)
    prior = log.admission_for("M0042", "opening", DAY)
    assert prior is not None and prior.checkpoint == "media-entrance"
    assert log.admission_for("M0042", "closing", DAY) is None
    assert log.admission_for("M0042", "opening", "2025-11-25") is None


def test_refusal_does_not_use_up_the_badge(log):
    scan = valid_scan(log)
    decide(log, scan.scan_id, Decision.REFUSED, reason=RefusalReason.ID_MISMATCH)
    assert log.admission_for("M0042", "opening", DAY) is None


def test_refusal_needs_a_reason_and_a_scan_is_decided_once(log):
    scan = valid_scan(log)
    with pytest.raises(DecisionError) as refused:
        decide(log, scan.scan_id, Decision.REFUSED)
    assert refused.value.reason is DecisionRefusal.NEEDS_REASON
    decide(log, scan.scan_id, Decision.ADMITTED)
    with pytest.raises(DecisionError, match="already been decided"):
        decide(log, scan.scan_id, Decision.ADMITTED)


def test_denied_scan_cannot_be_admitted(log):
    denied = log.record_scan(Verdict(VerdictCode.REVOKED, "media-entrance", T0, "M0042", 1), "x")
    with pytest.raises(DecisionError, match="denied"):
        decide(log, denied.scan_id, Decision.ADMITTED)


def test_a_second_standing_admission_for_the_same_occurrence_is_refused_by_the_database(log):
    first, second = valid_scan(log), valid_scan(log, T0 + timedelta(seconds=5))
    decide(log, first.scan_id, Decision.ADMITTED)
    rows = log.count()
    with pytest.raises(DecisionError, match="already admitted") as lost:
        decide(log, second.scan_id, Decision.ADMITTED, T0 + timedelta(seconds=6))
    assert lost.value.reason is DecisionRefusal.ALREADY_ADMITTED
    assert log.count() == rows, "the losing decision left no log row"
    with log.db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM admission")).scalar() == 1


def test_the_partial_unique_index_refuses_a_raw_duplicate_but_not_after_an_annulment(log):
    scan = valid_scan(log)
    decision = decide(log, scan.scan_id, Decision.ADMITTED)
    insert = (
        "INSERT INTO admission (badge_number, session, occurrence, checkpoint, at, decision_log_id)"
        f" VALUES ('M0042', 'opening', '{DAY}', 'media-entrance', '2025-11-24 09:00:00', {decision.id})"
    )
    with pytest.raises(IntegrityError), log.db.engine.begin() as c:
        c.execute(text(insert))
    log.annul_admission(decision.id, T0 + timedelta(minutes=1), "wrong person", "SUP1")
    with log.db.engine.begin() as c:
        c.execute(text(insert))  # the annulled row no longer stands


def test_the_same_badge_is_admitted_again_on_another_occurrence(log):
    first, second = valid_scan(log), valid_scan(log, T0 + timedelta(days=1))
    decide(log, first.scan_id, Decision.ADMITTED)
    decide(log, second.scan_id, Decision.ADMITTED, T0 + timedelta(days=1), occurrence="2025-11-25")
    assert log.admission_for("M0042", "opening", "2025-11-25") is not None


def test_annulment_frees_the_badge_and_keeps_the_rows(log):
    scan = valid_scan(log)
    decision = decide(log, scan.scan_id, Decision.ADMITTED)
    log.annul_admission(decision.id, T0 + timedelta(minutes=1), "wrong person waved in", "SUP1")
    assert log.admission_for("M0042", "opening", DAY) is None
    assert [e.kind for e in log.entries()] == ["scan", "decision", "annulment"]
    assert log.verify_chain() == []


def test_counts_between_times(log):
    valid_scan(log)
    log.record_scan(Verdict(VerdictCode.FORGED, "media-entrance", T0), "x")
    scan = valid_scan(log, badge="M0043")
    decide(log, scan.scan_id, Decision.ADMITTED)
    counts = log.counts(T0 - timedelta(hours=1), T0 + timedelta(hours=1))
    assert counts == Counts(admitted=1, refused=0, denied=1, scans=3, annulled=0)


def _fill(log: ScanLog, n: int = 6) -> None:
    for i in range(n):
        valid_scan(log, T0 + timedelta(seconds=i), badge=f"M{i:04d}")


def test_intact_chain_verifies(log):
    _fill(log)
    assert log.verify_chain() == []


def test_edited_row_is_named(log):
    _fill(log)
    with log.db.engine.begin() as c:
        c.execute(text("UPDATE scan_log SET code='forged' WHERE seq=3"))
    (brk,) = log.verify_chain()
    assert (brk.seq, brk.problem) == (3, "edited")


def test_deleted_row_is_named(log):
    _fill(log)
    with log.db.engine.begin() as c:
        c.execute(text("DELETE FROM scan_log WHERE seq=4"))
    (brk,) = log.verify_chain()
    assert (brk.seq, brk.problem) == (5, "missing_before")


def test_inserted_row_is_named(log):
    _fill(log, 3)
    with log.db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO scan_log (kiosk_id, seq, at, kind, checkpoint, session, code, decision, reason,"
            " officer, manual, qr_text, detail, prev_hash, row_hash)"
            " VALUES ('gate-1', 4, '2025-11-24 08:40:00', 'decision', 'media-entrance', 'opening', '',"
            " 'admitted', '', '', false, '', '', 'bogus', 'bogus')"
        ))
    (brk,) = log.verify_chain()
    assert (brk.seq, brk.problem) == (4, "inserted")


def test_chains_are_per_kiosk(log):
    other = ScanLog(log.db, "gate-2")
    valid_scan(log)
    other.record_scan(Verdict(VerdictCode.FORGED, "media-entrance", T0), "x")
    valid_scan(log, badge="M0050")
    seqs = sorted((e.kiosk_id, e.seq) for e in log.entries())
    assert seqs == [("gate-1", 1), ("gate-1", 2), ("gate-2", 1)]
    assert log.verify_chain() == []


def test_a_scan_sees_the_badges_denials_and_refusals_of_the_day_in_its_own_transaction(log):
    from kiosk.domain.verdict import RecentKind

    yesterday = T0 - timedelta(days=1)
    log.record_scan(Verdict(VerdictCode.SUSPENDED, "media-entrance", yesterday, "M0042", 1), "x")  # not today
    log.record_scan(Verdict(VerdictCode.FORGED, "press-gate", T0, "M0042", 1), "x", officer="1002")
    refused = valid_scan(log, T0 + timedelta(minutes=2))
    with log.deciding(refused.scan_id) as deciding:
        deciding.record(Decision.REFUSED, T0 + timedelta(minutes=3), RefusalReason.ID_MISMATCH, "1001")
    other = valid_scan(log, T0, badge="M0007")
    with log.deciding(other.scan_id) as deciding:  # the officer's words go to the row's note
        deciding.record(Decision.REFUSED, T0, RefusalReason.OTHER, "1001", note="shouting")
    day = (T0.replace(hour=0, minute=0), T0.replace(hour=0, minute=0) + timedelta(days=1))
    with log.unit() as unit:
        recent = unit.recent_for("M0042", *day)
    assert [(e.kind, e.code, e.reason, e.checkpoint, e.officer) for e in recent] == [
        (RecentKind.DENIED, VerdictCode.FORGED, None, "press-gate", "1002"),
        (RecentKind.REFUSED, None, RefusalReason.ID_MISMATCH, "media-entrance", "1001"),
    ]
    listed = log.denials_and_refusals(*day)
    assert [(e.badge_number, e.kind) for e in listed][:1] == [("M0042", RecentKind.REFUSED)]  # newest first
    assert {e.note for e in listed if e.badge_number == "M0007"} == {"shouting"}
