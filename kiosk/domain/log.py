"""The log's vocabulary: what a log row is, as storage hands it out and the screen and reports read it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain.verdict import Decision, RefusalReason
from kiosk.errors import KioskError


class LogKind(enum.StrEnum):
    SCAN = "scan"
    DECISION = "decision"
    ANNULMENT = "annulment"
    PIN_RECOVERY = "pin_recovery"  # a supervisor's PIN reset without the old one (`--recover`)


NOTE_LIMIT = 500  # characters of an officer's note or a reason


def checked_note(text: str) -> str:
    """Free text for the log: printable, bounded, storable (no control characters, no stray bytes)."""
    if len(text) > NOTE_LIMIT:
        raise DecisionError(f"a note or reason is at most {NOTE_LIMIT} characters")
    if any(ord(c) < 32 or ord(c) == 127 or 0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise DecisionError("a note or reason holds a control character or bytes that are not UTF-8")
    return text


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
class ExportResult:
    path: Path
    rows: int
