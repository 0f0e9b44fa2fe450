"""A lane's clock against the site's: each heartbeat measures the offset, the site keeps it, and sessions
are judged on the site's time while the offset is known (and within ntpd's panic threshold)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from kiosk.domain.clock import OffsetClock
from kiosk.domain.site import ClockOffset
from kiosk.domain.verdict import VerdictCode
from kiosk.station.station import Station
from tests.fixtures.sites import make_site

pytestmark = pytest.mark.postgresql
HALF_S = timedelta(milliseconds=500)


def test_a_heartbeat_measures_a_lane_clock_running_30_s_fast_and_the_site_keeps_the_offset(tmp_path, postgres_url):
    site = make_site(tmp_path, postgres_url, lanes=("lane-a",))
    fast = OffsetClock(datetime.now(UTC) + timedelta(seconds=30))
    with Station.open(site.lanes["lane-a"], clock=fast, monotonic=time.monotonic) as lane:
        assert lane.site is not None
        lane.site.heartbeat()
        offset = lane.site.clock_offset()
        assert offset is not None and abs(offset + timedelta(seconds=30)) < HALF_S
        judged = lane.checkpoint_service().clock.now()
        assert abs(judged - datetime.now(UTC)) < HALF_S, "sessions are judged on the site's time"
        state = lane.site.state()
        assert (state.clock_off, state.clock_corrected) == (True, True)
        stored = lane.site.link.get().clock
        assert stored is not None and stored.offset == offset
    with site.database() as database, database.read() as session:
        offset_ms, round_trip_ms = session.execute(
            text("SELECT clock_offset_ms, round_trip_ms FROM site_kiosk WHERE kiosk_id = 'lane-a'")
        ).one()
    assert abs(offset_ms + 30_000) < 500 and 0 <= round_trip_ms < 500


def test_sessions_are_judged_on_the_sites_time_while_the_offset_is_known(tmp_path, postgres_url):
    """The opening's entry closes at 12:30. The lane's clock says 12:30:10, the site's 12:29:40."""
    site = make_site(tmp_path, postgres_url, lanes=("lane-a",))
    site.clocks.advance(timedelta(hours=3, minutes=30, seconds=10))  # 12:30:10 in Marrakech, both clocks
    badge = site.badge("M0001")
    with site.at_lane("lane-a") as lane:
        assert lane.site is not None
        lane.site.link.update(clock=ClockOffset(
            timedelta(seconds=-30), timedelta(milliseconds=3), site.clocks.wall.now(), site.clocks.monotonic()
        ))
    with site.at_lane("lane-a") as lane:  # another process of the lane reads the stored measurement
        assert lane.checkpoint_service().scan(badge).code is VerdictCode.VALID
    site.clocks.set_wall(site.clocks.wall.now() + timedelta(minutes=1))  # someone sets the clock: unknown
    with site.at_lane("lane-a") as lane:
        assert lane.site is not None and lane.site.clock_offset() is None
        assert lane.checkpoint_service().scan(badge).code is VerdictCode.OUTSIDE_WINDOW


def test_an_offset_past_the_panic_threshold_is_shown_but_never_applied(tmp_path, postgres_url):
    """This test's lanes live on 24 November 2025; the server's clock does not: months apart."""
    site = make_site(tmp_path, postgres_url, lanes=("lane-a",))
    site.clocks.advance(timedelta(hours=3, minutes=30, seconds=10))
    with site.at_lane("lane-a") as lane:
        assert lane.site is not None
        lane.site.heartbeat()
        offset = lane.site.clock_offset()
        assert offset is not None and abs(offset) > timedelta(days=1)
        state = lane.site.state()
        assert (state.clock_off, state.clock_corrected) == (True, False)
        assert lane.checkpoint_service().scan(site.badge("M0001")).code is VerdictCode.OUTSIDE_WINDOW
