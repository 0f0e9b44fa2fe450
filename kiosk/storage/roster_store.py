"""The roster in the database (the generation in force: see roster_swap), handed out as domain Accreditations."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select, update
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
from kiosk.domain.roster_update import RosterSource, RosterSourceKind
from kiosk.errors import KioskError
from kiosk.storage.database import Database
from kiosk.storage.models import (
    AccreditationRow,
    AppointmentRow,
    RosterSourceRow,
    RosterStateRow,
    SessionGrantRow,
    StatusAcknowledgementRow,
    table_of,
)
from kiosk.storage.writes import serialise

PLAIN_FIELDS = (
    "family_name", "given_names", "alt_name", "outlet", "media_type", "role", "country",
    "id_document_type", "id_document_last4", "press_card_number", "press_card_issuer",
    "mission_letter", "photo", "attention_note",
)


# Roster writers take turns (read the roster, then write it): on SQLite the write lock does it already.
ROSTER_LOCK = "roster"


class UnknownBadge(KioskError):
    pass


def to_domain(row: AccreditationRow) -> Accreditation:
    return accreditation_of(
        row,
        (g.session_code for g in row.sessions),
        ((a.starts_at, a.ends_at) for a in row.appointments),
    )


def accreditation_of(
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


def current_search_key(row: Any) -> str:
    """A stored row's key (ORM or Core row): kept if made by this folding version, else made again."""
    if row.search_key.startswith(SEARCH_KEY_MARK + " "):
        return str(row.search_key)
    return _key(row.badge_number, row.family_name, row.given_names, row.alt_name, row.outlet)


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
            query = (
                select(AccreditationRow)
                .where(AccreditationRow.generation == CURRENT)
                .order_by(AccreditationRow.badge_number)
            )
            if status is not None:
                query = query.where(AccreditationRow.status == status.value)
            return [to_domain(r) for r in session.scalars(query)]

    def count(self) -> int:
        with self.db.read() as session:
            return session.scalar(
                select(func.count()).select_from(AccreditationRow).where(AccreditationRow.generation == CURRENT)
            ) or 0

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[Accreditation]:
        """People whose names, outlet or badge number match the query (kiosk.domain.folding), by name."""
        words = query_words(query)
        if not words or limit <= 0:
            return []
        key = _TABLE.c.search_key
        prefilter = or_(and_(*(key.contains(w) for w in words)), key.contains("".join(words)))
        stmt = (
            select(_TABLE.c.id, key)
            .where(_TABLE.c.generation == CURRENT, prefilter)
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
        """Recomputes the roster's search keys made by another folding version (run at every start);
        returns how many. Only the generation in force: a roster being staged is written with fresh keys."""
        stale = and_(~_TABLE.c.search_key.startswith(SEARCH_KEY_MARK + " "), _TABLE.c.generation == CURRENT)
        names = (_TABLE.c.family_name, _TABLE.c.given_names, _TABLE.c.alt_name, _TABLE.c.outlet)
        with self.db.read() as session:
            if session.connection().execute(select(_TABLE.c.id).where(stale).limit(1)).first() is None:
                return 0
        with self.db.write() as session:
            serialise(session, ROSTER_LOCK)  # a roster writer's read-then-write, like the others
            connection = session.connection()
            rows = connection.execute(select(_TABLE.c.id, _TABLE.c.badge_number, *names).where(stale)).all()
            updates = [{"_id": r.id, "key": _key(r.badge_number, *r[2:])} for r in rows]
            if updates:
                connection.execute(
                    update(_TABLE).where(_TABLE.c.id == bindparam("_id")).values(search_key=bindparam("key")),
                    updates,
                )
            return len(updates)

    def bump_version(self, badge_number: str, now: datetime) -> Accreditation:
        """A reprint (office only): the new badge supersedes every older one."""
        with self.db.write() as session:
            serialise(session, ROSTER_LOCK)  # two reprints at once make two versions, not one
            edit = next_edit(session)
            row = require_current(session, badge_number)
            row.badge_version += 1
            row.updated_at, row.edit_seq = now, edit
            session.flush()
            return to_domain(row)

    def source(self) -> RosterSource | None:
        """The package or import the roster scans see came from (None: never applied or imported)."""
        with self.db.read() as session:
            row = session.scalar(
                select(RosterSourceRow)
                .where(RosterSourceRow.generation == CURRENT, RosterSourceRow.kind != RosterSourceKind.PUBLISHED)
                .order_by(RosterSourceRow.id.desc())
                .limit(1)
            )
            return None if row is None else source_of(row)

    def last_serial(self, kind: RosterSourceKind) -> int:
        """The highest serial applied (PACKAGE) or published (PUBLISHED) here; 0 if none."""
        with self.db.read() as session:
            return last_serial_in(session, kind)

    def take_serial(self, key_id: str, badges: int, now: datetime) -> int:
        """At the office: the next package serial, taken once (a unique constraint), never given twice."""
        with self.db.write() as session:
            serial = last_serial_in(session, RosterSourceKind.PUBLISHED) + 1
            session.add(
                RosterSourceRow(
                    kind=RosterSourceKind.PUBLISHED.value, serial=serial, created_at=now, key_id=key_id,
                    digest="", applied_at=now, generation=None, badges=badges,
                )
            )
            return serial

    def acknowledged(self) -> dict[str, frozenset[str]]:
        """At the office: each badge's kiosk status changes it has seen (kiosk#seq), for its packages."""
        with self.db.read() as session:
            seen: dict[str, set[str]] = {}
            for number, ref in session.execute(
                select(StatusAcknowledgementRow.badge_number, StatusAcknowledgementRow.event)
            ):
                seen.setdefault(number, set()).add(ref)
            return {number: frozenset(refs) for number, refs in seen.items()}


_TABLE = table_of(AccreditationRow)
_GRANTS = table_of(SessionGrantRow)
_SLOTS = table_of(AppointmentRow)
_STATE = table_of(RosterStateRow)
STATE_ID = 1
# The generation scans see: an apply writes the next one beside it, then swaps this pointer.
CURRENT = select(_STATE.c.generation).where(_STATE.c.id == STATE_ID).scalar_subquery()


# Built once: statement construction costs more than the query on this hot path.
_FIND = select(_TABLE).where(_TABLE.c.badge_number == bindparam("number"), _TABLE.c.generation == CURRENT)
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
    return accreditation_of(row, codes, slots)


def _row(session: Session, badge_number: str) -> AccreditationRow | None:
    return session.scalar(
        select(AccreditationRow).where(
            AccreditationRow.badge_number == badge_number, AccreditationRow.generation == CURRENT
        )
    )


def require_current(session: Session, badge_number: str) -> AccreditationRow:
    """The badge's row in the roster scans see, for a hand edit (UnknownBadge if there is none)."""
    row = _row(session, badge_number)
    if row is None:
        raise UnknownBadge(f"no badge {badge_number!r} on the roster")
    return row


def next_edit(session: Session) -> int:
    """Counts a hand edit, so an apply staging meanwhile re-merges the badges edited (roster_swap)."""
    connection = session.connection()
    connection.execute(update(_STATE).where(_STATE.c.id == STATE_ID).values(edits=_STATE.c.edits + 1))
    return int(connection.execute(select(_STATE.c.edits).where(_STATE.c.id == STATE_ID)).scalar_one())


def last_serial_in(session: Session, kind: RosterSourceKind) -> int:
    value = session.scalar(select(func.max(RosterSourceRow.serial)).where(RosterSourceRow.kind == kind.value))
    return int(value or 0)


def source_of(row: RosterSourceRow) -> RosterSource:
    return RosterSource(
        kind=RosterSourceKind(row.kind),
        applied_at=row.applied_at,
        serial=row.serial,
        created_at=row.created_at,
        key_id=row.key_id,
        badges=row.badges,
    )
