"""A kiosk's clock against its site's: measured at each heartbeat around a round trip (NTP's midpoint),
held while the wall clock keeps pace with the monotonic one, applied to judging only within ntpd's
panic threshold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain.clock import CorrectedClock, FixedClock
from kiosk.domain.site import (
    OFFSET_VALID,
    PANIC_OFFSET,
    ClockOffset,
    SiteState,
    correction_of,
    measure_offset,
    offset_now,
)

KIOSK = datetime(2025, 11, 24, 8, 0, 0, tzinfo=UTC)
S = timedelta(seconds=1)


def test_the_offset_is_the_servers_time_minus_the_kiosks_at_the_middle_of_the_round_trip():
    # sent at 08:00:00.000 by the kiosk; the server read 08:00:03.050; the reply came 100 ms after sending
    measured = measure_offset(KIOSK, 1000.0, KIOSK + timedelta(seconds=3.05), 1000.1)
    assert measured.offset == timedelta(seconds=3.0)  # the server's reading is taken at the kiosk's +50 ms
    assert measured.round_trip == timedelta(milliseconds=100)
    assert (measured.wall, measured.monotonic) == (KIOSK + timedelta(milliseconds=50), 1000.05)


def test_a_wall_clock_set_during_the_round_trip_does_not_skew_it():
    """The round trip is timed on the monotonic clock: only the wall time at sending is read."""
    measured = measure_offset(KIOSK, 1000.0, KIOSK, 1000.0)
    assert (measured.offset, measured.round_trip) == (timedelta(0), timedelta(0))


MEASURED = ClockOffset(-2.5 * S, timedelta(milliseconds=4), KIOSK, 5000.0)


@pytest.mark.parametrize(
    "wall_after, steady_after, expected",
    [
        (timedelta(minutes=5), 300.0, -2.5 * S),  # both clocks kept pace
        (timedelta(minutes=5), 301.5, -2.5 * S),  # slewed a little by NTP
        (timedelta(minutes=5), 0.0, None),  # the wall clock was set forward since
        (timedelta(minutes=-5), 60.0, None),  # ... or back
        (OFFSET_VALID + S, OFFSET_VALID.total_seconds() + 1, None),  # too old to hold
        (timedelta(minutes=1), -4000.0, None),  # rebooted: the monotonic clock restarted
    ],
    ids=["kept-pace", "slewed", "set-forward", "set-back", "too-old", "rebooted"],
)
def test_a_measured_offset_holds_while_the_wall_clock_keeps_pace_with_the_monotonic_one(
    wall_after, steady_after, expected
):
    assert offset_now(MEASURED, KIOSK + wall_after, MEASURED.monotonic + steady_after) == expected


def test_an_offset_never_measured_is_unknown():
    assert offset_now(None, KIOSK, 0.0) is None


@pytest.mark.parametrize(
    "offset, applied",
    [
        (3 * S, 3 * S), (-PANIC_OFFSET, -PANIC_OFFSET), (PANIC_OFFSET + S, None), (timedelta(days=-300), None),
        (None, None),
    ],
    ids=["seconds", "at-the-threshold", "past-the-threshold", "a-year", "unknown"],
)
def test_only_an_offset_within_ntpds_panic_threshold_is_applied(offset, applied):
    assert correction_of(offset) == applied


def test_a_corrected_clock_moves_its_base_by_the_correction_while_there_is_one():
    base = FixedClock(KIOSK)
    correction: list[timedelta | None] = [timedelta(seconds=-30)]
    clock = CorrectedClock(base, lambda: correction[0])
    assert clock.now() == KIOSK - timedelta(seconds=30)
    correction[0] = None
    assert clock.now() == KIOSK


@pytest.mark.parametrize(
    "offset, off, corrected",
    [(1.9 * S, False, True), (-2.1 * S, True, True), (PANIC_OFFSET * 2, True, False), (None, False, False)],
    ids=["within-the-limit", "past-the-limit", "past-the-panic-threshold", "unknown"],
)
def test_the_top_bar_says_when_the_clock_is_further_off_than_the_limit(offset, off, corrected):
    state = SiteState(True, None, None, 0, timedelta(0), timedelta(minutes=10), clock_offset=offset)
    assert (state.clock_off, state.clock_corrected) == (off, corrected)
