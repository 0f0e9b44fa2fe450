"""The state machine of the door: scan → check → decision, and which page shows.

    signed out ──PIN──► scanning ──scan──► judging ──► denied ──(next | timeout, unless kept)──► scanning
                                        └──► check documents ──both confirmed──► recording
                                                │    ──refused, with a reason──► refusing ──undo──► check
                                                │                                   └──(a few s | now)──► recording
                                                recording ──decision_recorded──► admitted | refused
                                                          ──decision_failed───► failure (never "admitted")
    check documents ──the decision limit (10 min)──► scanning, "show the badge again" (nothing recorded)
    recording ──offline, data past its age──► failure ──supervisor's PIN──► recording (approved) | back to check
    any state ──idle minutes──► locked (the open check is kept for the next officer who signs in)

The controller owns three helpers: the OfficerSession (sign-in, idle lock, supervisor), NextBadge
(one person at a time: the newest badge shown during a check waits, with its holder's face, and is
dropped after a few seconds unless shown again; never a queue) and PeopleSearch (the search page's
queries); the values they exchange with the pages and the worker are in kiosk.ui.vocabulary.
Everything that touches the database goes to the worker through queued signals; the page changes
only when the worker answers.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.domain.gate import Gate
from kiosk.domain.log import Counts
from kiosk.domain.roster_update import RosterSource
from kiosk.domain.staff import StaffMember
from kiosk.domain.verdict import Decision, RefusalReason
from kiosk.ui.officer_session import OfficerSession
from kiosk.ui.people_search import PeopleSearch
from kiosk.ui.ports import ScanLike
from kiosk.ui.vocabulary import (
    REFUSAL_FOR,
    Banner,
    BannerState,
    CheckState,
    DecisionRequest,
    DecisionResult,
    Document,
    Failure,
    FailureKind,
    ManualRequest,
    Outcome,
    Phase,
    ScanRequest,
    Screen,
    SessionChange,
    Timings,
    Tone,
    VerdictResult,
)
from kiosk.ui.waiting import NextBadge

log = logging.getLogger(__name__)

SCREEN_OF_PHASE: dict[Phase, Screen | None] = {
    Phase.IDLE: Screen.SCANNING,
    Phase.JUDGING: None,  # stay where we are until the worker answers
    Phase.DENIED: Screen.DENIED,
    Phase.CHECKING: Screen.CHECK,
    Phase.REFUSING: Screen.CHECK,
    Phase.RECORDING: Screen.CHECK,
    Phase.ADMITTED: Screen.ADMITTED,
    Phase.REFUSED: Screen.REFUSED,
    Phase.FAILED: Screen.FAILURE,
    Phase.SEARCHING: Screen.SEARCH,
}


class KioskController(QObject):
    """Holds the check's state on the GUI thread; pages call its on_* slots, it emits what to show."""

    # to the pages
    screen_changed = Signal(object)  # Screen
    verdict_shown = Signal(object)  # VerdictResult (denied or valid)
    check_changed = Signal(object)  # CheckState
    outcome_shown = Signal(object)  # Outcome
    failure_shown = Signal(object)  # Failure
    counts_changed = Signal(object)  # Counts
    gate_changed = Signal(object)  # Gate
    roster_changed = Signal(object)  # RosterSource | None
    tone_requested = Signal(object)  # Tone
    # to the journal and the headless driver
    scan_received = Signal(object)  # ScanLike
    decision_made = Signal(object)  # Outcome
    became_idle = Signal()  # scanning, nothing waiting, nothing in flight
    # to the worker (queued: it lives in another thread)
    scan_submitted = Signal(object)
    manual_submitted = Signal(object)
    decision_submitted = Signal(object)
    counts_requested = Signal()

    def __init__(self, timings: Timings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timings = timings or Timings()
        self.phase = Phase.IDLE
        self.session = OfficerSession(self.timings.idle_lock_ms, self)
        self.session.changed.connect(self.on_session_changed)
        self.session.approval_given.connect(self.on_approval_given)
        self.search = PeopleSearch(self.timings.search_delay_ms, self)
        self.check: CheckState | None = None
        self.current: VerdictResult | None = None
        self.failure: Failure | None = None
        self.waiting = NextBadge(self.timings.hold_ms, self.timings.banner_ms, self)
        self.counts = Counts()
        self.gate: Gate | None = None
        self.roster: RosterSource | None = None
        self._screen: Screen | None = None
        self._token = 0
        self._judging_token = 0
        self._judging_text = ""  # the QR text with the worker now
        self._decision_request: DecisionRequest | None = None
        self._refusing_officer = ""
        self._undo_timer = self._single_shot(self.timings.undo_ms, self.on_refusal_confirmed)
        self._denial_timer = self._single_shot(self.timings.denial_timeout_ms, self.on_timeout)
        self._outcome_timer = self._single_shot(self.timings.outcome_timeout_ms, self.on_timeout)
        self._check_timer = self._single_shot(self.timings.check_timeout_ms, self.on_check_expired)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(self.timings.counts_interval_ms)
        self._counts_timer.timeout.connect(self.counts_requested)

    def _single_shot(self, interval_ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    # -- queries -------------------------------------------------------------------------------
    @property
    def screen(self) -> Screen | None:
        return self._screen

    @property
    def banner(self) -> BannerState | None:
        return self.waiting.banner


    @property
    def officer(self) -> StaffMember | None:
        return self.session.officer

    def is_idle(self) -> bool:
        """Nothing open, nothing waiting, nothing in flight: what the headless run waits for."""
        return self.phase is Phase.IDLE and self.waiting.held is None

    def _door_free(self) -> bool:
        """Nothing open at the door: the officer may sign out or hand the screen to a supervisor."""
        return self.phase in (Phase.IDLE, Phase.SEARCHING)

    def start(self, officer: StaffMember | None = None) -> None:
        """Shows the first screen; an officer given here (headless runs) is signed in already."""
        self._counts_timer.start()
        self.counts_requested.emit()
        if officer is not None:
            self.session.sign_in(officer)
        else:
            self.session.prompt_start()
            self._render()

    # -- scans ---------------------------------------------------------------------------------
    @Slot(object)
    def on_scan_detected(self, scan: ScanLike) -> None:
        self.scan_received.emit(scan)
        texts = list(dict.fromkeys(t for t in scan.texts if t))
        if not texts:
            return
        if len(texts) > 1:
            self.waiting.flash(Banner.ONE_BADGE_AT_A_TIME)
            return
        text = texts[0]
        if self.officer is None or self.session.locked:
            self.waiting.flash(Banner.SIGN_IN_FIRST)
            return
        if self.phase is Phase.IDLE and self.session.may_scan:
            self._submit_scan(text)
        elif text == self._judging_text or (self.current is not None and text == self.current.text):
            self.waiting.flash(Banner.BADGE_ON_SCREEN)
        else:
            self.waiting.offer(text)

    def _submit_scan(self, text: str) -> None:
        self._judging_token = self._next_token()
        self._judging_text = text
        self.phase = Phase.JUDGING
        self.scan_submitted.emit(ScanRequest(self._judging_token, text, self.session.officer_number()))

    @Slot(object)
    def on_verdict_ready(self, result: VerdictResult) -> None:
        if result.token != self._judging_token or self.phase is not Phase.JUDGING:
            log.warning("a verdict arrived for a check that is no longer open; ignored")
            return
        self.current = result
        self._judging_text = ""
        self.failure = None
        self.verdict_shown.emit(result)
        if result.verdict.admissible:
            self.phase = Phase.CHECKING
            self.check = CheckState(result)
            self.check_changed.emit(self.check)
            self.tone_requested.emit(Tone.VALID)
            self._check_timer.start()
        else:
            self.phase = Phase.DENIED
            self.check = None
            self._denial_timer.start()
            self.tone_requested.emit(Tone.DENIED)
            self.counts_requested.emit()  # the denial is in today's figures
        self._render()

    @Slot(object)
    def on_scan_failed(self, failure: Failure) -> None:
        if failure.token != self._judging_token or self.phase is not Phase.JUDGING:
            return
        self._judging_text = ""
        self._fail(failure)

    # -- the officer's answers -------------------------------------------------------------------
    @Slot(object, bool)
    def on_document_answered(self, document: Document, confirmed: bool) -> None:
        """A tap on a check card: confirmed (toggles) or refused (records the refusal at once)."""
        if self.phase is not Phase.CHECKING or self.check is None:
            return
        if not confirmed:
            self._propose_refusal(REFUSAL_FOR[document], "")
            return
        flipped = not self.check.confirmed(document)
        if document is Document.IDENTITY:
            self.check = replace(self.check, identity_ok=flipped)
        else:
            self.check = replace(self.check, press_ok=flipped)
        self.check_changed.emit(self.check)
        if self.check.identity_ok and self.check.press_ok:
            self._decide(Decision.ADMITTED, None)

    @Slot(object, str)
    def on_refusal_chosen(self, reason: RefusalReason, note: str) -> None:
        """The officer refuses for a reason from the list, or another one in their own words."""
        if self.phase is Phase.CHECKING:
            self._propose_refusal(reason, note)

    def _propose_refusal(self, reason: RefusalReason, note: str) -> None:
        """Nothing is recorded yet: the refusal waits out its undo window (or 'refuse now')."""
        assert self.check is not None
        self.phase = Phase.REFUSING
        self._refusing_officer = self.session.officer_number()
        self.check = replace(self.check, refusing=reason, note=note.strip())
        self._undo_timer.start()
        self.check_changed.emit(self.check)

    @Slot()
    def on_undo_requested(self) -> None:
        if self.phase is Phase.REFUSING and self.check is not None:
            self._undo_timer.stop()
            self.phase = Phase.CHECKING
            self.check = replace(self.check, refusing=None, note="")
            self.check_changed.emit(self.check)

    @Slot()
    def on_refusal_confirmed(self) -> None:
        """'Refuse now', or the undo window ran out: the refusal goes to the log."""
        if self.phase is Phase.REFUSING and self.check is not None and self.check.refusing is not None:
            self._undo_timer.stop()
            self._decide(Decision.REFUSED, self.check.refusing, self.check.note, self._refusing_officer)

    @Slot()
    def on_keep_requested(self) -> None:
        """A denial that calls the supervisor stays on screen until 'Next badge'."""
        if self.phase is Phase.DENIED:
            self._denial_timer.stop()

    @Slot()
    def on_check_skipped(self) -> None:
        """Leaves a valid check undecided (the person walked away; headless runs without confirming)."""
        if self.phase is Phase.CHECKING:
            self._enter_idle()

    def _decide(
        self, decision: Decision, reason: RefusalReason | None, note: str = "", officer: str | None = None
    ) -> None:
        assert self.check is not None and self.current is not None
        scan_id = self.current.verdict.scan_id
        if scan_id is None:
            self._fail(Failure(FailureKind.DECISION_NOT_RECORDED, "the scan has no log id"))
            return
        by = self.session.officer_number() if officer is None else officer
        self._decision_request = DecisionRequest(self._next_token(), scan_id, decision, reason, by, note)
        self._send_decision()

    def _send_decision(self) -> None:
        assert self._decision_request is not None and self.check is not None
        self._decision_request = replace(self._decision_request, token=self._next_token())
        self.phase = Phase.RECORDING
        self.check = replace(self.check, recording=True, refusing=None)
        self.check_changed.emit(self.check)
        self.decision_submitted.emit(self._decision_request)
        self._render()

    @Slot(object)
    def on_decision_recorded(self, result: DecisionResult) -> None:
        request = self._decision_request
        if request is None or result.token != request.token or self.current is None:
            log.warning("a decision result arrived for no open check; ignored")
            return
        self._decision_request = None
        outcome = Outcome(self.current, result)
        admitted = result.record.decision is Decision.ADMITTED
        self.phase = Phase.ADMITTED if admitted else Phase.REFUSED
        self.check = None
        self.outcome_shown.emit(outcome)
        self.decision_made.emit(outcome)
        self.tone_requested.emit(Tone.ADMITTED if admitted else Tone.REFUSED)
        self._outcome_timer.start()
        self.counts_requested.emit()
        self._render()

    @Slot(object)
    def on_decision_failed(self, failure: Failure) -> None:
        request = self._decision_request
        if request is None or failure.token != request.token:
            return
        if failure.kind is FailureKind.DECISION_CONFLICT:
            self._decision_request = None
        self._fail(failure)

    @Slot()
    def on_approval_requested(self) -> None:
        """Failure page: an offline admission past the data age; the supervisor's PIN may approve it."""
        if (
            self.phase is Phase.FAILED and self.failure is not None
            and self.failure.kind is FailureKind.APPROVAL_NEEDED and self._decision_request is not None
        ):
            self.session.open_approval_pin()

    @Slot(object)
    def on_approval_given(self, supervisor: StaffMember) -> None:
        """The same decision again, approved by the supervisor (logged with it)."""
        if self.phase is Phase.FAILED and self._decision_request is not None and self.check is not None:
            self._decision_request = replace(self._decision_request, approved_by=supervisor.number)
            self._send_decision()

    @Slot()
    def on_retry_requested(self) -> None:
        """Failure page: send the same decision again (storage failures only)."""
        if self.phase is Phase.FAILED and self._decision_request is not None and self.check is not None:
            self._send_decision()

    @Slot()
    def on_back_to_check(self) -> None:
        """Failure page: back to the open check with nothing recorded."""
        if self.phase is Phase.FAILED and self.check is not None and self._decision_request is not None:
            self._decision_request = None
            self.check = CheckState(self.check.result)
            self.phase = Phase.CHECKING
            self.check_changed.emit(self.check)
            self._render()
        else:
            self.on_next_requested()

    @Slot()
    def on_next_requested(self) -> None:
        """'Next badge' on a denial, an outcome or a failure that leaves nothing open."""
        if self.phase in (Phase.DENIED, Phase.ADMITTED, Phase.REFUSED, Phase.FAILED):
            self._enter_idle()

    @Slot()
    def on_timeout(self) -> None:
        """Denials and outcomes return to scanning on their own; a valid check never does."""
        if self.phase in (Phase.DENIED, Phase.ADMITTED, Phase.REFUSED):
            self._enter_idle()

    @Slot()
    def on_check_expired(self) -> None:
        """A check open past the decision limit: the log would refuse it, so the screen drops it."""
        if self.phase is Phase.CHECKING:
            log.info("check left open past the decision limit: back to scanning")
            self._enter_idle()
            self.waiting.flash(Banner.CHECK_EXPIRED)

    def _fail(self, failure: Failure) -> None:
        self.phase = Phase.FAILED
        self.failure = failure
        if failure.kind not in (FailureKind.DECISION_NOT_RECORDED, FailureKind.APPROVAL_NEEDED):
            self.check = None
        self.failure_shown.emit(failure)
        self.tone_requested.emit(Tone.ERROR)
        self._render()

    def _enter_idle(self) -> None:
        self._denial_timer.stop()
        self._outcome_timer.stop()
        self._check_timer.stop()
        self.phase = Phase.IDLE
        self.check = None
        self.current = None
        self.failure = None
        self._decision_request = None
        text = self.waiting.take() if self.session.may_scan else None
        if text is not None:
            self._submit_scan(text)
            return
        self._render()
        if self.is_idle():
            self.became_idle.emit()

    # -- manual search ----------------------------------------------------------------------------
    @Slot()
    def on_search_opened(self) -> None:
        if self.phase is Phase.IDLE and self.officer is not None:
            self.phase = Phase.SEARCHING
            self.search.open()
            self._render()

    @Slot(str)
    def on_search_hit_chosen(self, badge_number: str) -> None:
        if self.phase is not Phase.SEARCHING:
            return
        self.search.close()
        self._judging_token = self._next_token()
        self.phase = Phase.JUDGING
        self.manual_submitted.emit(
            ManualRequest(self._judging_token, badge_number, self.session.officer_number())
        )

    @Slot()
    def on_search_closed(self) -> None:
        if self.phase is Phase.SEARCHING:
            self.search.close()
            self._enter_idle()

    # -- who is at the screen -----------------------------------------------------------------------
    @Slot()
    def on_sign_out_requested(self) -> None:
        if self._door_free():
            self.session.sign_out()

    @Slot()
    def on_supervisor_requested(self) -> None:
        if self._door_free():
            self.session.open_supervisor_pin()

    @Slot(object)
    def on_session_changed(self, change: SessionChange) -> None:
        """The officer session changed hands: what it means for the check at the door."""
        leaving = (SessionChange.SIGNED_OUT, SessionChange.LOCKED, SessionChange.SUPERVISOR_PIN)
        if change in leaving and self.phase is Phase.SEARCHING:
            self.search.close()
            self.phase = Phase.IDLE
        if change in (SessionChange.SIGNED_OUT, SessionChange.LOCKED):
            self.waiting.clear()  # whoever waited is not the next officer's
        self._render()
        if change in (SessionChange.SIGNED_IN, SessionChange.SUPERVISOR_CLOSED) and self.phase is Phase.IDLE:
            self._enter_idle()

    # -- from the worker: figures -----------------------------------------------------------------
    @Slot(object)
    def on_counts_ready(self, counts: Counts) -> None:
        self.counts = counts
        self.counts_changed.emit(counts)

    @Slot(object)
    def on_roster_ready(self, roster: RosterSource | None) -> None:
        if roster != self.roster:
            self.roster = roster
            self.roster_changed.emit(roster)

    @Slot(object)
    def on_gate_ready(self, gate: Gate) -> None:
        if gate != self.gate:
            self.gate = gate
            self.gate_changed.emit(gate)

    # -- rendering ----------------------------------------------------------------------------------
    def _render(self) -> None:
        screen = self.session.screen() or SCREEN_OF_PHASE[self.phase]
        if screen is None and self._screen is None:
            screen = Screen.SCANNING
        if screen is not None and screen is not self._screen:
            self._screen = screen
            log.debug("screen: %s", screen.value)
            self.screen_changed.emit(screen)

    def _next_token(self) -> int:
        self._token += 1
        return self._token
