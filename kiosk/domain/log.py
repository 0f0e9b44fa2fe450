"""The log's vocabulary: what a log row is, as storage hands it out and the screen and reports read it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain.verdict import Decision, RecentEvent, RefusalReason
from kiosk.errors import KioskError


class LogKind(enum.StrEnum):
    SCAN = "scan"
    DECISION = "decision"
    ANNULMENT = "annulment"


class DecisionError(KioskError):
    """The log refused a decision: nothing to decide, decided already, or the badge was used meanwhile."""


@dataclass(frozen=True)
class LogEntry:
    """One committed log row: a scan, the officer's decision on it, or an annulment of an admission."""

    id: int
    kiosk_id: str
    seq: int
    at: datetime
    kind: LogKind
    checkpoint: str
    session: str
    badge_number: str | None
    code: str  # the verdict code, for scans
    decision: Decision | None
    reason: RefusalReason | None
    officer: str
    manual: bool
    ref_id: int | None  # the scan a decision answers, the decision an annulment undoes
    detail: str


@dataclass(frozen=True)
class Counts:
    """A span's figures (today's, at one checkpoint): decisions, denied scans, annulments."""

    admitted: int = 0
    refused: int = 0
    denied: int = 0
    scans: int = 0
    annulled: int = 0


@dataclass(frozen=True)
class StandingAdmission:
    """An admission not annulled, with the holder's name: what a supervisor may annul."""

    decision_id: int
    badge_number: str
    full_name: str
    session: str
    checkpoint: str
    at: datetime
    officer: str


@dataclass(frozen=True)
class DoorDenial:
    """A denial or refusal of the day with the holder's name, for the supervisor's list."""

    event: RecentEvent
    full_name: str = ""  # "" when the badge is not on the roster (forged, unknown, not a badge)


@dataclass(frozen=True)
class ExportTarget:
    """Where a supervisor can write the log export: a mounted removable drive."""

    label: str  # the drive's name as mounted, e.g. "KINGSTON"
    path: Path


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
