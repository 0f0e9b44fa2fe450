"""Supervisor mode, behind the PIN pad: checkpoint and session, camera, badge status, annulments,
today's figures and the log export, leaving full screen and quitting."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.accreditation import Accreditation, Status
from kiosk.domain.clock import Clock
from kiosk.domain.programme import Event
from kiosk.ui import wording
from kiosk.ui.guard import guarded
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.pages.sign_in import PadLock
from kiosk.ui.ports import AdmissionRecord, CameraChoice, Counts, ExportResult, Gate, Officer
from kiosk.ui.touch import GAP, PinDots, PinPad, TouchButton, repolish
from kiosk.ui.worker import Failure, PinResult

MAX_TEXT = 80


class Panel(QWidget):
    """A section of the supervisor page; retranslates itself like a page."""

    def retranslate(self) -> None:
        """Sets every visible text."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TypedFields:
    """Text fields filled from one on-screen keyboard; tapping a field makes it the one typed into."""

    def __init__(self, keyboard: OnScreenKeyboard, fields: list[TouchButton]) -> None:
        self.keyboard = keyboard
        self.fields = fields
        self.values = ["" for _ in fields]
        self.active = 0
        for index, field in enumerate(fields):
            field.clicked.connect(lambda _checked=False, i=index: self.activate(i))  # same thread: GUI only
        keyboard.text_typed.connect(self.type_text)
        keyboard.backspace_pressed.connect(self.backspace)
        keyboard.clear_pressed.connect(self.clear_active)
        self.activate(0)

    def activate(self, index: int) -> None:
        self.active = index
        for i, field in enumerate(self.fields):
            field.setProperty("active", "true" if i == index else "false")
            repolish(field)

    def type_text(self, text: str) -> None:
        if len(self.values[self.active]) < MAX_TEXT:
            self.values[self.active] += text
            self.show()

    def backspace(self) -> None:
        self.values[self.active] = self.values[self.active][:-1]
        self.show()

    def clear_active(self) -> None:
        self.values[self.active] = ""
        self.show()

    def set(self, index: int, value: str) -> None:
        self.values[index] = value[:MAX_TEXT]
        self.show()

    def reset(self) -> None:
        self.values = ["" for _ in self.fields]
        self.activate(0)
        self.show()

    def show(self) -> None:
        for field, value in zip(self.fields, self.values, strict=True):
            field.setText(value or "…")


def field_button() -> TouchButton:
    button = TouchButton("field")
    button.setProperty("active", "false")
    return button


def choice_button(text: str = "") -> TouchButton:
    button = TouchButton()
    button.setCheckable(True)
    button.setText(text)
    return button


# -- the PIN page -------------------------------------------------------------------------------------
class SupervisorPinPage(Page):
    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin = ""
        self.lock = PadLock(clock)
        self._refusal: PinResult | None = None
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
    @guarded
    def on_digit(self, digit: str) -> None:
        if len(self.pin) < 8:
            self.pin += digit
            self.dots.set_count(len(self.pin))

    @Slot()
    @guarded
    def on_erase(self) -> None:
        self.pin = self.pin[:-1]
        self.dots.set_count(len(self.pin))

    @Slot()
    @guarded
    def on_ok(self) -> None:
        if self.pin and self.lock.seconds_left() == 0:
            self.pin_entered.emit(self.pin)

    @Slot(object)
    @guarded
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
    @guarded
    def on_tick(self) -> None:
        if self.lock.seconds_left() == 0:
            self._ticker.stop()
        self.retranslate()

    def retranslate(self) -> None:
        locked_for = self.lock.seconds_left()
        self.pad.setEnabled(locked_for == 0)
        self.title.setText(self.tr("Supervisor"))
        self.explain.setText(self.tr("Type the supervisor PIN."))
        self.cancel.setText(self.tr("Cancel"))
        self.dots.set_count(len(self.pin))
        if locked_for:
            self.status.setText(self.tr("Too many wrong PINs. The keypad is locked for {seconds} s.").format(seconds=locked_for))
        elif self._refusal is not None:
            self.status.setText(
                self.tr("Wrong PIN. {n} attempts left before the keypad locks.").format(n=self._refusal.outcome.attempts_left)
            )
        else:
            self.status.setText("")


# -- panels ---------------------------------------------------------------------------------------------
class GatePanel(Panel):
    gate_chosen = Signal(object)  # Gate

    def __init__(self, event: Event, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self.gate = Gate(next(iter(event.checkpoints), ""))
        self.checkpoint_title = text_label("large")
        self.session_title = text_label("large")
        self.checkpoints: dict[str, TouchButton] = {}
        self.sessions: dict[str, TouchButton] = {}
        self._checkpoint_row = QHBoxLayout()
        self._checkpoint_row.setSpacing(GAP)
        self._checkpoint_group = QButtonGroup(self)
        for code in event.checkpoints:
            button = choice_button()
            button.setProperty("code", code)
            button.clicked.connect(self.on_checkpoint_clicked)
            self._checkpoint_group.addButton(button)
            self._checkpoint_row.addWidget(button)
            self.checkpoints[code] = button
        self._checkpoint_row.addStretch(1)
        self._session_grid = QGridLayout()
        self._session_grid.setSpacing(GAP)
        self._session_group = QButtonGroup(self)
        self.note = text_label("muted")
        column = QVBoxLayout(self)
        column.setSpacing(GAP)
        column.addWidget(self.checkpoint_title)
        column.addLayout(self._checkpoint_row)
        column.addWidget(self.session_title)
        column.addLayout(self._session_grid)
        column.addWidget(self.note)
        column.addStretch(1)
        self._build_sessions()
        self.retranslate()

    def _build_sessions(self) -> None:
        for button in self.sessions.values():
            self._session_group.removeButton(button)
            button.deleteLater()
        self.sessions = {}
        checkpoint = self._event.checkpoints.get(self.gate.checkpoint)
        codes = [""] + [c for c in (checkpoint.sessions if checkpoint else ()) if c in self._event.sessions]
        for index, code in enumerate(codes):
            button = choice_button()
            button.setProperty("code", code)
            button.clicked.connect(self.on_session_clicked)
            self._session_group.addButton(button)
            if index == 0:  # "by the programme" spans the row: it is the usual choice
                self._session_grid.addWidget(button, 0, 0, 1, 2)
            else:
                self._session_grid.addWidget(button, 1 + (index - 1) // 2, (index - 1) % 2)
            self.sessions[code] = button

    @Slot(object)
    @guarded
    def on_gate_changed(self, gate: Gate) -> None:
        rebuild = gate.checkpoint != self.gate.checkpoint
        self.gate = gate
        if rebuild:
            self._build_sessions()
        self.retranslate()

    @Slot()
    @guarded
    def on_checkpoint_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            self.gate_chosen.emit(Gate(str(button.property("code")), None))

    @Slot()
    @guarded
    def on_session_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            code = str(button.property("code"))
            self.gate_chosen.emit(Gate(self.gate.checkpoint, code or None))

    def retranslate(self) -> None:
        lang = self._language.current
        self.checkpoint_title.setText(self.tr("Checkpoint"))
        self.session_title.setText(self.tr("Session admitted"))
        for code, button in self.checkpoints.items():
            button.setText(wording.checkpoint_name(self._event, code, lang))
            button.setChecked(code == self.gate.checkpoint)
        for code, button in self.sessions.items():
            button.setText(wording.session_name(self._event, code, lang) if code else self.tr("By the programme (automatic)"))
            button.setChecked(code == (self.gate.session or ""))
        self.note.setText(self.tr("Automatic: each badge is judged for the session open at that moment."))


class CameraPanel(Panel):
    camera_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = text_label("large")
        self.current = ""
        self.choices: tuple[CameraChoice, ...] = ()
        self.buttons: list[TouchButton] = []
        self._list = QVBoxLayout()
        self._list.setSpacing(GAP)
        self.empty = text_label("muted")
        column = QVBoxLayout(self)
        column.setSpacing(GAP)
        column.addWidget(self.title)
        column.addLayout(self._list)
        column.addWidget(self.empty)
        column.addStretch(1)
        self.retranslate()

    @Slot(object, str)
    @guarded
    def on_cameras_listed(self, choices: tuple[CameraChoice, ...], current: str) -> None:
        self.choices = choices
        self.current = current
        for button in self.buttons:
            self._list.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for choice in choices:
            button = choice_button(choice.label)
            button.setProperty("spec", choice.spec)
            button.setChecked(choice.spec == current)
            button.clicked.connect(self.on_choice_clicked)
            self._list.addWidget(button)
            self.buttons.append(button)
        self.retranslate()

    @Slot()
    @guarded
    def on_choice_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            self.camera_chosen.emit(str(button.property("spec")))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Camera"))
        self.empty.setText("" if self.choices else self.tr("No other camera found."))


class BadgePanel(Panel):
    status_requested = Signal(str, object, str)  # badge number, Status, reason

    def __init__(self, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = text_label("large")
        self.number_caption = text_label("small", wrap=False)
        self.reason_caption = text_label("small", wrap=False)
        self.number_field = field_button()
        self.reason_field = field_button()
        self.keyboard = OnScreenKeyboard()
        language.language_changed.connect(self.keyboard.set_language)
        self.keyboard.set_language(language.current)
        self.form = TypedFields(self.keyboard, [self.number_field, self.reason_field])
        self.suspend = TouchButton("danger")
        self.revoke = TouchButton("danger")
        self.reinstate = TouchButton("confirm")
        self.suspend.clicked.connect(self.on_suspend_clicked)
        self.revoke.clicked.connect(self.on_revoke_clicked)
        self.reinstate.clicked.connect(self.on_reinstate_clicked)
        self.result = text_label("muted")
        fields = QGridLayout()
        fields.setSpacing(8)
        fields.addWidget(self.number_caption, 0, 0)
        fields.addWidget(self.reason_caption, 0, 1)
        fields.addWidget(self.number_field, 1, 0)
        fields.addWidget(self.reason_field, 1, 1)
        fields.setColumnStretch(0, 2)
        fields.setColumnStretch(1, 5)
        buttons = QHBoxLayout()
        buttons.setSpacing(GAP)
        buttons.addWidget(self.suspend)
        buttons.addWidget(self.revoke)
        buttons.addWidget(self.reinstate)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(fields)
        column.addLayout(buttons)
        column.addWidget(self.result)
        column.addStretch(1)
        column.addWidget(self.keyboard)
        self._last: tuple[str, Status] | None = None
        self.retranslate()

    def _request(self, status: Status) -> None:
        number, reason = self.form.values
        if not number.strip():
            self.result.setText(self.tr("Type the badge number first."))
            return
        if status is not Status.ACTIVE and not reason.strip():
            self.form.activate(1)
            self.result.setText(self.tr("Give a reason: it goes into the roster and the log."))
            return
        self._last = (number.strip().upper(), status)
        self.status_requested.emit(number, status, reason)

    @Slot()
    @guarded
    def on_suspend_clicked(self) -> None:
        self._request(Status.SUSPENDED)

    @Slot()
    @guarded
    def on_revoke_clicked(self) -> None:
        self._request(Status.REVOKED)

    @Slot()
    @guarded
    def on_reinstate_clicked(self) -> None:
        self._request(Status.ACTIVE)

    @Slot(object)
    @guarded
    def on_status_applied(self, acc: Accreditation) -> None:
        words = {
            Status.ACTIVE: self.tr("Badge {number} ({name}) is active again."),
            Status.SUSPENDED: self.tr("Badge {number} ({name}) is suspended."),
            Status.REVOKED: self.tr("Badge {number} ({name}) is revoked."),
        }
        self.result.setText(words[acc.status].format(number=acc.badge_number, name=acc.full_name))
        self.form.reset()

    @Slot(object)
    @guarded
    def on_action_failed(self, failure: Failure) -> None:
        self.result.setText(self.tr("Not changed: {detail}").format(detail=failure.detail))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Badge status"))
        self.number_caption.setText(self.tr("Badge number"))
        self.reason_caption.setText(self.tr("Reason"))
        self.suspend.setText(self.tr("Suspend"))
        self.revoke.setText(self.tr("Revoke"))
        self.reinstate.setText(self.tr("Reinstate"))
        self.form.show()


class AnnulPanel(Panel):
    admissions_requested = Signal()
    annul_requested = Signal(int, str)

    def __init__(self, event: Event, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self.admissions: tuple[AdmissionRecord, ...] = ()
        self.chosen: AdmissionRecord | None = None
        self.rows: list[TouchButton] = []

        self.steps = QStackedWidget()
        # step 1: the list
        self.list_title = text_label("large")
        self.list_empty = text_label("muted")
        self.refresh = TouchButton()
        self.refresh.clicked.connect(self.admissions_requested)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(10)
        rows_widget = QWidget()
        rows_column = QVBoxLayout(rows_widget)
        rows_column.setContentsMargins(0, 0, 0, 0)
        rows_column.addLayout(self._rows)
        rows_column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(rows_widget)
        scroll.setWidgetResizable(True)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        list_page = QWidget()
        list_column = QVBoxLayout(list_page)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.setSpacing(10)
        header = QHBoxLayout()
        header.addWidget(self.list_title, 1)
        header.addWidget(self.refresh)
        list_column.addLayout(header)
        list_column.addWidget(self.list_empty)
        list_column.addWidget(scroll, 1)
        # step 2: the reason
        self.chosen_label = text_label("large")
        self.reason_caption = text_label("small", wrap=False)
        self.reason_field = field_button()
        self.keyboard = OnScreenKeyboard()
        language.language_changed.connect(self.keyboard.set_language)
        self.keyboard.set_language(language.current)
        self.form = TypedFields(self.keyboard, [self.reason_field])
        self.confirm = TouchButton("danger")
        self.confirm.clicked.connect(self.on_confirm_clicked)
        self.cancel = TouchButton()
        self.cancel.clicked.connect(self.on_cancel_clicked)
        self.message = text_label("muted")
        reason_page = QWidget()
        reason_column = QVBoxLayout(reason_page)
        reason_column.setContentsMargins(0, 0, 0, 0)
        reason_column.setSpacing(10)
        reason_column.addWidget(self.chosen_label)
        reason_column.addWidget(self.reason_caption)
        field_row = QHBoxLayout()
        field_row.setSpacing(GAP)
        field_row.addWidget(self.reason_field, 1)
        field_row.addWidget(self.cancel)
        field_row.addWidget(self.confirm)
        reason_column.addLayout(field_row)
        reason_column.addStretch(1)
        reason_column.addWidget(self.keyboard)

        self.steps.addWidget(list_page)
        self.steps.addWidget(reason_page)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.steps, 1)
        column.addWidget(self.message)
        self.retranslate()

    @Slot(object)
    @guarded
    def on_admissions_listed(self, admissions: tuple[AdmissionRecord, ...]) -> None:
        self.admissions = admissions
        for row in self.rows:
            self._rows.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for admission in admissions:
            row = TouchButton()
            row.setProperty("decision", admission.decision_id)
            row.clicked.connect(self.on_row_clicked)
            self._rows.addWidget(row)
            self.rows.append(row)
        self.retranslate()

    @Slot(object)
    @guarded
    def on_annulled(self, admissions: tuple[AdmissionRecord, ...]) -> None:
        if self.chosen is not None:
            self.message.setText(
                self.tr("Admission of {name} annulled; the badge can be used again.").format(name=self.chosen.full_name)
            )
        self.chosen = None
        self.steps.setCurrentIndex(0)
        self.on_admissions_listed(admissions)

    @Slot(object)
    @guarded
    def on_action_failed(self, failure: Failure) -> None:
        self.message.setText(self.tr("Not annulled: {detail}").format(detail=failure.detail))

    @Slot()
    @guarded
    def on_row_clicked(self) -> None:
        row = self.sender()
        if not isinstance(row, TouchButton):
            return
        decision_id = int(row.property("decision"))
        self.chosen = next((a for a in self.admissions if a.decision_id == decision_id), None)
        if self.chosen is not None:
            self.form.reset()
            self.message.setText("")
            self.steps.setCurrentIndex(1)
            self.retranslate()

    @Slot()
    @guarded
    def on_confirm_clicked(self) -> None:
        if self.chosen is None:
            return
        reason = self.form.values[0]
        if not reason.strip():
            self.message.setText(self.tr("Give a reason: it goes into the log."))
            return
        self.annul_requested.emit(self.chosen.decision_id, reason)

    @Slot()
    @guarded
    def on_cancel_clicked(self) -> None:
        self.chosen = None
        self.steps.setCurrentIndex(0)
        self.message.setText("")

    def _row_text(self, admission: AdmissionRecord) -> str:
        lang = self._language.current
        return self.tr("{time} · {name}\n{badge} · {session}").format(
            time=wording.time_of(admission.at, self._event),
            name=admission.full_name,
            badge=admission.badge_number,
            session=wording.session_name(self._event, admission.session, lang),
        )

    def retranslate(self) -> None:
        self.list_title.setText(self.tr("Annul a mistaken admission"))
        self.refresh.setText(self.tr("Refresh"))
        self.list_empty.setText("" if self.admissions else self.tr("No admission today."))
        self.list_empty.setVisible(not self.admissions)
        for row, admission in zip(self.rows, self.admissions, strict=True):
            row.setText(self._row_text(admission))
        self.reason_caption.setText(self.tr("Reason for the annulment"))
        self.confirm.setText(self.tr("Annul"))
        self.cancel.setText(self.tr("Cancel"))
        if self.chosen is not None:
            self.chosen_label.setText(self._row_text(self.chosen))
        self.form.show()


class TodayPanel(Panel):
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = Counts()
        self.title = text_label("large")
        self.figures = text_label("large")
        self.export = TouchButton("primary")
        self.export.clicked.connect(self.export_requested)
        self.message = text_label("muted")
        column = QVBoxLayout(self)
        column.setSpacing(GAP)
        column.addWidget(self.title)
        column.addWidget(self.figures)
        column.addWidget(self.export, 0, Qt.AlignmentFlag.AlignLeading)
        column.addWidget(self.message)
        column.addStretch(1)
        self.retranslate()

    @Slot(object)
    @guarded
    def on_counts_changed(self, counts: Counts) -> None:
        self.counts = counts
        self.retranslate()

    @Slot(object)
    @guarded
    def on_exported(self, result: ExportResult) -> None:
        self.message.setText(self.tr("{rows} log lines written to {path}").format(rows=result.rows, path=result.path))

    @Slot(object)
    @guarded
    def on_action_failed(self, failure: Failure) -> None:
        self.message.setText(self.tr("Export failed: {detail}").format(detail=failure.detail))

    def retranslate(self) -> None:
        c = self.counts
        self.title.setText(self.tr("Today at this checkpoint"))
        self.figures.setText(
            "\n".join(
                (
                    self.tr("Admitted: {n}").format(n=c.admitted),
                    self.tr("Refused by an officer: {n}").format(n=c.refused),
                    self.tr("Badges denied: {n}").format(n=c.denied),
                    self.tr("Scans: {n}").format(n=c.scans),
                    self.tr("Admissions annulled: {n}").format(n=c.annulled),
                )
            )
        )
        self.export.setText(self.tr("Export the log (CSV)"))


class LeavePanel(Panel):
    fullscreen_chosen = Signal(object)  # bool, as an object: see controller.DocumentAnswer
    quit_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fullscreen = True
        self._armed = False
        self.title = text_label("large")
        self.toggle = TouchButton()
        self.toggle.clicked.connect(self.on_toggle_clicked)
        self.quit = TouchButton("danger")
        self.quit.clicked.connect(self.on_quit_clicked)
        self.warning = text_label("muted")
        column = QVBoxLayout(self)
        column.setSpacing(GAP)
        column.addWidget(self.title)
        column.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeading)
        column.addSpacing(GAP)
        column.addWidget(self.quit, 0, Qt.AlignmentFlag.AlignLeading)
        column.addWidget(self.warning)
        column.addStretch(1)
        self.retranslate()

    def set_fullscreen(self, fullscreen: bool) -> None:
        self.fullscreen = fullscreen
        self.retranslate()

    def disarm(self) -> None:
        self._armed = False
        self.retranslate()

    @Slot()
    @guarded
    def on_toggle_clicked(self) -> None:
        self.fullscreen_chosen.emit(not self.fullscreen)

    @Slot()
    @guarded
    def on_quit_clicked(self) -> None:
        if not self._armed:
            self._armed = True
            self.retranslate()
            return
        self.quit_chosen.emit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Leave the kiosk"))
        self.toggle.setText(self.tr("Leave full screen") if self.fullscreen else self.tr("Back to full screen"))
        self.quit.setText(self.tr("Tap again to quit") if self._armed else self.tr("Quit the kiosk"))
        self.warning.setText(
            self.tr("While the kiosk is closed, nobody is checked at this door.") if self._armed else ""
        )


# -- the page ---------------------------------------------------------------------------------------------
class SupervisorPage(Page):
    closed = Signal()

    def __init__(self, event: Event, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.supervisor: Officer | None = None
        self.title = text_label("title", wrap=False)
        self.close_button = TouchButton("primary")
        self.close_button.clicked.connect(self.closed)
        self.gate_panel = GatePanel(event, language)
        self.camera_panel = CameraPanel()
        self.badge_panel = BadgePanel(language)
        self.annul_panel = AnnulPanel(event, language)
        self.today_panel = TodayPanel()
        self.leave_panel = LeavePanel()
        self.panels = QStackedWidget()
        self.nav: list[TouchButton] = []
        nav_column = QVBoxLayout()
        nav_column.setSpacing(10)
        self._nav_group = QButtonGroup(self)
        for index, panel in enumerate(
            (self.gate_panel, self.camera_panel, self.badge_panel, self.annul_panel, self.today_panel, self.leave_panel)
        ):
            self.panels.addWidget(panel)
            button = choice_button()
            button.setFixedWidth(380)
            button.setProperty("panel", index)
            button.clicked.connect(self.on_nav_clicked)
            self._nav_group.addButton(button)
            nav_column.addWidget(button)
            self.nav.append(button)
        nav_column.addStretch(1)
        self.nav[0].setChecked(True)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
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
    @guarded
    def on_nav_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            self.show_panel(int(button.property("panel")))
            self.leave_panel.disarm()

    @Slot(object)
    @guarded
    def on_supervisor_unlocked(self, officer: Officer) -> None:
        self.supervisor = officer
        self.show_panel(0)
        self.leave_panel.disarm()
        self.retranslate()

    @Slot(object)
    @guarded
    def on_action_failed(self, failure: Failure) -> None:
        current = self.panels.currentWidget()
        handler = getattr(current, "on_action_failed", None)
        if handler is not None:
            handler(failure)

    def retranslate(self) -> None:
        name = self.supervisor.name or self.supervisor.number if self.supervisor else ""
        self.title.setText(self.tr("Supervisor mode · {name}").format(name=name) if name else self.tr("Supervisor mode"))
        self.close_button.setText(self.tr("Close"))
        labels = (
            self.tr("Checkpoint and session"),
            self.tr("Camera"),
            self.tr("Badge status"),
            self.tr("Annul an admission"),
            self.tr("Today and export"),
            self.tr("Leave or quit"),
        )
        for button, label in zip(self.nav, labels, strict=True):
            button.setText(label)

