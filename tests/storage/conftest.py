"""Helpers of the storage tests; the database fixtures (SQLite and PostgreSQL) are in tests/fixtures/databases.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from kiosk.domain.accreditation import Accreditation, IdDocumentType, MediaType, Role, Status
from kiosk.domain.log import LogEntry
from kiosk.domain.roster_package import PackageEntry
from kiosk.domain.roster_update import ApplyReport, RosterSourceKind
from kiosk.domain.verdict import Decision, RefusalReason
from kiosk.storage.database import Database
from kiosk.storage.roster_swap import RosterApplier, RosterUpdate
from kiosk.storage.scan_log import ScanLog
from kiosk.storage.status_changes import StatusChanges

NOW = datetime(2025, 11, 24, 8, tzinfo=UTC)
DAY = "2025-11-24"  # the occurrence of a one-day session


def import_into(
    database: Database, records: list[Accreditation], at: datetime = NOW, kiosk: str = "gate-1"
) -> ApplyReport:
    """The roster as an import (what `kiosk roster import` does, without the file)."""
    update = RosterUpdate(RosterSourceKind.IMPORT, [PackageEntry(acc) for acc in records])
    return RosterApplier(database, ScanLog(database, kiosk)).apply(update, at)


def set_status(database: Database, number: str, status: Status, reason: str, at: datetime = NOW) -> Accreditation:
    return StatusChanges(database, ScanLog(database, "gate-1")).set_status(number, status, reason, at)


def decide(
    log: ScanLog, scan_id: int, decision: Decision, at: datetime = NOW,
    reason: RefusalReason | None = None, occurrence: str = DAY,
) -> LogEntry:
    """The storage half of a decision (the station runs the holder rules in between: tests/station)."""
    with log.deciding(scan_id) as unit:
        return unit.record(decision, at, reason, occurrence=occurrence)


def accreditation(number: str, **changes: object) -> Accreditation:
    base = Accreditation(
        badge_number=number, family_name="Benali", given_names="Youssef", outlet="2M",
        media_type=MediaType.TV, role=Role.JOURNALIST, country="MA",
        id_document_type=IdDocumentType.PASSPORT, id_document_last4="1234",
        sessions=frozenset({"opening"}), press_card_number="PC-1", press_card_issuer="CNP",
    )
    return replace(base, **changes)  # type: ignore[arg-type]
