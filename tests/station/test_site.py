"""A site of real homes on the session's PostgreSQL: lane A reaches it through a proxy a test can cut
(or slow down), lane B directly; the office publishes to it."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy import text

from kiosk.domain.accreditation import Status
from kiosk.domain.log import DecisionError, DecisionRefusal, LogKind
from kiosk.domain.site import ClaimState
from kiosk.domain.verdict import Decision, VerdictCode
from kiosk.station.station import Station
from kiosk.storage.site_claims import SiteClaims
from kiosk.storage.site_log import SiteLog
from tests.fixtures.sites import SiteHomes, make_site, proxied
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.postgresql


@pytest.fixture
def site(tmp_path, postgres_url: str, proxy: TcpProxy) -> SiteHomes:
    return make_site(tmp_path, postgres_url, lane_urls={"lane-a": proxied(postgres_url, proxy.port)})


def admit(station: Station, number: str, site: SiteHomes, **kwargs):  # noqa: ANN003, ANN201 - a LogEntry
    service = station.checkpoint_service()
    verdict = service.scan(site.badge(number))
    assert verdict.code is VerdictCode.VALID, verdict
    return service.decide(verdict.scan_id, Decision.ADMITTED, officer="", **kwargs)


def standing(site: SiteHomes) -> list[str]:
    with site.database() as database:
        return [a.kiosk_id for a in SiteClaims(database).admissions()]


def test_a_lane_that_joined_runs_on_the_offices_roster_from_the_site(site: SiteHomes):
    with site.at_lane("lane-b") as lane:
        source = lane.roster.source()
        assert source is not None and (source.kind.value, source.serial, source.badges) == ("package", 1, 4)
        assert lane.roster.get("M0003").family_name == "Person 3"


def test_a_badge_admitted_at_one_lane_is_refused_at_the_other_with_where_when_and_by_whom(site: SiteHomes):
    with site.at_lane("lane-a") as lane_a:
        first = admit(lane_a, "M0001", site)
    assert (first.offline, len(first.client_id)) == (False, 36)
    site.clocks.advance(timedelta(minutes=2))
    with site.at_lane("lane-b") as lane_b:
        rows = lane_b.log.count()
        with pytest.raises(DecisionError) as refused:
            admit(lane_b, "M0001", site)
        assert refused.value.reason is DecisionRefusal.ALREADY_ADMITTED
        assert str(refused.value) == "not admitted: badge M0001 is already admitted at media-entrance 09:00"
        assert refused.value.prior is not None and refused.value.prior.checkpoint == "media-entrance"
        assert lane_b.log.count() == rows + 1, "the scan is logged; the refused admission is not"
        assert lane_b.log.admission_for("M0001", "opening", "2025-11-24") is None
    assert standing(site) == ["lane-a"]


def test_an_office_revocation_reaches_a_lane_at_its_next_pull(site: SiteHomes):
    with site.at_office() as office:
        office.set_badge_status("M0002", Status.REVOKED, "reported stolen")
        assert office.site is not None
        serial = office.site.publish().serial
    with site.at_lane("lane-b") as lane:
        assert lane.site is not None
        assert lane.site.pull().package_serial == serial
        assert lane.checkpoint_service().scan(site.badge("M0002")).code is VerdictCode.REVOKED


def test_a_lane_suspension_reaches_the_other_lane_and_only_the_office_lifts_it(site: SiteHomes):
    with site.at_lane("lane-a") as lane_a:
        lane_a.set_badge_status("M0003", Status.SUSPENDED, "card to be checked", officer="S1")
        assert lane_a.site is not None and lane_a.site.upload().status_changes == 1
    with site.at_lane("lane-b") as lane_b:
        assert lane_b.site is not None and lane_b.site.pull().statuses == ("M0003",)
        held = lane_b.roster.get("M0003")
        assert (held.status, held.status_reason) == (Status.SUSPENDED, "card to be checked")
        [adopted] = [e for e in lane_b.log.entries() if e.kind is LogKind.STATUS_CHANGE]
        assert (adopted.reason.value, adopted.detail) == ("site", "card to be checked")
    with site.at_office() as office:
        assert office.site is not None
        report = office.site.sync()
        assert (report.acknowledged, report.published_serial) == (1, 2)
        assert office.roster.get("M0003").status is Status.SUSPENDED
        office.set_badge_status("M0003", Status.ACTIVE, "card confirmed")
        office.site.publish()
    for name in ("lane-a", "lane-b"):
        with site.at_lane(name) as lane:
            assert lane.site is not None
            lane.site.pull()
            assert lane.roster.get("M0003").status is Status.ACTIVE, name


def test_the_site_can_make_a_badge_stricter_but_never_lift_a_status_or_change_roster_data(site: SiteHomes):
    with site.at_lane("lane-b") as lane:
        lane.set_badge_status("M0004", Status.SUSPENDED, "held here")
    with site.database() as database, database.write() as session:
        session.execute(text(  # a forged "reinstated" from the site, and an altered package
            "INSERT INTO site_change (seq, client_id, kind, source, at, status, reason, badge_number, recorded_at) "
            "VALUES (90, 'lane-x#1', 'status', 'lane-x', now(), 'active', '', 'M0004', now())"
        ))
        package = session.execute(text("SELECT data FROM site_package WHERE serial = 1")).scalar_one()
        forged = package.replace(b'"family_name":"Person 1"', b'"family_name":"Someone Else"')
        session.execute(text(
            "INSERT INTO site_package (serial, created_at, key_id, digest, data, published_by, recorded_at) "
            "SELECT 2, created_at, key_id, digest, :data, 'office', now() FROM site_package WHERE serial = 1"
        ), {"data": forged})
        session.execute(text(
            "INSERT INTO site_change (seq, client_id, kind, source, at, package_serial, status, reason, recorded_at) "
            "VALUES (91, 'package#2', 'package', 'office', now(), 2, '', '', now())"
        ))
    with site.at_lane("lane-b") as lane:
        assert lane.site is not None
        report = lane.site.pull()
        assert (report.package_serial, report.package_refused) == (None, "bad_signature")
        assert lane.roster.get("M0004").status is Status.SUSPENDED
        assert lane.roster.get("M0001").family_name == "Person 1"


def test_offline_admissions_at_two_lanes_leave_one_standing_and_one_conflict(site: SiteHomes, proxy: TcpProxy):
    proxy.cut()
    with site.at_lane("lane-a") as lane_a:
        offline = admit(lane_a, "M0001", site)
        assert offline.offline
        assert lane_a.site is not None and lane_a.site.state().online is False
    site.clocks.advance(timedelta(minutes=1))
    with site.at_lane("lane-b") as lane_b:
        assert not admit(lane_b, "M0001", site).offline
    proxy.restore()
    with site.at_lane("lane-a") as lane_a:
        assert lane_a.site is not None
        report = lane_a.site.sync()
        assert (report.upload.conflicts, report.upload.claimed) == (1, 0)
        assert lane_a.site.state().online
        [conflict] = lane_a.site.claims.conflicts()
        assert (conflict.conflict.kiosk_id, conflict.conflict.client_id) == ("lane-a", offline.client_id)
        assert conflict.standing is not None and conflict.standing.kiosk_id == "lane-b"
        assert lane_a.log.verify_chain() == []
    with site.database() as database:
        logs = SiteLog(database)
        assert logs.verify_chain("lane-a") is None and logs.verify_chain("lane-b") is None
        assert SiteClaims(database).counts()[ClaimState.STANDING] == 1


def test_offline_past_the_data_age_an_admission_needs_a_supervisor(site: SiteHomes, proxy: TcpProxy):
    proxy.cut()
    site.clocks.advance(timedelta(minutes=11))
    with site.at_lane("lane-a") as lane:
        service = lane.checkpoint_service()
        scan = service.scan(site.badge("M0001"))
        assert scan.offline
        with pytest.raises(DecisionError) as refused:
            service.decide(scan.scan_id, Decision.ADMITTED)
        assert refused.value.reason is DecisionRefusal.DATA_TOO_OLD
        assert "11 minutes old (the limit is 10)" in str(refused.value)
        entry = service.decide(scan.scan_id, Decision.ADMITTED, approved_by="S1")
        assert (entry.offline, entry.detail) == (True, "data_age=660s;approved_by=S1")


def test_a_wall_clock_set_back_makes_the_data_age_unknown_which_fails_closed(site: SiteHomes, proxy: TcpProxy):
    proxy.cut()
    site.clocks.set_wall(site.clocks.wall.now() - timedelta(minutes=5))
    with site.at_lane("lane-a") as lane:
        assert lane.site is not None and lane.site.data_age() is None
        assert lane.site.state().data_too_old
        service = lane.checkpoint_service()
        scan = service.scan(site.badge("M0001"))
        with pytest.raises(DecisionError) as refused:
            service.decide(scan.scan_id, Decision.ADMITTED)
        assert "unknown" in str(refused.value)


def test_refusing_entry_needs_no_site(site: SiteHomes, proxy: TcpProxy):
    from kiosk.domain.verdict import RefusalReason

    proxy.cut()
    with site.at_lane("lane-a") as lane:
        service = lane.checkpoint_service()
        scan = service.scan(site.badge("M0001"))
        entry = service.decide(scan.scan_id, Decision.REFUSED, RefusalReason.ID_MISMATCH)
        assert (entry.decision, entry.client_id) == (Decision.REFUSED, "")


def test_a_claim_whose_reply_comes_after_the_timeout_is_counted_once(site: SiteHomes, proxy: TcpProxy):
    with site.at_lane("lane-a") as lane:
        assert lane.site is not None and lane.site.ping()  # the connection is open: only the reply is late
        proxy.delay(2.0)
        started = time.monotonic()
        entry = admit(lane, "M0001", site)
        assert time.monotonic() - started < 2.0
        assert entry.offline
        deadline = time.monotonic() + 10
        while standing(site) != ["lane-a"] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert standing(site) == ["lane-a"], "the site committed the claim"
        proxy.restore()
        report = lane.site.sync()
        assert (report.upload.claimed, report.upload.conflicts) == (0, 0)
    with site.database() as database:
        assert SiteClaims(database).counts() == {ClaimState.STANDING: 1, ClaimState.CONFLICT: 0, ClaimState.ANNULLED: 0}


def test_an_annulled_admission_is_annulled_on_the_site(site: SiteHomes):
    with site.at_lane("lane-b") as lane:
        entry = admit(lane, "M0001", site)
        lane.checkpoint_service().annul(entry.id, "admitted the wrong person", "S1")
        assert lane.site is not None and lane.site.upload().annulled == 1
    assert standing(site) == []
    with site.at_lane("lane-a") as lane:
        assert not admit(lane, "M0001", site).offline


def test_a_kiosk_id_taken_on_the_site_cannot_join(site: SiteHomes, tmp_path, postgres_url: str):
    from kiosk.errors import ConfigError
    from kiosk.station.site_setup import join_site
    from tests.fixtures.sites import write_kiosk_id

    with site.at_lane("lane-b") as lane:
        admit(lane, "M0001", site)
        assert lane.site is not None
        lane.site.upload()
    impostor = tmp_path / "impostor"
    write_kiosk_id(impostor, "lane-b")
    with site.at(impostor) as station:
        with pytest.raises(ConfigError, match="another kiosk called lane-b"):
            join_site(station, postgres_url)
        assert station.settings.site is None
