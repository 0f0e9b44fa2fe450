"""The state machine of the screen: who is signed in, which check is open, which page shows.

    signed out ──PIN──► scanning ──scan──► judging ──► denied ──(next | timeout)──► scanning
                                                  └──► check documents ──both confirmed──► recording
                                                          │                 ──either refused──► recording
                                                          recording ──decision_recorded──► admitted | refused
                                                                    ──decision_failed───► failure (never "admitted")
    any state ──idle minutes──► locked (the open check is kept for the next officer who signs in)

A badge shown while a check is open is queued as pending and announced by a banner; it is judged
as soon as the screen is back to scanning. Everything that touches the database goes to the
worker through queued signals; the page changes only when the worker answers.
"""

from __future__ import annotations

import enum
import logging
from collections import deque
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.domain.gate import Gate
from kiosk.domain.log import DECISION_LIMIT, Counts
from kiosk.domain.roster_update import RosterSource
from kiosk.domain.staff import StaffMember
from kiosk.domain.verdict import Decision, RefusalReason
from kiosk.ui.guard import guarded
from kiosk.ui.ports import ScanLike
from kiosk.ui.worker import (
    DecisionRequest,
    DecisionResult,
    Failure,
    FailureKind,
    ManualRequest,
    PinRequest,
    PinResult,
    ScanRequest,
    SearchRequest,
    SearchResult,
    VerdictResult,
)

log = logging.getLogger(__name__)


class Screen(enum.Enum):
    SIGN_IN = "sign_in"
    SCANNING = "scanning"
    DENIED = "denied"
    CHECK = "check"
    ADMITTED = "admitted"
    REFUSED = "refused"
    FAILURE = "failure"
    SEARCH = "search"
    SUPERVISOR_PIN = "supervisor_pin"
    SUPERVISOR = "supervisor"


class Phase(enum.Enum):
    IDLE = "idle"  # waiting for a badge
    JUDGING = "judging"  # a scan or manual check is with the worker
    DENIED = "denied"
    CHECKING = "checking"  # valid: the officer checks the two documents
    RECORDING = "recording"  # the decision is with the worker
    ADMITTED = "admitted"
    REFUSED = "refused"
    FAILED = "failed"
    SEARCHING = "searching"


class SupervisorStage(enum.Enum):
    CLOSED = "closed"
    PIN = "pin"
    OPEN = "open"


class Banner(enum.Enum):
    FINISH_CHECK_FIRST = "finish_check_first"  # another badge is waiting
    ONE_BADGE_AT_A_TIME = "one_badge_at_a_time"  # several badges in one frame
    SIGN_IN_FIRST = "sign_in_first"  # a badge was shown while nobody is signed in
    BADGE_ON_SCREEN = "badge_on_screen"  # the badge being checked was shown again
    CHECK_EXPIRED = "check_expired"  # a check left open past DECISION_LIMIT: back to scanning, nothing recorded


class SignInReason(enum.Enum):
    START = "start"
    LOCKED = "locked"  # idle lock
    SIGNED_OUT = "signed_out"


class Document(enum.Enum):
    IDENTITY = "identity"
    PRESS = "press"


class Tone(enum.Enum):
    VALID = "valid"
    DENIED = "denied"
    ADMITTED = "admitted"
    REFUSED = "refused"
    ERROR = "error"


REFUSAL_FOR = {Document.IDENTITY: RefusalReason.ID_MISMATCH, Document.PRESS: RefusalReason.NO_PRESS_CREDENTIAL}


@dataclass(frozen=True)
class DocumentAnswer:
    """A tap on a check card. A value, not (object, bool): PySide6 6.12 loses a reference to
    True/False each time a Python bool is emitted through a signal, and the interpreter dies."""

    document: Document
    confirmed: bool


@dataclass(frozen=True)
class BannerState:
    banner: Banner
    waiting: int = 0  # badges queued behind the open check


@dataclass(frozen=True)
class SignInPrompt:
    reason: SignInReason
    number: str = ""  # pre-filled after an idle lock


@dataclass(frozen=True)
class CheckState:
    """The open valid check: which documents the officer confirmed, and whether it is being recorded."""

    result: VerdictResult
    identity_ok: bool = False
    press_ok: bool = False
    recording: bool = False

    def confirmed(self, document: Document) -> bool:
        return self.identity_ok if document is Document.IDENTITY else self.press_ok


@dataclass(frozen=True)
class Outcome:
    result: VerdictResult
    record: DecisionResult


@dataclass(frozen=True)
class Timings:
    denial_timeout_ms: int = 10_000
    outcome_timeout_ms: int = 4_000
    # An open check returns to scanning when the log would refuse its decision anyway (DECISION_LIMIT).
    check_timeout_ms: int = int(DECISION_LIMIT.total_seconds() * 1000)
    idle_lock_ms: int = 3 * 60_000
    banner_ms: int = 5_000
    search_delay_ms: int = 250
    counts_interval_ms: int = 60_000
    pending_limit: int = 8


class KioskController(QObject):
    """Holds the screen's state on the GUI thread; pages call its on_* slots, it emits what to show."""

    # to the pages
    screen_changed = Signal(object)  # Screen
    verdict_shown = Signal(object)  # VerdictResult (denied or valid)
    check_changed = Signal(object)  # CheckState
    outcome_shown = Signal(object)  # Outcome
    failure_shown = Signal(object)  # Failure
    banner_changed = Signal(object)  # BannerState | None
    officer_changed = Signal(object)  # StaffMember | None
    sign_in_prompted = Signal(object)  # SignInPrompt
    pin_refused = Signal(object)  # PinResult
    search_results_changed = Signal(object)  # SearchResult
    counts_changed = Signal(object)  # Counts
    gate_changed = Signal(object)  # Gate
    roster_changed = Signal(object)  # RosterSource | None
    tone_requested = Signal(object)  # Tone
    supervisor_unlocked = Signal(object)  # StaffMember
    supervisor_closed = Signal()
    # to the journal and the headless driver
    scan_received = Signal(object)  # ScanLike
    decision_made = Signal(object)  # Outcome
    became_idle = Signal()  # scanning, nothing pending, nothing in flight
    # to the worker (queued: it lives in another thread)
    scan_submitted = Signal(object)
    manual_submitted = Signal(object)
    decision_submitted = Signal(object)
    search_submitted = Signal(object)
    pin_submitted = Signal(object)
    counts_requested = Signal()

    def __init__(self, timings: Timings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timings = timings or Timings()
        self.phase = Phase.IDLE
        self.officer: StaffMember | None = None
        self.locked = False
        self.supervisor: StaffMember | None = None
        self.supervisor_stage = SupervisorStage.CLOSED
        self.check: CheckState | None = None
        self.current: VerdictResult | None = None
        self.failure: Failure | None = None
        self.pending: deque[str] = deque()
        self.counts = Counts()
        self.gate: Gate | None = None
        self.roster: RosterSource | None = None
        self._screen: Screen | None = None
        self._banner: BannerState | None = None
        self._last_number = ""
        self._token = 0
        self._judging_token = 0
        self._decision_request: DecisionRequest | None = None
        self._search_token = 0
        self._search_query = ""
        self._pin_token = 0
        self._denial_timer = self._single_shot(self.timings.denial_timeout_ms, self.on_timeout)
        self._outcome_timer = self._single_shot(self.timings.outcome_timeout_ms, self.on_timeout)
        self._check_timer = self._single_shot(self.timings.check_timeout_ms, self.on_check_expired)
        self._idle_timer = self._single_shot(self.timings.idle_lock_ms, self.on_idle_timeout)
        self._banner_timer = self._single_shot(self.timings.banner_ms, self.on_banner_timeout)
        self._search_timer = self._single_shot(self.timings.search_delay_ms, self.on_search_due)
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
        return self._banner

    def is_idle(self) -> bool:
        """Nothing open, nothing pending, nothing in flight: what the headless run waits for."""
        return self.phase is Phase.IDLE and not self.pending

    def start(self, officer: StaffMember | None = None) -> None:
        """Shows the first screen; an officer given here (headless runs) is signed in already."""
        self._counts_timer.start()
        self.counts_requested.emit()
        if officer is not None:
            self._sign_in(officer)
        else:
            self.sign_in_prompted.emit(SignInPrompt(SignInReason.START))
            self._render()

    # -- scans ---------------------------------------------------------------------------------
    @Slot(object)
    @guarded
    def on_scan_detected(self, scan: ScanLike) -> None:
        self.scan_received.emit(scan)
        texts = list(dict.fromkeys(t for t in scan.texts if t))
        if not texts:
            return
        if len(texts) > 1:
            self._flash(Banner.ONE_BADGE_AT_A_TIME)
            return
        text = texts[0]
        if self.officer is None or self.locked:
            self._flash(Banner.SIGN_IN_FIRST)
            return
        if self.phase is Phase.IDLE and self.supervisor_stage is SupervisorStage.CLOSED:
            self._submit_scan(text)
            return
        if self.current is not None and text == self.current.text and self.phase is not Phase.JUDGING:
            self._flash(Banner.BADGE_ON_SCREEN)
            return
        if text in self.pending:
            self._show_pending()
            return
        if len(self.pending) >= self.timings.pending_limit:
            log.warning("pending queue full: dropping the oldest waiting badge")
            self.pending.popleft()
        self.pending.append(text)
        self._show_pending()

    def _submit_scan(self, text: str) -> None:
        self._judging_token = self._next_token()
        self.phase = Phase.JUDGING
        self.scan_submitted.emit(ScanRequest(self._judging_token, text, self._officer_number()))
        self._show_pending()

    @Slot(object)
    @guarded
    def on_verdict_ready(self, result: VerdictResult) -> None:
        if result.token != self._judging_token or self.phase is not Phase.JUDGING:
            log.warning("a verdict arrived for a check that is no longer open; ignored")
            return
        self.current = result
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
    @guarded
    def on_scan_failed(self, failure: Failure) -> None:
        if failure.token != self._judging_token or self.phase is not Phase.JUDGING:
            return
        self._fail(failure)

    # -- the officer's answers -------------------------------------------------------------------
    @Slot(object)
    @guarded
    def on_document_answered(self, answer: DocumentAnswer) -> None:
        """A tap on a check card: confirmed (toggles) or refused (records the refusal at once)."""
        if self.phase is not Phase.CHECKING or self.check is None:
            return
        document, confirmed = answer.document, answer.confirmed
        if not confirmed:
            self._decide(Decision.REFUSED, REFUSAL_FOR[document])
            return
        flipped = not self.check.confirmed(document)
        if document is Document.IDENTITY:
            self.check = replace(self.check, identity_ok=flipped)
        else:
            self.check = replace(self.check, press_ok=flipped)
        self.check_changed.emit(self.check)
        if self.check.identity_ok and self.check.press_ok:
            self._decide(Decision.ADMITTED, None)

    @Slot()
    @guarded
    def on_refused_other(self) -> None:
        if self.phase is Phase.CHECKING:
            self._decide(Decision.REFUSED, RefusalReason.OTHER)

    @Slot()
    @guarded
    def on_check_skipped(self) -> None:
        """Leaves a valid check undecided (the person walked away; headless runs without confirming)."""
        if self.phase is Phase.CHECKING:
            self._enter_idle()

    def _decide(self, decision: Decision, reason: RefusalReason | None) -> None:
        assert self.check is not None and self.current is not None
        scan_id = self.current.verdict.scan_id
        if scan_id is None:
            self._fail(Failure(FailureKind.DECISION_NOT_RECORDED, "the scan has no log id"))
            return
        self._decision_request = DecisionRequest(
            self._next_token(), scan_id, decision, reason, self._officer_number()
        )
        self._send_decision()

    def _send_decision(self) -> None:
        assert self._decision_request is not None and self.check is not None
        self._decision_request = replace(self._decision_request, token=self._next_token())
        self.phase = Phase.RECORDING
        self.check = replace(self.check, recording=True)
        self.check_changed.emit(self.check)
        self.decision_submitted.emit(self._decision_request)
        self._render()

    @Slot(object)
    @guarded
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
    @guarded
    def on_decision_failed(self, failure: Failure) -> None:
        request = self._decision_request
        if request is None or failure.token != request.token:
            return
        if failure.kind is FailureKind.DECISION_CONFLICT:
            self._decision_request = None
        self._fail(failure)

    @Slot()
    @guarded
    def on_retry_requested(self) -> None:
        """Failure page: send the same decision again (storage failures only)."""
        if self.phase is Phase.FAILED and self._decision_request is not None and self.check is not None:
            self._send_decision()

    @Slot()
    @guarded
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
    @guarded
    def on_next_requested(self) -> None:
        """'Next badge' on a denial, an outcome or a failure that leaves nothing open."""
        if self.phase in (Phase.DENIED, Phase.ADMITTED, Phase.REFUSED, Phase.FAILED):
            self._enter_idle()

    @Slot()
    @guarded
    def on_timeout(self) -> None:
        """Denials and outcomes return to scanning on their own; a valid check never does."""
        if self.phase in (Phase.DENIED, Phase.ADMITTED, Phase.REFUSED):
            self._enter_idle()

    @Slot()
    @guarded
    def on_check_expired(self) -> None:
        """A check open past the decision limit: the log would refuse it, so the screen drops it."""
        if self.phase is Phase.CHECKING:
            log.info("check left open past the decision limit: back to scanning")
            self._enter_idle()
            self._flash(Banner.CHECK_EXPIRED)

    def _fail(self, failure: Failure) -> None:
        self.phase = Phase.FAILED
        self.failure = failure
        if failure.kind is not FailureKind.DECISION_NOT_RECORDED:
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
        if self.pending and self.officer is not None and not self.locked and (
            self.supervisor_stage is SupervisorStage.CLOSED
        ):
            self._submit_scan(self.pending.popleft())
            return
        self._show_pending()
        self._render()
        if self.is_idle():
            self.became_idle.emit()

    # -- manual search ----------------------------------------------------------------------------
    @Slot()
    @guarded
    def on_search_opened(self) -> None:
        if self.phase is Phase.IDLE and self.officer is not None:
            self.phase = Phase.SEARCHING
            self._search_query = ""
            self._render()

    @Slot(str)
    @guarded
    def on_search_query_changed(self, query: str) -> None:
        if self.phase is Phase.SEARCHING:
            self._search_query = query
            self._search_timer.start()

    @Slot()
    @guarded
    def on_search_due(self) -> None:
        if self.phase is not Phase.SEARCHING:
            return
        self._search_token = self._next_token()
        if not self._search_query.strip():
            self.search_results_changed.emit(SearchResult(self._search_token, "", ()))
            return
        self.search_submitted.emit(SearchRequest(self._search_token, self._search_query))

    @Slot(object)
    @guarded
    def on_search_finished(self, result: SearchResult) -> None:
        if result.token == self._search_token and self.phase is Phase.SEARCHING:
            self.search_results_changed.emit(result)

    @Slot(str)
    @guarded
    def on_search_hit_chosen(self, badge_number: str) -> None:
        if self.phase is not Phase.SEARCHING:
            return
        self._judging_token = self._next_token()
        self.phase = Phase.JUDGING
        self.manual_submitted.emit(ManualRequest(self._judging_token, badge_number, self._officer_number()))

    @Slot()
    @guarded
    def on_search_closed(self) -> None:
        if self.phase is Phase.SEARCHING:
            self._enter_idle()

    # -- officers -----------------------------------------------------------------------------------
    @Slot(str, str)
    @guarded
    def on_sign_in_requested(self, number: str, pin: str) -> None:
        self._last_number = number
        self._pin_token = self._next_token()
        self.pin_submitted.emit(PinRequest(self._pin_token, number, pin, False))

    @Slot(str)
    @guarded
    def on_supervisor_pin_entered(self, pin: str) -> None:
        if self.supervisor_stage is SupervisorStage.PIN:
            self._pin_token = self._next_token()
            self.pin_submitted.emit(PinRequest(self._pin_token, "", pin, True))

    @Slot(object)
    @guarded
    def on_pin_checked(self, result: PinResult) -> None:
        if result.token != self._pin_token:
            return
        outcome = result.outcome
        if not outcome.ok:
            self.pin_refused.emit(result)
            return
        assert outcome.member is not None
        if result.supervisor_only:
            if self.supervisor_stage is SupervisorStage.PIN:
                self.supervisor = outcome.member
                self.supervisor_stage = SupervisorStage.OPEN
                self.supervisor_unlocked.emit(outcome.member)
                self._render()
        else:
            self._sign_in(outcome.member)

    def _sign_in(self, officer: StaffMember) -> None:
        self.officer = officer
        self.locked = False
        self._idle_timer.start()
        self.officer_changed.emit(officer)
        self._render()
        if self.phase is Phase.IDLE:
            self._enter_idle()

    @Slot()
    @guarded
    def on_sign_out_requested(self) -> None:
        if self.phase not in (Phase.IDLE, Phase.SEARCHING):
            return
        self._last_number = self.officer.number if self.officer else ""
        self.officer = None
        self.locked = False
        self.pending.clear()
        self.phase = Phase.IDLE
        self._idle_timer.stop()
        self.officer_changed.emit(None)
        self.sign_in_prompted.emit(SignInPrompt(SignInReason.SIGNED_OUT))
        self._show_pending()
        self._render()

    @Slot()
    @guarded
    def on_officer_active(self) -> None:
        """Any touch or key: the idle lock starts counting again."""
        if self.officer is not None and not self.locked:
            self._idle_timer.start()

    @Slot()
    @guarded
    def on_idle_timeout(self) -> None:
        if self.officer is None or self.locked:
            return
        log.info("idle lock: officer %s", self.officer.number)
        self._last_number = self.officer.number
        self.locked = True
        self.officer = None
        if self.phase is Phase.SEARCHING:
            self.phase = Phase.IDLE
        self.supervisor = None
        self.supervisor_stage = SupervisorStage.CLOSED
        self.officer_changed.emit(None)
        self.sign_in_prompted.emit(SignInPrompt(SignInReason.LOCKED, self._last_number))
        self._render()

    # -- supervisor ---------------------------------------------------------------------------------
    @Slot()
    @guarded
    def on_supervisor_requested(self) -> None:
        if self.phase in (Phase.IDLE, Phase.SEARCHING) and self.supervisor_stage is SupervisorStage.CLOSED:
            if self.phase is Phase.SEARCHING:
                self.phase = Phase.IDLE
            self.supervisor_stage = SupervisorStage.PIN
            self._render()

    @Slot()
    @guarded
    def on_supervisor_closed(self) -> None:
        if self.supervisor_stage is SupervisorStage.CLOSED:
            return
        self.supervisor = None
        self.supervisor_stage = SupervisorStage.CLOSED
        self.supervisor_closed.emit()
        self._render()
        if self.phase is Phase.IDLE:
            self._enter_idle()

    # -- from the worker: figures -----------------------------------------------------------------
    @Slot(object)
    @guarded
    def on_counts_ready(self, counts: Counts) -> None:
        self.counts = counts
        self.counts_changed.emit(counts)

    @Slot(object)
    @guarded
    def on_roster_ready(self, roster: RosterSource | None) -> None:
        if roster != self.roster:
            self.roster = roster
            self.roster_changed.emit(roster)

    @Slot(object)
    @guarded
    def on_gate_ready(self, gate: Gate) -> None:
        if gate != self.gate:
            self.gate = gate
            self.gate_changed.emit(gate)

    # -- rendering ----------------------------------------------------------------------------------
    def _screen_for_state(self) -> Screen | None:
        if self.supervisor_stage is SupervisorStage.PIN:
            return Screen.SUPERVISOR_PIN
        if self.supervisor_stage is SupervisorStage.OPEN:
            return Screen.SUPERVISOR
        if self.officer is None or self.locked:
            return Screen.SIGN_IN
        return {
            Phase.IDLE: Screen.SCANNING,
            Phase.JUDGING: None,  # stay where we are until the worker answers
            Phase.DENIED: Screen.DENIED,
            Phase.CHECKING: Screen.CHECK,
            Phase.RECORDING: Screen.CHECK,
            Phase.ADMITTED: Screen.ADMITTED,
            Phase.REFUSED: Screen.REFUSED,
            Phase.FAILED: Screen.FAILURE,
            Phase.SEARCHING: Screen.SEARCH,
        }[self.phase]

    def _render(self) -> None:
        screen = self._screen_for_state()
        if screen is None and self._screen is None:
            screen = Screen.SCANNING
        if screen is not None and screen is not self._screen:
            self._screen = screen
            log.debug("screen: %s", screen.value)
            self.screen_changed.emit(screen)

    def _show_pending(self) -> None:
        if self.pending:
            self._set_banner(BannerState(Banner.FINISH_CHECK_FIRST, len(self.pending)))
        elif self._banner is not None and self._banner.banner is Banner.FINISH_CHECK_FIRST:
            self._set_banner(None)

    def _flash(self, banner: Banner) -> None:
        if self.pending:
            self._show_pending()
            return
        self._set_banner(BannerState(banner))
        self._banner_timer.start()

    @Slot()
    @guarded
    def on_banner_timeout(self) -> None:
        if self._banner is not None and self._banner.banner is not Banner.FINISH_CHECK_FIRST:
            self._set_banner(None)

    def _set_banner(self, banner: BannerState | None) -> None:
        if banner != self._banner:
            self._banner = banner
            self.banner_changed.emit(banner)

    def _officer_number(self) -> str:
        return self.officer.number if self.officer else ""

    def _next_token(self) -> int:
        self._token += 1
        return self._token
