"""`kiosk site …`, `kiosk sync`, and what joining a site changes in `status`, `verify` and `decide`: the
real command on real homes, the site on the session's PostgreSQL."""

from __future__ import annotations

import json
import socket
import tomllib
from pathlib import Path

import pytest

from kiosk.domain.staff import StaffRole
from kiosk.station.station import Station
from tests.fixtures.homes import kiosk_cli, person, write_roster
from tests.fixtures.sites import MORNING, SiteHomes, make_site, proxied, write_kiosk_id

NOW = "2025-11-24T09:00+01:00"


def run_json(home: Path, *args: str, stdin: str | None = None) -> dict:
    result = kiosk_cli(home, *args, stdin=stdin)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # nobody listens on it once the probe is closed


def test_a_site_url_holding_a_password_is_refused_and_nothing_recorded(tmp_path: Path):
    home = tmp_path / "office"
    assert kiosk_cli(home, "keys", "generate").returncode == 0
    result = kiosk_cli(home, "site", "init", "postgresql+psycopg://kiosk_site:s3cret@db.summit.lan/kiosk")
    assert result.returncode == 2
    assert result.stderr.startswith("kiosk: the site URL holds a password: put it in the password file")
    assert "s3cret" not in result.stderr
    assert "site" not in tomllib.loads((home / "settings.toml").read_text(encoding="utf-8"))


def test_joining_a_site_that_does_not_answer_records_nothing(tmp_path: Path):
    home = tmp_path / "kiosk"
    assert kiosk_cli(home, "init").returncode == 0
    result = kiosk_cli(home, "site", "join", f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/kiosk")
    assert result.returncode == 1
    assert result.stderr.startswith("kiosk: the site postgresql+psycopg://postgres@127.0.0.1:")
    assert "nothing was recorded" in result.stderr and result.stderr.count("\n") == 1
    assert "site" not in tomllib.loads((home / "settings.toml").read_text(encoding="utf-8"))


def test_a_kiosk_alone_is_unchanged_no_site_in_its_answers(tmp_path: Path):
    home = tmp_path / "kiosk"
    assert kiosk_cli(home, "keys", "generate").returncode == 0
    write_roster(tmp_path / "roster.csv", [person("M0001")])
    assert kiosk_cli(home, "roster", "import", str(tmp_path / "roster.csv")).returncode == 0
    badge = kiosk_cli(home, "badges", "payload", "M0001").stdout.strip()
    assert run_json(home, "status", "--json")["site"] is None
    verdict = kiosk_cli(home, "verify", badge, "--now", NOW)
    assert "offline" not in json.loads(verdict.stdout)
    decided = run_json(home, "decide", str(json.loads(verdict.stdout)["scan_id"]), "admit", "--now", NOW)
    assert "offline" not in decided
    result = kiosk_cli(home, "sync")
    assert (result.returncode, result.stderr) == (2, "kiosk: this machine belongs to no site (kiosk site join URL, "
                                                      "or kiosk site init URL)\n")


@pytest.mark.postgresql
def test_office_and_lanes_on_a_site_through_the_command(tmp_path: Path, postgres_url: str):
    office, lane_a, lane_b = tmp_path / "office", tmp_path / "lane-a", tmp_path / "lane-b"
    for home in (office, lane_a, lane_b):
        write_kiosk_id(home, home.name)
    assert kiosk_cli(office, "keys", "generate").returncode == 0
    write_roster(tmp_path / "roster.csv", [person("M0001"), person("M0002")])
    assert kiosk_cli(office, "roster", "import", str(tmp_path / "roster.csv")).returncode == 0
    init = kiosk_cli(office, "site", "init", postgres_url, "--now", "2025-11-24T07:40+01:00")
    assert init.returncode == 0, init.stderr
    assert "Published roster serial 1: 2 badges" in init.stdout
    key = next((office / "keys" / "trusted").glob("*.pub"))
    for lane in (lane_a, lane_b):
        assert kiosk_cli(lane, "keys", "trust", str(key)).returncode == 0
        joined = kiosk_cli(lane, "site", "join", postgres_url, "--data-age", "5", "--now", NOW)
        assert joined.returncode == 0, joined.stderr
        assert "roster serial 1 applied" in joined.stdout
    status = run_json(lane_a, "status", "--json", "--now", NOW)
    assert status["roster"]["serial"] == 1 and status["roster"]["age_s"] == 80 * 60
    site = status["site"]
    assert (site["online"], site["offline_since"], site["pending_uploads"], site["data_age_limit_s"]) == (
        True, None, 0, 300
    )
    badge = kiosk_cli(office, "badges", "payload", "M0001").stdout.strip()
    scan = run_json(lane_a, "verify", badge, "--now", NOW)
    assert scan["offline"] is False
    decided = run_json(lane_a, "decide", str(scan["scan_id"]), "admit", "--officer", "", "--now", NOW)
    assert (decided["offline"], len(decided["client_id"])) == (False, 36)
    other = run_json(lane_b, "verify", badge, "--now", "2025-11-24T09:05+01:00")
    refused = kiosk_cli(lane_b, "decide", str(other["scan_id"]), "admit", "--now", "2025-11-24T09:05+01:00")
    assert refused.returncode == 1
    assert refused.stderr.startswith(
        "kiosk: not admitted: badge M0001 is already admitted at media-entrance 09:00 by cli:"
    )
    conflicts = kiosk_cli(lane_b, "site", "conflicts")
    assert conflicts.stdout == "0 conflict(s)\n"


@pytest.mark.postgresql
def test_offline_past_the_data_age_decide_needs_the_supervisors_pin(tmp_path: Path, postgres_url: str, proxy):
    site: SiteHomes = make_site(tmp_path, postgres_url, lane_urls={"lane-a": proxied(postgres_url, proxy.port)})
    with Station.open(site.lanes["lane-a"]) as station:
        station.staff.set_member("S1", "Supervisor", StaffRole.SUPERVISOR, "5803", MORNING)
    proxy.cut()
    lane = site.lanes["lane-a"]
    later = "2025-11-24T09:20+01:00"
    scan = run_json(lane, "verify", site.badge("M0001"), "--now", later)
    assert scan["offline"] is True
    refused = kiosk_cli(lane, "decide", str(scan["scan_id"]), "admit", "--now", later)
    assert refused.returncode == 1
    assert refused.stderr == (
        "kiosk: not admitted offline: this kiosk's data is 20 minutes old (the limit is 10); "
        "a supervisor's PIN is needed\n"
    )
    wrong = kiosk_cli(lane, "decide", str(scan["scan_id"]), "admit", "--supervisor", "S1", "--now", later,
                      stdin="0000\n")
    assert (wrong.returncode, wrong.stderr) == (1, "kiosk: supervisor S1: wrong PIN or not a supervisor\n")
    approved = run_json(lane, "decide", str(scan["scan_id"]), "admit", "--supervisor", "S1", "--now", later,
                        stdin="5803\n")
    assert approved["offline"] is True
    with Station.open(lane) as station:
        decision = station.log.get(approved["decision_id"])
        assert decision is not None and decision.detail == "data_age=1200s;approved_by=S1"
