"""Supervisor panels that set up the door: checkpoint and session, and the camera."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.gate import Gate
from kiosk.domain.programme import Event
from kiosk.scanner.cameras import CameraChoice
from kiosk.scanner.status import CameraStatus
from kiosk.ui import wording
from kiosk.ui.camera_view import CameraView
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.pages.base import text_label
from kiosk.ui.pages.supervisor_parts import Panel, choice_button
from kiosk.ui.ports import ScannerPort
from kiosk.ui.touch import GAP, TouchButton


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
            button.hide()  # gone at once, deleted later
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
    """The cameras found, the live picture, its size and age: a supervisor sees what the scanner sees."""

    camera_chosen = Signal(str)

    def __init__(self, scanner: ScannerPort, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scanner = scanner
        self._language = language
        self.title = text_label("large")
        self.current = ""
        self.choices: tuple[CameraChoice, ...] = ()
        self.buttons: list[TouchButton] = []
        self._list = QVBoxLayout()
        self._list.setSpacing(10)
        self.empty = text_label("muted")
        self.preview = CameraView(scanner.latest_preview, guides=False)
        self.preview.setFixedSize(448, 252)
        scanner.preview_ready.connect(self.preview.on_preview_ready)
        scanner.camera_status_changed.connect(self.preview.on_camera_status_changed)
        self.status = text_label()
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addLayout(self._list)
        left.addWidget(self.empty)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.preview)
        right.addWidget(self.status)
        right.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(GAP)
        row.addLayout(left, 1)
        row.addLayout(right)
        column = QVBoxLayout(self)
        column.setSpacing(GAP)
        column.addWidget(self.title)
        column.addLayout(row, 1)
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self.on_tick)
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._ticker.start()
        self.on_tick()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._ticker.stop()
        super().hideEvent(event)

    @Slot(object, str)
    def on_cameras_listed(self, choices: tuple[CameraChoice, ...], current: str) -> None:
        self.choices = choices
        self.current = current
        for button in self.buttons:
            self._list.removeWidget(button)
            button.hide()  # gone at once, deleted later
            button.deleteLater()
        self.buttons = []
        for choice in choices:
            button = choice_button(wording.left_to_right(choice.label))  # a device path reads left to right
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

    @Slot()
    def on_tick(self) -> None:
        """What the scanner reports, five times a second while the panel shows."""
        feed = self._scanner.feed()
        lines = [wording.camera_words(feed.status)]
        if feed.width:
            size = wording.left_to_right(f"{feed.width} × {feed.height}")
            lines.append(self.tr("Picture {size}").format(size=size))
        if feed.frame_age is None:
            lines.append(self.tr("No frame yet"))
        else:
            seconds = wording.decimal(feed.frame_age, self._language.current)
            lines.append(self.tr("Last frame {seconds} s ago").format(seconds=seconds))
        if feed.status is CameraStatus.RUNNING and feed.frame_age is not None and feed.frame_age > 3:
            lines.append(self.tr("The camera sends no pictures: check its cable."))
        text = "\n".join(lines)
        if self.status.text() != text:
            self.status.setText(text)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Camera"))
        self.empty.setText("" if self.choices else self.tr("No other camera found."))
        self.empty.setVisible(not self.choices)
        self.on_tick()
