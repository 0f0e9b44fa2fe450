"""PIN lockout counts misses per number and per kiosk, and measures its waits on a monotonic clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain.staff import StaffRole
from kiosk.storage.database import Database
from kiosk.storage.staff_store import StaffStore

T0 = datetime(2025, 11, 24, 8, tzinfo=UTC)


class Ticks:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    db.migrate()
    ticks = Ticks()
    store = StaffStore(db, "gate-1", monotonic=ticks)
    store.set_member("1001", "Amal", StaffRole.OFFICER, "4827", T0)
    store.ticks = ticks  # type: ignore[attr-defined]
    return store


def test_misses_spread_over_many_numbers_lock_the_whole_pad(store):
    for i in range(10):
        check = store.check_pin(f"2{i:03d}", "5555", T0 + timedelta(seconds=i))
        assert not check.ok
    assert check.locked_until is not None
    assert not store.check_pin("1001", "4827", T0 + timedelta(seconds=11)).ok, "the right PIN of a fresh number"


def test_moving_the_wall_clock_forwards_does_not_end_a_lock(store):
    for i in range(5):
        store.check_pin("1001", "5555", T0 + timedelta(seconds=i))
    store.ticks.now += 5  # five real seconds later …
    assert not store.check_pin("1001", "4827", T0 + timedelta(hours=1)).ok  # … with the clock set an hour on


def test_moving_the_wall_clock_backwards_neither_ends_nor_stretches_a_lock(store):
    for i in range(5):
        store.check_pin("1001", "5555", T0 + timedelta(seconds=i))
    store.ticks.now += 5
    assert not store.check_pin("1001", "4827", T0 - timedelta(hours=1)).ok
    store.ticks.now += 61  # the try during the lock doubled it to 60 s
    assert store.check_pin("1001", "4827", T0 - timedelta(hours=1) + timedelta(seconds=61)).ok


def test_a_lock_survives_a_restart_but_never_for_longer_than_itself(store, tmp_path):
    for i in range(5):
        store.check_pin("1001", "5555", T0 + timedelta(seconds=i))
    ticks = Ticks()
    restarted = StaffStore(store.db, "gate-1", monotonic=ticks)
    assert not restarted.check_pin("1001", "4827", T0 + timedelta(seconds=10)).ok
    ticks.now += 61
    assert restarted.check_pin("1001", "4827", T0 - timedelta(days=1)).ok  # a clock set back a day


def test_replacing_a_member_needs_replace(store):
    from kiosk.errors import UsageError

    with pytest.raises(UsageError, match="exists already"):
        store.set_member("1001", "", StaffRole.OFFICER, "5938", T0, replace=False)
    assert store.check_pin("1001", "4827", T0).ok
