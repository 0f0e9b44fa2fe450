"""`kiosk verify` remembers: its JSON carries the badge's denials and refusals earlier the same day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures.homes import kiosk_cli, person, write_roster

MORNING = "2025-11-24T09:00+01:00"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    assert kiosk_cli(tmp_path, "init").returncode == 0
    assert kiosk_cli(tmp_path, "keys", "generate").returncode == 0
    roster = write_roster(tmp_path / "r.csv", [person("M0001"), person("M0002")])
    assert kiosk_cli(tmp_path, "roster", "import", str(roster)).returncode == 0
    assert kiosk_cli(tmp_path, "officers", "add", "1001", "--pin-stdin", stdin="4827\n").returncode == 0
    return tmp_path


def verify(home: Path, text: str, now: str) -> dict:
    result = kiosk_cli(home, "verify", text, "--now", now)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_a_refusal_and_a_forgery_come_back_in_recent_on_the_next_scan(home: Path) -> None:
    text = kiosk_cli(home, "badges", "payload", "M0001").stdout.strip()
    first = verify(home, text, MORNING)
    assert first["code"] == "valid" and first["recent"] == []
    refused = kiosk_cli(
        home, "decide", str(first["scan_id"]), "refuse", "--reason", "id_mismatch", "--officer", "1001",
        "--now", "2025-11-24T09:02+01:00",
    )
    assert refused.returncode == 0, refused.stderr
    forged = text[:-5] + ("A" if text[-5] != "A" else "B") + text[-4:]
    denied = verify(home, forged, "2025-11-24T09:05+01:00")
    assert denied["code"] == "forged" and denied["badge"] == "M0001"  # the number the forgery claims
    again = verify(home, text, "2025-11-24T09:10+01:00")
    assert again["code"] == "valid"
    assert [(r["kind"], r.get("reason"), r.get("code"), r["officer"]) for r in again["recent"]] == [
        ("refused", "id_mismatch", None, "1001"),
        ("denied", None, "forged", ""),
    ]
    assert all({"time", "checkpoint", "officer", "kind"} <= set(r) for r in again["recent"])
    tomorrow = verify(home, text, "2025-11-25T09:00+01:00")
    assert tomorrow["recent"] == []  # only the same day
