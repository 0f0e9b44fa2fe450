"""Staff from the command line: nothing replaced by accident, the current PIN asked for, and every CLI
action recorded under a real staff number or the operating-system user."""

from __future__ import annotations

import getpass
import json
import sqlite3

import pytest

from tests.fixtures.homes import badge_texts, kiosk_cli, person, write_roster

MORNING = "2025-11-24T09:00+01:00"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    home = tmp_path_factory.mktemp("staff") / "home"
    assert kiosk_cli(home, "keys", "generate").returncode == 0
    roster = write_roster(home.parent / "r.csv", [person("M0001")])
    assert kiosk_cli(home, "roster", "import", str(roster)).returncode == 0
    assert kiosk_cli(home, "officers", "add", "1001", "--name", "Amal", "--pin-stdin", stdin="4827\n").returncode == 0
    assert kiosk_cli(home, "supervisor", "set-pin", "--pin-stdin", stdin="5803\n").returncode == 0
    return home


@pytest.fixture
def home(template, tmp_path):
    import shutil

    shutil.copytree(template, tmp_path / "home")
    return tmp_path / "home"


def staff(home):
    with sqlite3.connect(home / "kiosk.db") as db:
        return {n: (r, h) for n, r, h in db.execute("SELECT number, role, pin_hash FROM staff")}


def test_officers_add_refuses_to_replace_an_existing_number(home):
    before = staff(home)
    result = kiosk_cli(home, "officers", "add", "1001", "--pin-stdin", stdin="5938\n")
    assert result.returncode == 2 and "exists already; add --replace" in result.stderr
    assert staff(home) == before
    assert kiosk_cli(home, "officers", "add", "1001", "--replace", "--pin-stdin", stdin="5938\n").returncode == 0
    assert staff(home)["1001"][1] != before["1001"][1]


def test_officers_add_never_turns_a_supervisor_into_an_officer(home):
    before = staff(home)
    result = kiosk_cli(home, "officers", "add", "SUP1", "--replace", "--pin-stdin", stdin="5938\n")
    assert result.returncode == 2 and "is a supervisor" in result.stderr
    assert staff(home) == before


def test_supervisor_set_pin_needs_the_current_pin(home):
    before = staff(home)
    wrong = kiosk_cli(home, "supervisor", "set-pin", "--pin-stdin", stdin="1111\n5938\n")
    assert wrong.returncode == 1 and "wrong current PIN" in wrong.stderr
    assert staff(home) == before
    right = kiosk_cli(home, "supervisor", "set-pin", "--pin-stdin", stdin="5803\n5938\n")
    assert right.returncode == 0, right.stderr
    assert staff(home)["SUP1"][1] != before["SUP1"][1]


def test_a_forgotten_supervisor_pin_is_recovered_and_the_log_says_who(home):
    result = kiosk_cli(home, "supervisor", "set-pin", "--recover", "--pin-stdin", stdin="5938\n")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(home / "kiosk.db") as db:
        row = db.execute("SELECT kind, officer, detail FROM scan_log WHERE kind = 'pin_recovery'").fetchone()
    assert row == ("pin_recovery", f"cli:{getpass.getuser()}", "SUP1")
    assert kiosk_cli(home, "log", "verify").returncode == 0


def test_trivially_guessable_pins_are_refused(home):
    result = kiosk_cli(home, "officers", "add", "1002", "--pin-stdin", stdin="0000\n")
    assert result.returncode == 2 and "anyone would try first" in result.stderr
    assert "1002" not in staff(home)


@pytest.mark.parametrize("pin", ["0000", "1234", "9876", "7890", "2468", "121212", "123123"])
def test_repeated_digits_runs_and_repeated_blocks_are_trivial(pin):
    from kiosk.domain.pins import is_trivial

    assert is_trivial(pin)


@pytest.mark.parametrize("pin", ["4827", "5803", "1122", "2580", "90210"])
def test_other_pins_are_not(pin):
    from kiosk.domain.pins import is_trivial

    assert not is_trivial(pin)


def _scan(home):
    (text,) = badge_texts(home, ["M0001"])
    return json.loads(kiosk_cli(home, "verify", text, "--now", MORNING).stdout)["scan_id"]


def test_decide_records_a_known_officer_or_the_operating_system_user(home):
    scan = _scan(home)
    unknown = kiosk_cli(home, "decide", str(scan), "admit", "--officer", "X", "--now", MORNING)
    assert unknown.returncode == 2 and "no staff number 'X'" in unknown.stderr
    assert kiosk_cli(home, "decide", str(scan), "admit", "--now", MORNING).returncode == 0
    with sqlite3.connect(home / "kiosk.db") as db:
        (officer,) = db.execute("SELECT officer FROM scan_log WHERE kind = 'decision'").fetchone()
    assert officer == f"cli:{getpass.getuser()}"


def test_annul_needs_a_supervisor_when_a_number_is_given(home):
    scan = _scan(home)
    decided = json.loads(kiosk_cli(home, "decide", str(scan), "admit", "--officer", "1001", "--now", MORNING).stdout)
    args = ("log", "annul", str(decided["decision_id"]), "--reason", "wrong person", "--now", MORNING)
    by_officer = kiosk_cli(home, *args, "--officer", "1001")
    assert by_officer.returncode == 2 and "only a supervisor" in by_officer.stderr
    by_stranger = kiosk_cli(home, *args, "--officer", "X")
    assert by_stranger.returncode == 2
    assert kiosk_cli(home, *args, "--officer", "sup1").returncode == 0
    with sqlite3.connect(home / "kiosk.db") as db:
        (officer,) = db.execute("SELECT officer FROM scan_log WHERE kind = 'annulment'").fetchone()
    assert officer == "SUP1"
