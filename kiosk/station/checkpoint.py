"""A checkpoint at work: judge a scan, record it, record the officer's decision. One transaction each."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from kiosk.domain.accreditation import Accreditation
from kiosk.domain.clock import Clock
from kiosk.domain.gate import Gate
from kiosk.domain.log import LogEntry
from kiosk.domain.rules import Verifier, holder_of
from kiosk.domain.verdict import Decision, Holder, RefusalReason, Verdict
from kiosk.storage.roster_store import SEARCH_LIMIT, RosterStore, UnknownBadge
from kiosk.storage.scan_log import ScanLog, ScanUnit


@dataclass
class CheckpointService:
    """What the kiosk screen, the CLI and the benchmarks all call; no Qt, no camera."""

    verifier: Verifier
    roster: RosterStore
    log: ScanLog
    clock: Clock
    gate: Gate

    def scan(self, text: str, officer: str = "") -> Verdict:
        """Judges a QR text, with the badge's history of the day, and commits it to the log before returning."""
        with self.log.unit() as unit:
            now = self.clock.now()
            verdict = self.verifier.judge_text(text, self.gate, now, unit, unit)
            return unit.record_scan(self._remembered(verdict, unit, now), text, officer)

    def check_manually(self, badge_number: str, officer: str = "") -> Verdict:
        """For a damaged or forgotten badge, after the officer found the person by search."""
        with self.log.unit() as unit:
            acc = unit.find(badge_number)
            if acc is None:
                raise UnknownBadge(f"no badge {badge_number!r} on the roster")
            now = self.clock.now()
            verdict = self.verifier.judge_holder(acc, self.gate, now, unit)
            return unit.record_scan(self._remembered(verdict, unit, now), "", officer)

    def _remembered(self, verdict: Verdict, unit: ScanUnit, now: datetime) -> Verdict:
        """The door remembers: the badge's denials and refusals earlier today, at any checkpoint."""
        if not verdict.badge_number:
            return verdict
        since, until = self.verifier.event.day_of(now)
        return replace(verdict, recent=unit.recent_for(verdict.badge_number, since, until))

    def decide(
        self,
        scan_id: int,
        decision: Decision,
        reason: RefusalReason | None = None,
        officer: str = "",
        note: str = "",
    ) -> LogEntry:
        return self.log.record_decision(scan_id, decision, self.clock.now(), reason, officer, note)

    def annul(self, decision_id: int, reason: str, officer: str) -> LogEntry:
        return self.log.annul_admission(decision_id, self.clock.now(), reason, officer)

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[Accreditation]:
        return self.roster.search(query, limit)

    def peek(self, text: str) -> Holder | None:
        """Whose genuine badge this is, without judging or logging it (it is judged when its turn comes)."""
        number = self.verifier.genuine_badge(text)
        acc = self.roster.find(number) if number else None
        return holder_of(acc) if acc is not None else None
