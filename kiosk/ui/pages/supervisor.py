"""Supervisor mode, behind the PIN pad: checkpoint and session, camera, badge status, annulments, the
day's denials and refusals, today's figures and the log export, the site (a kiosk of a site), leaving
full screen and quitting.
The top bar stays above it: the door's clock, counts and notices remain in view."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.clock import Clock
from kiosk.domain.programme import Event
from kiosk.domain.site import SiteState
from kiosk.domain.staff import StaffMember
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.pages.badge_status import BadgePanel
from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.pages.sign_in import PadLock
from kiosk.ui.pages.supervisor_panels import CameraPanel, GatePanel
from kiosk.ui.pages.supervisor_parts import choice_button
from kiosk.ui.pages.supervisor_records import AnnulPanel, DenialsPanel, LeavePanel, TodayPanel
from kiosk.ui.pages.supervisor_site import SitePanel
from kiosk.ui.ports import ScannerPort
from kiosk.ui.touch import GAP, PinDots, PinPad, TouchButton
from kiosk.ui.vocabulary import Failure, PinResult


class SupervisorPinPage(Page):
    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin = ""
        self.lock = PadLock(clock)
        self._refusal: PinResult | None = None
        self.approval = False  # the PIN approves an offline admission, rather than opening supervision
        self.title = text_label("huge")
        self.explain = text_label("muted")
        self.dots = PinDots()
        self.status = text_label("large", tone="error")
        self.cancel = TouchButton()
        self.cancel.clicked.connect(self.cancelled)
        self.pad = PinPad()
        self.pad.digit_pressed.connect(self.on_digit)
        self.pad.erase_pressed.connect(self.on_erase)
        self.pad.ok_pressed.connect(self.on_ok)
        form = QVBoxLayout()
        form.setSpacing(GAP)
        form.addWidget(self.title)
        form.addWidget(self.explain)
        form.addWidget(self.dots)
        form.addWidget(self.status)
        form.addStretch(1)
        form.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeading)
        pad_column = QVBoxLayout()
        pad_column.addStretch(1)
        pad_column.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignCenter)
        pad_column.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(48, 32, 48, GAP)
        row.setSpacing(48)
        row.addLayout(form, 3)
        row.addLayout(pad_column, 2)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.on_tick)
        self.retranslate()

    def reset(self) -> None:
        self.pin = ""
        self._refusal = None
        self.retranslate()

    @Slot(str)
    def on_digit(self, digit: str) -> None:
        if len(self.pin) < 8:
            self.pin += digit
            self.dots.set_count(len(self.pin))

    @Slot()
    def on_erase(self) -> None:
        self.pin = self.pin[:-1]
        self.dots.set_count(len(self.pin))

    @Slot()
    def on_ok(self) -> None:
        if self.pin and self.lock.seconds_left() == 0:
            self.pin_entered.emit(self.pin)

    @Slot(bool)
    def on_purpose_changed(self, approval: bool) -> None:
        self.approval = approval
        self.retranslate()

    @Slot(object)
    def on_pin_refused(self, result: PinResult) -> None:
        if not result.supervisor_only:
            return
        self._refusal = result
        self.pin = ""
        self.lock.until = result.outcome.locked_until
        if self.lock.until is not None:
            self._ticker.start()
        self.retranslate()

    @Slot()
    def on_tick(self) -> None:
        if self.lock.seconds_left() == 0:
            self._ticker.stop()
        self.retranslate()

    def retranslate(self) -> None:
        locked_for = self.lock.seconds_left()
        self.pad.setEnabled(locked_for == 0)
        if self.approval:
            self.title.setText(self.tr("Supervisor: admit offline?"))
            self.explain.setText(
                self.tr("The kiosk is offline on data past its age limit. Your PIN admits this holder; it is logged.")
            )
        else:
            self.title.setText(self.tr("Supervisor"))
            self.explain.setText(self.tr("Type the supervisor PIN."))
        self.cancel.setText(self.tr("Cancel"))
        self.dots.set_count(len(self.pin))
        if locked_for:
            self.status.setText(
                self.tr("Too many wrong PINs. The keypad is locked for {seconds} s.").format(seconds=locked_for)
            )
        elif self._refusal is not None:
            self.status.setText(
                self.tr(
                "Wrong PIN. %n attempt(s) left before the keypad locks.", "", self._refusal.outcome.attempts_left
            )
            )
        else:
            self.status.setText("")


# -- panels ---------------------------------------------------------------------------------------------


class SupervisorPage(Page):
    closed = Signal()

    def __init__(
        self, event: Event, language: LanguageSwitch, scanner: ScannerPort, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.supervisor: StaffMember | None = None
        self.title = text_label("large", wrap=False)
        self.close_button = TouchButton("primary")
        self.close_button.clicked.connect(self.closed)
        self.leave_button = choice_button()
        self.leave_button.clicked.connect(self.on_leave_clicked)
        self.site_button = choice_button()  # a kiosk of a site only: shown once its site link sends news
        self.site_button.clicked.connect(self.on_site_clicked)
        self.site_button.hide()
        self.gate_panel = GatePanel(event, language)
        self.camera_panel = CameraPanel(scanner, language)
        self.badge_panel = BadgePanel(language)
        self.annul_panel = AnnulPanel(event, language)
        self.denials_panel = DenialsPanel(event, language)
        self.today_panel = TodayPanel(event, language)
        self.site_panel = SitePanel(event, language)
        self.leave_panel = LeavePanel()
        self.panels = QStackedWidget()
        self.nav: list[TouchButton] = []
        nav_column = QVBoxLayout()
        nav_column.setSpacing(8)
        self._nav_group = QButtonGroup(self)
        self._nav_group.addButton(self.leave_button)
        self._nav_group.addButton(self.site_button)
        panels = (
            self.gate_panel, self.camera_panel, self.badge_panel, self.annul_panel, self.denials_panel, self.today_panel
        )
        for index, panel in enumerate(panels):
            self.panels.addWidget(panel)
            button = choice_button()
            button.setFixedWidth(380)
            button.setProperty("panel", index)
            button.clicked.connect(self.on_nav_clicked)
            self._nav_group.addButton(button)
            nav_column.addWidget(button)
            self.nav.append(button)
        self.panels.addWidget(self.leave_panel)
        self.panels.addWidget(self.site_panel)
        nav_column.addStretch(1)
        self.nav[0].setChecked(True)
        header = QHBoxLayout()
        header.setSpacing(GAP)
        header.addWidget(self.title, 1)
        header.addWidget(self.site_button)  # the whole site, beside this kiosk's own settings
        header.addWidget(self.leave_button)
        header.addWidget(self.close_button)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(nav_column, 0)
        body.addWidget(self.panels, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(GAP, 10, GAP, GAP)
        column.setSpacing(10)
        column.addLayout(header)
        column.addLayout(body, 1)
        self.retranslate()

    def show_panel(self, index: int) -> None:
        self.panels.setCurrentIndex(index)
        self.nav[index].setChecked(True)

    @Slot()
    def on_nav_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            self.show_panel(int(button.property("panel")))
            self.leave_panel.disarm()

    @Slot()
    def on_site_clicked(self) -> None:
        self.panels.setCurrentWidget(self.site_panel)
        self.site_button.setChecked(True)
        self.leave_panel.disarm()

    @Slot()
    def on_leave_clicked(self) -> None:
        """Leaving and quitting sit apart from the door's settings, next to Close."""
        self.panels.setCurrentWidget(self.leave_panel)
        self.leave_button.setChecked(True)
        self.leave_panel.disarm()

    @Slot(object)
    def on_supervisor_unlocked(self, officer: StaffMember) -> None:
        self.supervisor = officer
        self.show_panel(0)
        self.leave_panel.disarm()
        self.retranslate()

    @Slot(object)
    def on_site_changed(self, state: SiteState | None) -> None:
        """The site link's news (queued to this thread): this kiosk belongs to a site, so it has the Site panel."""
        self.site_button.setVisible(state is not None)

    @Slot(object)
    def on_action_failed(self, failure: Failure) -> None:
        current = self.panels.currentWidget()
        handler = getattr(current, "on_action_failed", None)
        if handler is not None:
            handler(failure)

    def retranslate(self) -> None:
        name = self.supervisor.name or self.supervisor.number if self.supervisor else ""
        self.title.setText(
            self.tr("Supervisor mode · {name}").format(name=name) if name else self.tr("Supervisor mode")
        )
        self.close_button.setText(self.tr("Close"))
        labels = (
            self.tr("Checkpoint and session"),
            self.tr("Camera"),
            self.tr("Badge status"),
            self.tr("Annul an admission"),
            self.tr("Denials today"),
            self.tr("Today and export"),
        )
        for button, label in zip(self.nav, labels, strict=True):
            button.setText(label)
        self.leave_button.setText(self.tr("Leave or quit"))
        self.site_button.setText(self.tr("The site"))
