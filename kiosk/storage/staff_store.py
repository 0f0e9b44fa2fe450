"""Officers and supervisors: PIN checks with lockout, every attempt recorded."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain import pin_guard, pins
from kiosk.domain.staff import PinCheck, StaffMember, StaffRole
from kiosk.errors import KioskError
from kiosk.storage.database import Database
from kiosk.storage.models import PinAttemptRow, StaffRow, table_of
from kiosk.storage.widths import check_fits
from kiosk.storage.writes import serialise


class StaffStore:
    def __init__(self, database: Database, kiosk_id: str) -> None:
        self.db = database
        self.kiosk_id = kiosk_id

    def set_member(self, number: str, name: str, role: StaffRole, pin: str, now: datetime) -> StaffMember:
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
            else:
                row.name = name or row.name
                row.role, row.pin_hash, row.active, row.updated_at = role.value, pin_hash, True, now
        return StaffMember(number, name, role)

    def members(self) -> list[StaffMember]:
        with self.db.read() as session:
            rows = session.scalars(select(StaffRow).where(StaffRow.active).order_by(StaffRow.number))
            return [StaffMember(r.number, r.name, StaffRole(r.role)) for r in rows]

    def check_pin(self, number: str, pin: str, now: datetime, supervisor_only: bool = False) -> PinCheck:
        """One attempt. A locked pad refuses without even looking at the PIN; the attempt is logged."""
        key = "SUPERVISOR" if supervisor_only else number.strip().upper()
        purpose = "supervisor" if supervisor_only else "sign_in"
        with self.db.write() as session:
            serialise(session, f"pin attempts {key}")  # two pads at once must not both get the fifth try
            failures = self._failures_since_success(session, key)
            until = pin_guard.locked_until(failures)
            if until is not None and now < until:
                session.add(PinAttemptRow(at=now, kiosk_id=self.kiosk_id, number=key, purpose=purpose, ok=False))
                return PinCheck(None, pin_guard.locked_until([*failures, now]), 0)  # a try extends the lock
            query = select(StaffRow).where(StaffRow.active)
            if supervisor_only:
                query = query.where(StaffRow.role == StaffRole.SUPERVISOR.value)
            else:
                query = query.where(StaffRow.number == key)
            match = next((r for r in session.scalars(query) if pins.pin_matches(r.pin_hash, pin)), None)
            session.add(
                PinAttemptRow(at=now, kiosk_id=self.kiosk_id, number=key, purpose=purpose, ok=match is not None)
            )
            if match is not None:
                return PinCheck(StaffMember(match.number, match.name, StaffRole(match.role)))
            failures = [*failures, now]
            return PinCheck(None, pin_guard.locked_until(failures), pin_guard.attempts_left(failures))

    def _failures_since_success(self, session: Session, key: str) -> list[datetime]:
        rows = session.execute(
            select(PinAttemptRow.at, PinAttemptRow.ok)
            .where(PinAttemptRow.number == key)
            .order_by(PinAttemptRow.id.desc())
            .limit(64)
        ).all()
        failures: list[datetime] = []
        for at, ok in rows:
            if ok:
                break
            failures.append(at)
        return list(reversed(failures))
