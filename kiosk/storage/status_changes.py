"""Hand changes of a badge's status, each with its row in the hash-chained log, and (at the office)
the acknowledgement of the changes kiosks made by hand."""

from __future__ import annotations

from datetime import datetime

from kiosk.domain.accreditation import (
    Accreditation,
    Status,
    UnknownReasonCode,
    join_status_reason,
    split_status_reason,
)
from kiosk.domain.log import LogKind, StatusSource, printable_note
from kiosk.domain.roster_update import (
    AcknowledgeReport,
    StatusChangeSeen,
    StatusOrigin,
    event_ref,
    stricter,
)
from kiosk.storage.database import Database
from kiosk.storage.models import AccreditationRow, StatusAcknowledgementRow, table_of
from kiosk.storage.roster_store import ROSTER_LOCK, UnknownBadge, next_edit, require_current, to_domain
from kiosk.storage.scan_log import ScanLog
from kiosk.storage.widths import check_fits
from kiosk.storage.writes import insert_new, serialise

_ACKS = table_of(StatusAcknowledgementRow)
_TABLE = table_of(AccreditationRow)


class StatusChanges:
    def __init__(self, database: Database, log: ScanLog) -> None:
        self.db = database
        self.log = log
        self.kiosk_id = log.kiosk_id

    def set_status(
        self, badge_number: str, status: Status, reason: str, now: datetime, officer: str = ""
    ) -> Accreditation:
        """By hand on this machine: logged, and kept against a laxer roster until reinstated here."""
        check_fits(_TABLE, {"status_reason": reason}, labels={"status_reason": "the reason"})
        with self.log.write() as session:
            serialise(session, ROSTER_LOCK)  # before the log's chain lock, as every roster writer does
            edit = next_edit(session)
            row = require_current(session, badge_number)
            entry = self.log.append(
                session, at=now, kind=LogKind.STATUS_CHANGE, badge_number=row.badge_number,
                badge_version=row.badge_version, code=status.value, reason=StatusSource.KIOSK.value,
                officer=officer, note=reason,
            )
            row.status, row.status_reason, row.status_changed_at = status.value, reason, now
            row.status_origin, row.status_event = StatusOrigin.LOCAL.value, event_ref(self.kiosk_id, entry.seq)
            row.updated_at, row.edit_seq = now, edit
            session.flush()
            return to_domain(row)

    def adopt(
        self, badge_number: str, status: Status, reason: str, event: str, now: datetime
    ) -> Accreditation | None:
        """A lane's hand change, from the site's feed: taken only when stricter than the status held here.

        The site (or anyone who can write to it) can thus only make a badge stricter, never lift a
        status: lowering comes with the office's signed package. The change is held like a hand change
        (origin SITE, its event `<kiosk>#<seq>`) until a package names it as acknowledged. None: not taken.
        """
        reason = printable_note(reason)
        with self.log.write() as session:
            serialise(session, ROSTER_LOCK)  # before the log's chain lock, as every roster writer does
            try:
                row = require_current(session, badge_number)
            except UnknownBadge:
                return None
            if row.status_event == event or not stricter(status, Status(row.status)):
                return None
            edit = next_edit(session)
            self.log.append(
                session, at=now, kind=LogKind.STATUS_CHANGE, badge_number=row.badge_number,
                badge_version=row.badge_version, code=status.value, reason=StatusSource.SITE.value,
                detail=event, note=reason,
            )
            row.status, row.status_reason, row.status_changed_at = status.value, reason, now
            row.status_origin, row.status_event = StatusOrigin.SITE.value, event
            row.updated_at, row.edit_seq = now, edit
            session.flush()
            return to_domain(row)

    def acknowledge(self, changes: list[StatusChangeSeen], now: datetime) -> AcknowledgeReport:
        """At the office: records the kiosks' hand changes as seen, and adopts the stricter ones.

        Adopting never lowers anything: a kiosk's revocation becomes the office's own (a hand change
        here, logged); lifting it is an explicit `kiosk roster reinstate` at the office.
        """
        new = already = 0
        latest: dict[str, StatusChangeSeen] = {}
        with self.db.write() as session:
            serialise(session, ROSTER_LOCK)
            for change in sorted(changes, key=lambda c: c.at):
                values = {
                    "event": change.event, "badge_number": change.badge_number, "status": change.status.value,
                    "at": change.at, "acknowledged_at": now,
                }
                if insert_new(session, _ACKS, values, [_ACKS.c.event]):
                    new += 1
                    latest[change.badge_number] = change
                else:
                    already += 1
        adopted, unknown = [], []
        for number, change in sorted(latest.items()):
            try:
                with self.db.read() as session:
                    current = Status(require_current(session, number).status)
            except UnknownBadge:
                unknown.append(number)
                continue
            if stricter(change.status, current):
                reason = _adopted_reason(change)
                self.set_status(number, change.status, reason, now)
                adopted.append(change)
        return AcknowledgeReport(new, already, tuple(adopted), tuple(unknown))


def _adopted_reason(change: StatusChangeSeen) -> str:
    """The kiosk's reason, its code kept in front ("lost_or_stolen: words (adopted from …)")."""
    try:
        code, words = split_status_reason(change.reason)
    except UnknownReasonCode:  # written by a version that knew other codes: kept as words
        code, words = None, change.reason
    return join_status_reason(code, f"{words} (adopted from {change.event})")
