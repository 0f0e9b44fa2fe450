"""What the screen needs from the rest of the kiosk, as protocols over the domain's values.

The UI never sees the database, OpenCV or pyzbar: the composition root (kiosk.app) hands it the
station's backend (kiosk.station.backend) and the scanner's bridge (kiosk.scanner.bridge).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QImage

from kiosk.domain.accreditation import Accreditation, Status
from kiosk.domain.gate import Gate
from kiosk.domain.log import Counts, DoorDenial, ExportResult, ExportTarget, LogEntry, StandingAdmission
from kiosk.domain.roster_update import RosterSource
from kiosk.domain.site import SiteState
from kiosk.domain.site_view import ConflictResolution, SiteView
from kiosk.domain.staff import PinCheck
from kiosk.domain.verdict import Decision, Holder, RefusalReason, Verdict
from kiosk.scanner.cameras import CameraChoice
from kiosk.scanner.status import CameraFeed


class ScanLike(Protocol):
    """The scanner's frozen Scan: every different QR text seen in one frame, and when."""

    @property
    def texts(self) -> tuple[str, ...]: ...

    @property
    def at(self) -> float: ...


class ScannerPort(Protocol):
    """The capture side as the screen sees it (the scanner's bridge, or a fake in tests)."""

    scan_detected: SignalInstance  # (ScanLike)
    preview_ready: SignalInstance  # ()
    camera_status_changed: SignalInstance  # (kiosk.scanner.status.CameraStatus)
    source_finished: SignalInstance  # () a file source played once (headless mode)

    def latest_preview(self) -> QImage | None:
        """The newest frame (latest wins, never a queue), the same for every view that asks."""
        ...

    def feed(self) -> CameraFeed:
        """Which camera, its status, the picture's size and how old it is."""
        ...

    def acknowledge_scan(self) -> None:
        """The screen has dealt with the last scan (a headless run's source waits for this)."""
        ...


class CameraSwitch(Protocol):
    """The supervisor's camera choice; switching stops the old capture thread without blocking."""

    def choices(self) -> Sequence[CameraChoice]: ...

    def current(self) -> str: ...

    def choose(self, spec: str) -> None: ...


class KioskBackend(Protocol):
    """Everything that touches the database. Called only from the worker thread."""

    def scan(self, text: str, officer: str) -> Verdict: ...

    def check_manually(self, badge_number: str, officer: str) -> Verdict: ...

    def decide(
        self, scan_id: int, decision: Decision, reason: RefusalReason | None, officer: str, note: str = "",
        approved_by: str = "",
    ) -> LogEntry:
        """Commits the decision; raises kiosk.domain.log.DecisionError when the log refuses it (or, a
        kiosk of a site offline on data past its age, until a supervisor approves: approved_by)."""
        ...

    def search(self, query: str, limit: int) -> list[Accreditation]: ...

    def peek(self, text: str) -> Holder | None:
        """Whose genuine badge this is, without judging or logging it."""
        ...

    def look_up(self, badge_number: str) -> Accreditation: ...

    def photo_file(self, name: str) -> Path | None: ...

    def check_pin(self, number: str, pin: str, supervisor_only: bool) -> PinCheck: ...

    def counts_today(self) -> Counts: ...

    def gate(self) -> Gate: ...

    def set_gate(self, gate: Gate) -> Gate: ...

    def set_badge_status(
        self, badge_number: str, status: Status, reason: str, officer: str
    ) -> Accreditation: ...

    def recent_admissions(self, limit: int) -> list[StandingAdmission]: ...

    def annul(self, decision_id: int, reason: str, officer: str) -> None: ...

    def denials_today(self, limit: int) -> list[DoorDenial]: ...

    def export_targets(self) -> list[ExportTarget]: ...

    def export_log(self, target: ExportTarget | None = None) -> ExportResult: ...

    def roster_source(self) -> RosterSource | None:
        """The package (serial, creation time) or import the roster came from; None if neither."""
        ...

    def site_state(self) -> SiteState | None:
        """A kiosk of a site: online, or offline since when, the roster, rows to upload; None: no site."""
        ...

    def site_view(self) -> SiteView | None:
        """Every kiosk of the site, today's figures and the conflicts; None: a kiosk alone. Raises when the
        site does not answer."""
        ...

    def resolve_conflict(self, client_id: str, decision_id: int, reason: str, officer: str) -> ConflictResolution:
        """Annuls this kiosk's admission of a conflict (logged, with the reason) and tells the site."""
        ...
