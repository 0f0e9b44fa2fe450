"""The log's vocabulary: what a log row is, as storage hands it out and the screen and reports read it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.domain.verdict import Decision, PriorAdmission, RecentEvent, RefusalReason
from kiosk.errors import KioskError

# A decision on a scan older than this is refused: the facts the officer saw may have changed, and the
# check screen goes back to scanning after it (kiosk.ui.controller.Timings).
DECISION_LIMIT = timedelta(minutes=10)


class LogKind(enum.StrEnum):
    SCAN = "scan"
    DECISION = "decision"
    ANNULMENT = "annulment"
    PIN_RECOVERY = "pin_recovery"  # a supervisor's PIN reset without the old one (`--recover`)
    STATUS_CHANGE = "status_change"  # a badge's status changed: code = the new status, reason = its source
    ROSTER_APPLIED = "roster_applied"  # a package or an import replaced the roster: ref_id = the serial


class StatusSource(enum.StrEnum):
    """Where a status change came from (the `reason` of status_change and roster_applied rows)."""

    KIOSK = "kiosk"  # by hand on this machine: `kiosk roster revoke|suspend|reinstate` or the supervisor
    PACKAGE = "package"  # with a signed roster package (ref_id: its serial)
    IMPORT = "import"  # with a CSV/XLSX import (unsigned)
    SITE = "site"  # by hand at another lane of the site, adopted because stricter (detail: its kiosk#seq)


class DecisionRefusal(enum.StrEnum):
    """Why the log refused a decision; the holder rules' refusals keep their verdict codes."""

    NO_SCAN = "no_scan"
    DENIED_SCAN = "denied_scan"
    ALREADY_DECIDED = "already_decided"
    NEEDS_REASON = "needs_reason"
    NO_ADMISSION = "no_admission"  # an annulment of an admission that is not standing
    BEFORE_SCAN = "before_scan"
    SCAN_EXPIRED = "scan_expired"
    UNKNOWN_OFFICER = "unknown_officer"
    UNKNOWN_BADGE = "unknown_badge"  # no longer on the roster
    REVOKED = "revoked"
    SUSPENDED = "suspended"
    SUPERSEDED = "superseded"
    NOT_ACCREDITED_FOR_SESSION = "not_accredited_for_session"
    OUTSIDE_WINDOW = "outside_window"
    ALREADY_ADMITTED = "already_admitted"
    BAD_NOTE = "bad_note"  # a note or reason too long, or holding control characters
    DATA_TOO_OLD = "data_too_old"  # offline, on data older than the limit (or of unknown age): a supervisor's PIN


NOTE_LIMIT = 500  # characters of an officer's note or a reason


def checked_note(text: str) -> str:
    """Free text for the log: printable, bounded, storable (no control characters, no stray bytes)."""
    if len(text) > NOTE_LIMIT:
        raise DecisionError(f"a note or reason is at most {NOTE_LIMIT} characters", DecisionRefusal.BAD_NOTE)
    if any(ord(c) < 32 or ord(c) == 127 or 0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise DecisionError(
            "a note or reason holds a control character or bytes that are not UTF-8", DecisionRefusal.BAD_NOTE
        )
    return text


def printable_note(text: str) -> str:
    """Text from elsewhere (another lane's reason, through the site) made fit for the log: control
    characters become spaces, and it is cut to the limit."""
    cleaned = "".join(" " if ord(c) < 32 or ord(c) == 127 or 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return cleaned[:NOTE_LIMIT]


class DecisionError(KioskError):
    """The log refused a decision: nothing to decide, decided already, or the facts changed since the scan."""

    def __init__(self, message: str, reason: DecisionRefusal, prior: PriorAdmission | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.prior = prior  # ALREADY_ADMITTED at another lane of the site: where, when and by whom


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
    code: str  # the verdict code, for scans; the new status, for status changes
    decision: Decision | None
    reason: RefusalReason | StatusSource | None  # a refusal's reason; a status change's source
    officer: str
    manual: bool
    ref_id: int | None  # the scan a decision answers, the decision an annulment undoes, a package's serial
    detail: str
    client_id: str = ""  # a site's kiosk: the admission claim's id (decisions)
    offline: bool = False  # a site's kiosk judged or decided without the site


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
