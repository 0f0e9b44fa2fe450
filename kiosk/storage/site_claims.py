"""Admission claims on the site: one standing admission per badge, session and occurrence, across lanes.

"Exactly once" is the partial unique index of site_claim with INSERT … ON CONFLICT DO NOTHING, never a
read followed by a write. A claim carries its kiosk's client id: a retry of a claim that did commit
(a reply lost, a timeout) finds its own row and counts once. An admission made offline that loses is
inserted as a conflict: stored, listed, never dropped.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select, update
from sqlalchemy.orm import Session

from kiosk.domain.site import AdmissionClaim, ClaimOutcome, ClaimState, ClaimStatus, SiteAdmission, SiteConflict
from kiosk.domain.verdict import PriorAdmission
from kiosk.errors import KioskError
from kiosk.storage.database import Database
from kiosk.storage.models import table_of
from kiosk.storage.site_models import SiteClaimRow
from kiosk.storage.widths import check_fits
from kiosk.storage.writes import insert_new

_CLAIMS = table_of(SiteClaimRow)
ATTEMPTS = 5  # the standing claim may be annulled between our insert and our look-up: try again


class Uploaded(enum.Enum):
    """What uploading an admission did on the site."""

    CLAIMED = "claimed"  # it stands now
    ALREADY = "already"  # it stood already: its claim was taken online (or uploaded before)
    CONFLICT = "conflict"  # another lane's admission stood: stored as a conflict


def server_now(connection: Connection) -> ColumnElement[Any]:
    """The site server's clock in UTC (per statement), for the times the site records itself."""
    if connection.dialect.name == "postgresql":
        return func.timezone("UTC", func.statement_timestamp())
    return func.strftime("%Y-%m-%d %H:%M:%f", "now")


class SiteClaims:
    def __init__(self, database: Database) -> None:
        self.db = database

    def claim(self, claim: AdmissionClaim) -> ClaimOutcome:
        """Online: WON (it stands, perhaps from an earlier try of the same client id) or LOST (the winner).

        On PostgreSQL the insert is one statement in autocommit: committed as it runs, in one round trip,
        so a reply lost after it (a timeout, a cut) leaves a claim the kiosk's retry or upload finds again.
        """
        check_fits(_CLAIMS, _values(claim))
        for _ in range(ATTEMPTS):
            with self._autocommit() as connection:
                if _insert(connection, claim, ClaimState.STANDING):
                    return ClaimOutcome(ClaimStatus.WON)
                if _own(connection, claim.client_id) is not None:
                    return ClaimOutcome(ClaimStatus.WON)
                winner = _standing(connection, claim)
                if winner is not None:
                    return ClaimOutcome(ClaimStatus.LOST, _prior(winner))
        raise KioskError(f"the site's admission of badge {claim.badge_number} keeps changing: try again")

    @contextmanager
    def _autocommit(self) -> Iterator[Connection]:
        if self.db.is_sqlite:  # one writer at a time: a short write transaction does the same
            with self.db.write() as session:
                yield session.connection()
            return
        with self.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            yield connection

    def take_uploaded(self, session: Session, claim: AdmissionClaim, decision_seq: int) -> Uploaded:
        """An admission decided at a kiosk, uploaded with its log row (in the upload's transaction)."""
        check_fits(_CLAIMS, _values(claim))
        for _ in range(ATTEMPTS):
            if _insert(session, claim, ClaimState.STANDING, decision_seq):
                return Uploaded.CLAIMED
            own = _own(session, claim.client_id)
            if own is not None:
                if own.decision_seq is None:
                    session.execute(
                        update(_CLAIMS).where(_CLAIMS.c.id == own.id).values(decision_seq=decision_seq)
                    )
                return Uploaded.ALREADY
            if _standing(session, claim) is not None:
                _insert(session, claim, ClaimState.CONFLICT, decision_seq)
                return Uploaded.CONFLICT
        raise KioskError(f"the site's admission of badge {claim.badge_number} keeps changing: sync again")

    def annul(self, session: Session, client_id: str) -> bool:
        """A kiosk annulled this admission (uploaded with its annulment). When it was the standing one,
        the oldest conflict of its occasion stands in its place: that admission did happen."""
        row = session.execute(
            select(_CLAIMS).where(_CLAIMS.c.client_id == client_id).with_for_update()
        ).first()
        if row is None or row.state == ClaimState.ANNULLED:
            return False
        session.execute(
            update(_CLAIMS).where(_CLAIMS.c.id == row.id)
            .values(state=ClaimState.ANNULLED.value, annulled_at=server_now(session.connection()))
        )
        if row.state == ClaimState.STANDING:
            successor = session.execute(
                select(_CLAIMS.c.id)
                .where(_same_occasion(row.badge_number, row.session, row.occurrence),
                       _CLAIMS.c.state == ClaimState.CONFLICT.value)
                .order_by(_CLAIMS.c.server_at, _CLAIMS.c.id).limit(1).with_for_update()
            ).scalar()
            if successor is not None:
                session.execute(
                    update(_CLAIMS).where(_CLAIMS.c.id == successor).values(state=ClaimState.STANDING.value)
                )
        return True

    # -- reading -----------------------------------------------------------------------------
    def conflicts(self) -> list[SiteConflict]:
        """Every offline admission that lost, with the admission standing for its occasion."""
        with self.db.read() as session:
            rows = session.execute(
                select(_CLAIMS).where(_CLAIMS.c.state == ClaimState.CONFLICT.value)
                .order_by(_CLAIMS.c.server_at, _CLAIMS.c.id)
            ).all()
            found = []
            for row in rows:
                standing = session.execute(
                    select(_CLAIMS).where(
                        _same_occasion(row.badge_number, row.session, row.occurrence),
                        _CLAIMS.c.state == ClaimState.STANDING.value,
                    )
                ).first()
                found.append(
                    SiteConflict(
                        row.badge_number, row.session, row.occurrence, admission_of(row),
                        admission_of(standing) if standing is not None else None,
                    )
                )
            return found

    def admissions(self, state: ClaimState = ClaimState.STANDING) -> list[SiteAdmission]:
        with self.db.read() as session:
            rows = session.execute(
                select(_CLAIMS).where(_CLAIMS.c.state == state.value).order_by(_CLAIMS.c.server_at, _CLAIMS.c.id)
            )
            return [admission_of(row) for row in rows]

    def counts(self) -> dict[ClaimState, int]:
        with self.db.read() as session:
            query = select(_CLAIMS.c.state, func.count()).group_by(_CLAIMS.c.state)
            found: dict[str, int] = {str(state): int(n) for state, n in session.execute(query)}
            return {state: found.get(state.value, 0) for state in ClaimState}


def _values(claim: AdmissionClaim) -> dict[str, Any]:
    return {
        "client_id": claim.client_id, "badge_number": claim.badge_number, "session": claim.session,
        "occurrence": claim.occurrence, "kiosk_id": claim.kiosk_id, "checkpoint": claim.checkpoint,
        "officer": claim.officer, "at": claim.at, "offline": claim.offline,
    }


def _insert(
    db: Session | Connection, claim: AdmissionClaim, state: ClaimState, decision_seq: int | None = None
) -> bool:
    """On a conflict with either unique constraint (the client id, or the occasion's standing claim): False."""
    connection = db.connection() if isinstance(db, Session) else db
    values = _values(claim) | {"state": state.value, "decision_seq": decision_seq, "server_at": server_now(connection)}
    return insert_new(connection, _CLAIMS, values, None)


def _same_occasion(badge: str, session_code: str, occurrence: str) -> ColumnElement[bool]:
    return (
        (_CLAIMS.c.badge_number == badge) & (_CLAIMS.c.session == session_code) & (_CLAIMS.c.occurrence == occurrence)
    )


def _own(db: Session | Connection, client_id: str) -> Any:
    return db.execute(select(_CLAIMS).where(_CLAIMS.c.client_id == client_id)).first()


def _standing(db: Session | Connection, claim: AdmissionClaim) -> Any:
    return db.execute(
        select(_CLAIMS).where(
            _same_occasion(claim.badge_number, claim.session, claim.occurrence),
            _CLAIMS.c.state == ClaimState.STANDING.value,
        )
    ).first()


def _prior(row: Any) -> PriorAdmission:
    return PriorAdmission(row.at, row.checkpoint, row.session, row.officer)


def admission_of(row: Any, decision_id: int | None = None) -> SiteAdmission:
    return SiteAdmission(
        row.client_id, row.kiosk_id, row.checkpoint, row.officer, row.at, row.server_at, bool(row.offline),
        row.badge_number, row.session, ClaimState(row.state), decision_id,
    )

