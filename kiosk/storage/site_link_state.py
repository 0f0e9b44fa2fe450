"""A machine's own record of its link to the site (site_link, one row), and its heartbeat on the site."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.domain.site import ClockOffset, Heartbeat, LinkRecord, SyncMark
from kiosk.storage.database import Database
from kiosk.storage.models import table_of
from kiosk.storage.site_claims import server_now
from kiosk.storage.site_models import SiteKioskRow, SiteLinkRow

_LINK = table_of(SiteLinkRow)
_KIOSKS = table_of(SiteKioskRow)
LINK_ID = 1


class LinkState:
    """Read and written by the kiosk's processes (the screen's link thread, one-shot commands) alike."""

    def __init__(self, database: Database, site: str) -> None:
        self.db = database
        self.site = site[:400]

    def get(self) -> LinkRecord:
        """The record for this site; a machine that joined another site starts again from nothing."""
        with self.db.read() as session:
            row = session.execute(select(_LINK).where(_LINK.c.id == LINK_ID)).first()
        if row is None or row.site != self.site:
            return LinkRecord(self.site)
        synced = SyncMark(row.synced_at, row.synced_monotonic) if row.synced_at is not None else None
        clock = None
        if row.clock_offset_ms is not None and row.offset_at is not None and row.offset_monotonic is not None:
            clock = ClockOffset(
                timedelta(milliseconds=row.clock_offset_ms), timedelta(milliseconds=row.round_trip_ms or 0.0),
                row.offset_at, row.offset_monotonic,
            )
        return LinkRecord(
            row.site, row.uploaded_seq, row.change_seq, synced, row.offline_since, bool(row.publish_pending), clock
        )

    def update(self, **changes: Any) -> None:
        """Writes the given fields (uploaded_seq, change_seq, synced, offline_since, publish_pending, clock)."""
        values = dict(changes)
        if "synced" in values:
            mark: SyncMark | None = values.pop("synced")
            values["synced_at"] = mark.wall if mark else None
            values["synced_monotonic"] = mark.monotonic if mark else None
        if "clock" in values:
            clock: ClockOffset | None = values.pop("clock")
            values["clock_offset_ms"] = _ms(clock.offset) if clock else None
            values["round_trip_ms"] = _ms(clock.round_trip) if clock else None
            values["offset_at"] = clock.wall if clock else None
            values["offset_monotonic"] = clock.monotonic if clock else None
        with self.db.write() as session:
            connection = session.connection()
            row = connection.execute(select(_LINK.c.site).where(_LINK.c.id == LINK_ID)).first()
            if row is not None and row[0] == self.site:
                connection.execute(update(_LINK).where(_LINK.c.id == LINK_ID).values(**values))
                return
            fresh = {
                "site": self.site, "uploaded_seq": 0, "change_seq": 0, "synced_at": None, "synced_monotonic": None,
                "offline_since": None, "publish_pending": False, "clock_offset_ms": None, "round_trip_ms": None,
                "offset_at": None, "offset_monotonic": None,
            } | values
            if row is None:
                connection.execute(_LINK.insert().values(id=LINK_ID, **fresh))
            else:
                connection.execute(update(_LINK).where(_LINK.c.id == LINK_ID).values(**fresh))

    def forget(self) -> None:
        """Joining a site (again): start from nothing, so the whole feed is read and the whole log sent."""
        self.update(uploaded_seq=0, change_seq=0, synced=None, offline_since=None, publish_pending=False, clock=None)


def server_time(database: Database) -> datetime:
    """The site server's clock now (one round trip), aware UTC."""
    with database.read() as session:
        return as_utc(session.execute(select(server_now(session.connection()))).scalar_one())


def as_utc(value: object) -> datetime:
    """server_now() as read back: a naive UTC timestamp (PostgreSQL) or its text (SQLite's strftime)."""
    at = datetime.fromisoformat(value) if isinstance(value, str) else value
    assert isinstance(at, datetime)
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def beat(database: Database, heartbeat: Heartbeat) -> None:
    """Upserts the machine's row on the site, stamped with the site's clock."""
    with database.write() as session:
        connection = session.connection()
        values = {
            "kiosk_id": heartbeat.kiosk_id, "role": heartbeat.role.value, "checkpoint": heartbeat.checkpoint,
            "kiosk_time": heartbeat.kiosk_time, "roster_serial": heartbeat.roster_serial,
            "change_seq": heartbeat.change_seq, "uploaded_seq": heartbeat.uploaded_seq,
            "pending_uploads": heartbeat.pending_uploads, "last_seen": server_now(connection),
            "clock_offset_ms": _ms(heartbeat.clock.offset) if heartbeat.clock else None,
            "round_trip_ms": _ms(heartbeat.clock.round_trip) if heartbeat.clock else None,
        }
        dialect_insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
        statement = dialect_insert(_KIOSKS).values(**values)
        excluded = statement.excluded
        statement = statement.on_conflict_do_update(
            index_elements=[_KIOSKS.c.kiosk_id],
            set_={name: getattr(excluded, name) for name in values if name != "kiosk_id"},
        )
        connection.execute(statement)


def _ms(delta: timedelta) -> float:
    return round(delta.total_seconds() * 1000, 3)


def heartbeats(database: Database) -> list[tuple[str, str, Any]]:
    """(kiosk id, checkpoint, last seen by the site's clock) of every machine that reached the site."""
    with database.read() as session:
        query = select(_KIOSKS.c.kiosk_id, _KIOSKS.c.checkpoint, _KIOSKS.c.last_seen).order_by(_KIOSKS.c.kiosk_id)
        return [tuple(row) for row in session.execute(query)]
