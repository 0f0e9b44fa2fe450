"""Time is injected so that access windows can be tested and the demo can run on a simulated morning."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware datetime (UTC)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """Stands still until moved: for tests."""

    def __init__(self, at: datetime) -> None:
        self._at = require_aware(at)

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        self._at = require_aware(at)

    def advance(self, delta: timedelta) -> None:
        self._at += delta


class OffsetClock:
    """Real time shifted to start at a chosen instant: the demo's 'morning of the opening ceremony'."""

    def __init__(self, start: datetime, base: Clock | None = None) -> None:
        self._base = base or SystemClock()
        self._offset = require_aware(start) - self._base.now()

    def now(self) -> datetime:
        return self._base.now() + self._offset


class CorrectedClock:
    """Another clock moved by a correction while one is known (a kiosk of a site: the site's clock minus
    its own, measured at each heartbeat); the other clock's time as it is when none is."""

    def __init__(self, base: Clock, correction: Callable[[], timedelta | None]) -> None:
        self.base = base
        self._correction = correction

    def now(self) -> datetime:
        return self.base.now() + (self._correction() or timedelta(0))


def require_aware(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("a time without a time zone is ambiguous here")
    return at.astimezone(UTC)
