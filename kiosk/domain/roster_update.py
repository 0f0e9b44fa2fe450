"""What replacing the roster may change: stricter statuses held here stay, badge versions only go up.

The office's roster (a signed package, or an unsigned CSV/XLSX import) replaces the kiosk's, except
that a suspension or revocation made by hand on this machine is never lowered by it: the machine
keeps it until a supervisor reinstates the badge here, or until a package names that change as seen
by the office (its `acknowledged` list, learnt from this kiosk's log export). See docs/roster-package.md.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.accreditation import Status

STRICTNESS = {Status.ACTIVE: 0, Status.SUSPENDED: 1, Status.REVOKED: 2}


class StatusOrigin(enum.StrEnum):
    ROSTER = "roster"  # came with the office's roster (a package or an import)
    LOCAL = "local"  # set by hand on this machine (CLI or supervisor screen): kept against a laxer roster


class RosterSourceKind(enum.StrEnum):
    PACKAGE = "package"  # signed by the office, applied with `kiosk roster apply`
    IMPORT = "import"  # a CSV/XLSX file: an unsigned source
    PUBLISHED = "published"  # at the office: a package it wrote (its serial is taken)


def stricter(status: Status, than: Status) -> bool:
    return STRICTNESS[status] > STRICTNESS[than]


def event_ref(kiosk_id: str, seq: int) -> str:
    """How a kiosk's status change is named across machines: its log row, `<kiosk id>#<seq>`."""
    return f"{kiosk_id}#{seq}"


@dataclass(frozen=True)
class HeldStatus:
    """A badge's status as this machine holds it, and whether it was set here by hand."""

    status: Status
    reason: str = ""
    origin: StatusOrigin = StatusOrigin.ROSTER
    event: str = ""  # the log row of the hand change (event_ref), when origin is LOCAL


@dataclass(frozen=True)
class KeptStricter:
    """A badge whose stricter local status the roster did not lower, and why."""

    badge_number: str
    kept: Status  # this machine's status, kept
    offered: Status | None  # what the roster said (None: the badge is absent from it)
    event: str  # the hand change in this machine's log, not acknowledged by the office

    def explain(self) -> str:
        offered = f"the roster says {self.offered.value}" if self.offered else "the roster no longer lists it"
        return (
            f"{self.badge_number} kept {self.kept.value}: set by hand on this machine ({self.event}) and not "
            f"acknowledged by the office; {offered}"
        )


def merge_status(
    held: HeldStatus | None, offered: Status, offered_reason: str, acknowledged: frozenset[str]
) -> tuple[HeldStatus, bool]:
    """The status after the update, and whether the held one was kept because it is stricter."""
    if (
        held is not None
        and held.origin is StatusOrigin.LOCAL
        and stricter(held.status, offered)
        and held.event not in acknowledged
    ):
        return held, True
    return HeldStatus(offered, offered_reason), False


def keeps_when_absent(held: HeldStatus) -> bool:
    """A badge the new roster drops is kept while this machine holds a stricter status of its own."""
    return held.origin is StatusOrigin.LOCAL and held.status is not Status.ACTIVE


@dataclass(frozen=True)
class RosterSource:
    """Which roster a machine runs on: a package (serial, creation time, key) or an import."""

    kind: RosterSourceKind
    applied_at: datetime
    serial: int | None = None
    created_at: datetime | None = None
    key_id: str = ""
    badges: int = 0

    @property
    def signed(self) -> bool:
        return self.kind is RosterSourceKind.PACKAGE


@dataclass(frozen=True)
class ApplyReport:
    """What an update did to the roster."""

    source: RosterSource
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    absent: int = 0  # on the roster but not in the update, and kept (an import keeps them)
    removed: int = 0  # on the roster but not in the package, and removed
    kept: tuple[KeptStricter, ...] = ()


@dataclass(frozen=True)
class StatusChangeSeen:
    """At the office: a hand status change read from a kiosk's log export (its status_change row)."""

    event: str  # event_ref of the kiosk's row
    badge_number: str
    status: Status
    at: datetime
    reason: str = ""


@dataclass(frozen=True)
class AcknowledgeReport:
    """What reading a kiosk's log export did at the office."""

    new: int  # changes not seen before, now acknowledged (the next package names them)
    already: int  # acknowledged before
    adopted: tuple[StatusChangeSeen, ...]  # stricter than the office's status: the office now holds them too
    unknown: tuple[str, ...]  # badge numbers not on the office's roster
