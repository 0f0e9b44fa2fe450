"""PIN lockout: after five wrong PINs in a row the pad locks, each further miss doubling the wait."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

FREE_ATTEMPTS = 5
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(minutes=15)


def lock_delay(consecutive_failures: int) -> timedelta | None:
    if consecutive_failures < FREE_ATTEMPTS:
        return None
    return min(FIRST_LOCK * (1 << (consecutive_failures - FREE_ATTEMPTS)), LONGEST_LOCK)


def locked_until(failures_since_success: Sequence[datetime]) -> datetime | None:
    """When the pad opens again, given the failed attempts since the last success (oldest first)."""
    delay = lock_delay(len(failures_since_success))
    return None if delay is None else failures_since_success[-1] + delay


def attempts_left(failures_since_success: Sequence[datetime]) -> int:
    return max(0, FREE_ATTEMPTS - len(failures_since_success))
