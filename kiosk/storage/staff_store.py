"""Officers and supervisors: PIN checks with lockout, every attempt recorded."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from kiosk.domain import pin_guard, pins
from kiosk.domain.staff import PinCheck, StaffMember, StaffRole
from kiosk.errors import KioskError, UsageError
from kiosk.storage.database import Database
from kiosk.storage.models import PinAttemptRow, StaffRow, table_of
from kiosk.storage.widths import check_fits
from kiosk.storage.writes import serialise

SUPERVISOR_KEY = "SUPERVISOR"  # the attempts of the supervisor's pad, which asks for no number
_RECENT = 64


class StaffStore:
    def __init__(
        self, database: Database, kiosk_id: str, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.db = database
        self.kiosk_id = kiosk_id
        self._monotonic = monotonic
        # When each lock ends, on the monotonic clock: set at each miss, read back from the attempts'
        # wall times only for a lock this process has not seen start (after a restart).
        self._lock_ends: dict[str, float] = {}

    def set_member(
        self, number: str, name: str, role: StaffRole, pin: str, now: datetime, replace: bool = True
    ) -> StaffMember:
        """Adds a member, or (only with replace) changes an existing one's PIN, name and role."""
        pin_hash = pins.hash_pin(pin)
        number = number.strip().upper()
        if not number:
            raise KioskError("a staff number is needed")
        check_fits(table_of(StaffRow), {"number": number, "name": name}, labels={"number": "the staff number"})
        with self.db.write() as session:
            serialise(session, f"staff {number}")  # two adds of one number: one row, the later PIN
            row = session.scalar(select(StaffRow).where(StaffRow.number == number))
            if row is None:
                row = StaffRow(number=number, name=name, role=role.value, pin_hash=pin_hash, updated_at=now)
                session.add(row)
            elif not replace:
                raise UsageError(
                    f"staff number {number} exists already ({row.role}); add --replace to change its PIN"
                )
            else:
                row.name = name or row.name
                row.role, row.pin_hash, row.active, row.updated_at = role.value, pin_hash, True, now
            return StaffMember(number, row.name, StaffRole(row.role))

    def find(self, number: str) -> StaffMember | None:
        with self.db.read() as session:
            row = session.scalar(
                select(StaffRow).where(StaffRow.number == number.strip().upper(), StaffRow.active)
            )
            return None if row is None else StaffMember(row.number, row.name, StaffRole(row.role))

    def require(self, number: str, role: StaffRole) -> StaffMember:
        """A known, active staff number allowed to act as `role` (a supervisor may do an officer's work)."""
        member = self.find(number)
        if member is None:
            raise UsageError(f"no staff number {number.strip().upper()!r} on this kiosk (kiosk officers list)")
        if role is StaffRole.SUPERVISOR and not member.is_supervisor:
            raise UsageError(f"{member.number} is an officer: only a supervisor may do this")
        return member

    def members(self) -> list[StaffMember]:
        with self.db.read() as session:
            rows = session.scalars(select(StaffRow).where(StaffRow.active).order_by(StaffRow.number))
            return [StaffMember(r.number, r.name, StaffRole(r.role)) for r in rows]

    def check_pin(self, number: str, pin: str, now: datetime, supervisor_only: bool = False) -> PinCheck:
        """One attempt. A locked pad refuses without even looking at the PIN; the attempt is logged.

        Locks count the misses of the number and those of the whole kiosk, whatever numbers were typed.
        """
        key = SUPERVISOR_KEY if supervisor_only else number.strip().upper()
        purpose = "supervisor" if supervisor_only else "sign_in"
        tick = self._monotonic()
        with self.db.write() as session:
            # two pads at once must not both get the fifth try (locks in a fixed order: kiosk, then number)
            serialise(session, f"pin attempts kiosk {self.kiosk_id}")
            serialise(session, f"pin attempts {key}")
            mine = _failures(session, PinAttemptRow.number == key)
            kiosk = _failures(session, PinAttemptRow.kiosk_id == self.kiosk_id)
            remaining = max(
                self._remaining(key, mine, now, tick),
                self._remaining(self.kiosk_id, kiosk, now, tick, pin_guard.KIOSK_FREE_ATTEMPTS),
            )

            def miss() -> PinCheck:
                session.add(PinAttemptRow(at=now, kiosk_id=self.kiosk_id, number=key, purpose=purpose, ok=False))
                delays = [
                    self._start_lock(key, len(mine) + 1, tick),
                    self._start_lock(self.kiosk_id, len(kiosk) + 1, tick, pin_guard.KIOSK_FREE_ATTEMPTS),
                ]
                wait = max((d for d in delays if d is not None), default=None)
                left = pin_guard.attempts_left(len(mine) + 1, len(kiosk) + 1)
                return PinCheck(None, None if wait is None else now + wait, left)

            if remaining > 0:
                locked = miss()  # a try during the lock counts and extends it
                return PinCheck(None, locked.locked_until, 0)
            query = select(StaffRow).where(StaffRow.active)
            if supervisor_only:
                query = query.where(StaffRow.role == StaffRole.SUPERVISOR.value)
            else:
                query = query.where(StaffRow.number == key)
            match = next((r for r in session.scalars(query) if pins.pin_matches(r.pin_hash, pin)), None)
            if match is None:
                return miss()
            session.add(PinAttemptRow(at=now, kiosk_id=self.kiosk_id, number=key, purpose=purpose, ok=True))
            self._lock_ends.pop(key, None)
            self._lock_ends.pop(self.kiosk_id, None)
            return PinCheck(StaffMember(match.number, match.name, StaffRole(match.role)))

    def _remaining(
        self, key: str, failures: list[datetime], now: datetime, tick: float, free: int = pin_guard.FREE_ATTEMPTS,
    ) -> float:
        """Seconds the lock on `key` still lasts."""
        if key not in self._lock_ends:
            delay = pin_guard.lock_delay(len(failures), free)
            if delay is None:
                return 0.0
            # Restarted during a lock: what the wall clock says is left, never more than the lock itself.
            left = min(max((failures[-1] + delay - now).total_seconds(), 0.0), delay.total_seconds())
            self._lock_ends[key] = tick + left
        return self._lock_ends[key] - tick

    def _start_lock(
        self, key: str, failures: int, tick: float, free: int = pin_guard.FREE_ATTEMPTS
    ) -> timedelta | None:
        delay = pin_guard.lock_delay(failures, free)
        if delay is not None:
            self._lock_ends[key] = tick + delay.total_seconds()
        return delay


def _failures(session: Session, where: ColumnElement[bool]) -> list[datetime]:
    """The failed attempts since the last success (oldest first)."""
    rows = session.execute(
        select(PinAttemptRow.at, PinAttemptRow.ok).where(where).order_by(PinAttemptRow.id.desc()).limit(_RECENT)
    ).all()
    failures: list[datetime] = []
    for at, ok in rows:
        if ok:
            break
        failures.append(at)
    return list(reversed(failures))
