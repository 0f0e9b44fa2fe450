"""The site view's flags: a machine is offline after three missed heartbeats, its clock is flagged past
2 s either way, and a conflict's admissions can be annulled once their decision reached the site."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain.site import ClaimState, SiteAdmission, SiteConflict, SiteRole
from kiosk.domain.site_view import KioskView, annullable

AT = datetime(2025, 11, 24, 8, 0, tzinfo=UTC)


def kiosk(seen_ago: timedelta = timedelta(0), offset: timedelta | None = None) -> KioskView:
    return KioskView("lane-a", SiteRole.KIOSK, "media-entrance", AT, seen_ago, 1, timedelta(0), 0, offset, None)


@pytest.mark.parametrize(
    ("seen_ago_s", "online"), [(0, True), (14.9, True), (15, True), (15.1, False), (600, False)]
)
def test_a_machine_is_online_until_three_heartbeats_are_missed(seen_ago_s: float, online: bool):
    assert kiosk(seen_ago=timedelta(seconds=seen_ago_s)).online is online


@pytest.mark.parametrize(
    ("offset_s", "flagged"), [(None, False), (0.0, False), (2.0, False), (-2.0, False), (2.001, True), (-3.5, True)]
)
def test_a_clock_further_off_than_2_s_either_way_is_flagged(offset_s: float | None, flagged: bool):
    offset = None if offset_s is None else timedelta(seconds=offset_s)
    assert kiosk(offset=offset).clock_flagged is flagged


def admission(kiosk_id: str, decision_id: int | None) -> SiteAdmission:
    return SiteAdmission(f"{kiosk_id}-1", kiosk_id, "media-entrance", "1001", AT, AT, False,
                         "M0001", "opening", ClaimState.STANDING, decision_id)


@pytest.mark.parametrize(
    ("conflict_id", "standing", "expected"),
    [
        (7, admission("lane-a", 3), ["lane-b", "lane-a"]),
        (7, admission("lane-a", None), ["lane-b"]),  # its decision row has not reached the site yet
        (7, None, ["lane-b"]),  # the standing one was annulled since
    ],
)
def test_a_conflicts_admissions_are_annullable_once_their_decision_reached_the_site(conflict_id, standing, expected):
    conflict = SiteConflict("M0001", "opening", "2025-11-24", admission("lane-b", conflict_id), standing)
    assert [a.kiosk_id for a in annullable(conflict)] == expected
