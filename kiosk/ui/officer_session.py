"""Who is at the screen: the officer's sign-in, sign-out and idle lock, and the supervisor's unlock.

    nobody ──PIN──► officer ──idle minutes──► locked (the same number pre-filled) ──PIN──► officer
    officer ──sign out──► nobody
    officer or nobody ──Supervisor──► supervisor PIN ──PIN──► supervisor ──close──► back
    an offline admission past the data age ──approve──► supervisor PIN ──PIN──► approved (the decision goes again)

The controller owns it: it lets the officer sign out or call the supervisor only when nothing is open
at the door, and asks it which screen, if any, overrides the check's (sign-in, supervisor). Each
change comes back to the controller as a SessionChange, and the controller decides what it means for
the badge being checked. PINs are checked by the worker, like every database call.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.domain.staff import StaffMember
from kiosk.ui.vocabulary import (
    PinRequest,
    PinResult,
    Screen,
    SessionChange,
    SignInPrompt,
    SignInReason,
    SupervisorStage,
)

log = logging.getLogger(__name__)


class OfficerSession(QObject):
    officer_changed = Signal(object)  # StaffMember | None
    sign_in_prompted = Signal(object)  # SignInPrompt
    pin_refused = Signal(object)  # PinResult
    supervisor_unlocked = Signal(object)  # StaffMember
    supervisor_closed = Signal()
    approval_given = Signal(object)  # StaffMember: the supervisor who approved an offline admission
    pin_purpose_changed = Signal(bool)  # to the PIN page: True, it approves an admission; False, it opens supervision
    changed = Signal(object)  # SessionChange, to the controller
    pin_submitted = Signal(object)  # PinRequest, to the worker (queued)

    def __init__(self, idle_lock_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.officer: StaffMember | None = None
        self.locked = False
        self.supervisor: StaffMember | None = None
        self.stage = SupervisorStage.CLOSED
        self._last_number = ""
        self._token = 0
        self._pin_token = 0
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(idle_lock_ms)
        self._idle_timer.timeout.connect(self.on_idle_timeout)

    # -- queries ---------------------------------------------------------------------------------
    @property
    def may_scan(self) -> bool:
        """An officer is signed in, not locked out, and no supervisor holds the screen."""
        return self.officer is not None and not self.locked and self.stage is SupervisorStage.CLOSED

    def officer_number(self) -> str:
        return self.officer.number if self.officer else ""

    def screen(self) -> Screen | None:
        """The screen the session imposes over the check's, or None when an officer is at work."""
        if self.stage in (SupervisorStage.PIN, SupervisorStage.APPROVAL):
            return Screen.SUPERVISOR_PIN
        if self.stage is SupervisorStage.OPEN:
            return Screen.SUPERVISOR
        if self.officer is None or self.locked:
            return Screen.SIGN_IN
        return None

    # -- officers --------------------------------------------------------------------------------
    def prompt_start(self) -> None:
        self.sign_in_prompted.emit(SignInPrompt(SignInReason.START))

    def sign_in(self, officer: StaffMember) -> None:
        self.officer = officer
        self.locked = False
        self._idle_timer.start()
        self.officer_changed.emit(officer)
        self.changed.emit(SessionChange.SIGNED_IN)

    @Slot(str, str)
    def on_sign_in_requested(self, number: str, pin: str) -> None:
        self._last_number = number
        self._pin_token = self._next_token()
        self.pin_submitted.emit(PinRequest(self._pin_token, number, pin, False))

    @Slot(str)
    def on_supervisor_pin_entered(self, pin: str) -> None:
        if self.stage in (SupervisorStage.PIN, SupervisorStage.APPROVAL):
            self._pin_token = self._next_token()
            self.pin_submitted.emit(PinRequest(self._pin_token, "", pin, True))

    @Slot(object)
    def on_pin_checked(self, result: PinResult) -> None:
        if result.token != self._pin_token:
            return
        outcome = result.outcome
        if not outcome.ok:
            self.pin_refused.emit(result)
            return
        assert outcome.member is not None
        if not result.supervisor_only:
            self.sign_in(outcome.member)
        elif self.stage is SupervisorStage.PIN:
            self.supervisor = outcome.member
            self.stage = SupervisorStage.OPEN
            self.supervisor_unlocked.emit(outcome.member)
            self.changed.emit(SessionChange.SUPERVISOR_OPEN)
        elif self.stage is SupervisorStage.APPROVAL:
            self.stage = SupervisorStage.CLOSED
            self.approval_given.emit(outcome.member)
            self.changed.emit(SessionChange.APPROVED)

    def sign_out(self) -> None:
        """Called by the controller once nothing is open at the door."""
        self._last_number = self.officer_number()
        self.officer = None
        self.locked = False
        self._idle_timer.stop()
        self.officer_changed.emit(None)
        self.sign_in_prompted.emit(SignInPrompt(SignInReason.SIGNED_OUT))
        self.changed.emit(SessionChange.SIGNED_OUT)

    @Slot()
    def on_officer_active(self) -> None:
        """Any touch or key: the idle lock starts counting again."""
        if self.officer is not None and not self.locked:
            self._idle_timer.start()

    @Slot()
    def on_idle_timeout(self) -> None:
        if self.officer is None or self.locked:
            return
        log.info("idle lock: officer %s", self.officer.number)
        self._last_number = self.officer.number
        self.locked = True
        self.officer = None
        self.supervisor = None
        self.stage = SupervisorStage.CLOSED
        self.officer_changed.emit(None)
        self.sign_in_prompted.emit(SignInPrompt(SignInReason.LOCKED, self._last_number))
        self.changed.emit(SessionChange.LOCKED)

    # -- supervisor ------------------------------------------------------------------------------
    def open_supervisor_pin(self) -> None:
        """Called by the controller once nothing is open at the door."""
        if self.stage is SupervisorStage.CLOSED:
            self.stage = SupervisorStage.PIN
            self.pin_purpose_changed.emit(False)
            self.changed.emit(SessionChange.SUPERVISOR_PIN)

    def open_approval_pin(self) -> None:
        """Called by the controller: an offline admission on data past its age waits for a supervisor."""
        if self.stage is SupervisorStage.CLOSED:
            self.stage = SupervisorStage.APPROVAL
            self.pin_purpose_changed.emit(True)
            self.changed.emit(SessionChange.APPROVAL_PIN)

    @Slot()
    def on_supervisor_closed(self) -> None:
        if self.stage is SupervisorStage.CLOSED:
            return
        if self.stage is SupervisorStage.APPROVAL:  # no approval: back to the refused admission
            self.stage = SupervisorStage.CLOSED
            self.changed.emit(SessionChange.APPROVAL_CANCELLED)
            return
        self.supervisor = None
        self.stage = SupervisorStage.CLOSED
        self.supervisor_closed.emit()
        self.changed.emit(SessionChange.SUPERVISOR_CLOSED)

    def _next_token(self) -> int:
        self._token += 1
        return self._token
