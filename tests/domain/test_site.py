"""The data age of a kiosk of a site: known from its last sync, unknown (which fails closed) when the
wall clock went backwards, whichever clock says so."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain.site import DEFAULT_DATA_AGE_LIMIT, SiteState, SyncMark, data_age

SYNCED = SyncMark(datetime(2025, 11, 24, 8, 40, tzinfo=UTC), monotonic=5000.0)
MIN = timedelta(minutes=1)


@pytest.mark.parametrize(
    "wall_after, steady_after, expected",
    [
        (timedelta(minutes=3), 180.0, timedelta(minutes=3)),  # both clocks agree
        (timedelta(0), 0.0, timedelta(0)),
        (timedelta(minutes=3), 181.5, timedelta(seconds=181.5)),  # a slewed wall clock: the larger age
        (timedelta(minutes=30), 180.0, timedelta(minutes=30)),  # the wall clock jumped forward: older, fail sooner
        (-timedelta(minutes=5), 60.0, None),  # the wall clock went back before the sync time
        (timedelta(minutes=1), 600.0, None),  # ...or back since, though still after it
        (timedelta(minutes=3), -4000.0, timedelta(minutes=3)),  # rebooted: the monotonic clock restarted
        (-timedelta(minutes=3), -4000.0, None),
    ],
    ids=["agree", "zero", "slewed", "jumped-forward", "before-sync", "set-back-since", "rebooted", "rebooted-back"],
)
def test_the_data_age(wall_after, steady_after, expected):
    assert data_age(SYNCED, SYNCED.wall + wall_after, SYNCED.monotonic + steady_after) == expected


def test_a_kiosk_never_synced_has_data_of_unknown_age():
    assert data_age(None, SYNCED.wall, SYNCED.monotonic) is None


@pytest.mark.parametrize(
    "age, too_old", [(timedelta(minutes=9), False), (DEFAULT_DATA_AGE_LIMIT, False), (11 * MIN, True), (None, True)]
)
def test_offline_admissions_need_a_supervisor_past_the_limit_or_when_the_age_is_unknown(age, too_old):
    state = SiteState(False, SYNCED.wall, None, 0, age, DEFAULT_DATA_AGE_LIMIT)
    assert state.data_too_old is too_old
