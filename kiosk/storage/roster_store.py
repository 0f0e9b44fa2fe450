"""The roster in the database, handed out as domain Accreditations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.accreditation import (
    Accreditation,
    Appointment,
    IdDocumentType,
    MediaType,
    Role,
    Status,
)
from kiosk.domain.folding import fold
from kiosk.errors import KioskError
from kiosk.storage.database import Database
from kiosk.storage.models import AccreditationRow, AppointmentRow, SessionGrantRow

# Fields an import may change; status is compared separately (it carries a reason and a time).
_PLAIN_FIELDS = (
    "family_name", "given_names", "alt_name", "outlet", "media_type", "role", "country",
    "id_document_type", "id_document_last4", "press_card_number", "press_card_issuer",
    "mission_letter", "photo", "attention_note",
)


class UnknownBadge(KioskError):
    pass


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int
    absent: int  # on the roster but not in the file: kept, reported


def to_domain(row: AccreditationRow) -> Accreditation:
    return Accreditation(
        badge_number=row.badge_number,
        family_name=row.family_name,
        given_names=row.given_names,
        outlet=row.outlet,
        media_type=MediaType(row.media_type),
        role=Role(row.role),
        country=row.country,
        id_document_type=IdDocumentType(row.id_document_type),
        id_document_last4=row.id_document_last4,
        sessions=frozenset(g.session_code for g in row.sessions),
        press_card_number=row.press_card_number,
        press_card_issuer=row.press_card_issuer,
        mission_letter=row.mission_letter,
        photo=row.photo,
        status=Status(row.status),
        status_reason=row.status_reason,
        status_changed_at=row.status_changed_at,
        badge_version=row.badge_version,
        attention_note=row.attention_note,
        alt_name=row.alt_name,
        appointments=tuple(Appointment(a.starts_at, a.ends_at) for a in row.appointments),
    )


def search_key(acc: Accreditation) -> str:
    return " ".join(
        fold(part)
        for part in (acc.badge_number, acc.family_name, acc.given_names, acc.alt_name, acc.outlet)
        if part
    )


class RosterStore:
    def __init__(self, database: Database) -> None:
        self.db = database

    def find(self, badge_number: str) -> Accreditation | None:
        with self.db.read() as session:
            row = _row(session, badge_number)
            return None if row is None else to_domain(row)

    def get(self, badge_number: str) -> Accreditation:
        acc = self.find(badge_number)
        if acc is None:
            raise UnknownBadge(f"no badge {badge_number!r} on the roster")
        return acc

    def all(self, status: Status | None = None) -> list[Accreditation]:
        with self.db.read() as session:
            query = select(AccreditationRow).order_by(AccreditationRow.badge_number)
            if status is not None:
                query = query.where(AccreditationRow.status == status.value)
            return [to_domain(r) for r in session.scalars(query)]

    def count(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(AccreditationRow)) or 0

    def search(self, query: str, limit: int = 20) -> list[Accreditation]:
        """Every folded word must appear (as a word start) in the name, alt name, outlet or number."""
        words = fold(query).split()
        if not words:
            return []
        with self.db.read() as session:
            stmt = select(AccreditationRow)
            for word in words:
                stmt = stmt.where(AccreditationRow.search_key.contains(word))
            rows = session.scalars(stmt.order_by(AccreditationRow.family_name).limit(limit * 5))
            found = [r for r in rows if _all_word_starts(r.search_key, words)]
            return [to_domain(r) for r in found[:limit]]

    def apply_import(self, records: list[Accreditation], now: datetime) -> ImportReport:
        """All rows in one transaction: a failure anywhere writes nothing."""
        added = updated = unchanged = 0
        incoming = {r.badge_number for r in records}
        with self.db.write() as session:
            existing = {
                row.badge_number: row for row in session.scalars(select(AccreditationRow))
            }
            for record in records:
                row = existing.get(record.badge_number)
                if row is None:
                    session.add(_new_row(record, now))
                    added += 1
                elif _update_row(row, record, now):
                    updated += 1
                else:
                    unchanged += 1
            absent = len(set(existing) - incoming)
        return ImportReport(added, updated, unchanged, absent)

    def set_status(self, badge_number: str, status: Status, reason: str, now: datetime) -> Accreditation:
        with self.db.write() as session:
            row = _require(session, badge_number)
            row.status, row.status_reason, row.status_changed_at = status.value, reason, now
            row.updated_at = now
            session.flush()
            return to_domain(row)

    def bump_version(self, badge_number: str, now: datetime) -> Accreditation:
        """A reprint: the new badge supersedes every older one."""
        with self.db.write() as session:
            row = _require(session, badge_number)
            row.badge_version += 1
            row.updated_at = now
            session.flush()
            return to_domain(row)


def _all_word_starts(key: str, words: list[str]) -> bool:
    tokens = key.split()
    return all(any(t.startswith(w) for t in tokens) for w in words)


def _row(session: Session, badge_number: str) -> AccreditationRow | None:
    return session.scalar(select(AccreditationRow).where(AccreditationRow.badge_number == badge_number))


def _require(session: Session, badge_number: str) -> AccreditationRow:
    row = _row(session, badge_number)
    if row is None:
        raise UnknownBadge(f"no badge {badge_number!r} on the roster")
    return row


def _values(acc: Accreditation) -> dict[str, object]:
    values = {name: getattr(acc, name) for name in _PLAIN_FIELDS}
    for name in ("media_type", "role", "id_document_type"):
        values[name] = str(values[name])
    return values


def _new_row(acc: Accreditation, now: datetime) -> AccreditationRow:
    row = AccreditationRow(
        badge_number=acc.badge_number,
        status=acc.status.value,
        status_reason=acc.status_reason,
        status_changed_at=now if acc.status is not Status.ACTIVE else None,
        badge_version=acc.badge_version,
        search_key=search_key(acc),
        updated_at=now,
        **_values(acc),
    )
    row.sessions = [SessionGrantRow(session_code=code) for code in sorted(acc.sessions)]
    row.appointments = [AppointmentRow(starts_at=a.starts, ends_at=a.ends) for a in acc.appointments]
    return row


def _update_row(row: AccreditationRow, acc: Accreditation, now: datetime) -> bool:
    changed = False
    values = _values(acc)
    if not acc.photo:  # a file without photos keeps the photos already on the roster
        del values["photo"]
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    if row.status != acc.status.value:
        row.status, row.status_reason, row.status_changed_at = acc.status.value, acc.status_reason, now
        changed = True
    if {g.session_code for g in row.sessions} != set(acc.sessions):
        row.sessions = [SessionGrantRow(session_code=code) for code in sorted(acc.sessions)]
        changed = True
    if [(a.starts_at, a.ends_at) for a in row.appointments] != [(a.starts, a.ends) for a in acc.appointments]:
        row.appointments = [AppointmentRow(starts_at=a.starts, ends_at=a.ends) for a in acc.appointments]
        changed = True
    if changed:
        row.search_key = search_key(acc)
        row.updated_at = now
    return changed
