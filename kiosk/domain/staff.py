"""Officers and supervisors as the rest of the kiosk sees them, and what one PIN attempt gave."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from kiosk.domain import pin_guard

CLI_ACTOR_PREFIX = "cli:"  # a command run without a staff number is recorded as cli:<operating-system user>


class StaffRole(enum.StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class StaffMember:
    number: str
    name: str
    role: StaffRole = StaffRole.OFFICER

    @property
    def is_supervisor(self) -> bool:
        return self.role is StaffRole.SUPERVISOR


@dataclass(frozen=True)
class PinCheck:
    """The outcome of one attempt: who (if right), or how long the pad stays locked."""

    member: StaffMember | None
    locked_until: datetime | None = None
    attempts_left: int = pin_guard.FREE_ATTEMPTS

    @property
    def ok(self) -> bool:
        return self.member is not None


@dataclass(frozen=True)
class DemoCredentials:
    """Shown on the sign-in screen in demo mode only."""

    officer: str
    pin: str
    supervisor_pin: str
