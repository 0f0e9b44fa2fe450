"""SQLAlchemy 2.0 typed models. Rows never leave kiosk/storage: repositories return domain objects."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC, the same on SQLite and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime()}


def table_of(row: type[Base]) -> Table:
    """The Core table of a model, typed as one (for insert/update/delete statements)."""
    table = row.__table__
    assert isinstance(table, Table)
    return table


class AccreditationRow(Base):
    """One badge in one generation of the roster: scans read the generation roster_state names."""

    __tablename__ = "accreditation"
    __table_args__ = (UniqueConstraint("generation", "badge_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    generation: Mapped[int] = mapped_column(Integer)
    badge_number: Mapped[str] = mapped_column(String(16))
    family_name: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200), default="")
    alt_name: Mapped[str] = mapped_column(String(400), default="")
    outlet: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(32))
    country: Mapped[str] = mapped_column(String(100))
    id_document_type: Mapped[str] = mapped_column(String(32))
    id_document_last4: Mapped[str] = mapped_column(String(4))
    press_card_number: Mapped[str] = mapped_column(String(64), default="")
    press_card_issuer: Mapped[str] = mapped_column(String(200), default="")
    mission_letter: Mapped[bool] = mapped_column(Boolean, default=False)
    photo: Mapped[str] = mapped_column(String(255), default="")
    status: Mapped[str] = mapped_column(String(16), default="active")
    status_reason: Mapped[str] = mapped_column(String(500), default="")
    status_changed_at: Mapped[datetime | None]
    status_origin: Mapped[str] = mapped_column(String(16), default="roster")  # roster | local (by hand here)
    status_event: Mapped[str] = mapped_column(String(80), default="")  # the hand change's log row, kiosk#seq
    badge_version: Mapped[int] = mapped_column(Integer, default=1)
    edit_seq: Mapped[int] = mapped_column(Integer, default=0)  # roster_state.edits at its last hand edit
    attention_note: Mapped[str] = mapped_column(String(500), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")  # folded names/outlet/number
    updated_at: Mapped[datetime]

    sessions: Mapped[list[SessionGrantRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="SessionGrantRow.session_code"
    )
    appointments: Mapped[list[AppointmentRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="AppointmentRow.starts_at"
    )


class SessionGrantRow(Base):
    __tablename__ = "session_grant"

    accreditation_id: Mapped[int] = mapped_column(
        ForeignKey("accreditation.id", ondelete="CASCADE"), primary_key=True
    )
    session_code: Mapped[str] = mapped_column(String(32), primary_key=True)


class AppointmentRow(Base):
    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(primary_key=True)
    accreditation_id: Mapped[int] = mapped_column(
        ForeignKey("accreditation.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]


class LogRow(Base):
    """One scan, decision or annulment; hash-chained per kiosk so edits show (see ScanLog)."""

    __tablename__ = "scan_log"
    __table_args__ = (
        UniqueConstraint("kiosk_id", "seq"),
        Index(None, "badge_number", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(16))  # scan | decision | annulment
    checkpoint: Mapped[str] = mapped_column(String(64), default="")
    session: Mapped[str] = mapped_column(String(32), default="")
    badge_number: Mapped[str | None] = mapped_column(String(16))
    badge_version: Mapped[int | None]
    code: Mapped[str] = mapped_column(String(32), default="")  # verdict code (scans)
    decision: Mapped[str] = mapped_column(String(16), default="")  # admitted | refused
    reason: Mapped[str] = mapped_column(String(64), default="")
    officer: Mapped[str] = mapped_column(String(64), default="")
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    ref_id: Mapped[int | None]  # the scan a decision answers, the decision an annulment undoes
    qr_text: Mapped[str] = mapped_column(String(256), default="")  # badge texts only: never a foreign text
    detail: Mapped[str] = mapped_column(Text, default="")  # a machine-readable nuance, never free text
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))
    # A foreign QR text is kept only as its length and a keyed digest; free text lives in log_note.
    qr_length: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    qr_digest: Mapped[str] = mapped_column(String(64), default="", server_default="")
    note_digest: Mapped[str] = mapped_column(String(64), default="", server_default="")


class LogNoteRow(Base):
    """A log row's free text (an officer's note, a reason): outside the row hash, which covers a keyed
    digest of it, so the purge erases it and the chain still verifies."""

    __tablename__ = "log_note"

    log_id: Mapped[int] = mapped_column(ForeignKey("scan_log.id"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class LogDigestKeyRow(Base):
    """The key of a kiosk's text digests: erased by the purge, so a short text (a phone number in a
    foreign QR code) cannot be found afterwards by trying every candidate against its digest."""

    __tablename__ = "log_digest_key"

    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(64))


class SealRow(Base):
    """A forward-secure seal over a kiosk's chain up to one row (see kiosk.domain.seal)."""

    __tablename__ = "log_seal"
    __table_args__ = (UniqueConstraint("kiosk_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(64))
    epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    prev_tag: Mapped[str] = mapped_column(String(64))
    tag: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[datetime]


class AdmissionRow(Base):
    """Who is in: one row per admission, annulled rather than deleted.

    One standing admission per badge, session and occurrence (the session's day, or the appointment
    slot) is a constraint of the database: a partial unique index over the rows not annulled.
    """

    __tablename__ = "admission"
    __table_args__ = (
        Index(
            None, "badge_number", "session", "occurrence", unique=True,
            sqlite_where=text("annulled_at IS NULL"), postgresql_where=text("annulled_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    badge_number: Mapped[str] = mapped_column(String(16))
    session: Mapped[str] = mapped_column(String(32))
    occurrence: Mapped[str] = mapped_column(String(32))  # 2025-11-25, or a slot: 2025-11-25T14:00+01:00
    checkpoint: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    decision_log_id: Mapped[int] = mapped_column(ForeignKey("scan_log.id"))
    annulled_at: Mapped[datetime | None]


class StaffRow(Base):
    """Officers and supervisors who sign in at a kiosk; only an Argon2 hash of the PIN is kept."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))  # officer | supervisor
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime]


class PinAttemptRow(Base):
    """Every PIN attempt, right or wrong: lockouts survive a restart and can be audited."""

    __tablename__ = "pin_attempt"
    __table_args__ = (Index(None, "number", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    kiosk_id: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(32))
    purpose: Mapped[str] = mapped_column(String(16))  # sign_in | supervisor
    ok: Mapped[bool] = mapped_column(Boolean)


class RosterStateRow(Base):
    """One row: the roster generation scans read, and what an apply in progress is writing."""

    __tablename__ = "roster_state"

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    generation: Mapped[int] = mapped_column(Integer)
    next_generation: Mapped[int] = mapped_column(Integer)
    staging: Mapped[int | None]  # the generation an apply is writing, if any
    edits: Mapped[int] = mapped_column(Integer, default=0)  # bumped by each hand edit of a badge


class RosterSourceRow(Base):
    """Each roster this machine applied (package or import) or, at the office, published."""

    __tablename__ = "roster_source"
    __table_args__ = (UniqueConstraint("kind", "serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # package | import | published
    serial: Mapped[int | None]
    created_at: Mapped[datetime | None]
    key_id: Mapped[str] = mapped_column(String(8), default="")
    digest: Mapped[str] = mapped_column(String(64), default="")
    applied_at: Mapped[datetime]
    generation: Mapped[int | None]
    badges: Mapped[int] = mapped_column(Integer, default=0)


class StatusAcknowledgementRow(Base):
    """At the office: a kiosk's hand status change, read from its log export; packages name it as seen."""

    __tablename__ = "status_acknowledgement"
    __table_args__ = (Index(None, "badge_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event: Mapped[str] = mapped_column(String(80), unique=True)  # kiosk#seq
    badge_number: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
    acknowledged_at: Mapped[datetime]
