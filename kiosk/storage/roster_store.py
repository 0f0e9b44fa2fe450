"""The roster in the database, handed out as domain Accreditations."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from kiosk.domain.accreditation import (
    Accreditation,
    Appointment,
    IdDocumentType,
    MediaType,
    Role,
    Status,
)
from kiosk.domain.folding import FOLDING_VERSION, query_words, search_tokens, tokens_match
from kiosk.errors import KioskError
from kiosk.storage.database import Database
from kiosk.storage.models import AccreditationRow, AppointmentRow, SessionGrantRow, table_of

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
    return _accreditation(
        row,
        (g.session_code for g in row.sessions),
        ((a.starts_at, a.ends_at) for a in row.appointments),
    )


def _accreditation(
    row: Any, sessions: Iterable[str], slots: Iterable[tuple[datetime, datetime]]
) -> Accreditation:
    """From an ORM row or a Core row: both name their columns alike."""
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
        sessions=frozenset(sessions),
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
        appointments=tuple(Appointment(start, end) for start, end in slots),
    )


# A stored search key starts with the folding version it was made with, then the folded tokens. The
# mark is not a folded word (folding keeps letters and digits only), so no query ever matches it.
SEARCH_KEY_MARK = f"#{FOLDING_VERSION}"
SEARCH_LIMIT = 50  # the screen's list and `kiosk roster search` both stop here


def search_key(acc: Accreditation) -> str:
    return _key(acc.badge_number, acc.family_name, acc.given_names, acc.alt_name, acc.outlet)


def _key(badge_number: str, *names: str) -> str:
    return " ".join([SEARCH_KEY_MARK, *search_tokens(badge_number, names)])


class RosterStore:
    def __init__(self, database: Database) -> None:
        self.db = database

    def find(self, badge_number: str) -> Accreditation | None:
        with self.db.read() as session:
            return find_in(session, badge_number)

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

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[Accreditation]:
        """People whose names, outlet or badge number match the query (kiosk.domain.folding), by name."""
        words = query_words(query)
        if not words or limit <= 0:
            return []
        key = _TABLE.c.search_key
        prefilter = or_(and_(*(key.contains(w) for w in words)), key.contains("".join(words)))
        stmt = (
            select(_TABLE.c.id, key)
            .where(prefilter)
            .order_by(_TABLE.c.family_name, _TABLE.c.given_names, _TABLE.c.badge_number)
        )
        with self.db.read() as session:
            ids: list[int] = []
            for row_id, stored in session.connection().execute(stmt):
                if tokens_match(stored.split(), words):
                    ids.append(row_id)
                    if len(ids) == limit:
                        break
            if not ids:
                return []
            rows = {r.id: r for r in session.scalars(select(AccreditationRow).where(AccreditationRow.id.in_(ids)))}
            return [to_domain(rows[i]) for i in ids]

    def refresh_search_keys(self) -> int:
        """Recomputes the search keys made by another folding version (run at every start); returns how many."""
        stale = ~_TABLE.c.search_key.startswith(SEARCH_KEY_MARK + " ")
        names = (_TABLE.c.family_name, _TABLE.c.given_names, _TABLE.c.alt_name, _TABLE.c.outlet)
        with self.db.read() as session:
            if session.connection().execute(select(_TABLE.c.id).where(stale).limit(1)).first() is None:
                return 0
        with self.db.write() as session:
            connection = session.connection()
            rows = connection.execute(select(_TABLE.c.id, _TABLE.c.badge_number, *names).where(stale)).all()
            updates = [{"_id": r.id, "key": _key(r.badge_number, *r[2:])} for r in rows]
            connection.execute(
                update(_TABLE).where(_TABLE.c.id == bindparam("_id")).values(search_key=bindparam("key")), updates
            )
            return len(updates)

    def apply_import(self, records: list[Accreditation], now: datetime) -> ImportReport:
        """All rows in one transaction (bulk Core statements): a failure anywhere writes nothing."""
        with self.db.write() as session:
            connection = session.connection()
            existing = {row.badge_number: row for row in connection.execute(select(_TABLE))}
            grants: dict[int, set[str]] = {}
            for acc_id, code in connection.execute(select(_GRANTS.c.accreditation_id, _GRANTS.c.session_code)):
                grants.setdefault(acc_id, set()).add(code)
            slots: dict[int, list[tuple[datetime, datetime]]] = {}
            for acc_id, start, end in connection.execute(
                select(_SLOTS.c.accreditation_id, _SLOTS.c.starts_at, _SLOTS.c.ends_at).order_by(_SLOTS.c.starts_at)
            ):
                slots.setdefault(acc_id, []).append((start, end))

            new_rows, changed_rows, relinked = [], [], []
            unchanged = 0
            for acc in records:
                old = existing.get(acc.badge_number)
                if old is None:
                    new_rows.append(_insert_values(acc, now))
                    continue
                values = _changed_values(old, acc, now)
                same_links = grants.get(old.id, set()) == set(acc.sessions) and slots.get(old.id, []) == [
                    (a.starts, a.ends) for a in acc.appointments
                ]
                if not values and same_links:
                    unchanged += 1
                    continue
                values |= {"search_key": search_key(acc), "updated_at": now, "_id": old.id}
                changed_rows.append(values)
                if not same_links:
                    relinked.append((old.id, acc))
            if new_rows:
                connection.execute(insert(_TABLE), new_rows)
            for values in changed_rows:  # few on a re-import; each has its own set of columns
                row_id = values.pop("_id")
                connection.execute(update(_TABLE).where(_TABLE.c.id == row_id).values(**values))
            if relinked:
                ids = [row_id for row_id, _ in relinked]
                connection.execute(delete(_GRANTS).where(_GRANTS.c.accreditation_id.in_(ids)))
                connection.execute(delete(_SLOTS).where(_SLOTS.c.accreditation_id.in_(ids)))
            if new_rows:
                numbers = {r["badge_number"] for r in new_rows}
                id_of = {
                    number: row_id
                    for row_id, number in connection.execute(select(_TABLE.c.id, _TABLE.c.badge_number))
                    if number in numbers
                }
                relinked += [(id_of[acc.badge_number], acc) for acc in records if acc.badge_number in numbers]
            grant_rows = [
                {"accreditation_id": row_id, "session_code": code}
                for row_id, acc in relinked
                for code in sorted(acc.sessions)
            ]
            slot_rows = [
                {"accreditation_id": row_id, "starts_at": a.starts, "ends_at": a.ends}
                for row_id, acc in relinked
                for a in acc.appointments
            ]
            if grant_rows:
                connection.execute(insert(_GRANTS), grant_rows)
            if slot_rows:
                connection.execute(insert(_SLOTS), slot_rows)
            absent = len(set(existing) - {r.badge_number for r in records})
        return ImportReport(len(new_rows), len(changed_rows), unchanged, absent)

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


_TABLE = table_of(AccreditationRow)
_GRANTS = table_of(SessionGrantRow)
_SLOTS = table_of(AppointmentRow)


# Built once: statement construction costs more than the query on this hot path.
_FIND = select(_TABLE).where(_TABLE.c.badge_number == bindparam("number"))
_FIND_GRANTS = select(_GRANTS.c.session_code).where(_GRANTS.c.accreditation_id == bindparam("id"))
_FIND_SLOTS = (
    select(_SLOTS.c.starts_at, _SLOTS.c.ends_at)
    .where(_SLOTS.c.accreditation_id == bindparam("id"))
    .order_by(_SLOTS.c.starts_at)
)


def find_in(session: Session, badge_number: str) -> Accreditation | None:
    """The hot path of every scan: prepared Core selects, no ORM objects built."""
    connection = session.connection()
    row = connection.execute(_FIND, {"number": badge_number}).first()
    if row is None:
        return None
    codes = connection.execute(_FIND_GRANTS, {"id": row.id}).scalars()
    slots = connection.execute(_FIND_SLOTS, {"id": row.id})
    return _accreditation(row, codes, slots)


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


def _insert_values(acc: Accreditation, now: datetime) -> dict[str, object]:
    return _values(acc) | {
        "badge_number": acc.badge_number,
        "status": acc.status.value,
        "status_reason": acc.status_reason,
        "status_changed_at": now if acc.status is not Status.ACTIVE else None,
        "badge_version": acc.badge_version,
        "search_key": search_key(acc),
        "updated_at": now,
    }


def _changed_values(old: Any, acc: Accreditation, now: datetime) -> dict[str, object]:
    """The columns an import changes on an existing row (badge version is the office's, not the file's)."""
    values = _values(acc)
    if not acc.photo:  # a file without photos keeps the photos already on the roster
        del values["photo"]
    changed = {k: v for k, v in values.items() if getattr(old, k) != v}
    if old.status != acc.status.value:
        changed |= {"status": acc.status.value, "status_reason": acc.status_reason, "status_changed_at": now}
    return changed
