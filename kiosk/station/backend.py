"""The station as the kiosk screen's worker sees it: every call commits before it returns.

It satisfies kiosk.ui.ports.KioskBackend by shape; the UI never sees the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from kiosk.domain.accreditation import Accreditation, Status
from kiosk.domain.gate import Gate
from kiosk.domain.log import Counts, DoorDenial, ExportResult, ExportTarget, LogEntry, LogKind, StandingAdmission
from kiosk.domain.roster_update import RosterSource
from kiosk.domain.staff import PinCheck
from kiosk.domain.verdict import Decision, Holder, RefusalReason, Verdict
from kiosk.station.removable import copy_owner_only, removable_drives
from kiosk.station.station import Station

log = logging.getLogger(__name__)


class StationBackend:
    def __init__(
        self,
        station: Station,
        checkpoint: str | None = None,
        session: str | None = None,
        drives: Callable[[], list[ExportTarget]] = removable_drives,
    ) -> None:
        """drives: the removable drives mounted now (default: under /media/$USER and /run/media/$USER)."""
        self.station = station
        self.clock = station.clock
        self.service = station.checkpoint_service(checkpoint, session)
        self._drives = drives

    def scan(self, text: str, officer: str) -> Verdict:
        return self.service.scan(text, officer)

    def check_manually(self, badge_number: str, officer: str) -> Verdict:
        return self.service.check_manually(badge_number, officer)

    def decide(
        self, scan_id: int, decision: Decision, reason: RefusalReason | None, officer: str, note: str = ""
    ) -> LogEntry:
        """Raises DecisionError when the log refuses it (e.g. the badge was admitted meanwhile)."""
        return self.service.decide(scan_id, decision, reason, officer, note)

    def search(self, query: str, limit: int) -> list[Accreditation]:
        return self.service.search(query, limit)

    def peek(self, text: str) -> Holder | None:
        return self.service.peek(text)

    def look_up(self, badge_number: str) -> Accreditation:
        """The holder a supervisor is about to suspend, revoke or reinstate; UnknownBadge if none."""
        return self.station.roster.get(badge_number)

    def photo_file(self, name: str) -> Path | None:
        if not name or Path(name).name != name:
            return None
        path = self.station.paths.photos / name
        return path if path.is_file() else None

    def check_pin(self, number: str, pin: str, supervisor_only: bool) -> PinCheck:
        return self.station.staff.check_pin(number, pin, self.clock.now(), supervisor_only)

    def _today(self) -> tuple[datetime, datetime]:
        return self.station.event.day_of(self.clock.now())

    def counts_today(self) -> Counts:
        since, until = self._today()
        return self.station.log.counts(since, until, self.service.gate.checkpoint)

    def gate(self) -> Gate:
        return self.service.gate

    def set_gate(self, gate: Gate) -> Gate:
        self.service = self.station.checkpoint_service(gate.checkpoint, gate.session)
        settings = self.station.settings
        if settings.checkpoint != gate.checkpoint:
            updated = replace(settings, checkpoint=gate.checkpoint)
            updated.save(self.station.paths.settings)
            self.station.settings = updated
        log.info("gate set to %s / %s", gate.checkpoint, gate.session or "by the programme")
        return self.service.gate

    def set_badge_status(self, badge_number: str, status: Status, reason: str, officer: str) -> Accreditation:
        """By hand at the kiosk: logged, and never lowered by a package or an import (docs/roster-package.md)."""
        acc = self.station.set_badge_status(badge_number, status, reason, officer)
        log.info("supervisor %s set badge %s to %s", officer, badge_number, status.value)
        return acc

    def roster_source(self) -> RosterSource | None:
        """Which roster the kiosk runs on, for the top bar and the supervisor: "roster of … (serial 12)"."""
        return self.station.roster.source()

    def recent_admissions(self, limit: int) -> list[StandingAdmission]:
        since, until = self._today()
        entries = self.station.log.entries(since, until)
        annulled = {e.ref_id for e in entries if e.kind is LogKind.ANNULMENT}
        admitted = [
            e for e in entries
            if e.kind is LogKind.DECISION and e.decision is Decision.ADMITTED and e.id not in annulled
        ]
        records = []
        for entry in reversed(admitted[-limit:]):
            acc = self.station.roster.find(entry.badge_number or "")
            records.append(
                StandingAdmission(
                    decision_id=entry.id,
                    badge_number=entry.badge_number or "",
                    full_name=acc.full_name if acc else "",
                    session=entry.session,
                    checkpoint=entry.checkpoint,
                    at=entry.at,
                    officer=entry.officer,
                )
            )
        return records

    def denials_today(self, limit: int) -> list[DoorDenial]:
        """The day's denied badges and refused holders at every checkpoint, newest first, with names."""
        since, until = self._today()
        events = self.station.log.denials_and_refusals(since, until, limit)
        names: dict[str, str] = {}
        for number in {e.badge_number for e in events if e.badge_number}:
            acc = self.station.roster.find(number)
            names[number] = acc.full_name if acc else ""
        return [DoorDenial(e, names.get(e.badge_number or "", "")) for e in events]

    def annul(self, decision_id: int, reason: str, officer: str) -> None:
        self.service.annul(decision_id, reason, officer)

    def export_targets(self) -> list[ExportTarget]:
        return self._drives()

    def export_log(self, target: ExportTarget | None = None) -> ExportResult:
        """The whole log as CSV (the same file as `kiosk log export`), times in the event's zone, into the
        kiosk's exports folder and, when a drive is chosen, copied onto it; owner-only in both places."""
        from kiosk.reports.export import export_log

        event = self.station.event
        stamp = event.local(self.clock.now()).strftime("%Y%m%d-%H%M%S")
        path = self.station.paths.exports / f"log-{self.station.settings.kiosk_id}-{stamp}.csv"
        rows = export_log(self.station.log.entries(), path, event.tz, "csv")
        path.chmod(0o600)  # names and decisions: personal data
        if target is not None:
            path = copy_owner_only(path, target.path)
            log.info("log export copied to the drive %s", target.label)
        return ExportResult(path, rows)
