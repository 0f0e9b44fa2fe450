"""The supervisor's actions: sent to the worker (database) or to the window (full screen, quit)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.domain.accreditation import Status
from kiosk.domain.gate import Gate
from kiosk.domain.log import ExportTarget
from kiosk.ui.officer_session import OfficerSession
from kiosk.ui.ports import CameraSwitch
from kiosk.ui.vocabulary import Failure, SupervisorAction, SupervisorRequest, SupervisorResult

log = logging.getLogger(__name__)


class SupervisorDesk(QObject):
    # to the worker
    supervisor_submitted = Signal(object)  # SupervisorRequest
    # to the supervisor page
    gate_applied = Signal(object)  # Gate
    holder_found = Signal(object)  # SupervisorResult (accreditation and photo)
    status_applied = Signal(object)  # SupervisorResult (accreditation and photo)
    denials_listed = Signal(object)  # tuple[DoorDenial, ...]
    targets_listed = Signal(object)  # tuple[ExportTarget, ...]
    admissions_listed = Signal(object)  # tuple[StandingAdmission, ...]
    annulled = Signal(object)  # tuple[StandingAdmission, ...] (the list, refreshed)
    exported = Signal(object)  # ExportResult
    site_viewed = Signal(object)  # SiteView | None (None: a kiosk alone)
    conflict_resolved = Signal(object)  # ConflictResolution
    action_failed = Signal(object)  # Failure
    cameras_listed = Signal(object, str)  # tuple[CameraChoice, ...], current spec
    # to the window
    fullscreen_requested = Signal(bool)
    quit_requested = Signal()

    def __init__(
        self, session: OfficerSession, cameras: CameraSwitch | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._cameras = cameras
        self._token = 0
        self._expected: dict[int, SupervisorAction] = {}

    def _officer(self) -> str:
        supervisor = self._session.supervisor
        return supervisor.number if supervisor else ""

    def _submit(self, action: SupervisorAction, **values: object) -> None:
        if self._session.supervisor is None:
            log.warning("supervisor action %s without a supervisor; ignored", action.value)
            return
        self._token += 1
        self._expected[self._token] = action
        self.supervisor_submitted.emit(SupervisorRequest(self._token, action, self._officer(), **values))  # type: ignore[arg-type]

    @Slot(object)
    def on_supervisor_unlocked(self, _officer: object) -> None:
        self.on_admissions_requested()
        self.on_cameras_requested()

    @Slot(object)
    def on_gate_chosen(self, gate: Gate) -> None:
        self._submit(SupervisorAction.SET_GATE, gate=gate)

    @Slot(str)
    def on_look_up_requested(self, badge_number: str) -> None:
        self._submit(SupervisorAction.LOOK_UP, badge_number=badge_number.strip().upper())

    @Slot()
    def on_denials_requested(self) -> None:
        self._submit(SupervisorAction.LIST_DENIALS)

    @Slot()
    def on_targets_requested(self) -> None:
        self._submit(SupervisorAction.LIST_TARGETS)

    @Slot(str, object, str)
    def on_status_requested(self, badge_number: str, status: Status, reason: str) -> None:
        self._submit(
            SupervisorAction.SET_STATUS, badge_number=badge_number.strip().upper(), status=status, reason=reason.strip()
        )

    @Slot()
    def on_admissions_requested(self) -> None:
        self._submit(SupervisorAction.LIST_ADMISSIONS)

    @Slot(int, str)
    def on_annul_requested(self, decision_id: int, reason: str) -> None:
        self._submit(SupervisorAction.ANNUL, decision_id=decision_id, reason=reason.strip())

    @Slot()
    def on_site_view_requested(self) -> None:
        self._submit(SupervisorAction.VIEW_SITE)

    @Slot(str, int, str)
    def on_conflict_resolution_requested(self, client_id: str, decision_id: int, reason: str) -> None:
        self._submit(
            SupervisorAction.RESOLVE_CONFLICT, client_id=client_id, decision_id=decision_id, reason=reason.strip()
        )

    @Slot(object)
    def on_export_requested(self, target: ExportTarget | None) -> None:
        self._submit(SupervisorAction.EXPORT, target=target)

    @Slot()
    def on_cameras_requested(self) -> None:
        if self._cameras is None:
            self.cameras_listed.emit((), "")
            return
        self.cameras_listed.emit(tuple(self._cameras.choices()), self._cameras.current())

    @Slot(str)
    def on_camera_chosen(self, spec: str) -> None:
        if self._cameras is None or self._session.supervisor is None:
            return
        log.info("supervisor %s switches the camera to %s", self._officer(), spec)
        self._cameras.choose(spec)
        self.on_cameras_requested()

    @Slot(bool)
    def on_fullscreen_chosen(self, fullscreen: bool) -> None:
        if self._session.supervisor is not None:
            self.fullscreen_requested.emit(fullscreen)

    @Slot()
    def on_quit_chosen(self) -> None:
        if self._session.supervisor is not None:
            log.info("supervisor %s quits the kiosk", self._officer())
            self.quit_requested.emit()

    # -- from the worker ----------------------------------------------------------------------
    @Slot(object)
    def on_supervisor_done(self, result: SupervisorResult) -> None:
        if self._expected.pop(result.token, None) is None:
            return
        if result.action is SupervisorAction.SET_GATE and result.gate is not None:
            self.gate_applied.emit(result.gate)
        elif result.action is SupervisorAction.LOOK_UP:
            self.holder_found.emit(result)
        elif result.action is SupervisorAction.SET_STATUS:
            self.status_applied.emit(result)
        elif result.action is SupervisorAction.LIST_ADMISSIONS:
            self.admissions_listed.emit(result.admissions)
        elif result.action is SupervisorAction.LIST_DENIALS:
            self.denials_listed.emit(result.denials)
        elif result.action is SupervisorAction.LIST_TARGETS:
            self.targets_listed.emit(result.targets)
        elif result.action is SupervisorAction.ANNUL:
            self.annulled.emit(result.admissions)
        elif result.action is SupervisorAction.EXPORT:
            self.exported.emit(result.export)
        elif result.action is SupervisorAction.VIEW_SITE:
            self.site_viewed.emit(result.site)
        elif result.action is SupervisorAction.RESOLVE_CONFLICT:
            self.conflict_resolved.emit(result.resolution)

    @Slot(object)
    def on_supervisor_failed(self, failure: Failure) -> None:
        if self._expected.pop(failure.token, None) is not None:
            self.action_failed.emit(failure)
