"""The screen's vocabulary: what its state machine, its officer session, its worker and its pages say
to each other. Plain enums and frozen values only, so every piece can be read without the others.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from PySide6.QtGui import QImage

from kiosk.domain.accreditation import Accreditation, Status
from kiosk.domain.gate import Gate
from kiosk.domain.log import (
    DECISION_LIMIT,
    DecisionRefusal,
    DoorDenial,
    ExportResult,
    ExportTarget,
    LogEntry,
    StandingAdmission,
)
from kiosk.domain.site_view import ConflictResolution, SiteView
from kiosk.domain.staff import PinCheck
from kiosk.domain.verdict import Decision, Holder, PriorAdmission, RefusalReason, Verdict


# -- where the screen is ----------------------------------------------------------------------------
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
    """Where the check at the door stands (the controller's state)."""

    IDLE = "idle"  # waiting for a badge
    JUDGING = "judging"  # a scan or manual check is with the worker
    DENIED = "denied"
    CHECKING = "checking"  # valid: the officer checks the two documents
    REFUSING = "refusing"  # a refusal waits a few seconds, undoable, before it is recorded
    RECORDING = "recording"  # the decision is with the worker
    ADMITTED = "admitted"
    REFUSED = "refused"
    FAILED = "failed"
    SEARCHING = "searching"


class SupervisorStage(enum.Enum):
    CLOSED = "closed"
    PIN = "pin"
    OPEN = "open"
    APPROVAL = "approval"  # the supervisor's PIN approves an offline admission on data past its age


class SessionChange(enum.Enum):
    """What the officer session tells the controller, which decides what it means for the check."""

    SIGNED_IN = "signed_in"
    SIGNED_OUT = "signed_out"
    LOCKED = "locked"  # idle lock: the open check is kept for the next officer
    SUPERVISOR_PIN = "supervisor_pin"
    SUPERVISOR_OPEN = "supervisor_open"
    SUPERVISOR_CLOSED = "supervisor_closed"
    APPROVAL_PIN = "approval_pin"  # the PIN pad asks the supervisor to approve an offline admission
    APPROVED = "approved"  # the supervisor approved it: the decision goes again, approved
    APPROVAL_CANCELLED = "approval_cancelled"


class Banner(enum.Enum):
    NEXT_WAITING = "next_waiting"  # the newest badge shown during a check waits (never a queue)
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
class Timings:
    denial_timeout_ms: int = 10_000
    outcome_timeout_ms: int = 4_000
    # An open check returns to scanning when the log would refuse its decision anyway (DECISION_LIMIT).
    check_timeout_ms: int = int(DECISION_LIMIT.total_seconds() * 1000)
    idle_lock_ms: int = 3 * 60_000
    banner_ms: int = 5_000
    search_delay_ms: int = 250
    counts_interval_ms: int = 60_000
    hold_ms: int = 8_000  # a badge shown during a check waits this long, unless shown again
    undo_ms: int = 5_000  # a refusal can be undone this long before it is recorded
    input_guard_ms: int = 400  # taps this soon after a page change are ignored (a double tap)


# -- what the pages show ------------------------------------------------------------------------------
@dataclass(frozen=True)
class WaitingBadge:
    """The newest badge shown while a check is open: its holder, once looked up, if the badge is genuine."""

    text: str
    holder: Holder | None = None
    photo: QImage | None = field(default=None, compare=False)


@dataclass(frozen=True)
class BannerState:
    banner: Banner
    waiting: WaitingBadge | None = None  # NEXT_WAITING


@dataclass(frozen=True)
class SignInPrompt:
    reason: SignInReason
    number: str = ""  # pre-filled after an idle lock


# -- failures ---------------------------------------------------------------------------------------
class FailureKind(enum.Enum):
    SCAN_NOT_RECORDED = "scan_not_recorded"  # the verdict could not be logged: nothing is shown
    DECISION_NOT_RECORDED = "decision_not_recorded"  # storage failed: try again
    DECISION_CONFLICT = "decision_conflict"  # the log refused (e.g. admitted meanwhile elsewhere)
    APPROVAL_NEEDED = "approval_needed"  # offline on data past its age: a supervisor's PIN admits
    ACTION_FAILED = "action_failed"  # a supervisor action or a lookup failed


@dataclass(frozen=True)
class Failure:
    kind: FailureKind
    detail: str = ""  # technical, shown small; English from the log or the exception
    token: int = 0
    refusal: DecisionRefusal | None = None  # DECISION_CONFLICT: why the log refused the decision
    prior: PriorAdmission | None = None  # already admitted (at another lane of the site): where, when, by whom


# -- requests to the worker -------------------------------------------------------------------------
# Each carries a token: an answer whose token is no longer the one awaited is stale and ignored.
@dataclass(frozen=True)
class ScanRequest:
    token: int
    text: str
    officer: str


@dataclass(frozen=True)
class ManualRequest:
    token: int
    badge_number: str
    officer: str


@dataclass(frozen=True)
class DecisionRequest:
    token: int
    scan_id: int
    decision: Decision
    reason: RefusalReason | None
    officer: str
    note: str = ""  # refused for another reason: the officer's words
    approved_by: str = ""  # offline past the data age: the supervisor who approved the admission


@dataclass(frozen=True)
class PeekRequest:
    """Whose badge waits? Looked up without judging or logging it (that comes when its turn comes)."""

    token: int
    text: str


@dataclass(frozen=True)
class SearchRequest:
    token: int
    query: str
    limit: int = 50


@dataclass(frozen=True)
class PinRequest:
    token: int
    number: str
    pin: str
    supervisor_only: bool


class SupervisorAction(enum.Enum):
    SET_GATE = "set_gate"
    LOOK_UP = "look_up"  # the holder of a badge number, shown before their status changes
    SET_STATUS = "set_status"
    LIST_ADMISSIONS = "list_admissions"
    ANNUL = "annul"
    LIST_DENIALS = "list_denials"
    LIST_TARGETS = "list_targets"  # where the export can go: this kiosk, removable drives
    EXPORT = "export"
    VIEW_SITE = "view_site"  # a kiosk of a site: every kiosk, today's figures, the conflicts
    RESOLVE_CONFLICT = "resolve_conflict"  # annul this kiosk's admission of a conflict, with a reason


@dataclass(frozen=True)
class SupervisorRequest:
    token: int
    action: SupervisorAction
    officer: str
    gate: Gate | None = None
    badge_number: str = ""
    status: Status | None = None
    reason: str = ""
    decision_id: int = 0
    target: ExportTarget | None = None  # EXPORT: None is the kiosk's own exports folder
    client_id: str = ""  # RESOLVE_CONFLICT: the claim of the admission annulled (it must be this kiosk's)


# -- results from the worker ------------------------------------------------------------------------
@dataclass(frozen=True)
class VerdictResult:
    token: int
    text: str  # the QR text ("" for a manual check)
    verdict: Verdict
    photo: QImage | None = field(default=None, compare=False)


@dataclass(frozen=True)
class DecisionResult:
    token: int
    record: LogEntry


@dataclass(frozen=True)
class SearchHit:
    accreditation: Accreditation
    photo: QImage | None = field(default=None, compare=False)


@dataclass(frozen=True)
class SearchResult:
    token: int
    query: str
    hits: tuple[SearchHit, ...]
    failed: bool = False
    more: bool = False  # more people match than the list holds: type more


@dataclass(frozen=True)
class PeekResult:
    token: int
    text: str
    holder: Holder | None
    photo: QImage | None = field(default=None, compare=False)


@dataclass(frozen=True)
class PinResult:
    token: int
    supervisor_only: bool
    outcome: PinCheck


@dataclass(frozen=True)
class SupervisorResult:
    token: int
    action: SupervisorAction
    gate: Gate | None = None
    accreditation: Accreditation | None = None
    photo: QImage | None = field(default=None, compare=False)  # LOOK_UP
    admissions: tuple[StandingAdmission, ...] = ()
    denials: tuple[DoorDenial, ...] = ()
    targets: tuple[ExportTarget, ...] = ()
    export: ExportResult | None = None
    site: SiteView | None = None  # VIEW_SITE
    resolution: ConflictResolution | None = None  # RESOLVE_CONFLICT


# -- the check as the pages follow it ----------------------------------------------------------------
@dataclass(frozen=True)
class CheckState:
    """The open valid check: which documents the officer confirmed, and whether it is being recorded."""

    result: VerdictResult
    identity_ok: bool = False
    press_ok: bool = False
    recording: bool = False
    refusing: RefusalReason | None = None  # a refusal waiting out its undo window
    note: str = ""  # its words, for another reason

    def confirmed(self, document: Document) -> bool:
        return self.identity_ok if document is Document.IDENTITY else self.press_ok


@dataclass(frozen=True)
class Outcome:
    result: VerdictResult
    record: DecisionResult
