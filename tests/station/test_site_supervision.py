"""A supervisor resolves a site's conflict from a kiosk of it: the existing annulment, with the reason,
logged at the kiosk that admitted, sent up at once (or later, when the site is out of reach); an
admission of another kiosk is annulled there, never here. Real homes, the session's PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.domain.log import LogKind
from kiosk.domain.verdict import Decision, VerdictCode
from kiosk.station.backend import StationBackend
from kiosk.station.site_supervision import NotAnnullableHere, resolve_conflict, view_site
from kiosk.station.station import Station
from tests.fixtures.sites import SiteHomes, make_site, proxied
from tests.support.tcp_proxy import TcpProxy

REASON = "the same person, scanned at two lanes"


def admit(station: Station, site: SiteHomes, number: str):  # noqa: ANN201 - a LogEntry
    service = station.checkpoint_service()
    verdict = service.scan(site.badge(number))
    assert verdict.code is VerdictCode.VALID and verdict.scan_id is not None
    return service.decide(verdict.scan_id, Decision.ADMITTED, officer="")


@pytest.fixture
def site(tmp_path, postgres_url: str, proxy: TcpProxy) -> SiteHomes:
    """lane-b admits M0001 online; lane-a, cut off, admits it too: a conflict once lane-a is back."""
    site = make_site(tmp_path, postgres_url, lane_urls={"lane-a": proxied(postgres_url, proxy.port)})
    with site.at_lane("lane-b") as lane:
        admit(lane, site, "M0001")
        assert lane.site is not None
        lane.site.sync()  # its decision row reaches the site: the site knows its id at lane-b
    site.clocks.advance(timedelta(minutes=2))
    proxy.cut()
    with site.at_lane("lane-a") as lane:
        assert admit(lane, site, "M0001").offline
    proxy.restore()
    with site.at_lane("lane-a") as lane:
        assert lane.site is not None and lane.site.sync().upload.conflicts == 1
    return site


@pytest.mark.postgresql
def test_the_lane_that_admitted_offline_annuls_its_admission_and_the_site_has_no_conflict_left(site: SiteHomes):
    with site.at_lane("lane-a") as lane:
        [conflict] = view_site(lane).conflicts
        mine = conflict.conflict
        assert mine.kiosk_id == "lane-a" and mine.decision_id is not None
        resolution = resolve_conflict(lane, mine.client_id, mine.decision_id, REASON, "S1", lane.clock)
        assert resolution.uploaded and resolution.view is not None
        assert resolution.view.conflicts == () and resolution.view.viewer == "lane-a"
        [annulment] = [e for e in lane.log.entries() if e.kind is LogKind.ANNULMENT]
        assert (annulment.ref_id, annulment.officer, annulment.detail) == (mine.decision_id, "S1", REASON)
    with site.at_office() as office:
        assert view_site(office).conflicts == ()


@pytest.mark.postgresql
def test_another_lanes_admission_is_not_annulled_here_and_nothing_is_logged(site: SiteHomes):
    with site.at_lane("lane-a") as lane:
        [conflict] = view_site(lane).conflicts
        theirs = conflict.standing
        assert theirs is not None and theirs.kiosk_id == "lane-b" and theirs.decision_id is not None
        rows = lane.log.count()
        with pytest.raises(NotAnnullableHere, match="annul it at the kiosk that admitted it"):
            resolve_conflict(lane, theirs.client_id, theirs.decision_id, REASON, "S1", lane.clock)
        assert lane.log.count() == rows
        assert len(view_site(lane).conflicts) == 1


@pytest.mark.postgresql
def test_out_of_reach_the_annulment_is_logged_here_and_reaches_the_site_with_the_next_upload(
    site: SiteHomes, proxy: TcpProxy
):
    with site.at_lane("lane-a") as lane:
        [conflict] = view_site(lane).conflicts
        mine = conflict.conflict
        assert mine.decision_id is not None
        proxy.cut()
        resolution = resolve_conflict(lane, mine.client_id, mine.decision_id, REASON, "S1", lane.clock)
        assert (resolution.uploaded, resolution.view) == (False, None)
        assert [e.kind for e in lane.log.entries()][-1] is LogKind.ANNULMENT
    proxy.restore()
    with site.at_office() as office:
        assert len(view_site(office).conflicts) == 1, "the site has not heard of it yet"
    with site.at_lane("lane-a") as lane:
        assert lane.site is not None and lane.site.sync().upload.annulled == 1
    with site.at_office() as office:
        assert view_site(office).conflicts == ()


def test_a_kiosk_alone_has_no_site_view(tmp_path):
    with Station.open(tmp_path / "alone") as station:
        assert StationBackend(station).site_view() is None
