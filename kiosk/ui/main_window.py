"""The one window: the top bar (always there, with its notices), and a QStackedWidget of pages.
Frameless, full screen, no cursor.

Closing is refused unless a supervisor chose to quit; the officer cannot leave without the PIN. A tap
that lands just after the page (or a step inside it) changed is dropped: a double tap on "Next
badge" or "Refuse entry…" must not press whatever the next view has in that place.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QCursor
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.clock import Clock
from kiosk.domain.programme import Event
from kiosk.domain.staff import DemoCredentials
from kiosk.domain.verdict import Decision
from kiosk.ui.camera_view import CameraView
from kiosk.ui.controller import KioskController
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.pages.check import CheckPage
from kiosk.ui.pages.denied import DeniedPage
from kiosk.ui.pages.failure import FailurePage
from kiosk.ui.pages.outcome import OutcomePage
from kiosk.ui.pages.scanning import ScanningPage
from kiosk.ui.pages.search import SearchPage
from kiosk.ui.pages.sign_in import SignInPage
from kiosk.ui.pages.supervisor import SupervisorPage, SupervisorPinPage
from kiosk.ui.ports import ScannerPort
from kiosk.ui.supervisor_desk import SupervisorDesk
from kiosk.ui.top_bar import TopBar
from kiosk.ui.vocabulary import Screen, Timings

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    def __init__(
        self,
        controller: KioskController,
        desk: SupervisorDesk,
        scanner: ScannerPort,
        event: Event,
        clock: Clock,
        language: LanguageSwitch,
        timings: Timings,
        demo: DemoCredentials | None = None,
        show_cursor: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(event.name("en"))
        if not show_cursor:
            self.setCursor(QCursor(Qt.CursorShape.BlankCursor))
        self.allow_close = False
        self.controller = controller
        self.language = language
        self._guard_ms = timings.input_guard_ms
        self._since_page = QElapsedTimer()

        self.top_bar = TopBar(event, clock, language)
        self.camera = CameraView(scanner.latest_preview)
        self.pages: dict[Screen, QWidget] = {
            Screen.SIGN_IN: SignInPage(clock, language, event, demo),
            Screen.SCANNING: ScanningPage(self.camera, language),
            Screen.DENIED: DeniedPage(event, language, timings.denial_timeout_ms),
            Screen.CHECK: CheckPage(event, language, timings.undo_ms),
            Screen.ADMITTED: OutcomePage(Decision.ADMITTED, event, language, timings.outcome_timeout_ms),
            Screen.REFUSED: OutcomePage(Decision.REFUSED, event, language, timings.outcome_timeout_ms),
            Screen.FAILURE: FailurePage(event, language),
            Screen.SEARCH: SearchPage(language),
            Screen.SUPERVISOR_PIN: SupervisorPinPage(clock),
            Screen.SUPERVISOR: SupervisorPage(event, language, scanner),
        }
        self.stack = QStackedWidget()
        self.stack.setObjectName("Pages")
        for page in self.pages.values():
            self.stack.addWidget(page)
        column = QVBoxLayout(self)
        # The window is the screen: pages must fit it, the layout must not resize the window
        # (and the offscreen platform warns when a layout pushes size hints to the window).
        column.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(self.stack, 1)

        self._wire(controller, desk, scanner)
        for steps in self.stack.findChildren(QStackedWidget):  # a page's own steps (reasons, undo, typing)
            steps.currentChanged.connect(self.on_view_changed)  # (not the top bar's notice: no buttons there)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    # -- typed access for tests and the headless driver ------------------------------------------
    @property
    def sign_in_page(self) -> SignInPage:
        return self.pages[Screen.SIGN_IN]  # type: ignore[return-value]

    @property
    def scanning_page(self) -> ScanningPage:
        return self.pages[Screen.SCANNING]  # type: ignore[return-value]

    @property
    def denied_page(self) -> DeniedPage:
        return self.pages[Screen.DENIED]  # type: ignore[return-value]

    @property
    def check_page(self) -> CheckPage:
        return self.pages[Screen.CHECK]  # type: ignore[return-value]

    @property
    def admitted_page(self) -> OutcomePage:
        return self.pages[Screen.ADMITTED]  # type: ignore[return-value]

    @property
    def refused_page(self) -> OutcomePage:
        return self.pages[Screen.REFUSED]  # type: ignore[return-value]

    @property
    def failure_page(self) -> FailurePage:
        return self.pages[Screen.FAILURE]  # type: ignore[return-value]

    @property
    def search_page(self) -> SearchPage:
        return self.pages[Screen.SEARCH]  # type: ignore[return-value]

    @property
    def supervisor_pin_page(self) -> SupervisorPinPage:
        return self.pages[Screen.SUPERVISOR_PIN]  # type: ignore[return-value]

    @property
    def supervisor_page(self) -> SupervisorPage:
        return self.pages[Screen.SUPERVISOR]  # type: ignore[return-value]

    def current_screen(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return next((s for s, page in self.pages.items() if page is widget), None)

    # -- wiring ------------------------------------------------------------------------------------
    def _wire(self, c: KioskController, desk: SupervisorDesk, scanner: ScannerPort) -> None:
        c.screen_changed.connect(self.on_screen_changed)
        c.waiting.banner_changed.connect(self.top_bar.on_banner_changed)
        c.counts_changed.connect(self.top_bar.on_counts_changed)
        c.gate_changed.connect(self.top_bar.on_gate_changed)
        c.roster_changed.connect(self.top_bar.on_roster_changed)
        scanner.preview_ready.connect(self.camera.on_preview_ready)
        scanner.camera_status_changed.connect(self.camera.on_camera_status_changed)
        scanner.camera_status_changed.connect(self.top_bar.on_camera_status_changed)
        self.camera.stale_changed.connect(self.top_bar.on_camera_stale_changed)
        scanner.scan_detected.connect(c.on_scan_detected)

        session = c.session
        sign_in = self.sign_in_page
        session.sign_in_prompted.connect(sign_in.on_sign_in_prompted)
        session.pin_refused.connect(sign_in.on_pin_refused)
        sign_in.sign_in_requested.connect(session.on_sign_in_requested)
        sign_in.supervisor_requested.connect(c.on_supervisor_requested)
        sign_in.languages.language_chosen.connect(self.language.set_language)

        scanning = self.scanning_page
        session.officer_changed.connect(scanning.on_officer_changed)
        session.officer_changed.connect(self.top_bar.on_officer_changed)
        scanning.search_requested.connect(c.on_search_opened)
        scanning.sign_out_requested.connect(c.on_sign_out_requested)
        scanning.supervisor_requested.connect(c.on_supervisor_requested)
        scanning.languages.language_chosen.connect(self.language.set_language)

        denied = self.denied_page
        c.verdict_shown.connect(denied.on_verdict_shown)
        denied.next_requested.connect(c.on_next_requested)
        denied.keep_requested.connect(c.on_keep_requested)

        check = self.check_page
        c.verdict_shown.connect(check.on_verdict_shown)
        c.check_changed.connect(check.on_check_changed)
        check.document_answered.connect(c.on_document_answered)
        check.refusal_chosen.connect(c.on_refusal_chosen)
        check.undo_requested.connect(c.on_undo_requested)
        check.refuse_now_requested.connect(c.on_refusal_confirmed)

        for page in (self.admitted_page, self.refused_page):
            c.outcome_shown.connect(page.on_outcome_shown)
            page.next_requested.connect(c.on_next_requested)

        failure = self.failure_page
        c.failure_shown.connect(failure.on_failure_shown)
        failure.retry_requested.connect(c.on_retry_requested)
        failure.back_requested.connect(c.on_back_to_check)
        failure.next_requested.connect(c.on_next_requested)
        failure.approval_requested.connect(c.on_approval_requested)

        search = self.search_page
        c.search.results_changed.connect(search.on_search_results_changed)
        search.query_changed.connect(c.search.on_query_changed)
        search.hit_chosen.connect(c.on_search_hit_chosen)
        search.closed.connect(c.on_search_closed)

        pin = self.supervisor_pin_page
        session.pin_refused.connect(pin.on_pin_refused)
        pin.pin_entered.connect(session.on_supervisor_pin_entered)
        pin.cancelled.connect(session.on_supervisor_closed)
        session.pin_purpose_changed.connect(pin.on_purpose_changed)

        sup = self.supervisor_page
        session.supervisor_unlocked.connect(sup.on_supervisor_unlocked)
        session.supervisor_unlocked.connect(desk.on_supervisor_unlocked)
        c.gate_changed.connect(sup.gate_panel.on_gate_changed)
        c.counts_changed.connect(sup.today_panel.on_counts_changed)
        c.roster_changed.connect(sup.today_panel.on_roster_changed)
        sup.closed.connect(session.on_supervisor_closed)
        sup.gate_panel.gate_chosen.connect(desk.on_gate_chosen)
        sup.camera_panel.camera_chosen.connect(desk.on_camera_chosen)
        sup.badge_panel.look_up_requested.connect(desk.on_look_up_requested)
        sup.badge_panel.status_requested.connect(desk.on_status_requested)
        sup.denials_panel.denials_requested.connect(desk.on_denials_requested)
        sup.today_panel.targets_requested.connect(desk.on_targets_requested)
        sup.annul_panel.admissions_requested.connect(desk.on_admissions_requested)
        sup.annul_panel.annul_requested.connect(desk.on_annul_requested)
        sup.today_panel.export_requested.connect(desk.on_export_requested)
        sup.site_panel.view_requested.connect(desk.on_site_view_requested)
        sup.site_panel.resolution_requested.connect(desk.on_conflict_resolution_requested)
        sup.leave_panel.fullscreen_chosen.connect(desk.on_fullscreen_chosen)
        sup.leave_panel.quit_chosen.connect(desk.on_quit_chosen)
        desk.gate_applied.connect(c.on_gate_ready)
        desk.holder_found.connect(sup.badge_panel.on_holder_found)
        desk.status_applied.connect(sup.badge_panel.on_status_applied)
        desk.denials_listed.connect(sup.denials_panel.on_denials_listed)
        desk.targets_listed.connect(sup.today_panel.on_targets_listed)
        desk.admissions_listed.connect(sup.annul_panel.on_admissions_listed)
        desk.annulled.connect(sup.annul_panel.on_annulled)
        desk.exported.connect(sup.today_panel.on_exported)
        desk.site_viewed.connect(sup.site_panel.on_site_viewed)
        desk.conflict_resolved.connect(sup.site_panel.on_conflict_resolved)
        desk.action_failed.connect(sup.on_action_failed)
        desk.cameras_listed.connect(sup.camera_panel.on_cameras_listed)
        desk.fullscreen_requested.connect(self.on_fullscreen_requested)
        desk.quit_requested.connect(self.on_quit_requested)

    # -- slots -------------------------------------------------------------------------------------
    @Slot(object)
    def on_screen_changed(self, screen: Screen) -> None:
        page = self.pages[screen]
        if screen is Screen.SEARCH:
            self.search_page.reset()
        elif screen is Screen.SUPERVISOR_PIN:
            self.supervisor_pin_page.reset()
        self.stack.setCurrentWidget(page)
        self._since_page.start()
        log.info("screen %s", screen.value)

    @Slot(int)
    def on_view_changed(self, _index: int) -> None:
        """What is under the officer's finger changed: the next tap must be a new one."""
        self._since_page.start()

    @Slot(bool)
    def on_fullscreen_requested(self, fullscreen: bool) -> None:
        self.show_kiosk(fullscreen)

    @Slot()
    def on_quit_requested(self) -> None:
        self.allow_close = True
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def show_kiosk(self, fullscreen: bool) -> None:
        self.supervisor_page.leave_panel.set_fullscreen(fullscreen)
        if fullscreen:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.showFullScreen()
        else:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
            self.showNormal()

    def release(self) -> None:
        """Stops listening to the whole application: a closed window must not keep filtering events."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for timer in self.findChildren(QTimer):
            timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.allow_close:
            event.accept()
            return
        log.info("close refused: only a supervisor can quit the kiosk")
        event.ignore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress):
            self.controller.session.on_officer_active()
        if kind in _TAPS and self._too_soon() and isinstance(watched, QWidget) and watched.window() is self:
            return True  # the second tap of a double tap, landing on the page that just appeared
        return False

    def _too_soon(self) -> bool:
        return self._since_page.isValid() and self._since_page.elapsed() < self._guard_ms


_TAPS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchEnd,
)
