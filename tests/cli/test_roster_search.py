"""`kiosk roster search`: the screen's search from a script, on a real home, in a subprocess."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.fixtures.homes import kiosk_cli, person, write_roster


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    assert kiosk_cli(home, "init").returncode == 0
    rows = [
        person("M0001", family_name="O'Sullivan", given_names="Siobhán"),
        person("M0002", family_name="Ben Youssef", given_names="Karim", alt_name="كريم بن يوسف"),
        person("M0003", family_name="Yıldız", given_names="Elif"),
    ]
    result = kiosk_cli(home, "roster", "import", str(write_roster(home / "r.csv", rows)))
    assert result.returncode == 0, result.stderr
    return home


def search(home: Path, query: str) -> list[dict[str, str]]:
    result = kiosk_cli(home, "roster", "search", query, "--json")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_json_has_one_object_per_match_with_the_badge_number(home: Path) -> None:
    found = search(home, "benyoussef")
    assert [f["badge_number"] for f in found] == ["M0002"]
    assert found[0]["full_name"] == "Karim BEN YOUSSEF" and found[0]["alt_name"] == "كريم بن يوسف"
    assert search(home, "nobody") == []


def test_text_output_ends_with_the_count(home: Path) -> None:
    result = kiosk_cli(home, "roster", "search", "yildiz")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("M0003")
    assert result.stdout.splitlines()[-1] == "1 match(es)"


def test_keys_written_by_an_older_folding_are_recomputed_when_the_station_opens(home: Path) -> None:
    with sqlite3.connect(home / "kiosk.db") as db:
        db.execute("UPDATE accreditation SET search_key = 'm0001 o sullivan siobhan' WHERE badge_number = 'M0001'")
    assert [f["badge_number"] for f in search(home, "osullivan")] == ["M0001"]
    with sqlite3.connect(home / "kiosk.db") as db:
        (key,) = db.execute("SELECT search_key FROM accreditation WHERE badge_number = 'M0001'").fetchone()
    assert "osullivan" in key.split()
