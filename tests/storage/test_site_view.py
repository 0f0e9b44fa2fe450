"""The site view read from a site's tables: every machine from its heartbeat (online or not, by the site's
clock), the day's figures per lane and session from the uploaded logs, each lane's admissions in the
order the site took them, and the conflicts with each admission's decision id at its kiosk. On SQLite
and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from kiosk.domain.site import ClaimState, Heartbeat, SiteRole
from kiosk.domain.site import ClockOffset as Offset
from kiosk.domain.site_view import ONLINE_WITHIN, SiteView
from kiosk.domain.verdict import Decision, RefusalReason, Verdict, VerdictCode
from kiosk.storage.database import Database
from kiosk.storage.scan_log import ClaimMark, ScanLog
from kiosk.storage.site_feed import PublishedPackage, SiteFeed
from kiosk.storage.site_link_state import beat
from kiosk.storage.site_log import SiteLog, local_rows
from kiosk.storage.site_models import SiteKioskRow
from kiosk.storage.site_view import read_site_view

MORNING = datetime(2025, 11, 24, 8, 0, tzinfo=UTC)  # 09:00 in Marrakech
DAY = (datetime(2025, 11, 23, 23, 0, tzinfo=UTC), datetime(2025, 11, 24, 23, 0, tzinfo=UTC))
OCCURRENCE = "2025-11-24"


class Lane:
    """A lane's own log (a SQLite file), its decisions marked with the claim's client id like a site's kiosk."""

    def __init__(self, folder: Path, kiosk_id: str, checkpoint: str = "media-entrance") -> None:
        self.db = Database(f"sqlite:///{folder / f'{kiosk_id}.db'}")
        self.db.migrate()
        self.log = ScanLog(self.db, kiosk_id)
        self.checkpoint = checkpoint
        self.clients = 0

    @property
    def kiosk_id(self) -> str:
        return self.log.kiosk_id

    def scan(self, at: datetime, badge: str = "M0001", code: VerdictCode = VerdictCode.VALID,
             session: str = "opening") -> int:
        verdict = Verdict(code, self.checkpoint, at, badge if code is not VerdictCode.FORGED else None, 1,
                          session=session if code is not VerdictCode.FORGED else None)
        recorded = self.log.record_scan(verdict, "x")
        assert recorded.scan_id is not None
        return recorded.scan_id

    def admit(self, at: datetime, badge: str, offline: bool = False) -> int:
        scan_id = self.scan(at, badge)
        self.clients += 1
        with self.log.deciding(scan_id) as unit:
            mark = ClaimMark(f"{self.kiosk_id}-{self.clients}", offline)
            return unit.record(Decision.ADMITTED, at, officer="1001", occurrence=OCCURRENCE, claim=mark).id

    def refuse(self, at: datetime, badge: str) -> int:
        scan_id = self.scan(at, badge)
        with self.log.deciding(scan_id) as unit:
            return unit.record(Decision.REFUSED, at, RefusalReason.ID_MISMATCH, officer="1001").id

    def upload(self, site: SiteLog) -> None:
        site.upload(self.kiosk_id, lambda seq: local_rows(self.db, self.kiosk_id, seq, 501))

    def beat(self, site: Database, serial: int | None, offset_s: float | None, pending: int = 0) -> None:
        clock = None
        if offset_s is not None:
            clock = Offset(timedelta(seconds=offset_s), timedelta(milliseconds=4), MORNING, 0.0)
        beat(site, Heartbeat(self.kiosk_id, SiteRole.KIOSK, self.checkpoint, MORNING, serial, 0, 0, pending, clock))


@pytest.fixture
def lanes(tmp_path: Path) -> Iterator[dict[str, Lane]]:
    found = {name: Lane(tmp_path, name) for name in ("lane-a", "lane-b")}
    found["press-1"] = Lane(tmp_path, "press-1", "press-gate")
    yield found
    for lane in found.values():
        lane.db.dispose()


def publish(database: Database, serial: int) -> None:
    package = PublishedPackage(serial, MORNING, "k1", f"{serial:064d}", b"package")
    SiteFeed(database).publish_package(package, "office")


def seen_long_ago(database: Database, kiosk_id: str) -> None:
    """The site's record of a machine that stopped beating a minute ago."""
    with database.write() as session:
        row = session.get(SiteKioskRow, kiosk_id)
        assert row is not None
        session.execute(
            update(SiteKioskRow).where(SiteKioskRow.kiosk_id == kiosk_id)
            .values(last_seen=row.last_seen - timedelta(minutes=1))
        )


def test_every_machine_is_listed_from_its_heartbeat_online_or_not_with_its_roster_and_clock(
    database: Database, lanes: dict[str, Lane]
):
    publish(database, 1)
    publish(database, 2)
    lanes["lane-a"].beat(database, 2, offset_s=0.4)
    lanes["lane-b"].beat(database, 1, offset_s=-3.5, pending=4)
    lanes["press-1"].beat(database, None, offset_s=None)
    seen_long_ago(database, "lane-b")
    view = read_site_view(database, *DAY)
    assert [k.kiosk_id for k in view.kiosks] == ["lane-a", "lane-b", "press-1"], "by checkpoint, then id"
    assert view.latest_serial == 2
    a, b, press = view.kiosks
    assert (a.online, b.online, press.online) == (True, False, True)
    assert b.seen_ago >= timedelta(minutes=1) > ONLINE_WITHIN > a.seen_ago
    assert (a.roster_serial, b.roster_serial, press.roster_serial) == (2, 1, None)
    assert a.roster_age is not None and timedelta(0) <= a.roster_age < timedelta(minutes=1)
    assert press.roster_age is None
    assert (a.pending_uploads, b.pending_uploads) == (0, 4)
    assert (a.clock_offset, b.clock_offset, press.clock_offset) == (
        timedelta(seconds=0.4), timedelta(seconds=-3.5), None
    )
    assert (a.clock_flagged, b.clock_flagged, press.clock_flagged) == (False, True, False)
    assert b.round_trip == timedelta(milliseconds=4)
    assert (a.checkpoint, press.checkpoint, a.role) == ("media-entrance", "press-gate", SiteRole.KIOSK)
    assert abs(view.server_now - datetime.now(UTC)) < timedelta(seconds=5), "the site's clock, not the lanes'"


def test_the_days_figures_per_lane_and_session_come_from_the_uploaded_logs(database: Database, lanes):
    site = SiteLog(database)
    a, b = lanes["lane-a"], lanes["lane-b"]
    a.admit(MORNING, "M0001")
    a.refuse(MORNING + timedelta(minutes=1), "M0002")
    a.scan(MORNING + timedelta(minutes=2), "M0003", VerdictCode.REVOKED)
    a.scan(MORNING + timedelta(minutes=3), code=VerdictCode.FORGED)  # names no badge and no session
    a.admit(MORNING - timedelta(days=1), "M0004")  # yesterday: not today's
    b.admit(MORNING, "M0005")
    b.admit(MORNING + timedelta(minutes=1), "M0006")
    b.scan(MORNING, "M0007", VerdictCode.OUTSIDE_WINDOW, session="closing")
    for lane in (a, b):
        lane.upload(site)
        lane.beat(database, 1, 0.0)
    counts = {(c.kiosk_id, c.session): (c.admitted, c.refused, c.denied) for c in read_site_view(database, *DAY).counts}
    assert counts == {
        ("lane-a", "opening"): (1, 1, 1),
        ("lane-a", ""): (0, 0, 1),
        ("lane-b", "opening"): (2, 0, 0),
        ("lane-b", "closing"): (0, 0, 1),
    }


def test_a_lanes_admissions_are_in_the_order_the_site_took_them_whatever_its_clock_said(database: Database, lanes):
    site = SiteLog(database)
    press = lanes["press-1"]
    press.admit(MORNING + timedelta(minutes=30), "M0001")  # its clock ran half an hour fast ...
    press.upload(site)
    press.admit(MORNING + timedelta(minutes=5), "M0002")  # ... then someone set it right
    press.upload(site)
    press.beat(database, None, 0.0)
    [kiosk] = read_site_view(database, *DAY).kiosks
    assert [a.badge_number for a in kiosk.admissions] == ["M0001", "M0002"]
    assert kiosk.admissions[0].server_at <= kiosk.admissions[1].server_at
    assert kiosk.admissions[0].at > kiosk.admissions[1].at


def test_a_lane_whose_clock_is_a_day_behind_still_shows_the_admissions_the_site_took_today(database: Database, lanes):
    site = SiteLog(database)
    press = lanes["press-1"]
    now = datetime.now(UTC)
    press.admit(now - timedelta(days=1), "M0001")  # its clock says yesterday; the site takes it now
    press.upload(site)
    press.beat(database, None, 86_400.0)
    today = (now - timedelta(hours=12), now + timedelta(hours=12))
    [kiosk] = read_site_view(database, *today).kiosks
    assert [a.badge_number for a in kiosk.admissions] == ["M0001"] and kiosk.clock_flagged
    [kiosk] = read_site_view(database, *DAY).kiosks
    assert kiosk.admissions == (), "neither its time nor the site's is on 24 November 2025"


def test_a_conflict_names_both_admissions_with_their_decision_ids_and_an_annulment_resolves_it(
    database: Database, lanes
):
    site = SiteLog(database)
    a, b = lanes["lane-a"], lanes["lane-b"]
    standing_id = a.admit(MORNING, "M0001")
    a.upload(site)
    conflict_id = b.admit(MORNING + timedelta(minutes=4), "M0001", offline=True)  # cut off from the site
    b.upload(site)
    for lane in (a, b):
        lane.beat(database, 1, 0.0)
    view = read_site_view(database, *DAY)
    [conflict] = view.conflicts
    assert (conflict.badge_number, conflict.session, conflict.occurrence) == ("M0001", "opening", OCCURRENCE)
    assert (conflict.conflict.kiosk_id, conflict.conflict.decision_id, conflict.conflict.offline) == (
        "lane-b", conflict_id, True
    )
    assert conflict.standing is not None
    assert (conflict.standing.kiosk_id, conflict.standing.decision_id) == ("lane-a", standing_id)
    lane_b = view.kiosk("lane-b")
    assert lane_b is not None and [x.state for x in lane_b.admissions] == [ClaimState.CONFLICT]
    b.log.annul_admission(conflict_id, MORNING + timedelta(minutes=10), "the same person, scanned twice", "S1")
    b.upload(site)
    after = read_site_view(database, *DAY)
    assert after.conflicts == ()
    lane_b = after.kiosk("lane-b")
    assert lane_b is not None and [x.state for x in lane_b.admissions] == [ClaimState.ANNULLED]


def test_an_empty_site_reads_as_nothing_yet(database: Database):
    view = read_site_view(database, *DAY)
    assert isinstance(view, SiteView)
    assert (view.kiosks, view.counts, view.conflicts, view.latest_serial) == ((), (), (), None)
