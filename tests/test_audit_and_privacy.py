"""Issue 6: tamper evidence through the CLI, crash safety under SIGKILL, PIN lockout, purge, exports."""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from kiosk.domain.staff import StaffRole
from kiosk.station.station import Station
from kiosk.storage.models import PinAttemptRow, StaffRow
from kiosk.storage.staff_store import StaffStore

from .fixtures.homes import kiosk_cli, person, write_roster

MORNING = "2025-11-24T09:00+01:00"


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    kiosk_cli(home, "keys", "generate")
    rows = [person(f"M{i:04d}", family_name=f"Zyxwvut{i}", id_document_last4="Q7Z9") for i in range(20)]
    rows[0] = person("M0000", family_name="Belkadiri", given_names="Nour", id_document_last4="Q7Z9")
    result = kiosk_cli(home, "roster", "import", str(write_roster(tmp_path / "r.csv", rows)))
    assert result.returncode == 0, result.stderr
    return home


def texts_for(home, numbers):
    with Station.open(home) as station:
        return [station.badge_text(n) for n in numbers]


def scan_some(home, n=8):
    texts = texts_for(home, [f"M{i:04d}" for i in range(n)])
    result = kiosk_cli(home, "verify", "--batch", "--now", MORNING, stdin="\n".join(texts) + "\n")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    "sql, words",
    [
        ("UPDATE scan_log SET code='forged' WHERE seq=4", "seq 4) does not match its hash"),
        ("DELETE FROM scan_log WHERE seq=3", "seq 4) follows a gap"),
        (
            "INSERT INTO scan_log (kiosk_id, seq, at, kind, checkpoint, session, code, decision, reason,"
            " officer, manual, qr_text, detail, prev_hash, row_hash) SELECT kiosk_id, 10, at, 'decision',"
            " checkpoint, session, '', 'admitted', '', '', 0, '', '', row_hash, 'x' FROM scan_log WHERE seq=9",
            "seq 10) does not match its hash",  # seq 1 is the import (roster_applied), 2-9 the scans
        ),
    ],
    ids=["edit", "delete", "insert-at-end"],
)
def test_log_verify_names_the_row_touched_by_raw_sql(home, sql, words):
    scan_some(home)
    assert kiosk_cli(home, "log", "verify").returncode == 0
    with sqlite3.connect(home / "kiosk.db") as db:
        db.execute(sql)
    result = kiosk_cli(home, "log", "verify")
    assert result.returncode == 1
    assert words in result.stdout


def test_row_inserted_in_the_middle_is_named(home):
    scan_some(home)
    with sqlite3.connect(home / "kiosk.db") as db:
        db.execute("UPDATE scan_log SET seq = -(seq + 1) WHERE seq >= 5")  # make room, as a forger must
        db.execute("UPDATE scan_log SET seq = -seq WHERE seq < 0")
        db.execute(
            "INSERT INTO scan_log (kiosk_id, seq, at, kind, checkpoint, session, code, decision, reason,"
            " officer, manual, qr_text, detail, prev_hash, row_hash) SELECT kiosk_id, 5, at, 'scan',"
            " checkpoint, session, 'valid', '', '', '', 0, '', '', row_hash, 'x' FROM scan_log WHERE seq=4"
        )
    result = kiosk_cli(home, "log", "verify")
    assert result.returncode == 1 and "seq 5) does not match its hash" in result.stdout


def test_sigkill_mid_burst_loses_no_printed_verdict(home):
    numbers = [f"M{i % 20:04d}" for i in range(1000)]
    texts = texts_for(home, sorted(set(numbers)))
    by_number = dict(zip(sorted(set(numbers)), texts, strict=True))
    burst = "\n".join(by_number[n] for n in numbers) + "\n"
    env = {**os.environ, "KIOSK_HOME": str(home)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "verify", "--batch", "--now", MORNING],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
    )
    feeder = threading.Thread(target=_feed, args=(proc.stdin, burst), daemon=True)
    feeder.start()  # a thread: the child's output must be read while its input is written
    printed = []
    kill_after = random.Random().randint(50, 700)
    for line in proc.stdout:
        printed.append(json.loads(line))
        if len(printed) >= kill_after:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with sqlite3.connect(home / "kiosk.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        logged = {row[0] for row in db.execute("SELECT id FROM scan_log WHERE kind='scan'")}
    assert {v["scan_id"] for v in printed} <= logged
    assert len(logged) >= len(printed)
    verify = kiosk_cli(home, "log", "verify")
    assert verify.returncode == 0, verify.stdout


def _feed(pipe, data: str) -> None:
    try:
        pipe.write(data)
        pipe.close()
    except (BrokenPipeError, ValueError, OSError):
        pass  # the child was killed mid-burst: that is the point


def test_five_wrong_pins_lock_the_pad_for_growing_delays(database):
    t0 = datetime(2025, 11, 24, 8, tzinfo=UTC)
    ticks = iter([0, 1, 2, 3, 4, 10, 80, 600])  # the monotonic clock, in step with the times below
    store = StaffStore(database, "gate-1", monotonic=lambda: next(ticks))
    store.set_member("SUP1", "Chief", StaffRole.SUPERVISOR, "5803", t0)
    for i in range(4):
        check = store.check_pin("", "1111", t0 + timedelta(seconds=i), supervisor_only=True)
        assert not check.ok and check.locked_until is None and check.attempts_left == 4 - i
    fifth = store.check_pin("", "1111", t0 + timedelta(seconds=4), supervisor_only=True)
    assert fifth.locked_until == t0 + timedelta(seconds=34)
    locked = store.check_pin("", "5803", t0 + timedelta(seconds=10), supervisor_only=True)
    assert not locked.ok, "the right PIN must not open a locked pad"
    assert locked.locked_until == t0 + timedelta(seconds=70), "a try during the lock counts and extends it"
    seventh = store.check_pin("", "1111", t0 + timedelta(seconds=80), supervisor_only=True)
    assert seventh.locked_until - (t0 + timedelta(seconds=80)) == timedelta(seconds=120)
    assert store.check_pin("", "5803", t0 + timedelta(minutes=10), supervisor_only=True).ok
    with database.read() as session:
        attempts = session.scalars(select(PinAttemptRow.ok)).all()
        stored = session.scalar(select(StaffRow.pin_hash))
    assert (len(attempts), sum(attempts)) == (8, 1)
    assert stored is not None and stored.startswith("$argon2id$") and "5803" not in stored


def test_purge_leaves_no_personal_data_but_keeps_counts_and_chain(home):
    with Station.open(home) as station:
        photo = station.paths.photos / "abc.jpg"
        photo.write_bytes(b"\xff\xd8 Belkadiri face \xff\xd9")
    scan_some(home, 3)
    db_file = home / "kiosk.db"
    assert b"Belkadiri" in db_file.read_bytes()
    result = kiosk_cli(home, "purge", "--personal-data", "--yes")
    assert result.returncode == 0, result.stderr
    for path in [db_file, *home.glob("kiosk.db-*")]:
        data = path.read_bytes()
        assert b"Belkadiri" not in data and b"Nour" not in data
        assert b"Q7Z9" not in data
    assert not photo.exists()
    assert kiosk_cli(home, "log", "verify").returncode == 0
    listing = kiosk_cli(home, "roster", "list").stdout
    assert "20 accreditation(s)" in listing


def test_purge_refuses_without_confirmation(home):
    result = kiosk_cli(home, "purge", "--personal-data")
    assert result.returncode == 2 and "--yes" in result.stderr


def test_export_csv_and_xlsx_with_filters(home, tmp_path):
    verdicts = scan_some(home, 4)
    kiosk_cli(home, "decide", str(verdicts[0]["scan_id"]), "admit", "--now", MORNING)
    out = tmp_path / "log.csv"
    assert kiosk_cli(home, "log", "export", "--out", str(out), "--date", "2025-11-24").returncode == 0
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["kind"] for r in rows] == ["scan"] * 4 + ["decision"]
    assert rows[0]["time"].startswith("2025-11-24T09:00:00+01:00")
    xlsx = tmp_path / "log.xlsx"
    assert kiosk_cli(home, "log", "export", "--out", str(xlsx), "--session", "closing").returncode == 0
    sheet = load_workbook(xlsx).active
    assert sheet.max_row == 1  # header only: nothing happened in the closing session
    assert kiosk_cli(home, "log", "export", "--out", str(tmp_path / "x"), "--date", "2025-11-25",
                     "--format", "xlsx").returncode == 0


def test_report_html_and_pdf(home, tmp_path):
    verdicts = scan_some(home, 6)
    for v in verdicts[:4]:
        kiosk_cli(home, "decide", str(v["scan_id"]), "admit", "--now", MORNING)
    kiosk_cli(home, "decide", str(verdicts[4]["scan_id"]), "refuse", "--reason", "id_mismatch", "--now", MORNING)
    html_out, pdf_out = tmp_path / "r.html", tmp_path / "r.pdf"
    assert kiosk_cli(home, "report", "--out", str(html_out)).returncode == 0
    page = html_out.read_text(encoding="utf-8")
    assert "Identity document does not match" in page and "<svg" in page
    result = kiosk_cli(home, "report", "--out", str(pdf_out))
    assert result.returncode == 0, result.stderr
    assert pdf_out.read_bytes().startswith(b"%PDF")
    assert "4 admitted, 1 refused" in result.stdout
