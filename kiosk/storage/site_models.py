"""The site's tables (on its PostgreSQL) and a kiosk's own record of its link to the site.

Every database has them all (one Alembic history for both dialects); only a site's database fills the
site_* tables, only a kiosk's (or the office's) own database its site_link row. Times the site writes
itself (`recorded_at`, `server_at`, `last_seen`) come from the server's clock, so lanes whose clocks
drift can still be put in order (see docs/site.md).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, Index, Integer, LargeBinary, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.storage.models import Base, LogFields


class SitePackageRow(Base):
    """A roster package the office published, byte for byte: kiosks check it as they would a USB stick's."""

    __tablename__ = "site_package"

    serial: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime]
    key_id: Mapped[str] = mapped_column(String(8))
    digest: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    published_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime]


class SiteChangeRow(Base):
    """The change feed: written under one lock, so seq grows in commit order and "seq > last seen"
    never misses a change whose transaction committed after a later one's."""

    __tablename__ = "site_change"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    client_id: Mapped[str] = mapped_column(String(80), unique=True)  # package#<serial>, or <kiosk>#<seq>
    kind: Mapped[str] = mapped_column(String(16))  # package | status
    source: Mapped[str] = mapped_column(String(64))  # the kiosk (or office) that made the change
    at: Mapped[datetime]  # the source's time
    package_serial: Mapped[int | None]
    badge_number: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="")
    reason: Mapped[str] = mapped_column(String(500), default="")
    recorded_at: Mapped[datetime]


class SiteLogRow(LogFields, Base):
    """A kiosk's log row as uploaded: the same fields and hash, so the site can walk each chain."""

    __tablename__ = "site_log"
    __table_args__ = (UniqueConstraint("kiosk_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    local_id: Mapped[int] = mapped_column(Integer)  # the row's id at its kiosk (what ref_id names there)
    uploaded_at: Mapped[datetime]


class SiteClaimRow(Base):
    """Admissions across the site: one standing claim per badge, session and occurrence is a constraint
    (a partial unique index); a lost offline admission is kept as a conflict, never dropped."""

    __tablename__ = "site_claim"
    __table_args__ = (
        Index(
            None, "badge_number", "session", "occurrence", unique=True,
            sqlite_where=text("state = 'standing'"), postgresql_where=text("state = 'standing'"),
        ),
        Index(None, "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), unique=True)
    badge_number: Mapped[str] = mapped_column(String(16))
    session: Mapped[str] = mapped_column(String(32))
    occurrence: Mapped[str] = mapped_column(String(32))
    kiosk_id: Mapped[str] = mapped_column(String(64))
    checkpoint: Mapped[str] = mapped_column(String(64))
    officer: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]  # the kiosk's time of the decision
    server_at: Mapped[datetime]  # the site's time when it took the claim
    offline: Mapped[bool] = mapped_column(Boolean)
    state: Mapped[str] = mapped_column(String(16))  # standing | conflict | annulled
    decision_seq: Mapped[int | None]  # the decision's row in its kiosk's chain, once uploaded
    annulled_at: Mapped[datetime | None]


class SiteAlarmRow(Base):
    """Something the site must not silently accept: a kiosk's chain forked, or rolled back."""

    __tablename__ = "site_alarm"
    __table_args__ = (UniqueConstraint("kind", "kiosk_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # fork | rollback
    kiosk_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(String(500), default="")
    raised_at: Mapped[datetime]


class SiteKioskRow(Base):
    """Each machine's last heartbeat: what it runs on and how far behind it is (the site view reads it)."""

    __tablename__ = "site_kiosk"

    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    checkpoint: Mapped[str] = mapped_column(String(64))
    kiosk_time: Mapped[datetime]  # the kiosk's clock at the heartbeat: with last_seen, its offset
    last_seen: Mapped[datetime]  # the site's clock
    roster_serial: Mapped[int | None]
    change_seq: Mapped[int] = mapped_column(Integer)
    uploaded_seq: Mapped[int] = mapped_column(Integer)
    pending_uploads: Mapped[int] = mapped_column(Integer)
    # The site's clock minus the kiosk's, measured by the kiosk around a round trip (NTP's midpoint);
    # None: not measured (a kiosk of an older version).
    clock_offset_ms: Mapped[float | None] = mapped_column(Float)
    round_trip_ms: Mapped[float | None] = mapped_column(Float)


class SiteSealRow(Base):
    """A kiosk's seal as uploaded: with the chain's rows, the anchor its later log is checked against."""

    __tablename__ = "site_seal"
    __table_args__ = (UniqueConstraint("kiosk_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(64))
    epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    prev_tag: Mapped[str] = mapped_column(String(64))
    tag: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[datetime]  # the kiosk's time
    uploaded_at: Mapped[datetime]  # the site's


class SiteMemberRow(Base):
    """Which kiosk a database login writes as: the server's row-level policies let it write only its own
    rows (kiosk.storage.site_roles). Filled by `kiosk site roles`, read by the policies."""

    __tablename__ = "site_member"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)  # PostgreSQL's identifier limit
    kiosk_id: Mapped[str] = mapped_column(String(64))


class SiteLinkRow(Base):
    """On a kiosk (or the office): how far its link to the site got; one row."""

    __tablename__ = "site_link"

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    site: Mapped[str] = mapped_column(String(400))  # the site's URL (no password): joining another resets
    uploaded_seq: Mapped[int] = mapped_column(Integer, default=0)  # the site holds this chain up to here
    change_seq: Mapped[int] = mapped_column(Integer, default=0)  # the feed applied up to here
    synced_at: Mapped[datetime | None]  # the last pull that reached the site: wall clock ...
    synced_monotonic: Mapped[float | None] = mapped_column(Float)  # ... and monotonic clock
    offline_since: Mapped[datetime | None]  # the first failure since the site was last reached
    publish_pending: Mapped[bool] = mapped_column(Boolean, default=False)  # the office: roster changed, not published
    # The last measurement of the site's clock against this machine's: the offset, and this machine's wall
    # and monotonic clocks then (the offset holds while the wall clock keeps pace with the monotonic one).
    clock_offset_ms: Mapped[float | None] = mapped_column(Float)
    round_trip_ms: Mapped[float | None] = mapped_column(Float)
    offset_at: Mapped[datetime | None]
    offset_monotonic: Mapped[float | None] = mapped_column(Float)
