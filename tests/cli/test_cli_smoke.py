"""The `kiosk` command end to end, in a subprocess, on a real home: the acceptance of the foundation."""

from __future__ import annotations

import hashlib
import json

import pytest

from tests.fixtures.homes import kiosk_cli, person, write_roster

MORNING = "2025-11-24T09:00+01:00"


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    assert kiosk_cli(home, "init").returncode == 0
    assert kiosk_cli(home, "keys", "generate").returncode == 0
    rows = [person("M0001", family_name="Ould Ahmed"), person("M0002"), person("M0003")]
    result = kiosk_cli(home, "roster", "import", str(write_roster(home / "r.csv", rows)))
    assert result.returncode == 0, result.stderr
    assert "3 added" in result.stdout
    return home


def payload(home, number):
    result = kiosk_cli(home, "badges", "payload", number)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def verify(home, text, now=MORNING):
    result = kiosk_cli(home, "verify", text, "--now", now)
    return result.returncode, json.loads(result.stdout) if result.stdout else None, result.stderr


def test_valid_badge_is_admitted_with_exit_0(home):
    code, verdict, _ = verify(home, payload(home, "M0001"))
    assert (code, verdict["code"], verdict["badge"]) == (0, "valid", "M0001")
    assert verdict["holder"]["id_document_last4"] == "1234"
    assert verdict["scan_id"] > 0


def test_changed_character_is_denied_with_exit_1(home):
    text = payload(home, "M0001")
    changed = text[:30] + ("A" if text[30] != "A" else "B") + text[31:]
    code, verdict, _ = verify(home, changed)
    assert (code, verdict["code"]) == (1, "forged")


def test_text_signed_by_another_key_is_forged(home, tmp_path):
    other = tmp_path / "other"
    kiosk_cli(other, "keys", "generate")
    write_roster(other / "r.csv", [person("M0001")])
    kiosk_cli(other, "roster", "import", str(other / "r.csv"))
    code, verdict, _ = verify(home, payload(other, "M0001"))
    assert (code, verdict["code"], verdict["detail"]) == (1, "forged", "unknown_key")


def test_revoked_badge_is_denied(home):
    assert kiosk_cli(home, "roster", "revoke", "M0002", "--reason", "stolen").returncode == 0
    code, verdict, _ = verify(home, payload(home, "M0002"))
    assert (code, verdict["code"], verdict["status_reason"]) == (1, "revoked", "stolen")


def test_scan_before_the_window_says_when_it_opens(home):
    code, verdict, _ = verify(home, payload(home, "M0003"), now="2025-11-24T07:30")
    assert (code, verdict["code"]) == (1, "outside_window")
    assert verdict["opens_at"] == "2025-11-24T08:00:00+01:00"  # doors open, Marrakech time


def test_decide_admits_and_then_the_badge_is_already_admitted(home):
    _, verdict, _ = verify(home, payload(home, "M0003"))
    assert kiosk_cli(home, "officers", "add", "1001", "--pin-stdin", stdin="4827\n").returncode == 0
    decided = kiosk_cli(
        home, "decide", str(verdict["scan_id"]), "admit", "--officer", "1001", "--now", "2025-11-24T09:01+01:00"
    )
    assert decided.returncode == 0, decided.stderr
    code, again, _ = verify(home, payload(home, "M0003"), now="2025-11-24T09:30+01:00")
    assert (code, again["code"], again["prior"]["checkpoint"]) == (1, "already_admitted", "media-entrance")


def test_reissue_supersedes_the_old_badge(home):
    old = payload(home, "M0001")
    assert kiosk_cli(home, "badges", "reissue", "M0001").returncode == 0
    _, verdict, _ = verify(home, old)
    assert (verdict["code"], verdict["current_version"]) == ("superseded", 2)


def test_usage_error_exits_2_and_errors_are_one_line(home):
    assert kiosk_cli(home, "verify").returncode == 2
    result = kiosk_cli(home, "roster", "show", "NOPE")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    bad_time = kiosk_cli(home, "verify", "x", "--now", "yesterday")
    assert bad_time.returncode == 2 and "not an ISO time" in bad_time.stderr


def test_one_bad_row_in_a_thousand_leaves_the_database_byte_for_byte_unchanged(home, tmp_path):
    db = home / "kiosk.db"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    rows = [person(f"B{i:04d}") for i in range(1000)]
    rows[736] = person("B0736", sessions="opening|gala")
    result = kiosk_cli(home, "roster", "import", str(write_roster(tmp_path / "big.csv", rows, ";")))
    assert result.returncode == 1
    assert "row 738, sessions" in result.stderr  # header is row 1, so list index 736 is row 738
    assert "nothing was imported" in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert "B0001" not in kiosk_cli(home, "roster", "list").stdout


def test_payload_works_for_any_status(home):
    assert kiosk_cli(home, "roster", "suspend", "M0003", "--reason", "check").returncode == 0
    assert payload(home, "M0003").startswith("B2.")
