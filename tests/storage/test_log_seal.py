"""Sealing on the real SQLite file: when seals are made, the key moving on, and what verify then finds."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain.seal import SealingKey, SealSchedule, VerificationKey, next_key
from kiosk.domain.verdict import Decision, Verdict, VerdictCode
from kiosk.storage.database import Database
from kiosk.storage.log_audit import audit_log
from kiosk.storage.log_seal import LogSealer, SealFiles
from kiosk.storage.scan_log import ScanLog
from tests.support.log_forgery import rehash_chain

from .conftest import decide

T0 = datetime(2025, 11, 24, 7, 0, tzinfo=UTC)
ROOT = bytes(range(32))


@pytest.fixture
def sealed(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    db.migrate()
    files = SealFiles(tmp_path / "keys" / "log-seal.key", tmp_path / "log-head.json")
    log = ScanLog(db, "gate-1", LogSealer(files, every=5))
    key = VerificationKey("gate-1", ROOT, SealSchedule(T0))
    log.set_up_sealing(key.sealing_key(), T0)
    return log, key


def scan(log: ScanLog, at: datetime, badge: str = "M0042") -> Verdict:
    return log.record_scan(Verdict(VerdictCode.VALID, "media-entrance", at, badge, 1, session="opening"), "B1.X")


def problem_of(log: ScanLog, key: VerificationKey | None) -> str | None:
    (kiosk,) = audit_log(log, {key.kiosk_id: key} if key else {}).kiosks
    assert kiosk.seals is not None
    return kiosk.seals.problem.message if kiosk.seals.problem else None


def test_set_up_seals_the_empty_log_and_keeps_the_head_outside_the_database(sealed):
    log, key = sealed
    (first,) = log.seals("gate-1")
    assert (first.epoch, first.seq) == (0, 0)
    assert log.sealer.files.read_head() == first
    assert problem_of(log, key) is None


def test_every_fifth_row_is_sealed_within_an_epoch(sealed):
    log, key = sealed
    for i in range(12):
        scan(log, T0 + timedelta(seconds=i), f"M{i:04d}")
    assert [s.seq for s in log.seals("gate-1")] == [0, 5, 10]
    assert log.sealer.files.read_head().seq == 10
    log.seal(T0 + timedelta(minutes=1))  # what closing the station does
    assert log.seals("gate-1")[-1].seq == 12 and problem_of(log, key) is None


def test_a_new_epoch_seals_the_old_rows_with_the_old_key_then_destroys_it(sealed):
    log, key = sealed
    for i in range(3):
        scan(log, T0 + timedelta(minutes=1, seconds=i), f"M{i:04d}")
    scan(log, T0 + timedelta(minutes=31))  # epoch 2
    seals = log.seals("gate-1")
    assert [(s.epoch, s.seq) for s in seals] == [(0, 0), (0, 3)]
    stored = SealingKey.from_text(log.sealer.files.key_path.read_text())
    assert stored.epoch == 2 and stored.key == next_key(next_key(ROOT))
    assert ROOT.hex() not in log.sealer.files.key_path.read_text()
    log.seal(T0 + timedelta(minutes=32))
    assert [(s.epoch, s.seq) for s in log.seals("gate-1")][-1] == (2, 4)
    assert problem_of(log, key) is None


def test_whoever_holds_the_kiosk_later_cannot_reseal_the_morning_unnoticed(sealed, tmp_path):
    """They find the epoch-8 key on the disk, rewrite the 07:05 rows, re-seal everything as epoch 8."""
    log, key = sealed
    for i in range(3):
        scan(log, T0 + timedelta(minutes=5, seconds=i), f"M{i:04d}")
    decision = decide(log, 1, Decision.ADMITTED, T0 + timedelta(minutes=6), occurrence="2025-11-24")
    assert decision.seq == 4
    scan(log, T0 + timedelta(hours=2))  # epoch 8: the key on disk is now epoch 8's
    log.seal(T0 + timedelta(hours=2, minutes=1))
    found = SealingKey.from_text(log.sealer.files.key_path.read_text())
    assert found.epoch == 8

    with sqlite3.connect(tmp_path / "k.db") as db:  # the forger drops the admission of M0000 …
        db.execute("DELETE FROM admission")
        db.execute("DELETE FROM log_note")
        db.execute("UPDATE scan_log SET decision='refused', reason='other' WHERE seq=4")
        rehash_chain(db)
        db.execute("DELETE FROM log_seal")
        head = db.execute("SELECT seq, row_hash FROM scan_log ORDER BY seq DESC LIMIT 1").fetchone()
        forged = found.seal(head[0], head[1], "0" * 64)  # … and seals it all anew with the key it found
        db.execute(
            "INSERT INTO log_seal (kiosk_id, epoch, seq, head_hash, prev_tag, tag, sealed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, '2025-11-24 09:05:00')",
            (forged.kiosk_id, forged.epoch, forged.seq, forged.head_hash, forged.prev_tag, forged.tag),
        )
    log.sealer.files.head_path.write_text(forged.to_text())
    assert log.verify_chain() == []
    message = problem_of(log, key)
    assert message is not None and "row seq 1" in message and "sealed again later" in message


def test_a_forged_seal_is_named_with_the_key_and_a_deleted_middle_seal_without(sealed, tmp_path):
    log, key = sealed
    for i in range(11):
        scan(log, T0 + timedelta(seconds=i), f"M{i:04d}")
    with sqlite3.connect(tmp_path / "k.db") as db:
        db.execute("UPDATE log_seal SET tag = ? WHERE seq = 10", ("ab" * 32,))
    assert "seq 10 (epoch 0) is not genuine" in problem_of(log, key)
    with sqlite3.connect(tmp_path / "k.db") as db:
        db.execute("DELETE FROM log_seal WHERE seq = 5")
    assert "does not follow the seal before it" in problem_of(log, None)


def test_a_head_file_that_is_not_one_is_named(sealed):
    log, key = sealed
    log.sealer.files.head_path.write_text(json.dumps({"format": "kiosk-seal-1"}))
    assert "not a seal head file" in problem_of(log, key)


def test_an_unreadable_sealing_key_never_stops_the_door(sealed):
    log, key = sealed
    log.sealer.files.key_path.write_text("garbage")
    verdict = scan(log, T0 + timedelta(seconds=1))
    assert verdict.scan_id is not None
    log.seal(T0 + timedelta(seconds=2))
    (kiosk,) = audit_log(log, {key.kiosk_id: key}).kiosks
    assert kiosk.seals.problem is None and kiosk.seals.unsealed == 1
