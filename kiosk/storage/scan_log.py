"""The scan log: every scan, decision and annulment, hash-chained per kiosk so any edit shows.

Each row's hash covers its fields and the previous row's hash of the same kiosk; kiosks never share a
chain, so several gates never contend for one. Two processes under one kiosk id (a restart overlapping
the old process, a CLI command beside the screen) take turns on the chain's lock, on both databases.
A kiosk whose sealing is set up also seals its chain (kiosk.storage.log_seal). Free text (notes,
reasons) is kept beside the row, in log_note, and the hash covers only a keyed digest of it; a foreign
QR text is kept only as its length and a keyed digest.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, insert, or_, select
from sqlalchemy.orm import Session

from kiosk.domain import badge
from kiosk.domain.accreditation import Accreditation
from kiosk.domain.log import (
    Counts,
    DecisionError,
    DecisionRefusal,
    LogEntry,
    LogKind,
    StatusSource,
    checked_note,
)
from kiosk.domain.seal import GENESIS, ChainRow, Seal, SealingKey
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
from kiosk.storage.log_seal import AfterCommit, LogSealer, run_after_commit, seals_of
from kiosk.storage.models import AdmissionRow, LogDigestKeyRow, LogNoteRow, LogRow, StaffRow, table_of
from kiosk.storage.roster_store import find_in
from kiosk.storage.widths import check_fits
from kiosk.storage.writes import insert_new, serialise

QR_TEXT_LIMIT = 256
HASHED_FIELDS = (
    "kiosk_id", "seq", "at", "kind", "checkpoint", "session", "badge_number", "badge_version",
    "code", "decision", "reason", "officer", "manual", "ref_id", "qr_text", "detail", "prev_hash",
)
# Fields added later: hashed only when set, so the rows written before them keep their hash.
LATER_HASHED_FIELDS: dict[str, object] = {
    "qr_length": 0, "qr_digest": "", "note_digest": "", "client_id": "", "offline": False,
}
DIGEST_CONTEXT = b"kiosk-log-text\x00"
_AFTER_COMMIT = "kiosk_after_commit"


@dataclass(frozen=True)
class ClaimMark:
    """What a decision row of a site's kiosk says of its admission claim (all of it under the row hash)."""

    client_id: str
    offline: bool = False
    detail: str = ""  # e.g. who approved an offline admission on data past its age limit

    def values(self) -> dict[str, Any]:
        return {"client_id": self.client_id, "offline": self.offline, "detail": self.detail}


@dataclass(frozen=True)
class ChainBreak:
    kiosk_id: str
    row_id: int
    seq: int
    problem: str  # edited | missing_before | inserted | reordered


def row_hash(values: dict[str, Any]) -> str:
    canonical = {name: values.get(name) for name in HASHED_FIELDS}
    for name, default in LATER_HASHED_FIELDS.items():
        if values.get(name, default) != default:
            canonical[name] = values[name]
    at = canonical["at"]
    canonical["at"] = at.astimezone(UTC).isoformat() if isinstance(at, datetime) else at
    data = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def text_digest(key: bytes, text: str) -> str:
    return hmac.new(key, DIGEST_CONTEXT + text.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def _hash_of(row: LogRow) -> str:
    return row_hash({name: getattr(row, name) for name in (*HASHED_FIELDS, *LATER_HASHED_FIELDS)})


class ScanLog:
    def __init__(self, database: Database, kiosk_id: str, sealer: LogSealer | None = None) -> None:
        self.db = database
        self.kiosk_id = kiosk_id
        self.sealer = sealer
        self.written = False  # by this object: what is left to seal when the station closes

    # -- writing -----------------------------------------------------------------------------
    @contextmanager
    def unit(self) -> Iterator[ScanUnit]:
        """One scan in one write transaction: roster lookup, admission lookup and log row."""
        with self.write() as session:
            yield ScanUnit(self, session)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction for the log and whatever changes with it (a status, an admission); what
        sealing must do after the commit (head file, key) runs after it. Every log writer uses this."""
        with self.db.write() as session:
            yield session
        self.written = True
        run_after_commit(session.info.pop(_AFTER_COMMIT, []))

    def record_scan(self, verdict: Verdict, qr_text: str, officer: str = "") -> Verdict:
        """Committed before it returns: the verdict shown is always in the log."""
        with self.unit() as unit:
            return unit.record_scan(verdict, qr_text, officer)

    @contextmanager
    def deciding(self, scan_id: int) -> Iterator[DecisionUnit]:
        """One decision in one write transaction: the scan, the roster and admissions as they are now.

        The caller (kiosk.station.checkpoint.CheckpointService.decide) runs the domain's holder rules
        on them before it records: a decision is judged on the facts at the moment it is taken.
        """
        with self.write() as session:
            yield DecisionUnit(self, session, scan_id)

    def annul_admission(self, decision_id: int, at: datetime, reason: str, officer: str) -> LogEntry:
        """A supervisor undoes a mistaken admission; the original rows stay, the badge is usable again."""
        if not reason.strip():
            raise DecisionError("an annulment needs a reason", DecisionRefusal.NEEDS_REASON)
        with self.write() as session:
            admission = session.scalar(  # locked: two supervisors annulling at once annul it once
                select(AdmissionRow).where(AdmissionRow.decision_log_id == decision_id).with_for_update()
            )
            if admission is None or admission.annulled_at is not None:
                raise DecisionError(
                    f"no standing admission for decision #{decision_id}", DecisionRefusal.NO_ADMISSION
                )
            admission.annulled_at = at
            row = self.append(
                session,
                at=at,
                kind=LogKind.ANNULMENT,
                checkpoint=admission.checkpoint,
                session=admission.session,
                badge_number=admission.badge_number,
                officer=officer,
                ref_id=decision_id,
                note=reason,
            )
            return row

    def record_pin_recovery(self, staff_number: str, at: datetime, officer: str) -> LogEntry:
        """A supervisor's PIN reset without the current one: who did it stays in the chain."""
        with self.write() as session:
            return self.append(session, at=at, kind=LogKind.PIN_RECOVERY, officer=officer, detail=staff_number)

    def append(self, db: Session, note: str = "", **values: Any) -> LogEntry:
        """Appends after the chain's head; the chain's lock makes read-head-then-insert one step.

        `note` is free text, kept where the purge erases it.
        """
        self.lock_chain(db)
        note = checked_note(note)
        connection = db.connection()
        last = connection.execute(_LAST_LINK, {"kiosk": self.kiosk_id}).first()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        later: AfterCommit = db.info.setdefault(_AFTER_COMMIT, [])
        if self.sealer is not None:
            self.sealer.before_append(connection, self.kiosk_id, values["at"], (seq - 1, prev), later)
        defaults: dict[str, Any] = {
            "checkpoint": "", "session": "", "badge_number": None, "badge_version": None,
            "code": "", "decision": "", "reason": "", "officer": "", "manual": False,
            "ref_id": None, "qr_text": "", "detail": "", **LATER_HASHED_FIELDS,
        }
        fields = defaults | values | {"kiosk_id": self.kiosk_id, "seq": seq, "prev_hash": prev}
        check_fits(_LOG, fields)
        if note:
            fields["note_digest"] = text_digest(self._digest_key(connection), note)
        fields["row_hash"] = row_hash(fields)
        key = connection.execute(_INSERT, fields).inserted_primary_key
        assert key is not None
        row_id = int(key[0])
        if note:
            connection.execute(insert(_NOTES), {"log_id": row_id, "text": note})
        if self.sealer is not None:
            self.sealer.after_append(connection, self.kiosk_id, values["at"], (seq, fields["row_hash"]), later)
        return _entry_of(fields | {"detail": note or fields["detail"]}, row_id)

    def lock_chain(self, db: Session) -> None:
        """This kiosk's chain (and its digest key) to one writer at a time until the transaction ends."""
        serialise(db, f"scan_log chain {self.kiosk_id}")

    def _digest_key(self, connection: Connection) -> bytes:
        """This kiosk's digest key, made on first use (and again after a purge erased it)."""
        found = connection.execute(_DIGEST_KEY, {"kiosk": self.kiosk_id}).scalar()
        if found is None:
            found = secrets.token_hex(32)
            row = {"kiosk_id": self.kiosk_id, "key": found}
            check_fits(_DIGEST_KEYS, row)
            connection.execute(insert(_DIGEST_KEYS), row)
        return bytes.fromhex(found)

    # -- sealing -----------------------------------------------------------------------------
    def sealing_set_up(self) -> bool:
        """A key file in the home, or seals of this kiosk in the database."""
        if self.sealer is not None and self.sealer.is_set_up():
            return True
        with self.db.read() as session:
            return bool(seals_of(session.connection(), self.kiosk_id))

    def set_up_sealing(self, key: SealingKey, at: datetime) -> Seal | None:
        """Writes the kiosk's first sealing key and seals what the log holds already."""
        assert self.sealer is not None
        with self.write() as session:
            connection = session.connection()
            self.sealer.set_up(connection, key, at, self._head(connection), session.info.setdefault(_AFTER_COMMIT, []))
        return self.sealer.files.read_head()

    def seal(self, at: datetime) -> None:
        """Seals whatever is not sealed yet and moves the key on (the station does it when it closes)."""
        if self.sealer is None or not self.sealer.files.key_path.exists():
            return
        with self.db.read() as session:
            connection = session.connection()
            seals = seals_of(connection, self.kiosk_id)
            up_to_date = (seals[-1].seq if seals else -1) == self._head(connection)[0]
        key = self.sealer.key_of(self.kiosk_id)
        if key is None or (up_to_date and key.schedule.epoch_of(at) <= key.epoch):
            return
        with self.write() as session:
            connection = session.connection()
            later = session.info.setdefault(_AFTER_COMMIT, [])
            self.sealer.seal_now(connection, self.kiosk_id, at, self._head(connection), later)

    def _head(self, connection: Connection) -> tuple[int, str]:
        last = connection.execute(_LAST_LINK, {"kiosk": self.kiosk_id}).first()
        return (last[0], last[1]) if last else (0, GENESIS)

    # -- reading -----------------------------------------------------------------------------
    def admission_for(self, badge_number: str, session_code: str, occurrence: str) -> PriorAdmission | None:
        with self.db.read() as session:
            return _live_admission(session, badge_number, session_code, occurrence)

    def entries(self, since: datetime | None = None, until: datetime | None = None) -> list[LogEntry]:
        with self.db.read() as session:
            query = _WITH_NOTES.order_by(LogRow.at, LogRow.id)
            if since is not None:
                query = query.where(LogRow.at >= since)
            if until is not None:
                query = query.where(LogRow.at < until)
            return [_entry(row, note) for row, note in session.execute(query)]

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
            found = session.execute(_WITH_NOTES.where(LogRow.id == row_id)).first()
            return None if found is None else _entry(found[0], found[1])

    def kiosks(self) -> list[str]:
        """Every kiosk with rows or seals in this database."""
        from kiosk.storage.log_seal import sealed_kiosks

        with self.db.read() as session:
            chains = set(session.scalars(select(LogRow.kiosk_id).distinct()))
            return sorted(chains | sealed_kiosks(session.connection()))

    def chain_rows(self, kiosk_id: str) -> list[ChainRow]:
        with self.db.read() as session:
            query = select(LogRow.seq, LogRow.at, LogRow.row_hash).where(LogRow.kiosk_id == kiosk_id)
            return [ChainRow(seq, at, digest) for seq, at, digest in session.execute(query.order_by(LogRow.seq))]

    def seals(self, kiosk_id: str) -> list[Seal]:
        with self.db.read() as session:
            return seals_of(session.connection(), kiosk_id)

    def note_problems(self) -> list[int]:
        """Rows whose note no longer matches the digest their hash covers (an erased note is fine:
        the purge erases them)."""
        with self.db.read() as session:
            stored = session.execute(select(LogDigestKeyRow.kiosk_id, LogDigestKeyRow.key))
            keys = {kiosk: bytes.fromhex(key) for kiosk, key in stored}
            query = select(LogRow.id, LogRow.kiosk_id, LogRow.note_digest, LogNoteRow.text).join(
                LogNoteRow, LogNoteRow.log_id == LogRow.id
            )
            return [
                row_id
                for row_id, kiosk, digest, note in session.execute(query.order_by(LogRow.id))
                if kiosk not in keys or text_digest(keys[kiosk], note) != digest
            ]

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
_NOTES = table_of(LogNoteRow)
_DIGEST_KEYS = table_of(LogDigestKeyRow)
_DIGEST_KEY = select(_DIGEST_KEYS.c.key).where(_DIGEST_KEYS.c.kiosk_id == bindparam("kiosk"))
_WITH_NOTES = select(LogRow, LogNoteRow.text).outerjoin(LogNoteRow, LogNoteRow.log_id == LogRow.id)
_ADMISSIONS = table_of(AdmissionRow)
_LIVE_ADMISSION = (
    select(_ADMISSIONS.c.at, _ADMISSIONS.c.checkpoint, _ADMISSIONS.c.session)
    .where(
        _ADMISSIONS.c.badge_number == bindparam("badge"),
        _ADMISSIONS.c.session == bindparam("session"),
        _ADMISSIONS.c.occurrence == bindparam("occurrence"),
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

    def admission_for(self, badge_number: str, session_code: str, occurrence: str) -> PriorAdmission | None:
        return _live_admission(self._session, badge_number, session_code, occurrence)

    def recent_for(self, badge_number: str, since: datetime, until: datetime) -> tuple[RecentEvent, ...]:
        """The badge's denials and refusals logged in the span, oldest first, read in this scan's transaction."""
        return tuple(_recent_events(self._session, since, until, badge_number))

    def record_scan(self, verdict: Verdict, qr_text: str, officer: str = "") -> Verdict:
        """A badge text is kept as read; any other text only as its length and a keyed digest."""
        kept: dict[str, Any] = {"qr_text": storable_qr_text(qr_text)}
        if qr_text and not _is_badge_text(qr_text):
            self._log.lock_chain(self._session)  # the digest key may be made here, by one writer only
            key = self._log._digest_key(self._session.connection())
            clean = readable_text(qr_text)
            kept = {"qr_text": "", "qr_length": len(qr_text), "qr_digest": text_digest(key, clean)}
        entry = self._log.append(
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
            detail=verdict.detail,
            offline=bool(verdict.offline),
            **kept,
        )
        return verdict.with_scan_id(entry.id)


def storable_qr_text(qr_text: str) -> str:
    """Any camera read fits the column on both databases: cut short; NUL and lone surrogates replaced."""
    return readable_text(qr_text)[:QR_TEXT_LIMIT]


def readable_text(text: str) -> str:
    """NUL (which PostgreSQL refuses) and lone surrogates (which UTF-8 cannot encode) replaced."""
    return text.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")


class DecisionUnit:
    """The scan a decision answers, the lookups the holder rules need, and the append: one transaction."""

    def __init__(self, log: ScanLog, session: Session, scan_id: int) -> None:
        self._log = log
        self._session = session
        row = session.get(LogRow, scan_id)
        if row is None or row.kind != LogKind.SCAN:
            raise DecisionError(f"no scan #{scan_id} in the log", DecisionRefusal.NO_SCAN)
        if row.code != VerdictCode.VALID.value:
            raise DecisionError(
                f"scan #{scan_id} was denied ({row.code}); nothing to decide", DecisionRefusal.DENIED_SCAN
            )
        answered = session.scalar(
            select(LogRow.id).where(LogRow.kind == LogKind.DECISION, LogRow.ref_id == scan_id)
        )
        if answered is not None:
            raise DecisionError(f"scan #{scan_id} has already been decided", DecisionRefusal.ALREADY_DECIDED)
        self.scan = _entry(row)
        self.scan_version: int | None = row.badge_version

    def find(self, badge_number: str) -> Accreditation | None:
        return find_in(self._session, badge_number)

    def admission_for(self, badge_number: str, session_code: str, occurrence: str) -> PriorAdmission | None:
        return _live_admission(self._session, badge_number, session_code, occurrence)

    def officer_known(self, number: str) -> bool:
        """On this kiosk's staff list (and not removed from it)."""
        query = select(StaffRow.id).where(StaffRow.number == number.strip().upper(), StaffRow.active)
        return self._session.scalar(query) is not None

    def record(
        self,
        decision: Decision,
        at: datetime,
        reason: RefusalReason | None = None,
        officer: str = "",
        note: str = "",
        occurrence: str = "",
        claim: ClaimMark | None = None,
    ) -> LogEntry:
        """Appends the decision; an admission is inserted only if none stands for its occurrence.

        A kiosk of a site passes the site's claim: its client id (so the upload of this row is a no-op
        on the site when the claim was taken online) and whether it was decided offline.
        """
        if decision is Decision.REFUSED and reason is None:
            raise DecisionError("a refusal needs a reason", DecisionRefusal.NEEDS_REASON)
        scan = self.scan
        entry = self._log.append(
            self._session,
            at=at,
            kind=LogKind.DECISION,
            checkpoint=scan.checkpoint,
            session=scan.session,
            badge_number=scan.badge_number,
            badge_version=self.scan_version,
            decision=decision.value,
            reason=reason.value if reason else "",
            officer=officer,
            manual=scan.manual,
            ref_id=scan.id,
            note=note,
            **(claim.values() if claim is not None else {}),
        )
        if decision is Decision.ADMITTED and scan.badge_number is not None:
            admission = {
                "badge_number": scan.badge_number, "session": scan.session, "occurrence": occurrence,
                "checkpoint": scan.checkpoint, "at": at, "decision_log_id": entry.id,
            }
            if not _insert_standing(self._session, admission):
                raise DecisionError(
                    f"already admitted: badge {scan.badge_number} was admitted to {scan.session} ({occurrence}) "
                    "meanwhile", DecisionRefusal.ALREADY_ADMITTED,
                )
        return entry


def _insert_standing(session: Session, values: dict[str, Any]) -> bool:
    """False when an admission already stands for this badge, session and occurrence."""
    keys = [_ADMISSIONS.c.badge_number, _ADMISSIONS.c.session, _ADMISSIONS.c.occurrence]
    return insert_new(session, _ADMISSIONS, values, keys, where=_ADMISSIONS.c.annulled_at.is_(None))


def _live_admission(
    session: Session, badge_number: str, session_code: str, occurrence: str
) -> PriorAdmission | None:
    row = session.connection().execute(
        _LIVE_ADMISSION, {"badge": badge_number, "session": session_code, "occurrence": occurrence}
    ).first()
    return None if row is None else PriorAdmission(row.at, row.checkpoint, row.session)


# Built once, like the admission lookup: every scan of a badge number reads its day's history.
_RECENT = (
    select(
        _LOG.c.at, _LOG.c.checkpoint, _LOG.c.officer, _LOG.c.kind, _LOG.c.badge_number,
        _LOG.c.code, _LOG.c.reason, _NOTES.c.text.label("note"),
    )
    .select_from(_LOG.outerjoin(_NOTES, _NOTES.c.log_id == _LOG.c.id))  # the officer's words: a note
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
                    reason=_reason(row.reason), note=row.note or "",
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


def _is_badge_text(text: str) -> bool:
    try:
        badge.parse(text)
    except badge.BadgeFormatError:
        return False
    return True


def _entry(row: LogRow, note: str | None = None) -> LogEntry:
    values = {name: getattr(row, name) for name in _ENTRY_FIELDS}
    if row.note_digest:
        values["detail"] = note or ""  # "" once the purge erased it
    return _entry_of(values, row.id)


def _entry_of(values: dict[str, Any], row_id: int) -> LogEntry:
    fields = {name: values[name] for name in _ENTRY_FIELDS}
    fields["kind"] = kind = LogKind(fields["kind"])
    fields["decision"] = Decision(fields["decision"]) if fields["decision"] else None
    reason = fields["reason"]
    if not reason:
        fields["reason"] = None
    elif kind in (LogKind.STATUS_CHANGE, LogKind.ROSTER_APPLIED):
        fields["reason"] = StatusSource(reason)
    else:
        fields["reason"] = RefusalReason(reason)
    return LogEntry(id=row_id, **fields)
