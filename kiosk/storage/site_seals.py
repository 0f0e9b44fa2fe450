"""A kiosk's seals uploaded to its site: with the rows they seal, an anchor the kiosk can no longer move.

Once on the site, a kiosk's rows and seals are out of its reach (its login may add, never update or
delete: kiosk.storage.site_roles). A log rewritten at the kiosk afterwards, every hash recomputed, no
longer matches them: the next upload finds another hash (a fork alarm, kiosk.storage.site_log) or
another seal (a seal alarm, here), and `kiosk log verify` at the office checks each kiosk's copy on the
site, at the kiosk its own log against that copy (kiosk.storage.site_audit).

A seal goes up only once the row it seals is on the site, so the site can check it names that row
with that hash; seals go up in order, each following the one before (its previous tag).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, select

from kiosk.domain.seal import NO_SEAL, Seal
from kiosk.domain.site import AlarmKind
from kiosk.storage.database import Database
from kiosk.storage.models import SealRow, table_of
from kiosk.storage.site_claims import server_now
from kiosk.storage.site_log import alarm, lock_chain
from kiosk.storage.site_models import SiteLogRow, SiteSealRow
from kiosk.storage.writes import insert_new

_LOCAL = table_of(SealRow)
_SITE = table_of(SiteSealRow)
_SITE_LOG = table_of(SiteLogRow)
_ROW_HASH = select(_SITE_LOG.c.row_hash).where(
    _SITE_LOG.c.kiosk_id == bindparam("kiosk"), _SITE_LOG.c.seq == bindparam("seq")
)


@dataclass(frozen=True)
class UploadSeal:
    seal: Seal
    sealed_at: datetime  # the kiosk's time


@dataclass(frozen=True)
class SealUpload:
    added: int = 0
    alarm_at: int | None = None  # the seq of a seal the site holds otherwise, or cannot take
    last: int | None = None  # the site's last seal of the kiosk afterwards


# -- the kiosk's side ------------------------------------------------------------------------
def last_local_seal(database: Database, kiosk_id: str) -> int | None:
    with database.read() as session:
        last = session.scalar(select(func.max(_LOCAL.c.seq)).where(_LOCAL.c.kiosk_id == kiosk_id))
        return None if last is None else int(last)


def local_seals(database: Database, kiosk_id: str, from_seq: int) -> list[UploadSeal]:
    """The kiosk's seals from `from_seq` on (inclusive), in order."""
    with database.read() as session:
        rows = session.execute(
            select(_LOCAL).where(_LOCAL.c.kiosk_id == kiosk_id, _LOCAL.c.seq >= from_seq).order_by(_LOCAL.c.seq)
        ).all()
    return [
        UploadSeal(Seal(r.kiosk_id, r.epoch, r.seq, r.head_hash, r.prev_tag, r.tag), r.sealed_at) for r in rows
    ]


# -- the site's side -------------------------------------------------------------------------
class SiteSeals:
    def __init__(self, database: Database) -> None:
        self.db = database

    def upload(self, kiosk_id: str, seals_from: Callable[[int], list[UploadSeal]]) -> SealUpload:
        """The kiosk's seals after the last one the site holds, up to the site's head of its chain, under
        the chain's lock. The site's last seal must still be the kiosk's: otherwise a seal alarm, and
        nothing is taken."""
        with self.db.write() as session:
            lock_chain(session, kiosk_id)
            last = session.execute(
                select(_SITE.c.seq, _SITE.c.tag).where(_SITE.c.kiosk_id == kiosk_id).order_by(_SITE.c.seq.desc())
                .limit(1)
            ).first()
            head = int(session.scalar(
                select(func.coalesce(func.max(_SITE_LOG.c.seq), 0)).where(_SITE_LOG.c.kiosk_id == kiosk_id)
            ) or 0)
            seals = seals_from(last.seq if last else 0)
            prev_tag = NO_SEAL
            if last is not None:
                if not seals or seals[0].seal.seq != last.seq or seals[0].seal.tag != last.tag:
                    detail = (
                        f"kiosk {seals[0].seal.tag[:16]}, site {last.tag[:16]}"
                        if seals and seals[0].seal.seq == last.seq
                        else "the kiosk no longer holds this seal"
                    )
                    alarm(session, AlarmKind.SEAL, kiosk_id, last.seq, f"seal of seq {last.seq}: {detail}")
                    return SealUpload(0, last.seq, last.seq)
                prev_tag, seals = last.tag, seals[1:]
            added, sent = 0, last.seq if last else None
            for upload in seals:
                seal = upload.seal
                if seal.seq > head:
                    break  # its row is not on the site yet: the next upload takes it
                if seal.prev_tag != prev_tag:
                    break  # the kiosk's own seals are broken here: `kiosk log verify` says how
                sealed = session.execute(_ROW_HASH, {"kiosk": kiosk_id, "seq": seal.seq}).scalar()
                if seal.seq and sealed != seal.head_hash:
                    alarm(session, AlarmKind.SEAL, kiosk_id, seal.seq,
                          f"seal of seq {seal.seq} seals a row the site holds with another hash")
                    return SealUpload(added, seal.seq, sent)
                values = {
                    "kiosk_id": kiosk_id, "epoch": seal.epoch, "seq": seal.seq, "head_hash": seal.head_hash,
                    "prev_tag": seal.prev_tag, "tag": seal.tag, "sealed_at": upload.sealed_at,
                    "uploaded_at": server_now(session.connection()),
                }
                added += insert_new(session, _SITE, values, [_SITE.c.kiosk_id, _SITE.c.seq])
                prev_tag, sent = seal.tag, seal.seq
        return SealUpload(added, None, sent)

    def of(self, kiosk_id: str) -> list[Seal]:
        with self.db.read() as session:
            rows = session.execute(select(_SITE).where(_SITE.c.kiosk_id == kiosk_id).order_by(_SITE.c.seq))
            return [Seal(r.kiosk_id, r.epoch, r.seq, r.head_hash, r.prev_tag, r.tag) for r in rows]

    def kiosks(self) -> list[str]:
        with self.db.read() as session:
            return sorted(session.scalars(select(_SITE.c.kiosk_id).distinct()))
