"""A checkpoint at work: judge a scan, record it, record the officer's decision. One transaction each."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from kiosk.domain.accreditation import Accreditation
from kiosk.domain.clock import Clock
from kiosk.domain.gate import Gate
from kiosk.domain.log import DECISION_LIMIT, DecisionError, DecisionRefusal, LogEntry
from kiosk.domain.rules import Verifier, holder_of
from kiosk.domain.staff import CLI_ACTOR_PREFIX
from kiosk.domain.verdict import Decision, Holder, RefusalReason, Verdict, VerdictCode
from kiosk.storage.roster_store import SEARCH_LIMIT, RosterStore, UnknownBadge
from kiosk.storage.scan_log import DecisionUnit, ScanLog, ScanUnit

# What changed since the scan, in the one line the CLI prints (the screen words it in kiosk.ui.wording).
SINCE_THE_SCAN = {
    VerdictCode.REVOKED: "is revoked",
    VerdictCode.SUSPENDED: "is suspended",
    VerdictCode.SUPERSEDED: "was reprinted: this badge is superseded",
    VerdictCode.NOT_ACCREDITED_FOR_SESSION: "is not accredited for this session",
    VerdictCode.OUTSIDE_WINDOW: "is outside the session's hours or appointment",
    VerdictCode.ALREADY_ADMITTED: "is already admitted to this session (this day or this appointment)",
}


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
        """Records the officer's decision, judged again at its own time in the same transaction.

        Refused (DecisionError, nothing recorded): a time before the scan, a scan older than
        DECISION_LIMIT, an officer not on the staff list, and an admission the holder rules now deny.
        """
        if decision is Decision.REFUSED and reason is None:
            raise DecisionError("a refusal needs a reason", DecisionRefusal.NEEDS_REASON)
        with self.log.deciding(scan_id) as unit:
            at = self.clock.now()
            scan = unit.scan
            if at < scan.at:
                raise DecisionError(
                    f"scan #{scan_id} was made at {scan.at.isoformat()}: a decision cannot come before it",
                    DecisionRefusal.BEFORE_SCAN,
                )
            if at - scan.at > DECISION_LIMIT:
                minutes = int(DECISION_LIMIT.total_seconds() // 60)
                raise DecisionError(
                    f"scan #{scan_id} is more than {minutes} minutes old: scan the badge again",
                    DecisionRefusal.SCAN_EXPIRED,
                )
            if officer and not officer.startswith(CLI_ACTOR_PREFIX) and not unit.officer_known(officer):
                raise DecisionError(
                    f"officer {officer} is not on this kiosk's staff list", DecisionRefusal.UNKNOWN_OFFICER
                )
            occurrence = ""
            if decision is Decision.ADMITTED:
                occurrence = self._still_admissible(unit, at)
            return unit.record(decision, at, reason, officer, note, occurrence)

    def _still_admissible(self, unit: DecisionUnit, at: datetime) -> str:
        """The holder rules at the decision's time, for the scan's checkpoint and session; the occurrence."""
        scan = unit.scan
        number = scan.badge_number or ""
        acc = unit.find(number)
        if acc is None:
            raise DecisionError(
                f"not admitted: badge {number} is no longer on the roster", DecisionRefusal.UNKNOWN_BADGE
            )
        version = acc.badge_version if scan.manual or unit.scan_version is None else unit.scan_version
        gate = Gate(scan.checkpoint, scan.session or None)
        verdict = self.verifier.judge_admission(acc, gate, at, unit, version)
        if not verdict.admissible:
            words = SINCE_THE_SCAN.get(verdict.code, verdict.code.value)
            raise DecisionError(f"not admitted: badge {number} {words}", DecisionRefusal(verdict.code.value))
        assert verdict.occurrence is not None
        return verdict.occurrence

    def annul(self, decision_id: int, reason: str, officer: str) -> LogEntry:
        return self.log.annul_admission(decision_id, self.clock.now(), reason, officer)

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[Accreditation]:
        return self.roster.search(query, limit)

    def peek(self, text: str) -> Holder | None:
        """Whose genuine badge this is, without judging or logging it (it is judged when its turn comes)."""
        number = self.verifier.genuine_badge(text)
        acc = self.roster.find(number) if number else None
        return holder_of(acc) if acc is not None else None
