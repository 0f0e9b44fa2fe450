"""`kiosk site status [--json]` on the office of a real site (real homes, the session's PostgreSQL, the
real command): every machine with its checkpoint, last seen, online or not, roster serial and age,
pending uploads, clock offset (flagged past 2 s) and its admissions in the site's order; the day's
figures per lane and session; the conflict, with the commands that resolve it, which do."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from kiosk.domain.clock import OffsetClock
from kiosk.domain.verdict import Decision, RefusalReason, VerdictCode
from kiosk.station.station import Station
from tests.fixtures.homes import kiosk_cli
from tests.fixtures.sites import SiteHomes, make_site, proxied
from tests.support.tcp_proxy import TcpProxy

TODAY = "2025-11-24T12:00+01:00"
KIOSK_KEYS = {
    "kiosk_id", "role", "checkpoint", "last_seen", "seen_ago_s", "online", "roster_serial", "roster_age_s",
    "pending_uploads", "clock_offset_s", "round_trip_ms", "clock_flagged", "alarms", "admissions",
}


def decide(station: Station, site: SiteHomes, number: str, decision: Decision = Decision.ADMITTED):  # noqa: ANN201
    service = station.checkpoint_service()
    verdict = service.scan(site.badge(number))
    assert verdict.code is VerdictCode.VALID and verdict.scan_id is not None
    reason = RefusalReason.ID_MISMATCH if decision is Decision.REFUSED else None
    return service.decide(verdict.scan_id, decision, reason, officer="")


def beat_on_a_clock(site: SiteHomes, lane: str, off_by: timedelta) -> None:
    """A heartbeat from the lane on a clock `off_by` ahead of the real one (the site's)."""
    clock = OffsetClock(datetime.now(UTC) + off_by)
    with Station.open(site.lanes[lane], clock=clock) as station:
        assert station.site is not None
        station.site.heartbeat()


@dataclass
class Scene:
    homes: SiteHomes
    ids: dict[str, int] = field(default_factory=dict)  # the decisions' row ids at their lanes

    @property
    def office(self):  # noqa: ANN201 - a Path
        return self.homes.office


@pytest.fixture
def scene(tmp_path, postgres_url: str, proxy: TcpProxy) -> Scene:
    """Three lanes and the office: lane-a admits and refuses online, lane-b admits the same badge while cut
    off (a conflict once it is back), lane-c admits another; lane-c's clock runs 9 s fast, lane-b has not
    been heard of for a minute."""
    site = make_site(tmp_path, postgres_url, lanes=("lane-a", "lane-b", "lane-c"),
                     lane_urls={"lane-b": proxied(postgres_url, proxy.port)})
    scene = Scene(site)
    with site.at_lane("lane-a") as lane:
        scene.ids["a-admit"] = decide(lane, site, "M0001").id
        decide(lane, site, "M0002", Decision.REFUSED)
        lane.checkpoint_service().scan("https://menu.example.com/table/12")  # denied, and names no session
        assert lane.site is not None
        lane.site.sync()
    site.clocks.advance(timedelta(minutes=4))
    proxy.cut()
    with site.at_lane("lane-b") as lane:
        offline = decide(lane, site, "M0001")
        assert offline.offline
        scene.ids["b-admit"] = offline.id
    proxy.restore()
    with site.at_lane("lane-b") as lane:
        assert lane.site is not None and lane.site.sync().upload.conflicts == 1
    site.clocks.advance(timedelta(minutes=6))
    with site.at_lane("lane-c") as lane:
        decide(lane, site, "M0003")
        assert lane.site is not None
        lane.site.sync()
    for lane, off_by in (("lane-a", timedelta(0)), ("lane-b", timedelta(0)), ("lane-c", timedelta(seconds=9))):
        beat_on_a_clock(site, lane, off_by)
    with site.database() as database, database.write() as session:  # lane-b: silent for a minute since
        session.execute(text("UPDATE site_kiosk SET last_seen = last_seen - interval '1 minute' "
                             "WHERE kiosk_id = 'lane-b'"))
    return scene


def status_json(scene: Scene) -> dict:
    result = kiosk_cli(scene.office, "site", "status", "--json", "--now", TODAY)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.postgresql
def test_the_json_lists_every_kiosk_with_its_fields_and_their_values(scene: Scene):
    view = status_json(scene)
    kiosks = {k["kiosk_id"]: k for k in view["kiosks"]}
    assert list(kiosks) == ["lane-a", "lane-b", "lane-c"], "every lane; the office has not beaten yet"
    for kiosk in kiosks.values():
        assert set(kiosk) == KIOSK_KEYS
        assert (kiosk["role"], kiosk["checkpoint"], kiosk["roster_serial"], kiosk["pending_uploads"]) == (
            "kiosk", "media-entrance", 1, 0
        )
        assert 0 <= kiosk["roster_age_s"] < 600 and kiosk["alarms"] == 0
        assert datetime.fromisoformat(kiosk["last_seen"]).utcoffset() == timedelta(hours=1), "the event's zone"
    a, b, c = kiosks["lane-a"], kiosks["lane-b"], kiosks["lane-c"]
    assert (a["online"], b["online"], c["online"]) == (True, False, True)
    assert b["seen_ago_s"] >= 60 > a["seen_ago_s"]
    assert abs(a["clock_offset_s"]) < 1 and not a["clock_flagged"]
    assert abs(c["clock_offset_s"] + 9) < 1 and c["clock_flagged"], "9 s fast: the site's clock is 9 s behind it"
    assert 0 <= c["round_trip_ms"] < 1000
    assert [(x["badge"], x["state"], x["offline"], x["decision_id"]) for x in a["admissions"]] == [
        ("M0001", "standing", False, scene.ids["a-admit"])
    ]
    assert [(x["badge"], x["state"], x["offline"], x["decision_id"]) for x in b["admissions"]] == [
        ("M0001", "conflict", True, scene.ids["b-admit"])
    ]
    assert [(x["badge"], x["state"]) for x in c["admissions"]] == [("M0003", "standing")]
    assert c["admissions"][0]["at"] == "2025-11-24T09:10:00+01:00", "the lane's time of its decision"
    assert (view["latest_roster_serial"], view["clock_flag_s"]) == (1, 2.0)
    assert view["day"] == {"since": "2025-11-24T00:00:00+01:00", "until": "2025-11-25T00:00:00+01:00"}


@pytest.mark.postgresql
def test_the_json_counts_each_lane_and_session_and_lists_the_conflict_with_what_resolves_it(scene: Scene):
    view = status_json(scene)
    counts = {(c["kiosk_id"], c["session"]): (c["admitted"], c["refused"], c["denied"]) for c in view["counts"]}
    assert counts == {
        ("lane-a", "opening"): (1, 1, 0),
        ("lane-a", ""): (0, 0, 1),
        ("lane-b", "opening"): (1, 0, 0),
        ("lane-c", "opening"): (1, 0, 0),
    }
    [conflict] = view["conflicts"]
    assert (conflict["badge"], conflict["session"], conflict["occurrence"]) == ("M0001", "opening", "2025-11-24")
    assert (conflict["conflict"]["kiosk_id"], conflict["standing"]["kiosk_id"]) == ("lane-b", "lane-a")
    assert conflict["resolve"] == [
        {"kiosk_id": "lane-b", "decision_id": scene.ids["b-admit"],
         "command": f"kiosk log annul {scene.ids['b-admit']} --reason REASON && kiosk sync"},
        {"kiosk_id": "lane-a", "decision_id": scene.ids["a-admit"],
         "command": f"kiosk log annul {scene.ids['a-admit']} --reason REASON && kiosk sync"},
    ]
    lane_b = scene.homes.lanes["lane-b"]
    annulled = kiosk_cli(lane_b, "log", "annul", str(scene.ids["b-admit"]), "--reason", "the same person twice")
    assert annulled.returncode == 0, annulled.stderr
    assert kiosk_cli(lane_b, "sync").returncode == 0
    after = status_json(scene)
    assert after["conflicts"] == []
    assert [x["state"] for x in after["kiosks"][1]["admissions"]] == ["annulled"]


@pytest.mark.postgresql
def test_the_text_is_for_a_supervisor_a_table_of_machines_the_flags_and_the_commands(scene: Scene):
    result = kiosk_cli(scene.office, "site", "status", "--now", TODAY)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "3 machine(s), 1 lane(s) offline, 1 with a clock off by more than 2 s, 1 conflict(s)" in out
    table: dict[str, str] = {}
    for line in out.splitlines():  # the machines' table comes first
        if line.startswith("lane-"):
            table.setdefault(line.split()[0], line)
    assert "OFFLINE, last seen" in table["lane-b"] and "online, seen" in table["lane-a"]
    assert " s fast FLAGGED" in table["lane-c"] and "FLAGGED" not in table["lane-a"]
    assert "lane-c's clock is 9.0 s ahead of the site's" in out or "lane-c's clock is 8.9 s ahead" in out
    assert f"to annul it, at lane-b: kiosk log annul {scene.ids['b-admit']} --reason REASON && kiosk sync" in out
    assert "M0001" in out and "Person" not in out, "badge numbers, never names"


def test_a_machine_of_no_site_is_told_so_in_one_line(tmp_path):
    result = kiosk_cli(tmp_path / "alone", "site", "status", "--json")
    assert (result.returncode, result.stderr) == (
        2, "kiosk: this machine belongs to no site (kiosk site join URL, or kiosk site init URL)\n"
    )
