"""What the screen needs from the rest of the kiosk, as protocols and plain values.

The UI never sees the database, OpenCV or pyzbar: the composition root (kiosk.app) adapts the
station, the staff store and the scanner thread to these ports.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QImage

from kiosk.domain.accreditation import Accreditation, Status
from kiosk.domain.verdict import Decision, RefusalReason, Verdict


class CameraState(enum.Enum):
    """What the officer needs to know about the camera, whatever the scanner reports."""

    STARTING = "starting"
    LIVE = "live"
    RETRYING = "retrying"  # unavailable, reconnecting with backoff
    ENDED = "ended"  # a file source played to its end


class ScanLike(Protocol):
    """The scanner's frozen Scan: every different QR text seen in one frame, and when."""

    @property
    def texts(self) -> tuple[str, ...]: ...

    @property
    def at(self) -> float: ...


class ScannerPort(Protocol):
    """The capture side as the screen sees it (a bridge over ScannerThread, or a fake in tests)."""

    scan_detected: SignalInstance  # (ScanLike)
    preview_ready: SignalInstance  # ()
    camera_state_changed: SignalInstance  # (CameraState)
    source_finished: SignalInstance  # () a file source played once (headless mode)

    def latest_preview(self) -> QImage | None: ...


@dataclass(frozen=True)
class CameraChoice:
    label: str  # shown to the supervisor, e.g. "/dev/video0"
    spec: str  # what the scanner opens


class CameraSwitch(Protocol):
    """The supervisor's camera choice; switching stops the old capture thread without blocking."""

    def choices(self) -> Sequence[CameraChoice]: ...

    def current(self) -> str: ...

    def choose(self, spec: str) -> None: ...


@dataclass(frozen=True)
class Officer:
    number: str
    name: str
    is_supervisor: bool = False


@dataclass(frozen=True)
class DemoCredentials:
    """Shown on the sign-in screen in demo mode only."""

    officer: str
    pin: str
    supervisor_pin: str


@dataclass(frozen=True)
class PinOutcome:
    """One PIN attempt: who signed in, or why not (attempts left, or locked until)."""

    officer: Officer | None
    locked_until: datetime | None = None
    attempts_left: int = 5

    @property
    def ok(self) -> bool:
        return self.officer is not None


@dataclass(frozen=True)
class Counts:
    """Today's figures for this checkpoint."""

    admitted: int = 0
    refused: int = 0
    denied: int = 0
    scans: int = 0
    annulled: int = 0


@dataclass(frozen=True)
class Gate:
    """Where the kiosk stands: its checkpoint, and the session it is pinned to (None: by the clock)."""

    checkpoint: str
    session: str | None = None


@dataclass(frozen=True)
class DecisionRecord:
    """A committed decision, as the log returned it."""

    decision_id: int
    scan_id: int
    decision: Decision
    reason: RefusalReason | None
    badge_number: str | None
    session: str
    at: datetime
    officer: str


@dataclass(frozen=True)
class AdmissionRecord:
    """A standing admission the supervisor may annul."""

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


class ConflictError(Exception):
    """The log refused a write that lost a race (e.g. the badge was admitted meanwhile elsewhere)."""


class KioskBackend(Protocol):
    """Everything that touches the database. Called only from the worker thread."""

    def scan(self, text: str, officer: str) -> Verdict: ...

    def check_manually(self, badge_number: str, officer: str) -> Verdict: ...

    def decide(
        self, scan_id: int, decision: Decision, reason: RefusalReason | None, officer: str
    ) -> DecisionRecord:
        """Commits the decision; raises ConflictError when the log refuses it."""
        ...

    def search(self, query: str, limit: int) -> list[Accreditation]: ...

    def photo_file(self, name: str) -> Path | None: ...

    def check_pin(self, number: str, pin: str, supervisor_only: bool) -> PinOutcome: ...

    def counts_today(self) -> Counts: ...

    def gate(self) -> Gate: ...

    def set_gate(self, gate: Gate) -> Gate: ...

    def set_badge_status(
        self, badge_number: str, status: Status, reason: str, officer: str
    ) -> Accreditation: ...

    def recent_admissions(self, limit: int) -> list[AdmissionRecord]: ...

    def annul(self, decision_id: int, reason: str, officer: str) -> None: ...

    def export_log(self) -> ExportResult: ...
