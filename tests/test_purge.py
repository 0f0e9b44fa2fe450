"""After `kiosk purge --personal-data --yes` nothing personal is left anywhere in the home, or the purge
says loudly that it could not finish and which process to stop."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from kiosk.station.station import Station
from kiosk.storage.purge import PurgeIncomplete, purge_personal_data
from tests.fixtures.homes import badge_texts, kiosk_cli, person, write_roster

MORNING = "2025-11-24T09:00+01:00"
FOREIGN = "BEGIN:VCARD\nFN:Yasmina Qortobi\nTEL:+212612345678\nEND:VCARD"
SECRETS = [
    "Qortobi", "Yasmina", "Belkadiri", "Nour", "Q7Z9", "X8W2", "PC-5581", "PC-7731", "+212612345678",
    "looked nervous, cousin of Hamid", "let in by mistake, Hamid again", "stolen in the hotel lobby",
]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("purge")
    home = tmp_path / "home"
    assert kiosk_cli(home, "keys", "generate").returncode == 0
    rows = [
        person("M0001", family_name="Belkadiri", given_names="Nour", id_document_last4="Q7Z9",
               press_card_number="PC-5581"),
        person("M0002", family_name="Qortobi", given_names="Yasmina", id_document_last4="X8W2",
               press_card_number="PC-7731"),
    ]
    assert kiosk_cli(home, "roster", "import", str(write_roster(tmp_path / "r.csv", rows))).returncode == 0
    texts = badge_texts(home, ["M0001", "M0002"])
    verdicts = kiosk_cli(home, "verify", "--batch", "--now", MORNING, stdin="\n".join([*texts, FOREIGN]) + "\n")
    first, second = (json.loads(line)["scan_id"] for line in verdicts.stdout.splitlines()[:2])
    note = ("--note", "looked nervous, cousin of Hamid")
    decided = kiosk_cli(home, "decide", str(first), "admit", "--now", MORNING, *note)
    assert decided.returncode == 0, decided.stderr
    decision = json.loads(decided.stdout)["decision_id"]
    annul = ("log", "annul", str(decision), "--reason", "let in by mistake, Hamid again", "--now", MORNING)
    assert kiosk_cli(home, *annul).returncode == 0
    assert kiosk_cli(home, "roster", "revoke", "M0002", "--reason", "stolen in the hotel lobby").returncode == 0
    assert kiosk_cli(home, "decide", str(second), "refuse", "--reason", "other", "--now", MORNING).returncode == 0
    assert kiosk_cli(home, "log", "export", "--out", str(home / "exports" / "log.csv")).returncode == 0
    (home / "logs" / "kiosk.log").write_text("supervisor SUP1 revoked M0002: stolen in the hotel lobby\n")
    return home


@pytest.fixture
def home(template, tmp_path):
    shutil.copytree(template, tmp_path / "home")
    return tmp_path / "home"


def leftovers(home) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits = [s for s in SECRETS if s.encode() in data]
            if hits:
                found[str(path.relative_to(home))] = hits
    return found


def test_the_foreign_qr_text_never_reaches_the_disk(home):
    assert "+212612345678" not in str(leftovers(home)), "only its length and a keyed digest are kept"


def test_after_the_purge_the_home_holds_none_of_the_secrets_and_the_log_still_verifies(home):
    assert leftovers(home), "the test must start with personal data in the home"
    result = kiosk_cli(home, "purge", "--personal-data", "--yes")
    assert result.returncode == 0, result.stderr
    assert leftovers(home) == {}
    verify = kiosk_cli(home, "log", "verify")
    assert verify.returncode == 0, verify.stdout


def test_with_a_concurrent_reader_the_purge_fails_loudly_naming_it_then_finishes_once_it_stops(home):
    reader = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; db = sqlite3.connect(sys.argv[1], isolation_level=None);"
         " db.execute('BEGIN'); db.execute('SELECT count(*) FROM accreditation').fetchone();"
         " print('reading', flush=True); sys.stdin.read()", str(home / "kiosk.db")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert reader.stdout.readline().strip() == "reading"
        result = kiosk_cli(home, "purge", "--personal-data", "--yes")
        assert result.returncode == 1
        assert f"process {reader.pid}" in result.stderr and "stop it" in result.stderr
        assert result.stderr.count("\n") == 1
    finally:
        reader.stdin.close()
        reader.wait(timeout=30)
    assert kiosk_cli(home, "purge", "--personal-data", "--yes").returncode == 0
    assert leftovers(home) == {}


def test_a_reader_the_purge_cannot_see_still_makes_it_fail_rather_than_claim_success(home):
    """Another user's process is not in /proc for us: the checkpoint's own answer must catch it."""
    import sqlite3

    reader = sqlite3.connect(home / "kiosk.db", isolation_level=None)  # this process: /proc lists it as ours
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM accreditation").fetchone()
    try:
        with Station.open(home) as station, pytest.raises(PurgeIncomplete, match="could not empty kiosk.db-wal"):
            purge_personal_data(station.database, station.paths.photos)
    finally:
        reader.close()
    assert os.path.exists(home / "kiosk.db")
