"""A lane logging faster than it uploads still pulls (benchmarks/site_bench.py found revocations reaching
busy lanes only once they stopped scanning: the upload went on as long as new rows came)."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.domain.accreditation import Status
from kiosk.domain.verdict import VerdictCode
from kiosk.storage.site_log import pending_rows
from tests.fixtures.sites import SiteHomes, make_site

pytestmark = pytest.mark.postgresql
GIVE_UP_AFTER = 20  # batches: an upload chasing the screen's rows would go on for ever


@pytest.fixture
def site(tmp_path, postgres_url: str) -> SiteHomes:
    return make_site(tmp_path, postgres_url, lanes=("lane-a",))


def test_an_upload_stops_at_the_rows_it_found_so_a_revocation_still_arrives_while_the_screen_logs(
    site: SiteHomes, monkeypatch: pytest.MonkeyPatch
):
    with site.at_office() as office:
        office.set_badge_status("M0002", Status.REVOKED, "lost_or_stolen: reported at the desk")
        assert office.site is not None
        office.site.publish()
    with site.at_lane("lane-a") as lane:
        assert lane.site is not None
        service = lane.checkpoint_service()
        for _ in range(3):
            service.scan(site.badge("M0001"))  # rows to upload
        real_upload = lane.site.log.upload
        batches = 0

        def upload_while_the_screen_scans(kiosk: str, rows_from: Any, *rest: Any) -> Any:
            nonlocal batches
            batches += 1
            assert batches <= GIVE_UP_AFTER, "the upload keeps chasing the rows written since it began"
            uploaded = real_upload(kiosk, rows_from, *rest)
            service.scan(site.badge("M0003"))  # the screen logs another scan meanwhile
            return uploaded

        monkeypatch.setattr(lane.site.log, "upload", upload_while_the_screen_scans)
        report = lane.site.sync(heartbeat=False)
        assert report.pull.package_serial == 2, "the pull ran after the upload"
        assert service.scan(site.badge("M0002")).code is VerdictCode.REVOKED
        monkeypatch.setattr(lane.site.log, "upload", real_upload)
        left = pending_rows(lane.database, "lane-a", lane.site.link.get().uploaded_seq)
        assert left >= 1, "what the screen logged meanwhile waits for the next exchange"
        assert lane.site.sync(heartbeat=False).upload.rows >= left
        assert pending_rows(lane.database, "lane-a", lane.site.link.get().uploaded_seq) == 0


def test_a_revocation_published_while_a_lane_was_cut_is_in_force_before_its_backlog_goes_up(
    site: SiteHomes, monkeypatch: pytest.MonkeyPatch
):
    """Back online, a lane is judged online at once: its roster must not wait for what it logged offline
    (the benchmark's cut lane took 24 s to upload its backlog before it pulled the revocation)."""
    with site.at_lane("lane-a") as lane:
        service = lane.checkpoint_service()
        for number in ("M0001", "M0003", "M0004"):
            service.scan(site.badge(number))  # logged while the site was away: the backlog
    with site.at_office() as office:
        office.set_badge_status("M0002", Status.REVOKED, "lost_or_stolen: reported at the desk")
        assert office.site is not None
        office.site.publish()
    with site.at_lane("lane-a") as lane:
        assert lane.site is not None
        service = lane.checkpoint_service()
        real_upload = lane.site.log.upload
        during_upload: list[VerdictCode] = []

        def upload_and_scan_meanwhile(kiosk: str, rows_from: Any, *rest: Any) -> Any:
            during_upload.append(service.scan(site.badge("M0002")).code)
            return real_upload(kiosk, rows_from, *rest)

        monkeypatch.setattr(lane.site.log, "upload", upload_and_scan_meanwhile)
        report = lane.site.sync(heartbeat=False)
        assert during_upload and set(during_upload) == {VerdictCode.REVOKED}
        assert report.pull.package_serial == 2
        monkeypatch.setattr(lane.site.log, "upload", real_upload)
        assert report.upload.rows >= 3 + 1, "the backlog and the roster's apply went up in the same sync"
