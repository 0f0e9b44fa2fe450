"""A kiosk's log replicated to its site: in order, idempotently, and with its admissions claimed.

The kiosk writes its chain locally first (one writer per chain); uploads copy its rows to site_log,
keyed by (kiosk, seq). Under the kiosk's lock on the site, an upload reads the site's head of that
chain, checks the kiosk's row there has the same hash (another hash is a fork: an alarm, and nothing
more is taken), then inserts the rows after it. The same row uploaded again is a no-op. With the rows
go what they mean for the site: admissions claimed (or stored as conflicts), annulments, and the
lanes' hand status changes onto the change feed. Free text (notes, reasons of annulments) stays on
the kiosk: the site holds its digest, under the row hash, like the kiosk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from kiosk.domain.log import LogKind, StatusSource
from kiosk.domain.roster_update import event_ref
from kiosk.domain.seal import GENESIS, ChainRow
from kiosk.domain.site import AdmissionClaim, AlarmKind, ChangeKind, UploadReport
from kiosk.domain.verdict import Decision
from kiosk.storage.database import Database
from kiosk.storage.models import AdmissionRow, LogFields, LogNoteRow, LogRow, table_of
from kiosk.storage.scan_log import ChainBreak, row_hash
from kiosk.storage.site_claims import SiteClaims, Uploaded, server_now
from kiosk.storage.site_feed import SiteFeed
from kiosk.storage.site_models import SiteAlarmRow, SiteLogRow
from kiosk.storage.writes import insert_new, serialise

BATCH = 500  # rows per upload transaction
FIELDS = tuple(name for name in LogFields.__annotations__)
_LOCAL = table_of(LogRow)
_NOTES = table_of(LogNoteRow)
_ADMISSIONS = table_of(AdmissionRow)
_SITE = table_of(SiteLogRow)
_ALARMS = table_of(SiteAlarmRow)


@dataclass(frozen=True)
class UploadRow:
    """One of the kiosk's log rows as it goes up, with what the site needs of its neighbours."""

    values: dict[str, Any]  # every LogFields column, and local_id
    note: str = ""  # a hand status change: its reason, for the change feed
    annuls: str = ""  # an annulment: the client id of the admission it undoes
    occurrence: str = ""  # an admission: the day (or slot) it counts for, from the kiosk's admission row

    @property
    def seq(self) -> int:
        return int(self.values["seq"])


@dataclass
class _Tally:
    rows: int = 0
    claimed: int = 0
    conflicts: int = 0
    annulled: int = 0
    status_changes: int = 0
    fork_at: int | None = None
    notes: list[str] = field(default_factory=list)

    def report(self) -> UploadReport:
        return UploadReport(self.rows, self.claimed, self.conflicts, self.annulled, self.status_changes, self.fork_at)


# -- the kiosk's side ------------------------------------------------------------------------
def local_head(database: Database, kiosk_id: str) -> int:
    with database.read() as session:
        query = select(func.coalesce(func.max(_LOCAL.c.seq), 0)).where(_LOCAL.c.kiosk_id == kiosk_id)
        return int(session.scalar(query) or 0)


def pending_rows(database: Database, kiosk_id: str, uploaded_seq: int) -> int:
    """Rows of this kiosk's chain the site does not hold yet (as far as the kiosk last knew)."""
    return max(0, local_head(database, kiosk_id) - uploaded_seq)


def local_hash(database: Database, kiosk_id: str, seq: int) -> str | None:
    """The kiosk's hash of its row `seq` (None: it holds no such row)."""
    with database.read() as session:
        return session.scalar(select(_LOCAL.c.row_hash).where(_LOCAL.c.kiosk_id == kiosk_id, _LOCAL.c.seq == seq))


def local_rows(database: Database, kiosk_id: str, from_seq: int, limit: int = BATCH) -> list[UploadRow]:
    """The kiosk's rows from `from_seq` on (inclusive), in order, ready to go up."""
    with database.read() as session:
        query = (
            select(_LOCAL, _NOTES.c.text, _ADMISSIONS.c.occurrence)
            .outerjoin(_NOTES, _NOTES.c.log_id == _LOCAL.c.id)
            .outerjoin(_ADMISSIONS, _ADMISSIONS.c.decision_log_id == _LOCAL.c.id)
            .where(_LOCAL.c.kiosk_id == kiosk_id, _LOCAL.c.seq >= from_seq)
            .order_by(_LOCAL.c.seq)
            .limit(limit)
        )
        rows = session.execute(query).all()
        refs = [r.ref_id for r in rows if r.kind == LogKind.ANNULMENT and r.ref_id is not None]
        client_of = dict(
            session.execute(select(_LOCAL.c.id, _LOCAL.c.client_id).where(_LOCAL.c.id.in_(refs))).all()
        ) if refs else {}
        found = []
        for row in rows:
            values = {name: getattr(row, name) for name in FIELDS} | {"local_id": row.id}
            is_hand_status = row.kind == LogKind.STATUS_CHANGE and row.reason == StatusSource.KIOSK
            found.append(
                UploadRow(
                    values,
                    note=(row.text or "") if is_hand_status else "",
                    annuls=client_of.get(row.ref_id, "") if row.kind == LogKind.ANNULMENT else "",
                    occurrence=row.occurrence or "",
                )
            )
        return found


# -- the site's side -------------------------------------------------------------------------
class SiteLog:
    def __init__(self, database: Database) -> None:
        self.db = database
        self.claims = SiteClaims(database)
        self.feed = SiteFeed(database)

    def head(self, kiosk_id: str) -> tuple[int, str]:
        with self.db.read() as session:
            return _head(session, kiosk_id)

    def upload(
        self, kiosk_id: str, rows_from: Callable[[int], list[UploadRow]],
        hash_at: Callable[[int], str | None] | None = None,
    ) -> tuple[UploadReport, int]:
        """One batch: the rows `rows_from(site head)` gives (the head's own row first, to compare), in one
        transaction under the kiosk's lock. Returns what it did and the site's head after it.

        `hash_at(seq)`, the kiosk's hash of its row `seq`: with it a fork names the first row that
        differs (the chain makes every row after it differ too), not only the site's head."""
        tally = _Tally()
        with self.db.write() as session:
            lock_chain(session, kiosk_id)
            head_seq, head_hash = _head(session, kiosk_id)
            rows = rows_from(max(head_seq, 1))
            if head_seq:
                at_head = rows[0] if rows and rows[0].seq == head_seq else None
                if at_head is None or at_head.values["row_hash"] != head_hash:
                    tally.fork_at = self._diverged(session, kiosk_id, head_seq, at_head, hash_at)
                    return tally.report(), head_seq
                rows = rows[1:]
            prev = head_hash if head_seq else GENESIS
            for row in rows:
                if row.seq != head_seq + 1 or row.values["prev_hash"] != prev:
                    break  # the kiosk's own chain is broken here: `kiosk log verify` says how; the site stops
                self._insert(session, kiosk_id, row, tally)
                head_seq, prev = row.seq, row.values["row_hash"]
        return tally.report(), head_seq

    @staticmethod
    def _diverged(
        session: Session, kiosk_id: str, head_seq: int, at_head: UploadRow | None,
        hash_at: Callable[[int], str | None] | None,
    ) -> int:
        """The kiosk's chain is not the site's up to its head: an alarm at the first row that differs.
        Held otherwise by the kiosk: a fork (rewritten there); not held at all: a rollback (rows deleted
        there, or an older copy put back)."""
        first = _first_difference(session, kiosk_id, head_seq, hash_at) if hash_at else head_seq
        mine = hash_at(first) if hash_at else (at_head.values["row_hash"] if at_head else None)
        if mine is None:
            alarm(session, AlarmKind.ROLLBACK, kiosk_id, first,
                  f"the site holds rows {first} to {head_seq} this kiosk no longer has")
        else:
            theirs = session.execute(_HASH_AT, {"kiosk": kiosk_id, "seq": first}).scalar() or ""
            alarm(session, AlarmKind.FORK, kiosk_id, first,
                  f"row {first}: kiosk {mine[:16]}, site {theirs[:16]}; the site holds up to row {head_seq}")
        return first

    def _insert(self, session: Session, kiosk_id: str, row: UploadRow, tally: _Tally) -> None:
        values = row.values | {"kiosk_id": kiosk_id, "uploaded_at": server_now(session.connection())}
        if not insert_new(session, _SITE, values, [_SITE.c.kiosk_id, _SITE.c.seq]):
            return
        tally.rows += 1
        v = row.values
        if v["kind"] == LogKind.DECISION and v["decision"] == Decision.ADMITTED and v["client_id"]:
            claim = AdmissionClaim(
                v["client_id"], v["badge_number"] or "", v["session"], row.occurrence, kiosk_id,
                v["checkpoint"], v["officer"], v["at"], bool(v["offline"]),
            )
            outcome = self.claims.take_uploaded(session, claim, row.seq)
            tally.claimed += outcome is Uploaded.CLAIMED
            tally.conflicts += outcome is Uploaded.CONFLICT
        elif v["kind"] == LogKind.ANNULMENT and row.annuls:
            tally.annulled += self.claims.annul(session, row.annuls)
        elif v["kind"] == LogKind.STATUS_CHANGE and v["reason"] == StatusSource.KIOSK and v["badge_number"]:
            added = self.feed.append(
                session, event_ref(kiosk_id, row.seq), ChangeKind.STATUS, kiosk_id, v["at"],
                badge_number=v["badge_number"], status=v["code"], reason=row.note[:500],
            )
            tally.status_changes += added is not None

    # -- reading -----------------------------------------------------------------------------
    def count(self, kiosk_id: str | None = None) -> int:
        with self.db.read() as session:
            query = select(func.count()).select_from(_SITE)
            if kiosk_id is not None:
                query = query.where(_SITE.c.kiosk_id == kiosk_id)
            return int(session.scalar(query) or 0)

    def kiosks(self) -> list[str]:
        with self.db.read() as session:
            return sorted(session.scalars(select(_SITE.c.kiosk_id).distinct()))

    def verify_chain(self, kiosk_id: str) -> ChainBreak | None:
        """The kiosk's chain as the site holds it: each row's hash, and each link to the row before."""
        with self.db.read() as session:
            prev, expected = GENESIS, 1
            for row in session.execute(select(_SITE).where(_SITE.c.kiosk_id == kiosk_id).order_by(_SITE.c.seq)):
                problem = None
                if row.seq != expected:
                    problem = "missing_before" if row.seq > expected else "inserted"
                elif row.prev_hash != prev:
                    problem = "inserted"
                elif row_hash({name: getattr(row, name) for name in FIELDS}) != row.row_hash:
                    problem = "edited"
                if problem:
                    return ChainBreak(kiosk_id, row.id, row.seq, problem)
                prev, expected = row.row_hash, row.seq + 1
        return None

    def chain_rows(self, kiosk_id: str) -> list[ChainRow]:
        """What the seals need of the kiosk's rows on the site, in order."""
        with self.db.read() as session:
            query = (
                select(_SITE.c.seq, _SITE.c.at, _SITE.c.row_hash).where(_SITE.c.kiosk_id == kiosk_id)
                .order_by(_SITE.c.seq)
            )
            return [ChainRow(seq, at, digest) for seq, at, digest in session.execute(query)]

    def alarms(self, kiosk_id: str | None = None) -> list[tuple[str, str, int, str]]:
        """(kind, kiosk, seq, detail) of every alarm raised, oldest first."""
        with self.db.read() as session:
            query = select(_ALARMS.c.kind, _ALARMS.c.kiosk_id, _ALARMS.c.seq, _ALARMS.c.detail).order_by(_ALARMS.c.id)
            if kiosk_id is not None:
                query = query.where(_ALARMS.c.kiosk_id == kiosk_id)
            return [tuple(row) for row in session.execute(query)]


_HEAD = (
    select(_SITE.c.seq, _SITE.c.row_hash)
    .where(_SITE.c.kiosk_id == bindparam("kiosk"))
    .order_by(_SITE.c.seq.desc())
    .limit(1)
)


def _head(session: Session, kiosk_id: str) -> tuple[int, str]:
    row = session.execute(_HEAD, {"kiosk": kiosk_id}).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


_HASH_AT = select(_SITE.c.row_hash).where(_SITE.c.kiosk_id == bindparam("kiosk"), _SITE.c.seq == bindparam("seq"))


def lock_chain(session: Session, kiosk_id: str) -> None:
    """The kiosk's chain on the site, held until the transaction ends: one upload at a time per kiosk."""
    serialise(session, f"site_log chain {kiosk_id}")


def _first_difference(session: Session, kiosk_id: str, head_seq: int, hash_at: Callable[[int], str | None]) -> int:
    """The first row the kiosk holds otherwise than the site (at most head_seq, which differs): equal
    hashes at a row mean equal chains up to it, so a bisection finds it in a few look-ups."""
    low, high = 1, head_seq  # the answer lies in [low, high]
    while low < high:
        middle = (low + high) // 2
        if hash_at(middle) == session.execute(_HASH_AT, {"kiosk": kiosk_id, "seq": middle}).scalar():
            low = middle + 1
        else:
            high = middle
    return low


def alarm(session: Session, kind: AlarmKind, kiosk_id: str, seq: int, detail: str) -> None:
    values = {
        "kind": kind.value, "kiosk_id": kiosk_id, "seq": seq, "detail": detail[:500],
        "raised_at": server_now(session.connection()),
    }
    insert_new(session, _ALARMS, values, [_ALARMS.c.kind, _ALARMS.c.kiosk_id, _ALARMS.c.seq])
