"""Replacing the whole roster (a package or an import) without holding the write lock for long.

The roster lives in generations and scans read the one roster_state names. An update writes the next
generation beside it in chunks, each its own short transaction; then one short transaction swaps the
pointer (after re-merging any badge edited by hand meanwhile) and logs the changes; then the old
generation is deleted in chunks. A failure or a crash before the swap leaves the previous roster in
force, and a scan never sees half of one. The next update sweeps up what a crashed one left.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Row, delete, insert, select, update
from sqlalchemy.orm import Session

from kiosk.domain.accreditation import Accreditation, Status
from kiosk.domain.log import LogKind, StatusSource
from kiosk.domain.roster_package import PackageEntry, PackageRefusal, PackageRefused
from kiosk.domain.roster_update import (
    ApplyReport,
    HeldStatus,
    KeptStricter,
    RosterSource,
    RosterSourceKind,
    StatusOrigin,
    keeps_when_absent,
    merge_status,
)
from kiosk.errors import KioskError
from kiosk.storage.database import Database
from kiosk.storage.models import (
    AccreditationRow,
    AppointmentRow,
    RosterSourceRow,
    RosterStateRow,
    SessionGrantRow,
    table_of,
)
from kiosk.storage.roster_store import (
    PLAIN_FIELDS,
    ROSTER_LOCK,
    STATE_ID,
    current_search_key,
    last_serial_in,
    search_key,
    source_of,
)
from kiosk.storage.scan_log import ScanLog
from kiosk.storage.widths import check_fits
from kiosk.storage.writes import serialise

CHUNK_ROWS = 1000  # badges per staging transaction: each holds the write lock for some tens of milliseconds
# A pause after each of its transactions: SQLite's lock is not a queue, and a scan waiting for it (its
# busy handler sleeps in growing steps) would otherwise keep missing the short gaps between two chunks.
PAUSE_S = 0.03

_TABLE = table_of(AccreditationRow)
_GRANTS = table_of(SessionGrantRow)
_SLOTS = table_of(AppointmentRow)
_STATE = table_of(RosterStateRow)
_SOURCES = table_of(RosterSourceRow)
_INSERT_RETURNING = insert(_TABLE).returning(_TABLE.c.id, _TABLE.c.badge_number, sort_by_parameter_order=True)


class RosterChangedMeanwhile(KioskError):
    """Another update swapped in or started while this one was staging: this one changed nothing."""


@dataclass(frozen=True)
class RosterUpdate:
    """A whole roster from the office. An import keeps badges absent from its file and the kiosk's
    badge versions; a package is the whole roster (absent badges go) and carries the versions."""

    kind: RosterSourceKind
    entries: Sequence[PackageEntry]
    serial: int | None = None
    created_at: datetime | None = None
    key_id: str = ""
    digest: str = ""

    @property
    def is_package(self) -> bool:
        return self.kind is RosterSourceKind.PACKAGE


@dataclass
class _Base:
    """The generation in force when staging began, read in one snapshot."""

    generation: int
    edits: int
    rows: dict[str, Row[Any]]
    sessions: dict[int, set[str]]
    slots: dict[int, list[tuple[datetime, datetime]]]


@dataclass
class _Badge:
    """What the new generation holds for one badge, and what the report and the log say of it."""

    values: dict[str, Any]
    sessions: list[str]
    slots: list[tuple[datetime, datetime]]
    change: str  # added | updated | unchanged | absent
    kept: KeptStricter | None = None
    status_logged: bool = False  # the status differs from the generation in force: a status_change row


@dataclass
class _Plan:
    badges: dict[str, _Badge] = field(default_factory=dict)
    removed: int = 0

    def same_as_base(self) -> bool:
        """Nothing to write: every badge as it is (a re-import of the same file, a package of no change)."""
        return not self.removed and all(b.change in ("unchanged", "absent") for b in self.badges.values())


class RosterApplier:
    def __init__(
        self, database: Database, log: ScanLog, chunk_rows: int = CHUNK_ROWS, pause_s: float = PAUSE_S
    ) -> None:
        self.db = database
        self.log = log
        self.kiosk_id = log.kiosk_id
        self.chunk_rows = chunk_rows
        self.pause_s = pause_s

    def apply(self, change: RosterUpdate, now: datetime) -> ApplyReport:
        generation = self._claim(change)
        try:
            base = self._read_base()
            plan = self._plan(change, base, now)
            if plan.same_as_base():
                return self._swap(change, base, plan, generation, now, in_force=True)
            with _collected_before(len(plan.badges)):
                for chunk in _chunks(list(plan.badges.values()), self.chunk_rows):
                    self._stage(generation, chunk)
                report = self._swap(change, base, plan, generation, now)
        except BaseException:
            self._abandon(generation)
            raise
        with _collected_before(len(plan.badges)):  # the generation swept is about the size of the new one
            self.sweep()
        return report

    # -- the steps -----------------------------------------------------------------------------
    def _claim(self, change: RosterUpdate) -> int:
        """A new generation number; it takes over from an update that crashed (or is still staging)."""
        with self.db.write() as session:
            serialise(session, ROSTER_LOCK)
            connection = session.connection()
            if change.is_package:
                _require_newer(session, change.serial)
            state = connection.execute(select(_STATE).where(_STATE.c.id == STATE_ID)).one()
            connection.execute(
                update(_STATE)
                .where(_STATE.c.id == STATE_ID)
                .values(next_generation=state.next_generation + 1, staging=state.next_generation)
            )
            return int(state.next_generation)

    def _read_base(self) -> _Base:
        with self.db.read() as session:
            connection = session.connection()  # one snapshot for the state and the rows
            state = connection.execute(select(_STATE).where(_STATE.c.id == STATE_ID)).one()
            rows = {
                row.badge_number: row
                for row in connection.execute(select(_TABLE).where(_TABLE.c.generation == state.generation))
            }
            ids = {row.id for row in rows.values()}
            sessions: dict[int, set[str]] = {}
            for acc_id, code in connection.execute(select(_GRANTS.c.accreditation_id, _GRANTS.c.session_code)):
                if acc_id in ids:
                    sessions.setdefault(acc_id, set()).add(code)
            slots: dict[int, list[tuple[datetime, datetime]]] = {}
            for acc_id, start, end in connection.execute(
                select(_SLOTS.c.accreditation_id, _SLOTS.c.starts_at, _SLOTS.c.ends_at).order_by(_SLOTS.c.starts_at)
            ):
                if acc_id in ids:
                    slots.setdefault(acc_id, []).append((start, end))
            return _Base(int(state.generation), int(state.edits), rows, sessions, slots)

    def _plan(self, change: RosterUpdate, base: _Base, now: datetime) -> _Plan:
        plan = _Plan()
        incoming = {e.accreditation.badge_number: e for e in change.entries}
        for number in sorted(incoming.keys() | base.rows.keys()):
            badge = _merge(change, incoming.get(number), base.rows.get(number), base, now)
            if badge is None:
                plan.removed += 1
            else:
                plan.badges[number] = badge
        return plan

    def _stage(self, generation: int, chunk: list[_Badge]) -> None:
        with self.db.write() as session:
            serialise(session, ROSTER_LOCK)
            connection = session.connection()
            _still_staging(connection, generation)
            for badge in chunk:
                check_fits(_TABLE, badge.values, f"badge {badge.values['badge_number']}: ")
            _insert_badges(connection, generation, chunk)
        self._breathe()

    def _swap(
        self, change: RosterUpdate, base: _Base, plan: _Plan, generation: int, now: datetime, in_force: bool = False
    ) -> ApplyReport:
        """The pointer to the new generation; or, when nothing changes (in_force), only the record of it."""
        with self.log.write() as session:
            serialise(session, ROSTER_LOCK)  # before the log's chain lock, as every roster writer does
            connection = session.connection()
            state = _still_staging(connection, generation)
            if state.generation != base.generation:
                raise RosterChangedMeanwhile("another roster was applied meanwhile: apply this one again")
            if change.is_package:
                _require_newer(session, change.serial)
            if in_force:
                generation = base.generation  # hand edits made meanwhile stay where they are
            elif state.edits != base.edits:
                self._catch_up(connection, change, base, plan, generation, now)
            swap = update(_STATE).where(_STATE.c.id == STATE_ID).values(generation=generation, staging=None)
            connection.execute(swap)
            source_id = connection.execute(
                insert(_SOURCES).values(
                    kind=change.kind.value, serial=change.serial, created_at=change.created_at,
                    key_id=change.key_id, digest=change.digest, applied_at=now, generation=generation,
                    badges=len(plan.badges),
                )
            ).inserted_primary_key
            assert source_id is not None
            source = source_of(session.get_one(RosterSourceRow, source_id[0]))
            report = _report(plan, source)
            self._log(session, change, plan, report, now)
            return report

    def _catch_up(
        self, connection: Any, change: RosterUpdate, base: _Base, plan: _Plan, generation: int, now: datetime
    ) -> None:
        """Badges edited by hand while staging ran: merged again from their row as it is now."""
        edited = connection.execute(
            select(_TABLE).where(_TABLE.c.generation == base.generation, _TABLE.c.edit_seq > base.edits)
        ).all()
        incoming = {e.accreditation.badge_number: e for e in change.entries}
        for row in edited:
            number = row.badge_number
            base.rows[number] = row
            badge = _merge(change, incoming.get(number), row, base, now)
            connection.execute(
                delete(_TABLE).where(_TABLE.c.generation == generation, _TABLE.c.badge_number == number)
            )  # grants and slots go with it (ON DELETE CASCADE)
            had = plan.badges.pop(number, None)
            if badge is None:
                plan.removed += had is not None
                continue
            plan.removed -= had is None
            plan.badges[number] = badge
            _insert_badges(connection, generation, [badge])

    def _log(self, session: Session, change: RosterUpdate, plan: _Plan, report: ApplyReport, now: datetime) -> None:
        source = StatusSource.PACKAGE if change.is_package else StatusSource.IMPORT
        for number, badge in plan.badges.items():
            if badge.status_logged:
                values = badge.values
                self.log.append(
                    session, at=now, kind=LogKind.STATUS_CHANGE, badge_number=number,
                    badge_version=values["badge_version"], code=values["status"], reason=source.value,
                    ref_id=change.serial, note=values["status_reason"],
                )
        summary = (
            f"serial={change.serial or ''} key={change.key_id} digest={change.digest[:16]} "
            f"added={report.added} updated={report.updated} unchanged={report.unchanged} "
            f"absent={report.absent} removed={report.removed} kept={len(report.kept)}"
        )
        self.log.append(
            session, at=now, kind=LogKind.ROSTER_APPLIED, reason=source.value, ref_id=change.serial, detail=summary,
        )

    def _abandon(self, generation: int) -> None:
        """After a failure: stop claiming the generation if it is still ours; sweep its rows."""
        try:
            with self.db.write() as session:
                serialise(session, ROSTER_LOCK)
                session.connection().execute(
                    update(_STATE).where(_STATE.c.id == STATE_ID, _STATE.c.staging == generation).values(staging=None)
                )
            self.sweep()
        except Exception:  # noqa: BLE001 - the original failure is the one to report; the next update sweeps
            pass

    def sweep(self) -> int:
        """Deletes every generation but the one in force and the one being staged, a chunk at a time."""
        deleted = 0
        while True:
            with self.db.write() as session:
                serialise(session, ROSTER_LOCK)
                connection = session.connection()
                state = connection.execute(select(_STATE).where(_STATE.c.id == STATE_ID)).one()
                keep = [g for g in (state.generation, state.staging) if g is not None]
                ids = connection.execute(
                    select(_TABLE.c.id).where(_TABLE.c.generation.not_in(keep)).limit(self.chunk_rows)
                ).scalars().all()
                if not ids:
                    return deleted
                connection.execute(delete(_GRANTS).where(_GRANTS.c.accreditation_id.in_(ids)))
                connection.execute(delete(_SLOTS).where(_SLOTS.c.accreditation_id.in_(ids)))
                connection.execute(delete(_TABLE).where(_TABLE.c.id.in_(ids)))
                deleted += len(ids)
            self._breathe()

    def _breathe(self) -> None:
        """Between two bulk transactions: the log copied into the database, then the door's turn."""
        self.db.checkpoint()
        time.sleep(self.pause_s)


# Below this many badges a plan is too few objects for a collection inside a transaction to matter, and
# the full collection before it would cost more than it saves (most of a small revocation's apply time).
COLLECT_FROM_BADGES = 5000


@contextmanager
def _collected_before(badges: int) -> Iterator[None]:
    """No garbage collection while this process may hold the write lock, for a big plan.

    A plan of 100k badges is millions of objects: a full collection stops this process for most of a
    second, and inside a transaction the door would wait that long (the benchmark saw 0.9 s). So collect
    once before, outside any transaction; plain reference counting frees the rest meanwhile.
    """
    if badges < COLLECT_FROM_BADGES:
        yield
        return
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _require_newer(session: Session, serial: int | None) -> None:
    """Replay protection: a package must be newer than every package applied here."""
    last = last_serial_in(session, RosterSourceKind.PACKAGE)
    if serial is None or serial <= last:
        raise PackageRefused(
            PackageRefusal.NOT_NEWER, f"serial {serial} is not newer than serial {last}, applied here"
        )


def _still_staging(connection: Any, generation: int) -> Row[Any]:
    state = connection.execute(select(_STATE).where(_STATE.c.id == STATE_ID)).one()
    if state.staging != generation:
        raise RosterChangedMeanwhile(
            "another roster update started meanwhile and took over; this one changed nothing"
        )
    return state  # type: ignore[no-any-return]


def _insert_badges(connection: Any, generation: int, badges: list[_Badge]) -> None:
    if not badges:
        return
    rows = [badge.values | {"generation": generation} for badge in badges]
    id_of = {number: row_id for row_id, number in connection.execute(_INSERT_RETURNING, rows)}
    grants = [
        {"accreditation_id": id_of[b.values["badge_number"]], "session_code": code}
        for b in badges
        for code in b.sessions
    ]
    slots = [
        {"accreditation_id": id_of[b.values["badge_number"]], "starts_at": start, "ends_at": end}
        for b in badges
        for start, end in b.slots
    ]
    if grants:
        connection.execute(insert(_GRANTS), grants)
    if slots:
        connection.execute(insert(_SLOTS), slots)


def _merge(
    change: RosterUpdate, entry: PackageEntry | None, old: Row[Any] | None, base: _Base, now: datetime
) -> _Badge | None:
    """One badge of the new generation from the office's entry and the row in force (None: removed)."""
    if entry is None:
        assert old is not None
        alone = _held(old)
        if change.is_package and not keeps_when_absent(alone):
            return None
        dropped = KeptStricter(old.badge_number, alone.status, None, alone.event) if change.is_package else None
        sessions = sorted(base.sessions.get(old.id, ()))
        return _Badge(_copy(old), sessions, base.slots.get(old.id, []), "absent", dropped)
    acc = entry.accreditation
    held = _held(old) if old is not None else None
    status, kept = merge_status(held, acc.status, acc.status_reason, entry.acknowledged)
    values: dict[str, Any] = {name: getattr(acc, name) for name in PLAIN_FIELDS}
    for name in ("media_type", "role", "id_document_type"):
        values[name] = str(values[name])
    if old is not None and not acc.photo and not change.is_package:
        values["photo"] = old.photo  # a file without photos keeps the photos already on the roster
    values["badge_number"] = acc.badge_number
    values["badge_version"] = _version(change, acc, old)
    values |= {
        "status": status.status.value, "status_reason": status.reason,
        "status_origin": status.origin.value, "status_event": status.event,
    }
    sessions = sorted(acc.sessions)
    slots = [(a.starts, a.ends) for a in sorted(acc.appointments, key=lambda a: a.starts)]
    offered_status = KeptStricter(acc.badge_number, status.status, acc.status, status.event) if kept else None
    if old is None:
        values |= {
            "status_changed_at": now if status.status is not Status.ACTIVE else None,
            "search_key": search_key(acc), "updated_at": now, "edit_seq": 0,
        }
        return _Badge(values, sessions, slots, "added", offered_status, status.status is not Status.ACTIVE)
    same_status = (old.status, old.status_reason, old.status_origin, old.status_event) == (
        values["status"], values["status_reason"], values["status_origin"], values["status_event"]
    )
    same = (
        same_status
        and all(getattr(old, name) == values[name] for name in (*PLAIN_FIELDS, "badge_version"))
        and set(sessions) == base.sessions.get(old.id, set())
        and slots == base.slots.get(old.id, [])
    )
    values |= {
        "status_changed_at": old.status_changed_at if same_status else now,
        "search_key": current_search_key(old) if same else search_key(acc),
        "updated_at": old.updated_at if same else now,
        "edit_seq": 0,
    }
    outcome = "unchanged" if same else "updated"
    return _Badge(values, sessions, slots, outcome, offered_status, old.status != values["status"])


def _version(change: RosterUpdate, acc: Accreditation, old: Row[Any] | None) -> int:
    """A package raises the kiosk's version (never lowers it); an import keeps the kiosk's."""
    if old is None:
        return acc.badge_version
    if change.is_package:
        return max(int(old.badge_version), acc.badge_version)
    return int(old.badge_version)


def _held(row: Row[Any]) -> HeldStatus:
    return HeldStatus(Status(row.status), row.status_reason, StatusOrigin(row.status_origin), row.status_event)


def _copy(row: Row[Any]) -> dict[str, Any]:
    values = dict(row._mapping)
    del values["id"], values["generation"]
    values["edit_seq"] = 0
    values["search_key"] = current_search_key(row)  # a new generation never needs refresh_search_keys
    return values


def _report(plan: _Plan, source: RosterSource) -> ApplyReport:
    changes = [b.change for b in plan.badges.values()]
    return ApplyReport(
        source=source,
        added=changes.count("added"),
        updated=changes.count("updated"),
        unchanged=changes.count("unchanged"),
        absent=changes.count("absent") - sum(1 for b in plan.badges.values() if b.change == "absent" and b.kept),
        removed=plan.removed,
        kept=tuple(b.kept for b in plan.badges.values() if b.kept is not None),
    )


def _chunks(items: list[_Badge], size: int) -> Iterator[list[_Badge]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
