"""`kiosk log verify` and the site's anchor: the kiosks' logs as uploaded, which no kiosk can change.

At the office: each kiosk's copy on the site (its chain, its seals against those rows, and with the
kiosk's verification key whether they are genuine), the alarms its uploads raised (a log rewritten at
the kiosk after it went up: a fork or a seal alarm; rows gone at the kiosk: a rollback), and whether
the site still holds what the kiosk last heard it hold (rows deleted on the server).
At a kiosk: its own log against the copy it uploaded, row by row and seal by seal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from kiosk.domain.seal import SealCheck, VerificationKey, check_seals
from kiosk.storage.database import Database
from kiosk.storage.models import LogRow, SealRow, table_of
from kiosk.storage.scan_log import ChainBreak
from kiosk.storage.site_log import SiteLog
from kiosk.storage.site_models import SiteKioskRow, SiteLogRow
from kiosk.storage.site_seals import SiteSeals

_LOCAL, _LOCAL_SEALS = table_of(LogRow), table_of(SealRow)
_SITE, _KIOSKS = table_of(SiteLogRow), table_of(SiteKioskRow)


@dataclass(frozen=True)
class SiteAlarm:
    kind: str  # kiosk.domain.site.AlarmKind
    seq: int
    detail: str


@dataclass(frozen=True)
class UploadedLogAudit:
    """One kiosk's log as the site holds it."""

    kiosk_id: str
    rows: int
    site_head: int  # the last seq the site holds
    chain: ChainBreak | None  # the copy itself does not hold together: changed on the server
    seals: SealCheck | None  # None: no seal uploaded, and no verification key given
    alarms: tuple[SiteAlarm, ...]
    reported_head: int | None  # how far the kiosk last heard the site hold its log (its heartbeat)

    @property
    def truncated(self) -> bool:
        """The kiosk was told the site held more than it holds now."""
        return self.reported_head is not None and self.reported_head > self.site_head

    @property
    def intact(self) -> bool:
        return not (self.chain or (self.seals and self.seals.problem) or self.alarms or self.truncated)


def audit_uploads(log: SiteLog, seals: SiteSeals, keys: Mapping[str, VerificationKey]) -> list[UploadedLogAudit]:
    """Every kiosk that uploaded a row or a seal, raised an alarm, or whose key is given."""
    reported = _reported_heads(log.db)
    alarmed = {kiosk for _, kiosk, _, _ in log.alarms()}
    audits = []
    for kiosk in sorted({*log.kiosks(), *seals.kiosks(), *alarmed, *keys}):
        rows = log.chain_rows(kiosk)
        uploaded = seals.of(kiosk)
        key = keys.get(kiosk)
        check = check_seals(kiosk, rows, uploaded, None, key) if uploaded or key else None
        alarms = tuple(SiteAlarm(kind, seq, detail) for kind, _, seq, detail in log.alarms(kiosk))
        audits.append(UploadedLogAudit(
            kiosk, len(rows), rows[-1].seq if rows else 0, log.verify_chain(kiosk), check, alarms, reported.get(kiosk)
        ))
    return audits


def _reported_heads(database: Database) -> dict[str, int]:
    with database.read() as session:
        return {kiosk: int(seq) for kiosk, seq in session.execute(select(_KIOSKS.c.kiosk_id, _KIOSKS.c.uploaded_seq))}


@dataclass(frozen=True)
class AnchorCheck:
    """A kiosk's own log against its copy on the site: the first thing that differs, if anything does."""

    kiosk_id: str
    site_head: int  # the site holds the kiosk's rows up to here
    seals: int  # seals the site holds
    row_id: int | None = None  # the kiosk's row that differs (None: it has no row there)
    seq: int | None = None  # where the first difference is
    problem: str = ""  # "row" (another hash), "missing" (gone here), "seal" (another seal)

    @property
    def intact(self) -> bool:
        return not self.problem


def compare_with_site(local: Database, log: SiteLog, seals: SiteSeals, kiosk_id: str) -> AnchorCheck:
    """Row by row, then seal by seal: equal hashes at a row mean equal chains up to it, so the first
    row that differs is where the kiosk's log was changed after it went up."""
    with log.db.read() as session:
        uploaded = session.execute(
            select(_SITE.c.seq, _SITE.c.row_hash).where(_SITE.c.kiosk_id == kiosk_id).order_by(_SITE.c.seq)
        ).all()
    site_seals = seals.of(kiosk_id)
    with local.read() as session:
        mine = {
            seq: (row_id, digest)
            for row_id, seq, digest in session.execute(
                select(_LOCAL.c.id, _LOCAL.c.seq, _LOCAL.c.row_hash).where(_LOCAL.c.kiosk_id == kiosk_id)
            )
        }
        my_seals = {
            seq: tag
            for seq, tag in session.execute(
                select(_LOCAL_SEALS.c.seq, _LOCAL_SEALS.c.tag).where(_LOCAL_SEALS.c.kiosk_id == kiosk_id)
            )
        }
    head = uploaded[-1][0] if uploaded else 0
    found = AnchorCheck(kiosk_id, head, len(site_seals))
    for seq, digest in uploaded:
        row = mine.get(seq)
        if row is None:
            return AnchorCheck(kiosk_id, head, len(site_seals), None, seq, "missing")
        if row[1] != digest:
            return AnchorCheck(kiosk_id, head, len(site_seals), row[0], seq, "row")
    for seal in site_seals:
        if my_seals.get(seal.seq) != seal.tag:
            return AnchorCheck(kiosk_id, head, len(site_seals), None, seal.seq, "seal")
    return found
