"""The station as the kiosk screen's worker sees it: every call commits before it returns.

It satisfies kiosk.ui.ports.KioskBackend by shape; the UI never sees the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.domain.accreditation import Accreditation, Status
from kiosk.domain.gate import Gate
from kiosk.domain.log import Counts, DoorDenial, ExportResult, ExportTarget, LogEntry, LogKind, StandingAdmission
from kiosk.domain.roster_update import RosterSource
from kiosk.domain.site import SiteRole, SiteState
from kiosk.domain.site_view import ConflictResolution, SiteView
from kiosk.domain.staff import PinCheck
from kiosk.domain.verdict import Decision, Holder, RefusalReason, Verdict
from kiosk.station.removable import copy_owner_only, removable_drives
from kiosk.station.station import Station

if TYPE_CHECKING:
    from kiosk.station.site_link import SiteLink

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
        self.service = station.checkpoint_service(checkpoint, session)
        self.clock = self.service.clock  # a kiosk of a site: moved onto the site's time while it is known
        self._link: SiteLink | None = None
        self._drives = drives

    # -- the site (a kiosk of a site; nothing for a kiosk alone) --------------------------------
    def start_site_link(self, on_state: Callable[[SiteState], None] | None = None) -> bool:
        """Starts the site link thread (composition root, at start-up); False for a kiosk alone.

        on_state is called from the link's thread with each new SiteState: the screen hands it on
        through a queued Qt signal, never touching a widget from there.
        """
        site = self.station.site
        if site is None or site.role is not SiteRole.KIOSK or self._link is not None:
            return False
        from kiosk.station.site_link import SiteLink

        self._link = SiteLink(site, on_state, monotonic=self.station.monotonic)
        self._link.start()
        return True

    def stop_site_link(self, timeout_s: float = 5.0) -> None:
        link, self._link = self._link, None
        if link is not None and not link.stop(timeout_s):
            log.warning("the site link did not stop within %.0f s (a call to the site hangs); left behind", timeout_s)

    def site_state(self) -> SiteState | None:
        """"OFFLINE since 09:41 · roster of 09:40 · 12 to upload" for every page's top bar; None: no site."""
        site = self.station.site
        if site is None or site.role is not SiteRole.KIOSK:
            return None
        return site.state()

    def site_view(self) -> SiteView | None:
        """Every kiosk of the site, today's figures and the conflicts (the supervisor's Site panel); None: a
        kiosk alone. Raises SiteUnreachable when the site does not answer."""
        if self.station.site is None:
            return None
        from kiosk.station.site_supervision import view_site

        return view_site(self.station, self.clock)

    def resolve_conflict(self, client_id: str, decision_id: int, reason: str, officer: str) -> ConflictResolution:
        """Annuls this kiosk's admission of a conflict (logged, with the supervisor's reason) and sends it
        to the site at once."""
        from kiosk.station.site_supervision import resolve_conflict

        resolution = resolve_conflict(self.station, client_id, decision_id, reason, officer, self.clock)
        self._written()
        return resolution

    def _written(self) -> None:
        if self._link is not None:
            self._link.wake()  # upload it now, not at the next poll

    # -- the door -------------------------------------------------------------------------------
    def scan(self, text: str, officer: str) -> Verdict:
        verdict = self.service.scan(text, officer)
        self._written()
        return verdict

    def check_manually(self, badge_number: str, officer: str) -> Verdict:
        verdict = self.service.check_manually(badge_number, officer)
        self._written()
        return verdict

    def decide(
        self,
        scan_id: int,
        decision: Decision,
        reason: RefusalReason | None,
        officer: str,
        note: str = "",
        approved_by: str = "",
    ) -> LogEntry:
        """Raises DecisionError when the log refuses it (e.g. the badge was admitted meanwhile, here or at
        another lane of the site), or, offline past the data age, until a supervisor approves (approved_by,
        whose PIN check_pin checked)."""
        entry = self.service.decide(scan_id, decision, reason, officer, note, approved_by=approved_by)
        self._written()
        return entry

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
        self._written()  # a lane's suspension reaches the other lanes through the site
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
        self._written()

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
