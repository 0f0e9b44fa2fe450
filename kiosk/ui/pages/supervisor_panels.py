"""Supervisor panels that set up the door: checkpoint and session, camera, badge status."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.accreditation import Accreditation, Status
from kiosk.domain.gate import Gate
from kiosk.domain.programme import Event
from kiosk.scanner.cameras import CameraChoice
from kiosk.ui import wording
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.pages.base import text_label
from kiosk.ui.pages.supervisor_parts import Panel, TypedFields, choice_button, field_button
from kiosk.ui.touch import GAP, TouchButton
from kiosk.ui.vocabulary import Failure


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
    def on_gate_changed(self, gate: Gate) -> None:
        rebuild = gate.checkpoint != self.gate.checkpoint
        self.gate = gate
        if rebuild:
            self._build_sessions()
        self.retranslate()

    @Slot()
    def on_checkpoint_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            self.gate_chosen.emit(Gate(str(button.property("code")), None))

    @Slot()
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
            button.setText(
                wording.session_name(self._event, code, lang) if code else self.tr("By the programme (automatic)")
            )
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
    def on_suspend_clicked(self) -> None:
        self._request(Status.SUSPENDED)

    @Slot()
    def on_revoke_clicked(self) -> None:
        self._request(Status.REVOKED)

    @Slot()
    def on_reinstate_clicked(self) -> None:
        self._request(Status.ACTIVE)

    @Slot(object)
    def on_status_applied(self, acc: Accreditation) -> None:
        words = {
            Status.ACTIVE: self.tr("Badge {number} ({name}) is active again."),
            Status.SUSPENDED: self.tr("Badge {number} ({name}) is suspended."),
            Status.REVOKED: self.tr("Badge {number} ({name}) is revoked."),
        }
        self.result.setText(words[acc.status].format(number=acc.badge_number, name=acc.full_name))
        self.form.reset()

    @Slot(object)
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
