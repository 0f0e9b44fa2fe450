"""The database side of the screen: a QObject living in its own QThread.

Requests come in through queued signals, results go out as signals carrying frozen values (both in
kiosk.ui.vocabulary), so the GUI thread never waits on SQLite. Every slot catches its own failures:
a broken write becomes a failure value on screen, never a false "admitted" and never a dead kiosk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from kiosk.domain.log import Counts, DecisionError, DecisionRefusal
from kiosk.domain.staff import PinCheck
from kiosk.domain.verdict import Verdict
from kiosk.errors import KioskError
from kiosk.ui.ports import KioskBackend
from kiosk.ui.vocabulary import (
    DecisionRequest,
    DecisionResult,
    Failure,
    FailureKind,
    ManualRequest,
    PeekRequest,
    PeekResult,
    PinRequest,
    PinResult,
    ScanRequest,
    SearchHit,
    SearchRequest,
    SearchResult,
    SupervisorAction,
    SupervisorRequest,
    SupervisorResult,
    VerdictResult,
)

log = logging.getLogger(__name__)

PHOTO_HEIGHT = 480  # photos are scaled in the worker: the GUI thread never decodes a large JPEG


class BackendWorker(QObject):
    """Runs every backend call in the worker thread; slots are bound so calls are queued."""

    verdict_ready = Signal(object)  # VerdictResult
    scan_failed = Signal(object)  # Failure
    decision_recorded = Signal(object)  # DecisionResult
    decision_failed = Signal(object)  # Failure
    search_finished = Signal(object)  # SearchResult
    peeked = Signal(object)  # PeekResult
    pin_checked = Signal(object)  # PinResult
    counts_ready = Signal(object)  # Counts
    gate_ready = Signal(object)  # Gate
    roster_ready = Signal(object)  # RosterSource | None
    supervisor_done = Signal(object)  # SupervisorResult
    supervisor_failed = Signal(object)  # Failure

    def __init__(self, backend: KioskBackend) -> None:
        super().__init__()
        self._backend = backend

    @Slot(object)
    def on_scan_submitted(self, request: ScanRequest) -> None:
        try:
            verdict = self._backend.scan(request.text, request.officer)
        except Exception as exc:  # noqa: BLE001 - nothing is shown that is not in the log
            log.exception("scan not recorded")
            self.scan_failed.emit(Failure(FailureKind.SCAN_NOT_RECORDED, _detail(exc), request.token))
            return
        self.verdict_ready.emit(VerdictResult(request.token, request.text, verdict, self._photo_of(verdict)))

    @Slot(object)
    def on_manual_submitted(self, request: ManualRequest) -> None:
        try:
            verdict = self._backend.check_manually(request.badge_number, request.officer)
        except Exception as exc:  # noqa: BLE001
            log.exception("manual check not recorded")
            self.scan_failed.emit(Failure(FailureKind.SCAN_NOT_RECORDED, _detail(exc), request.token))
            return
        self.verdict_ready.emit(VerdictResult(request.token, "", verdict, self._photo_of(verdict)))

    @Slot(object)
    def on_decision_submitted(self, request: DecisionRequest) -> None:
        try:
            record = self._backend.decide(
                request.scan_id, request.decision, request.reason, request.officer, request.note, request.approved_by
            )
        except DecisionError as exc:
            log.warning("decision refused by the log: %s", exc)
            kind = (
                FailureKind.APPROVAL_NEEDED if exc.reason is DecisionRefusal.DATA_TOO_OLD
                else FailureKind.DECISION_CONFLICT
            )
            self.decision_failed.emit(Failure(kind, str(exc), request.token, exc.reason, exc.prior))
            return
        except Exception as exc:  # noqa: BLE001 - shown as "not recorded", never as admitted
            log.exception("decision not recorded")
            self.decision_failed.emit(
                Failure(FailureKind.DECISION_NOT_RECORDED, _detail(exc), request.token)
            )
            return
        self.decision_recorded.emit(DecisionResult(request.token, record))

    @Slot(object)
    def on_search_submitted(self, request: SearchRequest) -> None:
        try:
            found = self._backend.search(request.query, request.limit + 1)  # one more: are there more?
            hits = tuple(SearchHit(acc, self._photo(acc.photo)) for acc in found[: request.limit])
        except Exception:  # noqa: BLE001 - shown as "search failed", the officer can retype
            log.exception("search failed")
            self.search_finished.emit(SearchResult(request.token, request.query, (), failed=True))
            return
        more = len(found) > request.limit
        self.search_finished.emit(SearchResult(request.token, request.query, hits, more=more))

    @Slot(object)
    def on_peek_submitted(self, request: PeekRequest) -> None:
        try:
            holder = self._backend.peek(request.text)
        except Exception:  # noqa: BLE001 - the waiting badge is shown without a face
            log.exception("looking up a waiting badge failed")
            holder = None
        photo = self._photo(holder.photo) if holder is not None else None
        self.peeked.emit(PeekResult(request.token, request.text, holder, photo))

    @Slot(object)
    def on_pin_submitted(self, request: PinRequest) -> None:
        try:
            outcome = self._backend.check_pin(request.number, request.pin, request.supervisor_only)
        except Exception:  # noqa: BLE001 - a failed check is a refused PIN
            log.exception("PIN check failed")
            outcome = PinCheck(None)
        self.pin_checked.emit(PinResult(request.token, request.supervisor_only, outcome))

    @Slot()
    def on_counts_requested(self) -> None:
        try:
            counts: Counts = self._backend.counts_today()
            gate = self._backend.gate()
            roster = self._backend.roster_source()
        except Exception:  # noqa: BLE001 - counts are informative; try again on the next tick
            log.exception("counts unavailable")
            return
        self.counts_ready.emit(counts)
        self.gate_ready.emit(gate)
        self.roster_ready.emit(roster)

    @Slot(object)
    def on_supervisor_submitted(self, request: SupervisorRequest) -> None:
        handlers: dict[SupervisorAction, Callable[[SupervisorRequest], SupervisorResult]] = {
            SupervisorAction.SET_GATE: self._set_gate,
            SupervisorAction.LOOK_UP: self._look_up,
            SupervisorAction.SET_STATUS: self._set_status,
            SupervisorAction.LIST_ADMISSIONS: self._list_admissions,
            SupervisorAction.ANNUL: self._annul,
            SupervisorAction.LIST_DENIALS: self._list_denials,
            SupervisorAction.LIST_TARGETS: self._list_targets,
            SupervisorAction.EXPORT: self._export,
            SupervisorAction.VIEW_SITE: self._view_site,
            SupervisorAction.RESOLVE_CONFLICT: self._resolve_conflict,
        }
        try:
            result = handlers[request.action](request)
        except Exception as exc:  # noqa: BLE001
            log.exception("supervisor action %s failed", request.action.value)
            self.supervisor_failed.emit(Failure(FailureKind.ACTION_FAILED, _detail(exc), request.token))
            return
        self.supervisor_done.emit(result)
        self.on_counts_requested()

    def _set_gate(self, request: SupervisorRequest) -> SupervisorResult:
        assert request.gate is not None
        gate = self._backend.set_gate(request.gate)
        return SupervisorResult(request.token, request.action, gate=gate)

    def _look_up(self, request: SupervisorRequest) -> SupervisorResult:
        acc = self._backend.look_up(request.badge_number)
        return SupervisorResult(request.token, request.action, accreditation=acc, photo=self._photo(acc.photo))

    def _set_status(self, request: SupervisorRequest) -> SupervisorResult:
        assert request.status is not None
        acc = self._backend.set_badge_status(
            request.badge_number, request.status, request.reason, request.officer
        )
        return SupervisorResult(request.token, request.action, accreditation=acc, photo=self._photo(acc.photo))

    def _list_admissions(self, request: SupervisorRequest) -> SupervisorResult:
        admissions = tuple(self._backend.recent_admissions(30))
        return SupervisorResult(request.token, request.action, admissions=admissions)

    def _annul(self, request: SupervisorRequest) -> SupervisorResult:
        self._backend.annul(request.decision_id, request.reason, request.officer)
        admissions = tuple(self._backend.recent_admissions(30))
        return SupervisorResult(request.token, request.action, admissions=admissions)

    def _list_denials(self, request: SupervisorRequest) -> SupervisorResult:
        denials = tuple(self._backend.denials_today(100))
        return SupervisorResult(request.token, request.action, denials=denials)

    def _list_targets(self, request: SupervisorRequest) -> SupervisorResult:
        return SupervisorResult(request.token, request.action, targets=tuple(self._backend.export_targets()))

    def _export(self, request: SupervisorRequest) -> SupervisorResult:
        return SupervisorResult(request.token, request.action, export=self._backend.export_log(request.target))

    def _view_site(self, request: SupervisorRequest) -> SupervisorResult:
        return SupervisorResult(request.token, request.action, site=self._backend.site_view())

    def _resolve_conflict(self, request: SupervisorRequest) -> SupervisorResult:
        resolution = self._backend.resolve_conflict(
            request.client_id, request.decision_id, request.reason, request.officer
        )
        return SupervisorResult(request.token, request.action, site=resolution.view, resolution=resolution)

    def _photo_of(self, verdict: Verdict) -> QImage | None:
        return self._photo(verdict.holder.photo) if verdict.holder is not None else None

    def _photo(self, name: str) -> QImage | None:
        """Loads and scales a roster photo here, off the GUI thread; None if there is none."""
        if not name:
            return None
        try:
            path: Path | None = self._backend.photo_file(name)
            if path is None:
                return None
            image = QImage(str(path))
        except Exception:  # noqa: BLE001 - a missing photo shows the placeholder
            log.exception("photo %s unreadable", name)
            return None
        if image.isNull():
            return None
        return image.scaledToHeight(PHOTO_HEIGHT) if image.height() > PHOTO_HEIGHT else image


def _detail(exc: BaseException) -> str:
    if isinstance(exc, KioskError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class BackendThread:
    """Owns the worker's thread: started once, stopped with quit + wait, never terminated."""

    def __init__(self, backend: KioskBackend) -> None:
        self.worker = BackendWorker(backend)
        self._thread = QThread()
        self._thread.setObjectName("kiosk-backend")
        self.worker.moveToThread(self._thread)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout_ms: int = 10_000) -> bool:
        """Lets the request being handled finish (it commits or rolls back), then ends the loop."""
        self._thread.requestInterruption()
        self._thread.quit()
        return bool(self._thread.wait(timeout_ms))

