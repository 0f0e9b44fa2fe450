"""PIN lockout: after five wrong PINs in a row for one number, or ten at one kiosk whatever the numbers,
the pad locks, each further miss doubling the wait. Waits are measured on a monotonic clock, so setting
the wall clock forwards or backwards neither ends nor stretches a lock.
"""

from __future__ import annotations

from datetime import timedelta

FREE_ATTEMPTS = 5  # per staff number
KIOSK_FREE_ATTEMPTS = 10  # per kiosk, all numbers together: trying many numbers is no way round
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(minutes=15)


def lock_delay(consecutive_failures: int, free: int = FREE_ATTEMPTS) -> timedelta | None:
    if consecutive_failures < free:
        return None
    return min(FIRST_LOCK * (1 << min(consecutive_failures - free, 16)), LONGEST_LOCK)


def attempts_left(failures_for_number: int, failures_at_kiosk: int) -> int:
    return max(0, min(FREE_ATTEMPTS - failures_for_number, KIOSK_FREE_ATTEMPTS - failures_at_kiosk))
