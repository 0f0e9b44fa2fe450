"""The site as an anchor, through the real command: a kiosk's log rewritten at the kiosk after it went up
(raw SQL on its SQLite file, every hash recomputed, its seals and key gone, as someone with write access
to the kiosk could) is named, kiosk and row, by its next `kiosk sync`, by `kiosk log verify` at the kiosk
and by `kiosk log verify` at the office; a clean site verifies. Every machine is its own login."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.domain.verdict import Decision
from tests.fixtures.homes import kiosk_cli
from tests.fixtures.sites import SiteHomes, make_site
from tests.support.log_forgery import delete_person, rehash_chain

pytestmark = pytest.mark.postgresql


def admit(site: SiteHomes, lane: str, badges: list[str]) -> None:
    with site.at_lane(lane) as station:
        service = station.checkpoint_service()
        for number in badges:
            verdict = service.scan(site.badge(number))
            service.decide(verdict.scan_id, Decision.ADMITTED, officer="cli:test")


def rows_on_site(site: SiteHomes, kiosk: str) -> int:
    with site.database() as database, database.read() as session:
        query = text("SELECT count(*) FROM site_log WHERE kiosk_id = :k")
        return int(session.execute(query, {"k": kiosk}).scalar_one())


def test_a_log_rewritten_at_a_kiosk_after_it_went_up_is_named_by_sync_and_by_both_verifies(tmp_path: Path,
                                                                                          postgres_url: str):
    site = make_site(tmp_path, postgres_url, lanes=("lane-a", "lane-b"))
    lane_a, lane_b = site.lanes["lane-a"], site.lanes["lane-b"]
    key = tmp_path / "lane-a-seal.key"
    assert kiosk_cli(lane_a, "log", "init-seal", "--out", str(key)).returncode == 0
    admit(site, "lane-a", ["M0001", "M0002", "M0003"])
    admit(site, "lane-b", ["M0004"])
    for home in (lane_a, lane_b):
        synced = kiosk_cli(home, "sync")
        assert synced.returncode == 0, synced.stderr

    clean = kiosk_cli(site.office, "log", "verify", "--key", str(key))
    assert clean.returncode == 0, clean.stdout + clean.stderr
    uploaded = rows_on_site(site, "lane-a")
    assert f"Site: kiosk lane-a, {uploaded} row(s) uploaded, as the kiosk wrote them; " in clean.stdout
    assert "seal(s), all genuine" in clean.stdout.split("Site: kiosk lane-a")[1].splitlines()[0]
    assert f"Site: kiosk lane-b, {rows_on_site(site, 'lane-b')} row(s) uploaded" in clean.stdout
    mine = kiosk_cli(lane_a, "log", "verify")
    assert mine.returncode == 0
    assert f"Site: this kiosk's log is the one it uploaded, up to seq {uploaded}" in mine.stdout

    with site.database() as database, database.read() as session:
        first_changed = session.execute(text(
            "SELECT min(seq) FROM site_log WHERE kiosk_id = 'lane-a' AND badge_number = 'M0002'"
        )).scalar_one()
    with sqlite3.connect(lane_a / "kiosk.db") as db:  # the holder of M0002 was never here, says lane-a now
        delete_person(db, "M0002")
        rehash_chain(db)
        db.execute("DELETE FROM log_seal")
    for sealing_file in (lane_a / "log-head.json", lane_a / "keys" / "log-seal.key"):
        sealing_file.unlink()

    synced = kiosk_cli(lane_a, "sync")
    assert synced.returncode == 1
    assert f"the site holds row {first_changed} of this kiosk's log otherwise" in synced.stderr
    at_kiosk = kiosk_cli(lane_a, "log", "verify")
    assert at_kiosk.returncode == 1, "its own chain is whole again, only the site's copy shows it"
    assert "BROKEN: kiosk lane-a, row id " in at_kiosk.stdout
    assert f"(seq {first_changed}) is not the row it uploaded to the site: rewritten here afterwards" in at_kiosk.stdout
    at_office = kiosk_cli(site.office, "log", "verify", "--key", str(key))
    assert at_office.returncode == 1
    broken = [line for line in at_office.stdout.splitlines() if line.startswith("BROKEN")]
    assert len(broken) == 1 and broken[0].startswith(
        f"BROKEN: kiosk lane-a, row seq {first_changed}: its log is no longer the one it uploaded to the site: "
        "rewritten at the kiosk afterwards"
    ), at_office.stdout
    assert f"Site: kiosk lane-b, {rows_on_site(site, 'lane-b')} row(s) uploaded, as the kiosk wrote them" in (
        at_office.stdout
    )
    assert rows_on_site(site, "lane-a") == uploaded, "the site's copy is as it went up"
