"""`kiosk log init-seal` and `kiosk log verify --key` against the attacks of issue 11, on a real home."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from tests.fixtures.homes import badge_texts, kiosk_cli, person, write_roster
from tests.support.log_forgery import delete_person, rehash_chain

MORNING = "2025-11-24T09:00+01:00"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A sealed kiosk after a morning: 6 scans, 3 admissions (one with a note), one annulment."""
    root = tmp_path_factory.mktemp("sealed")
    home = root / "home"
    assert kiosk_cli(home, "keys", "generate").returncode == 0
    rows = [person(f"M000{i}") for i in range(1, 7)]
    assert kiosk_cli(home, "roster", "import", str(write_roster(root / "r.csv", rows))).returncode == 0
    result = kiosk_cli(home, "log", "init-seal", "--out", str(root / "gate.key"))
    assert result.returncode == 0, result.stderr
    texts = badge_texts(home, [f"M000{i}" for i in range(1, 7)])
    result = kiosk_cli(home, "verify", "--batch", "--now", MORNING, stdin="\n".join(texts) + "\n")
    scans = [json.loads(line)["scan_id"] for line in result.stdout.splitlines()]
    for scan_id in scans[:3]:
        assert kiosk_cli(home, "decide", str(scan_id), "admit", "--now", MORNING, "--note", "fine").returncode == 0
    return root


@pytest.fixture
def home(template, tmp_path):
    shutil.copytree(template, tmp_path / "copy")
    return tmp_path / "copy" / "home"


def verify(home, *args):
    return kiosk_cli(home, "log", "verify", "--key", str(home.parent / "gate.key"), *args)


def test_an_untouched_sealed_log_verifies_with_its_key(home):
    result = verify(home)
    assert result.returncode == 0, result.stdout
    assert "all genuine" in result.stdout and "Log chain intact: 10 rows" in result.stdout


def test_without_the_key_the_chain_is_checked_and_it_says_the_seals_were_not(home):
    result = kiosk_cli(home, "log", "verify")
    assert result.returncode == 0
    assert "Seals not checked against a verification key" in result.stdout


def test_history_rewritten_with_recomputed_hashes_is_named(home):
    with sqlite3.connect(home / "kiosk.db") as db:
        delete_person(db, "M0002")
        rehash_chain(db)
    chain_only = kiosk_cli(home, "log", "verify", "--db", "sqlite:///" + str(home / "kiosk.db"))
    assert "Log chain intact" in chain_only.stdout  # the chain alone is fooled …
    result = verify(home)
    assert result.returncode == 1  # … the seals are not
    assert "BROKEN: kiosk " in result.stdout and "were changed after the seal of seq" in result.stdout


def test_history_rewritten_and_every_seal_and_the_head_deleted_is_named(home):
    with sqlite3.connect(home / "kiosk.db") as db:
        delete_person(db, "M0002")
        rehash_chain(db)
        db.execute("DELETE FROM log_seal")
    (home / "log-head.json").unlink()
    (home / "keys" / "log-seal.key").unlink()
    result = verify(home)
    assert result.returncode == 1 and "holds no seal of this kiosk" in result.stdout


def test_deleting_the_last_rows_is_named(home):
    with sqlite3.connect(home / "kiosk.db") as db:
        db.execute("DELETE FROM admission WHERE decision_log_id IN (SELECT id FROM scan_log WHERE seq > 8)")
        db.execute("DELETE FROM log_note WHERE log_id IN (SELECT id FROM scan_log WHERE seq > 8)")
        db.execute("DELETE FROM scan_log WHERE seq > 8")
    result = verify(home)
    assert result.returncode == 1 and "seals a row that is missing: the last rows were deleted" in result.stdout
    with sqlite3.connect(home / "kiosk.db") as db:
        db.execute("DELETE FROM log_seal WHERE seq > 8")  # a forger who tidies the seals up as well
    for result in (verify(home), kiosk_cli(home, "log", "verify")):
        assert result.returncode == 1, result.stdout
        assert "the database ends before the kiosk's last seal (seq 10" in result.stdout


def test_deleting_every_row_is_named(home):
    with sqlite3.connect(home / "kiosk.db") as db:
        for table in ("admission", "log_note", "log_seal", "scan_log"):
            db.execute(f"DELETE FROM {table}")
    result = kiosk_cli(home, "log", "verify")
    assert result.returncode == 1 and "the database ends before the kiosk's last seal" in result.stdout
    (home / "log-head.json").unlink()  # the head file and the database together
    result = verify(home)
    assert result.returncode == 1 and "holds no seal of this kiosk" in result.stdout


def test_an_older_copy_of_the_database_put_back_is_named(home, tmp_path):
    old = tmp_path / "old.db"
    with sqlite3.connect(home / "kiosk.db") as db, sqlite3.connect(old) as backup:
        db.backup(backup)
    (text,) = badge_texts(home, ["M0001"])
    assert kiosk_cli(home, "verify", text, "--now", MORNING).returncode == 1  # already admitted
    for stale in ("kiosk.db-wal", "kiosk.db-shm"):
        (home / stale).unlink(missing_ok=True)
    shutil.copyfile(old, home / "kiosk.db")
    result = verify(home)
    assert result.returncode == 1 and "an older copy was put back" in result.stdout


def test_a_deleted_admission_row_is_named(home):
    with sqlite3.connect(home / "kiosk.db") as db:
        decision = db.execute("SELECT decision_log_id FROM admission ORDER BY id LIMIT 1").fetchone()[0]
        db.execute("DELETE FROM admission WHERE decision_log_id = ?", (decision,))
    result = kiosk_cli(home, "log", "verify")
    assert result.returncode == 1
    assert f"(decision #{decision}) is missing: its row was deleted" in result.stdout


def test_an_annulment_undone_in_the_admission_table_is_named(home):
    with sqlite3.connect(home / "kiosk.db") as db:
        (decision,) = db.execute("SELECT decision_log_id FROM admission ORDER BY id LIMIT 1").fetchone()
    result = kiosk_cli(home, "log", "annul", str(decision), "--reason", "wrong person", "--now", MORNING)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(home / "kiosk.db") as db:
        db.execute("UPDATE admission SET annulled_at = NULL")
    result = kiosk_cli(home, "log", "verify")
    assert result.returncode == 1 and "annulled in the log but standing in the table" in result.stdout


def test_init_seal_refuses_a_kiosk_sealed_already_and_an_existing_file(home, tmp_path):
    again = kiosk_cli(home, "log", "init-seal", "--out", str(tmp_path / "second.key"))
    assert again.returncode == 1 and "set up already" in again.stderr
    assert not (tmp_path / "second.key").exists()
    fresh = tmp_path / "fresh"
    taken = tmp_path / "taken.key"
    taken.write_text("the supervisor's other key")
    result = kiosk_cli(fresh, "log", "init-seal", "--out", str(taken))
    assert result.returncode == 2 and "exists already" in result.stderr
    assert taken.read_text() == "the supervisor's other key"


def test_an_unsealed_kiosk_says_so(tmp_path):
    result = kiosk_cli(tmp_path / "plain", "log", "verify")
    assert result.returncode == 0 and "its log is not sealed" in result.stdout


def test_the_verification_key_is_owner_only_and_not_on_the_kiosk(home):
    key = home.parent / "gate.key"
    assert key.stat().st_mode & 0o777 == 0o600
    root = json.loads(key.read_text())["key"]
    on_kiosk = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert root.encode() not in on_kiosk or json.loads((home / "keys" / "log-seal.key").read_text())["epoch"] == 0
