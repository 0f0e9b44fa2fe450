"""The running kiosk's link tells the screen when its clock goes further off the site's than its limit:
the next heartbeat measures it, and the state the top bar gets says so, though nothing else changed."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain.site import SiteState
from kiosk.station.site_link import HEARTBEAT_S, SiteLink
from kiosk.station.station import Station
from tests.fixtures.sites import make_site

pytestmark = pytest.mark.postgresql


class SettableClock:
    """The real time, until someone sets the machine's clock ahead."""

    def __init__(self) -> None:
        self.ahead = timedelta(0)

    def now(self) -> datetime:
        return datetime.now(UTC) + self.ahead


def test_a_clock_set_30_s_ahead_while_the_link_runs_reaches_the_top_bar_at_the_next_heartbeat(tmp_path, postgres_url):
    site = make_site(tmp_path, postgres_url, lanes=("lane-a",))
    clock = SettableClock()
    states: list[SiteState] = []
    flagged = threading.Event()

    def on_state(state: SiteState) -> None:
        states.append(state)
        if state.clock_off:
            flagged.set()

    with Station.open(site.lanes["lane-a"], clock=clock, monotonic=time.monotonic) as lane:
        assert lane.site is not None
        link = SiteLink(lane.site, on_state, listen=False, monotonic=time.monotonic)
        link.start()
        try:
            deadline = time.monotonic() + 5
            while not any(s.clock_offset is not None for s in states) and time.monotonic() < deadline:
                time.sleep(0.02)
            [first] = [s for s in states if s.clock_offset is not None][:1]
            assert not first.clock_off
            clock.ahead = timedelta(seconds=30)
            assert flagged.wait(HEARTBEAT_S + 3), "the next heartbeat's measurement reached the screen"
        finally:
            assert link.stop()
    last = next(s for s in states if s.clock_off)
    assert last.clock_offset is not None and abs(last.clock_offset + timedelta(seconds=30)) < timedelta(seconds=1)
    assert last.clock_corrected and last.online
