"""The running kiosk's site link thread: changes within a second (NOTIFY, and the poll when the listener
is gone), uploads and pulls by itself after a cut, and stops on request."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from sqlalchemy import create_engine, text

from kiosk.domain.accreditation import Status
from kiosk.domain.site import SiteState
from kiosk.domain.verdict import Decision, VerdictCode
from kiosk.station.site_link import SiteLink
from kiosk.station.station import Station
from tests.fixtures.sites import SiteHomes, make_site, proxied
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.postgresql


@pytest.fixture
def site(tmp_path, postgres_url: str, proxy: TcpProxy) -> SiteHomes:
    return make_site(tmp_path, postgres_url, lane_urls={"lane-a": proxied(postgres_url, proxy.port)})


def until(condition: Callable[[], bool], timeout_s: float) -> float:
    """Seconds until condition() held; fails after timeout_s."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout_s:
            pytest.fail(f"not within {timeout_s} s")
        time.sleep(0.02)
    return time.monotonic() - started


def revoke_at_office(site: SiteHomes, number: str) -> None:
    with site.at_office() as office:
        office.set_badge_status(number, Status.REVOKED, "reported stolen")
        assert office.site is not None
        office.site.publish()


def code_of(lane: Station, site: SiteHomes, number: str) -> VerdictCode:
    return lane.checkpoint_service().scan(site.badge(number)).code


def test_a_revocation_published_while_the_link_runs_is_on_the_next_scan_within_a_second(site: SiteHomes):
    with site.at_lane("lane-b") as lane:
        assert lane.site is not None
        link = SiteLink(lane.site, monotonic=lane.monotonic)
        link.start()
        try:
            until(lambda: link.listener_pid is not None and link.cycles > 0, 5)
            revoke_at_office(site, "M0002")
            published = time.monotonic()
            until(lambda: lane.roster.get("M0002").status is Status.REVOKED, 1.0)
            assert time.monotonic() - published < 1.0
            assert code_of(lane, site, "M0002") is VerdictCode.REVOKED
        finally:
            assert link.stop()


def test_with_its_listener_killed_the_poll_still_brings_the_revocation(site: SiteHomes, postgres_url: str):
    with site.at_lane("lane-b") as lane:
        assert lane.site is not None
        link = SiteLink(lane.site, monotonic=lane.monotonic)
        link.start()
        admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
        try:
            until(lambda: link.listener_pid is not None, 5)
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": link.listener_pid})
            revoke_at_office(site, "M0003")
            until(lambda: lane.roster.get("M0003").status is Status.REVOKED, 2.0)
        finally:
            admin.dispose()
            assert link.stop()


def test_a_link_without_listening_catches_changes_by_polling(site: SiteHomes):
    with site.at_lane("lane-b") as lane:
        assert lane.site is not None
        link = SiteLink(lane.site, listen=False, monotonic=lane.monotonic)
        link.start()
        try:
            until(lambda: link.cycles > 0, 5)
            assert link.listener_pid is None
            revoke_at_office(site, "M0001")
            assert until(lambda: lane.roster.get("M0001").status is Status.REVOKED, 2.0) < 1.5
        finally:
            assert link.stop()


def test_after_a_cut_the_link_says_offline_then_uploads_and_pulls_by_itself(site: SiteHomes, proxy: TcpProxy):
    states: list[SiteState] = []
    with site.at_lane("lane-a") as lane:
        assert lane.site is not None
        link = SiteLink(lane.site, on_state=states.append, monotonic=lane.monotonic)
        link.start()
        try:
            until(lambda: bool(states) and states[-1].online, 5)
            proxy.cut()
            until(lambda: not states[-1].online, 5)
            assert states[-1].offline_since == site.clocks.wall.now()
            service = lane.checkpoint_service()
            scan = service.scan(site.badge("M0001"))
            assert scan.offline
            entry = service.decide(scan.scan_id, Decision.ADMITTED)
            assert entry.offline
            link.wake()
            until(lambda: states[-1].pending_uploads == 2, 5)
            revoke_at_office(site, "M0004")
            proxy.restore()
            until(lambda: states[-1].online and states[-1].pending_uploads == 0, 8)
            until(lambda: lane.roster.get("M0004").status is Status.REVOKED, 2)
        finally:
            assert link.stop()
    with site.database() as database:
        from kiosk.storage.site_claims import SiteClaims

        [admission] = SiteClaims(database).admissions()
        assert (admission.kiosk_id, admission.offline) == ("lane-a", True)


def test_stopping_the_link_ends_its_thread_at_once(site: SiteHomes):
    with site.at_lane("lane-b") as lane:
        assert lane.site is not None
        link = SiteLink(lane.site, monotonic=lane.monotonic)
        link.start()
        until(lambda: link.cycles > 0, 5)
        started = time.monotonic()
        assert link.stop()
        assert time.monotonic() - started < 0.5
        assert not lane.site.link_running
