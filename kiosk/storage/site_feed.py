"""The site's change feed (roster packages the office published, lanes' hand status changes) and the
packages themselves.

Writers of the feed take turns on one lock and number their change after the last one under it, so
sequence numbers grow in commit order: a kiosk that read everything up to seq N never finds a change
below N committed later. Each change is announced with NOTIFY after its commit, but NOTIFY is not
replayed to a kiosk that was away, so kiosks also poll `seq > last seen` (kiosk.station.site_link).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from kiosk.domain.site import ChangeKind, SiteChange
from kiosk.errors import KioskError
from kiosk.storage.database import Database
from kiosk.storage.models import table_of
from kiosk.storage.site_claims import server_now
from kiosk.storage.site_models import SiteChangeRow, SitePackageRow
from kiosk.storage.widths import check_fits
from kiosk.storage.writes import insert_new, serialise

NOTIFY_CHANNEL = "kiosk_changes"
FEED_LOCK = "site_change feed"
_CHANGES = table_of(SiteChangeRow)
_PACKAGES = table_of(SitePackageRow)
_AFTER = (
    select(_CHANGES).where(_CHANGES.c.seq > bindparam("seq")).order_by(_CHANGES.c.seq).limit(bindparam("limit"))
)


@dataclass(frozen=True)
class PublishedPackage:
    """A package as the office hands it to the site: the file's bytes and what names it."""

    serial: int
    created_at: datetime
    key_id: str
    digest: str
    data: bytes


class SiteFeed:
    def __init__(self, database: Database) -> None:
        self.db = database

    def publish_package(self, package: PublishedPackage, published_by: str) -> int:
        """Stores the package and announces it; the same package again is a no-op. Returns its change's seq."""
        with self.db.write() as session:
            serialise(session, FEED_LOCK)
            stored = session.execute(
                select(_PACKAGES.c.digest).where(_PACKAGES.c.serial == package.serial)
            ).scalar()
            if stored is not None and stored != package.digest:
                raise KioskError(
                    f"the site already holds another roster package with serial {package.serial}: "
                    "is a second office publishing to it?"
                )
            if stored is None:
                session.execute(
                    _PACKAGES.insert().values(
                        serial=package.serial, created_at=package.created_at, key_id=package.key_id,
                        digest=package.digest, data=package.data, published_by=published_by,
                        recorded_at=server_now(session.connection()),
                    )
                )
            seq = self.append(
                session, f"package#{package.serial}", ChangeKind.PACKAGE, published_by, package.created_at,
                package_serial=package.serial,
            )
            return seq if seq is not None else self._seq_of(session, f"package#{package.serial}")

    def append(
        self, session: Session, client_id: str, kind: ChangeKind, source: str, at: datetime, **values: Any
    ) -> int | None:
        """Appends a change (in the caller's transaction) under the feed's lock; None if it is there already."""
        serialise(session, FEED_LOCK)
        connection = session.connection()
        seq = int(connection.execute(select(func.coalesce(func.max(_CHANGES.c.seq), 0))).scalar_one()) + 1
        row = {
            "seq": seq, "client_id": client_id, "kind": kind.value, "source": source, "at": at,
            "package_serial": None, "badge_number": None, "status": "", "reason": "", **values,
        }
        check_fits(_CHANGES, row)
        row["recorded_at"] = server_now(connection)
        if not insert_new(session, _CHANGES, row, [_CHANGES.c.client_id]):
            return None
        if connection.dialect.name == "postgresql":
            connection.execute(select(func.pg_notify(NOTIFY_CHANNEL, str(seq))))  # delivered at the commit
        return seq

    def after(self, seq: int, limit: int = 500) -> list[SiteChange]:
        with self.db.read() as session:
            return [_change(row) for row in session.execute(_AFTER, {"seq": seq, "limit": limit})]

    def head(self) -> int:
        with self.db.read() as session:
            return int(session.scalar(select(func.coalesce(func.max(_CHANGES.c.seq), 0))) or 0)

    def package(self, serial: int) -> bytes | None:
        with self.db.read() as session:
            return session.scalar(select(_PACKAGES.c.data).where(_PACKAGES.c.serial == serial))

    def latest_package(self) -> int:
        with self.db.read() as session:
            return int(session.scalar(select(func.coalesce(func.max(_PACKAGES.c.serial), 0))) or 0)

    @staticmethod
    def _seq_of(session: Session, client_id: str) -> int:
        return int(session.scalar(select(_CHANGES.c.seq).where(_CHANGES.c.client_id == client_id)) or 0)


def _change(row: Any) -> SiteChange:
    return SiteChange(
        seq=row.seq, kind=ChangeKind(row.kind), source=row.source, at=row.at, package_serial=row.package_serial,
        badge_number=row.badge_number, status=row.status, reason=row.reason,
        event=row.client_id if row.kind == ChangeKind.STATUS else "",
    )
