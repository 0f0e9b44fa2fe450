"""Reading the site view from the site's tables, in one read transaction (kiosk.domain.site_view).

The machines come from their heartbeats (site_kiosk), their roster's age from when the site took its
package, the day's figures from the log rows they uploaded, their admissions and the conflicts from the
claims, each with its decision's row id at its kiosk (what `kiosk log annul` takes there).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from kiosk.domain.log import LogKind
from kiosk.domain.site import ClaimState, SiteConflict, SiteRole
from kiosk.domain.site_view import KioskView, LaneCounts, SiteView
from kiosk.domain.verdict import Decision, VerdictCode
from kiosk.storage.database import Database
from kiosk.storage.models import table_of
from kiosk.storage.site_claims import admission_of, server_now
from kiosk.storage.site_link_state import as_utc
from kiosk.storage.site_models import SiteAlarmRow, SiteClaimRow, SiteKioskRow, SiteLogRow, SitePackageRow

_KIOSKS = table_of(SiteKioskRow)
_CLAIMS = table_of(SiteClaimRow)
_LOG = table_of(SiteLogRow)
_PACKAGES = table_of(SitePackageRow)
_ALARMS = table_of(SiteAlarmRow)


def read_site_view(database: Database, since: datetime, until: datetime) -> SiteView:
    """The whole view; the day [since, until) is the viewer's (its rows are counted by their own time)."""
    with database.read() as session:
        now = as_utc(session.execute(select(server_now(session.connection()))).scalar_one())
        published = dict(session.execute(select(_PACKAGES.c.serial, _PACKAGES.c.recorded_at)).all())
        alarms: dict[str, int] = {
            kiosk: int(n)
            for kiosk, n in session.execute(select(_ALARMS.c.kiosk_id, func.count()).group_by(_ALARMS.c.kiosk_id))
        }
        claims = _claims_of_the_day(session, since, until)
        by_kiosk: dict[str, list[Any]] = defaultdict(list)
        for claim in claims:
            by_kiosk[claim.kiosk_id].append(claim)
        kiosks = []
        for row in session.execute(select(_KIOSKS).order_by(_KIOSKS.c.checkpoint, _KIOSKS.c.kiosk_id)):
            received = published.get(row.roster_serial) if row.roster_serial is not None else None
            kiosks.append(
                KioskView(
                    kiosk_id=row.kiosk_id,
                    role=SiteRole(row.role),
                    checkpoint=row.checkpoint,
                    last_seen=row.last_seen,
                    seen_ago=max(now - row.last_seen, timedelta(0)),
                    roster_serial=row.roster_serial,
                    roster_age=now - received if received is not None else None,
                    pending_uploads=row.pending_uploads,
                    clock_offset=_delta(row.clock_offset_ms),
                    round_trip=_delta(row.round_trip_ms),
                    alarms=alarms.get(row.kiosk_id, 0),
                    admissions=tuple(by_kiosk.get(row.kiosk_id, ())),
                )
            )
        return SiteView(
            server_now=now,
            since=since,
            until=until,
            latest_serial=max(published, default=None),
            kiosks=tuple(kiosks),
            counts=tuple(_counts(session, since, until)),
            conflicts=tuple(_conflicts(session)),
        )


def _with_decision_ids() -> Any:
    """Claims with their decision's row id at its kiosk (known once that row was uploaded)."""
    return select(_CLAIMS, _LOG.c.local_id).outerjoin(
        _LOG, and_(_LOG.c.kiosk_id == _CLAIMS.c.kiosk_id, _LOG.c.seq == _CLAIMS.c.decision_seq)
    )


def _claims_of_the_day(session: Session, since: datetime, until: datetime) -> list[Any]:
    """The day's by the kiosk's time (an offline admission uploaded later) or by the site's (a kiosk whose
    clock was set a day wrong): a clock that is off can neither hide an admission nor reorder them."""
    query = (
        _with_decision_ids()
        .where(or_(and_(_CLAIMS.c.at >= since, _CLAIMS.c.at < until),
                   and_(_CLAIMS.c.server_at >= since, _CLAIMS.c.server_at < until)))
        .order_by(_CLAIMS.c.server_at, _CLAIMS.c.id)
    )
    return [admission_of(row, row.local_id) for row in session.execute(query)]


def _conflicts(session: Session) -> list[SiteConflict]:
    """Every conflict, whatever its day: one stays listed until an annulment resolves it."""
    rows = session.execute(_with_decision_ids().where(_CLAIMS.c.state == ClaimState.CONFLICT.value)).all()
    found = []
    for row in sorted(rows, key=lambda r: (r.server_at, r.id)):
        standing = session.execute(
            _with_decision_ids().where(
                _CLAIMS.c.badge_number == row.badge_number,
                _CLAIMS.c.session == row.session,
                _CLAIMS.c.occurrence == row.occurrence,
                _CLAIMS.c.state == ClaimState.STANDING.value,
            )
        ).first()
        found.append(
            SiteConflict(
                row.badge_number, row.session, row.occurrence, admission_of(row, row.local_id),
                admission_of(standing, standing.local_id) if standing is not None else None,
            )
        )
    return found


def _counts(session: Session, since: datetime, until: datetime) -> list[LaneCounts]:
    query = (
        select(_LOG.c.kiosk_id, _LOG.c.checkpoint, _LOG.c.session, _LOG.c.kind, _LOG.c.code, _LOG.c.decision,
               func.count())
        .where(_LOG.c.at >= since, _LOG.c.at < until, _LOG.c.kind.in_([LogKind.SCAN.value, LogKind.DECISION.value]))
        .group_by(_LOG.c.kiosk_id, _LOG.c.checkpoint, _LOG.c.session, _LOG.c.kind, _LOG.c.code, _LOG.c.decision)
    )
    figures: dict[tuple[str, str, str], dict[str, int]] = defaultdict(
        lambda: {"admitted": 0, "refused": 0, "denied": 0}
    )
    for kiosk, checkpoint, session_code, kind, code, decision, n in session.execute(query):
        cell = figures[(kiosk, checkpoint, session_code or "")]
        if kind == LogKind.SCAN.value and code != VerdictCode.VALID.value:
            cell["denied"] += n
        elif kind == LogKind.DECISION.value and decision in (Decision.ADMITTED.value, Decision.REFUSED.value):
            cell[decision] += n
    return [LaneCounts(kiosk, checkpoint, code, **cell) for (kiosk, checkpoint, code), cell in sorted(figures.items())]


def _delta(ms: float | None) -> timedelta | None:
    return None if ms is None else timedelta(milliseconds=ms)
