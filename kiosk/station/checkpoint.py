"""A checkpoint at work: judge a scan, record it, record the officer's decision. One transaction each."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Protocol

from kiosk.domain.accreditation import Accreditation
from kiosk.domain.clock import Clock
from kiosk.domain.gate import Gate
from kiosk.domain.log import DECISION_LIMIT, DecisionError, DecisionRefusal, LogEntry, checked_note
from kiosk.domain.rules import Verifier, holder_of
from kiosk.domain.site import AdmissionClaim, ClaimOutcome, ClaimStatus
from kiosk.domain.staff import CLI_ACTOR_PREFIX
from kiosk.domain.verdict import Decision, Holder, RefusalReason, Verdict, VerdictCode
from kiosk.storage.roster_store import SEARCH_LIMIT, RosterStore, UnknownBadge
from kiosk.storage.scan_log import ClaimMark, DecisionUnit, ScanLog, ScanUnit

# What changed since the scan, in the one line the CLI prints (the screen words it in kiosk.ui.wording).
SINCE_THE_SCAN = {
    VerdictCode.REVOKED: "is revoked",
    VerdictCode.SUSPENDED: "is suspended",
    VerdictCode.SUPERSEDED: "was reprinted: this badge is superseded",
    VerdictCode.NOT_ACCREDITED_FOR_SESSION: "is not accredited for this session",
    VerdictCode.OUTSIDE_WINDOW: "is outside the session's hours or appointment",
    VerdictCode.ALREADY_ADMITTED: "is already admitted to this session (this day or this appointment)",
}


class AdmissionSite(Protocol):
    """The site as a checkpoint of one of its kiosks needs it (kiosk.station.site.Site)."""

    data_age_limit: timedelta

    def judging_offline(self) -> bool:
        """The kiosk judges without the site now: its verdicts say so."""
        ...

    def claim(self, claim: AdmissionClaim) -> ClaimOutcome:
        """Waits a short while at most: UNREACHABLE when the site does not answer in time."""
        ...

    def data_age(self) -> timedelta | None:
        """How old the kiosk's roster and statuses may be; None: unknown."""
        ...


@dataclass
class CheckpointService:
    """What the kiosk screen, the CLI and the benchmarks all call; no Qt, no camera."""

    verifier: Verifier
    roster: RosterStore
    log: ScanLog
    clock: Clock
    gate: Gate
    site: AdmissionSite | None = None  # a kiosk of a site: admissions are claimed on it
    ids: Callable[[], uuid.UUID] = field(default=uuid.uuid4)  # the claims' client ids

    def scan(self, text: str, officer: str = "") -> Verdict:
        """Judges a QR text, with the badge's history of the day, and commits it to the log before returning."""
        with self.log.unit() as unit:
            now = self.clock.now()
            verdict = self.verifier.judge_text(text, self.gate, now, unit, unit)
            return unit.record_scan(self._marked(self._remembered(verdict, unit, now)), text, officer)

    def check_manually(self, badge_number: str, officer: str = "") -> Verdict:
        """For a damaged or forgotten badge, after the officer found the person by search."""
        with self.log.unit() as unit:
            acc = unit.find(badge_number)
            if acc is None:
                raise UnknownBadge(f"no badge {badge_number!r} on the roster")
            now = self.clock.now()
            verdict = self.verifier.judge_holder(acc, self.gate, now, unit)
            return unit.record_scan(self._marked(self._remembered(verdict, unit, now)), "", officer)

    def _marked(self, verdict: Verdict) -> Verdict:
        """A kiosk of a site says whether it judged without the site (another lane may have admitted)."""
        return verdict if self.site is None else replace(verdict, offline=self.site.judging_offline())

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
        approved_by: str = "",
    ) -> LogEntry:
        """Records the officer's decision, judged again at its own time in the same transaction.

        Refused (DecisionError, nothing recorded): a time before the scan, a scan older than
        DECISION_LIMIT, an officer not on the staff list, and an admission the holder rules now deny.
        On a kiosk of a site, an admission is also claimed on the site: refused when another lane's
        stands; when the site does not answer, decided offline, which past the data age needs a
        supervisor (`approved_by`, whose PIN the caller checked).
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
            claim = None
            if decision is Decision.ADMITTED:
                occurrence = self._still_admissible(unit, at)
                if self.site is not None:
                    checked_note(note)  # a note the log would refuse is refused before the site holds a claim
                    claim = self._claim(self.site, unit, occurrence, officer, at, approved_by)
            return unit.record(decision, at, reason, officer, note, occurrence, claim)

    def _claim(
        self, site: AdmissionSite, unit: DecisionUnit, occurrence: str, officer: str, at: datetime, approved_by: str
    ) -> ClaimMark:
        """The admission claimed on the site: won, lost (DecisionError naming the winner), or offline."""
        scan = unit.scan
        number = scan.badge_number or ""
        client_id = str(self.ids())
        outcome = site.claim(
            AdmissionClaim(client_id, number, scan.session, occurrence, self.log.kiosk_id, scan.checkpoint, officer, at)
        )
        if outcome.status is ClaimStatus.WON:
            return ClaimMark(client_id)
        if outcome.status is ClaimStatus.LOST:
            winner = outcome.winner
            assert winner is not None
            when = self.verifier.event.local(winner.at).strftime("%H:%M")
            by = f" by {winner.officer}" if winner.officer else ""
            raise DecisionError(
                f"not admitted: badge {number} is already admitted at {winner.checkpoint} {when}{by}",
                DecisionRefusal.ALREADY_ADMITTED, prior=winner,
            )
        age = site.data_age()
        if age is not None and age <= site.data_age_limit:
            return ClaimMark(client_id, offline=True)
        if not approved_by:
            limit = int(site.data_age_limit.total_seconds() // 60)
            why = (
                "the age of this kiosk's data is unknown (never brought up to date, or the clock went backwards)"
                if age is None
                else f"this kiosk's data is {int(age.total_seconds() // 60)} minutes old (the limit is {limit})"
            )
            raise DecisionError(
                f"not admitted offline: {why}; a supervisor's PIN is needed", DecisionRefusal.DATA_TOO_OLD
            )
        age_text = "unknown" if age is None else f"{int(age.total_seconds())}s"
        return ClaimMark(client_id, offline=True, detail=f"data_age={age_text};approved_by={approved_by}")

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
            raise DecisionError(
                f"not admitted: badge {number} {words}", DecisionRefusal(verdict.code.value), prior=verdict.prior
            )
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
