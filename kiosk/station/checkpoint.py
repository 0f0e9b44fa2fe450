"""A checkpoint at work: judge a scan, record it, record the officer's decision. One transaction each."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.accreditation import Accreditation
from kiosk.domain.clock import Clock
from kiosk.domain.gate import Gate
from kiosk.domain.log import LogEntry
from kiosk.domain.rules import Verifier
from kiosk.domain.verdict import Decision, RefusalReason, Verdict
from kiosk.storage.roster_store import RosterStore, UnknownBadge
from kiosk.storage.scan_log import ScanLog


@dataclass
class CheckpointService:
    """What the kiosk screen, the CLI and the benchmarks all call; no Qt, no camera."""

    verifier: Verifier
    roster: RosterStore
    log: ScanLog
    clock: Clock
    gate: Gate

    def scan(self, text: str, officer: str = "") -> Verdict:
        """Judges a QR text and commits it to the log before returning."""
        with self.log.unit() as unit:
            verdict = self.verifier.judge_text(text, self.gate, self.clock.now(), unit, unit)
            return unit.record_scan(verdict, text, officer)

    def check_manually(self, badge_number: str, officer: str = "") -> Verdict:
        """For a damaged or forgotten badge, after the officer found the person by search."""
        with self.log.unit() as unit:
            acc = unit.find(badge_number)
            if acc is None:
                raise UnknownBadge(f"no badge {badge_number!r} on the roster")
            verdict = self.verifier.judge_holder(acc, self.gate, self.clock.now(), unit)
            return unit.record_scan(verdict, "", officer)

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

    def search(self, query: str, limit: int = 20) -> list[Accreditation]:
        return self.roster.search(query, limit)
