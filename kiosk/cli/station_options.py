"""The one place that turns the command line's options into a station's named arguments."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from kiosk.domain.clock import FixedClock, OffsetClock
from kiosk.domain.staff import CLI_ACTOR_PREFIX
from kiosk.errors import UsageError

if TYPE_CHECKING:
    from kiosk.domain.staff import StaffRole
    from kiosk.station.station import Station


@contextmanager
def open_station(args: argparse.Namespace, running_clock: bool = False) -> Iterator[Station]:
    """--home, --db, --event, and --now (a fixed clock, or one that runs on from it)."""
    from kiosk.station.station import Station  # imported late: `kiosk --help` needs no database

    with Station.open(
        getattr(args, "home", None), db=getattr(args, "db", None), event=getattr(args, "event", None)
    ) as station:
        now = getattr(args, "now", None)
        if now is not None:
            start = parse_time(now, station.event.tz)
            station.clock = OffsetClock(start) if running_clock else FixedClock(start)
        yield station


def cli_actor() -> str:
    """Who ran the command, for the log when no staff number was given: cli:<operating-system user>."""
    import getpass
    import os

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = f"uid{os.getuid()}"
    return f"{CLI_ACTOR_PREFIX}{user}"[:64]


def accountable(station: Station, number: str | None, role: StaffRole) -> str:
    """The staff number a CLI action is recorded under: a known one with the role, or cli:<user>."""
    if not number:
        return cli_actor()
    return station.staff.require(number, role).number


EARLIEST_YEAR, LATEST_YEAR = 2000, 2099  # a --now outside is a typing slip, never a kiosk's day


def parse_time(text: str, tz: Any = None) -> datetime:
    """ISO 8601; a time without offset is read in the given zone (the event's) or refused."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"not an ISO time: {text!r} (example: 2025-11-24T09:00+01:00)") from None
    if value.tzinfo is None:
        if tz is None:
            raise UsageError(f"give a time zone offset in {text!r} (example: 2025-11-24T09:00+01:00)")
        value = value.replace(tzinfo=tz)
    try:
        in_utc = value.astimezone(UTC)
    except OverflowError:
        in_utc = None
    if in_utc is None or not EARLIEST_YEAR <= in_utc.year <= LATEST_YEAR:
        raise UsageError(f"--now {text!r} is outside the years {EARLIEST_YEAR}–{LATEST_YEAR}")
    return value
