"""The scan log: every scan, decision and annulment, hash-chained per kiosk so any edit shows.

Each row's hash covers its fields and the previous row's hash of the same kiosk; kiosks never share a
chain, so several gates never contend for one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, or_, select
from sqlalchemy.orm import Session

from kiosk.domain.accreditation import Accreditation
from kiosk.domain.log import Counts, DecisionError, LogEntry, LogKind
from kiosk.domain.verdict import (
    Decision,
    PriorAdmission,
    RecentEvent,
    RecentKind,
    RefusalReason,
    Verdict,
    VerdictCode,
)
from kiosk.storage.database import Database
from kiosk.storage.models import AdmissionRow, LogRow, table_of
from kiosk.storage.roster_store import find_in

GENESIS = "0" * 64
QR_TEXT_LIMIT = 256
HASHED_FIELDS = (
    "kiosk_id", "seq", "at", "kind", "checkpoint", "session", "badge_number", "badge_version",
    "code", "decision", "reason", "officer", "manual", "ref_id", "qr_text", "detail", "prev_hash",
)


@dataclass(frozen=True)
class ChainBreak:
    kiosk_id: str
    row_id: int
    seq: int
    problem: str  # edited | missing_before | inserted | reordered


def row_hash(values: dict[str, Any]) -> str:
    canonical = {name: values.get(name) for name in HASHED_FIELDS}
    at = canonical["at"]
    canonical["at"] = at.astimezone(UTC).isoformat() if isinstance(at, datetime) else at
    data = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _hash_of(row: LogRow) -> str:
    return row_hash({name: getattr(row, name) for name in HASHED_FIELDS})


class ScanLog:
    def __init__(self, database: Database, kiosk_id: str) -> None:
        self.db = database
        self.kiosk_id = kiosk_id

    # -- writing -----------------------------------------------------------------------------
    @contextmanager
    def unit(self) -> Iterator[ScanUnit]:
        """One scan in one write transaction: roster lookup, admission lookup and log row."""
        with self.db.write() as session:
            yield ScanUnit(self, session)

    def record_scan(self, verdict: Verdict, qr_text: str, officer: str = "") -> Verdict:
        """Committed before it returns: the verdict shown is always in the log."""
        with self.unit() as unit:
            return unit.record_scan(verdict, qr_text, officer)

    def record_decision(
        self,
        scan_id: int,
        decision: Decision,
        at: datetime,
        reason: RefusalReason | None = None,
        officer: str = "",
        note: str = "",
    ) -> LogEntry:
        """The officer's answer to a valid scan. Only an admission uses the badge up."""
        if decision is Decision.REFUSED and reason is None:
            raise DecisionError("a refusal needs a reason")
        with self.db.write() as session:
            scan = session.get(LogRow, scan_id)
            if scan is None or scan.kind != LogKind.SCAN:
                raise DecisionError(f"no scan #{scan_id} in the log")
            if scan.code != VerdictCode.VALID.value:
                raise DecisionError(f"scan #{scan_id} was denied ({scan.code}); nothing to decide")
            answered = session.scalar(
                select(LogRow.id).where(LogRow.kind == LogKind.DECISION, LogRow.ref_id == scan_id)
            )
            if answered is not None:
                raise DecisionError(f"scan #{scan_id} has already been decided")
            if decision is Decision.ADMITTED and scan.badge_number is not None:
                prior = _live_admission(session, scan.badge_number, scan.session)
                if prior is not None:
                    raise DecisionError(
                        f"badge {scan.badge_number} was admitted to {scan.session} "
                        f"at {prior.at.isoformat()} by {prior.checkpoint} meanwhile"
                    )
            row = self._append(
                session,
                at=at,
                kind=LogKind.DECISION,
                checkpoint=scan.checkpoint,
                session=scan.session,
                badge_number=scan.badge_number,
                badge_version=scan.badge_version,
                decision=decision.value,
                reason=reason.value if reason else "",
                officer=officer,
                manual=scan.manual,
                ref_id=scan_id,
                detail=note,
            )
            if decision is Decision.ADMITTED and scan.badge_number is not None:
                session.add(
                    AdmissionRow(
                        badge_number=scan.badge_number,
                        session=scan.session,
                        checkpoint=scan.checkpoint,
                        at=at,
                        decision_log_id=row.id,
                    )
                )
            return row

    def annul_admission(self, decision_id: int, at: datetime, reason: str, officer: str) -> LogEntry:
        """A supervisor undoes a mistaken admission; the original rows stay, the badge is usable again."""
        if not reason.strip():
            raise DecisionError("an annulment needs a reason")
        with self.db.write() as session:
            admission = session.scalar(
                select(AdmissionRow).where(AdmissionRow.decision_log_id == decision_id)
            )
            if admission is None or admission.annulled_at is not None:
                raise DecisionError(f"no standing admission for decision #{decision_id}")
            admission.annulled_at = at
            row = self._append(
                session,
                at=at,
                kind=LogKind.ANNULMENT,
                checkpoint=admission.checkpoint,
                session=admission.session,
                badge_number=admission.badge_number,
                officer=officer,
                ref_id=decision_id,
                detail=reason,
            )
            return row

    def _append(self, db: Session, **values: Any) -> LogEntry:
        connection = db.connection()
        last = connection.execute(_LAST_LINK, {"kiosk": self.kiosk_id}).first()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        defaults: dict[str, Any] = {
            "checkpoint": "", "session": "", "badge_number": None, "badge_version": None,
            "code": "", "decision": "", "reason": "", "officer": "", "manual": False,
            "ref_id": None, "qr_text": "", "detail": "",
        }
        fields = defaults | values | {"kiosk_id": self.kiosk_id, "seq": seq, "prev_hash": prev}
        fields["row_hash"] = row_hash(fields)
        key = connection.execute(_INSERT, fields).inserted_primary_key
        assert key is not None
        return _entry_of(fields, int(key[0]))

    # -- reading -----------------------------------------------------------------------------
    def admission_for(self, badge_number: str, session_code: str) -> PriorAdmission | None:
        with self.db.read() as session:
            return _live_admission(session, badge_number, session_code)

    def entries(self, since: datetime | None = None, until: datetime | None = None) -> list[LogEntry]:
        with self.db.read() as session:
            query = select(LogRow).order_by(LogRow.at, LogRow.id)
            if since is not None:
                query = query.where(LogRow.at >= since)
            if until is not None:
                query = query.where(LogRow.at < until)
            return [_entry(r) for r in session.scalars(query)]

    def counts(self, since: datetime, until: datetime, checkpoint: str | None = None) -> Counts:
        """Admitted and refused decisions, and denied scans, in a time span (e.g. today)."""
        with self.db.read() as session:
            query = select(LogRow.kind, LogRow.code, LogRow.decision).where(
                LogRow.at >= since, LogRow.at < until
            )
            if checkpoint:
                query = query.where(LogRow.checkpoint == checkpoint)
            result = {"scans": 0, "denied": 0, "admitted": 0, "refused": 0, "annulled": 0}
            for kind, code, decision in session.execute(query):
                if kind == LogKind.SCAN:
                    result["scans"] += 1
                    result["denied"] += code != VerdictCode.VALID.value
                elif kind == LogKind.DECISION:
                    result[decision] += 1
                elif kind == LogKind.ANNULMENT:
                    result["annulled"] += 1
            return Counts(**result)

    def denials_and_refusals(
        self, since: datetime, until: datetime, limit: int = 100
    ) -> list[RecentEvent]:
        """The span's denied scans and refused holders, newest first (the supervisor's list)."""
        with self.db.read() as session:
            events = _recent_events(session, since, until)
        return events[::-1][:limit]

    def get(self, row_id: int) -> LogEntry | None:
        with self.db.read() as session:
            row = session.get(LogRow, row_id)
            return None if row is None else _entry(row)

    def count(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(LogRow)) or 0

    def chain_heads(self) -> dict[str, tuple[int, str]]:
        """Each kiosk's last (seq, hash): printed on reports so a later rewrite of the chain shows."""
        with self.db.read() as session:
            heads: dict[str, tuple[int, str]] = {}
            for kiosk, seq, digest in session.execute(
                select(LogRow.kiosk_id, LogRow.seq, LogRow.row_hash).order_by(LogRow.kiosk_id, LogRow.seq)
            ):
                heads[kiosk] = (seq, digest)
            return heads

    def verify_chain(self) -> list[ChainBreak]:
        """Walks every kiosk's chain; returns the first break of each (empty: intact)."""
        breaks: list[ChainBreak] = []
        with self.db.read() as session:
            kiosks = session.scalars(select(LogRow.kiosk_id).distinct()).all()
            for kiosk in sorted(kiosks):
                prev, expected_seq = GENESIS, 1
                for row in session.scalars(
                    select(LogRow).where(LogRow.kiosk_id == kiosk).order_by(LogRow.seq)
                ):
                    problem = None
                    if row.seq != expected_seq:
                        problem = "missing_before" if row.seq > expected_seq else "inserted"
                    elif row.prev_hash != prev:
                        problem = "inserted"
                    elif _hash_of(row) != row.row_hash:
                        problem = "edited"
                    if problem:
                        breaks.append(ChainBreak(kiosk, row.id, row.seq, problem))
                        break
                    prev, expected_seq = row.row_hash, row.seq + 1
        return breaks


_LOG = table_of(LogRow)
_ENTRY_FIELDS = tuple(f for f in LogEntry.__dataclass_fields__ if f != "id")
_INSERT = insert(_LOG)
_LAST_LINK = (
    select(_LOG.c.seq, _LOG.c.row_hash)
    .where(_LOG.c.kiosk_id == bindparam("kiosk"))
    .order_by(_LOG.c.seq.desc())
    .limit(1)
)
_ADMISSIONS = table_of(AdmissionRow)
_LIVE_ADMISSION = (
    select(_ADMISSIONS.c.at, _ADMISSIONS.c.checkpoint, _ADMISSIONS.c.session)
    .where(
        _ADMISSIONS.c.badge_number == bindparam("badge"),
        _ADMISSIONS.c.session == bindparam("session"),
        _ADMISSIONS.c.annulled_at.is_(None),
    )
    .order_by(_ADMISSIONS.c.at)
    .limit(1)
)


class ScanUnit:
    """Lookups and the log append of one scan, sharing its transaction (and its write lock)."""

    def __init__(self, log: ScanLog, session: Session) -> None:
        self._log = log
        self._session = session

    def find(self, badge_number: str) -> Accreditation | None:
        return find_in(self._session, badge_number)

    def admission_for(self, badge_number: str, session_code: str) -> PriorAdmission | None:
        return _live_admission(self._session, badge_number, session_code)

    def recent_for(self, badge_number: str, since: datetime, until: datetime) -> tuple[RecentEvent, ...]:
        """The badge's denials and refusals logged in the span, oldest first, read in this scan's transaction."""
        return tuple(_recent_events(self._session, since, until, badge_number))

    def record_scan(self, verdict: Verdict, qr_text: str, officer: str = "") -> Verdict:
        entry = self._log._append(
            self._session,
            at=verdict.at,
            kind=LogKind.SCAN,
            checkpoint=verdict.checkpoint,
            session=verdict.session or "",
            badge_number=verdict.badge_number,
            badge_version=verdict.badge_version,
            code=verdict.code.value,
            officer=officer,
            manual=verdict.manual,
            qr_text=qr_text[:QR_TEXT_LIMIT],
            detail=verdict.detail,
        )
        return verdict.with_scan_id(entry.id)


def _live_admission(session: Session, badge_number: str, session_code: str) -> PriorAdmission | None:
    row = session.connection().execute(
        _LIVE_ADMISSION, {"badge": badge_number, "session": session_code}
    ).first()
    return None if row is None else PriorAdmission(row.at, row.checkpoint, row.session)


# Built once, like the admission lookup: every scan of a badge number reads its day's history.
_RECENT = (
    select(
        _LOG.c.at, _LOG.c.checkpoint, _LOG.c.officer, _LOG.c.kind, _LOG.c.badge_number,
        _LOG.c.code, _LOG.c.reason, _LOG.c.detail,
    )
    .where(
        _LOG.c.at >= bindparam("since"),
        _LOG.c.at < bindparam("until"),
        or_(
            and_(_LOG.c.kind == LogKind.SCAN.value, _LOG.c.code != VerdictCode.VALID.value),
            and_(_LOG.c.kind == LogKind.DECISION.value, _LOG.c.decision == Decision.REFUSED.value),
        ),
    )
    .order_by(_LOG.c.at, _LOG.c.id)
)
_RECENT_FOR_BADGE = _RECENT.where(_LOG.c.badge_number == bindparam("badge"))


def _recent_events(
    session: Session, since: datetime, until: datetime, badge_number: str | None = None
) -> list[RecentEvent]:
    span = {"since": since, "until": until}
    if badge_number is None:
        rows = session.connection().execute(_RECENT, span)
    else:
        rows = session.connection().execute(_RECENT_FOR_BADGE, span | {"badge": badge_number})
    events = []
    for row in rows:
        if row.kind == LogKind.SCAN:
            events.append(
                RecentEvent(row.at, row.checkpoint, row.officer, RecentKind.DENIED, row.badge_number, _code(row.code))
            )
        else:
            events.append(
                RecentEvent(
                    row.at, row.checkpoint, row.officer, RecentKind.REFUSED, row.badge_number,
                    reason=_reason(row.reason), note=row.detail,
                )
            )
    return events


def _code(value: str) -> VerdictCode | None:
    """A code a later version wrote is kept out rather than failing the scan."""
    try:
        return VerdictCode(value)
    except ValueError:
        return None


def _reason(value: str) -> RefusalReason | None:
    try:
        return RefusalReason(value)
    except ValueError:
        return None


def _entry(row: LogRow) -> LogEntry:
    return _entry_of({name: getattr(row, name) for name in _ENTRY_FIELDS}, row.id)


def _entry_of(values: dict[str, Any], row_id: int) -> LogEntry:
    fields = {name: values[name] for name in _ENTRY_FIELDS}
    fields["kind"] = LogKind(fields["kind"])
    fields["decision"] = Decision(fields["decision"]) if fields["decision"] else None
    fields["reason"] = RefusalReason(fields["reason"]) if fields["reason"] else None
    return LogEntry(id=row_id, **fields)
