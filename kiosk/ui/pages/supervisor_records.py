"""Supervisor panels about the record: annulling an admission, the day's denials and refusals,
today's figures and the export (to the kiosk or a removable drive), leaving the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.log import Counts, DoorDenial, ExportResult, ExportTarget, StandingAdmission
from kiosk.domain.programme import Event
from kiosk.domain.roster_update import RosterSource
from kiosk.ui import wording
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.pages.base import text_label
from kiosk.ui.pages.supervisor_parts import Panel, TypedFields, field_button
from kiosk.ui.side_line import LineWithSide
from kiosk.ui.touch import GAP, TouchButton
from kiosk.ui.vocabulary import Failure


class AnnulPanel(Panel):
    admissions_requested = Signal()
    annul_requested = Signal(int, str)

    def __init__(self, event: Event, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self.admissions: tuple[StandingAdmission, ...] = ()
        self.chosen: StandingAdmission | None = None
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
        self.chosen_label = text_label("strong")
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
        self.message.hide()
        self.retranslate()

    @Slot(object)
    def on_admissions_listed(self, admissions: tuple[StandingAdmission, ...]) -> None:
        self.admissions = admissions
        for row in self.rows:
            self._rows.removeWidget(row)
            row.hide()  # gone at once, deleted later
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
    def on_annulled(self, admissions: tuple[StandingAdmission, ...]) -> None:
        if self.chosen is not None:
            self._say(
                self.tr("Admission of {name} annulled; the badge can be used again.").format(name=self.chosen.full_name)
            )
        self.chosen = None
        self.steps.setCurrentIndex(0)
        self.on_admissions_listed(admissions)

    @Slot(object)
    def on_action_failed(self, failure: Failure) -> None:
        self._say(self.tr("Not annulled: {detail}").format(detail=failure.detail))

    @Slot()
    def on_row_clicked(self) -> None:
        row = self.sender()
        if not isinstance(row, TouchButton):
            return
        decision_id = int(row.property("decision"))
        self.chosen = next((a for a in self.admissions if a.decision_id == decision_id), None)
        if self.chosen is not None:
            self.form.reset()
            self._say("")
            self.steps.setCurrentIndex(1)
            self.retranslate()

    @Slot()
    def on_confirm_clicked(self) -> None:
        if self.chosen is None:
            return
        reason = self.form.values[0]
        if not reason.strip():
            self._say(self.tr("Give a reason: it goes into the log."))
            return
        self.annul_requested.emit(self.chosen.decision_id, reason)

    @Slot()
    def on_cancel_clicked(self) -> None:
        self.chosen = None
        self.steps.setCurrentIndex(0)
        self._say("")

    def _say(self, text: str) -> None:
        """The panel's message line takes room only when it has something to say."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _row_text(self, admission: StandingAdmission) -> str:
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
        self.form.placeholders = [self.tr("Reason…")]
        self.confirm.setText(self.tr("Annul"))
        self.cancel.setText(self.tr("Cancel"))
        if self.chosen is not None:
            self.chosen_label.setText(self._row_text(self.chosen))
        self.form.show()


class DenialsPanel(Panel):
    """Today's denied badges and refused holders, newest first: what the supervisor was called for."""

    denials_requested = Signal()

    def __init__(self, event: Event, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self.denials: tuple[DoorDenial, ...] = ()
        self.rows: list[QLabel] = []
        self.title = text_label("large")
        self.refresh = TouchButton()
        self.refresh.clicked.connect(self.denials_requested)
        self.empty = text_label("muted")
        self._rows = QVBoxLayout()
        self._rows.setSpacing(8)
        rows_widget = QWidget()
        rows_column = QVBoxLayout(rows_widget)
        rows_column.setContentsMargins(0, 0, 0, 0)
        rows_column.addLayout(self._rows)
        rows_column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(rows_widget)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.scroll_area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.refresh)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(header)
        column.addWidget(self.empty)
        column.addWidget(self.scroll_area, 1)
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.denials_requested.emit()  # fresh each time it opens
        super().showEvent(event)

    @Slot(object)
    def on_denials_listed(self, denials: tuple[DoorDenial, ...]) -> None:
        self.denials = denials
        for row in self.rows:
            self._rows.removeWidget(row)
            row.hide()  # gone at once, deleted later
            row.deleteLater()
        self.rows = []
        for _ in denials:
            row = text_label()
            row.setProperty("listRow", "true")
            self._rows.addWidget(row)
            self.rows.append(row)
        self.retranslate()

    def _row_text(self, denial: DoorDenial) -> str:
        lang = self._language.current
        event = denial.event
        who = " · ".join(p for p in (event.badge_number or "", denial.full_name) if p) or self.tr("No badge number")
        return f"{who}\n{wording.recent_line(event, self._event, lang)}"

    def retranslate(self) -> None:
        self.title.setText(self.tr("Denials and refusals today"))
        self.refresh.setText(self.tr("Refresh"))
        self.empty.setText("" if self.denials else self.tr("No denial or refusal today."))
        self.empty.setVisible(not self.denials)
        for row, denial in zip(self.rows, self.denials, strict=True):
            row.setText(self._row_text(denial))


class TodayPanel(Panel):
    export_requested = Signal(object)  # ExportTarget | None: None is the kiosk's own exports folder
    targets_requested = Signal()

    def __init__(self, event: Event, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self.counts = Counts()
        self.targets: tuple[ExportTarget, ...] = ()
        self.drive_buttons: list[TouchButton] = []
        self.roster: RosterSource | None = None
        self.title = text_label("large")
        self.figures = text_label("detail")
        self.more_figures = text_label("detail")
        self.roster_line = text_label("small", wrap=False)
        self.export = TouchButton("primary")
        self.export.clicked.connect(self.on_export_clicked)
        self.drives_title = text_label("strong")
        self._drives = QVBoxLayout()
        self._drives.setSpacing(10)
        self.rescan = TouchButton()
        self.rescan.clicked.connect(self.targets_requested)
        self.message = text_label("muted")
        drives_header = QHBoxLayout()
        drives_header.addWidget(self.drives_title, 1)
        drives_header.addWidget(self.rescan)
        column = QVBoxLayout(self)
        column.setSpacing(10)
        figures = QHBoxLayout()
        figures.setSpacing(GAP * 3)
        figures.addWidget(self.figures)
        figures.addWidget(self.more_figures)
        figures.addStretch(1)
        self.heading = LineWithSide(self.title, self.roster_line)  # the roster's age, as in the top bar
        column.addWidget(self.heading)
        column.addLayout(figures)
        column.addWidget(self.export, 0, Qt.AlignmentFlag.AlignLeading)
        column.addLayout(drives_header)
        column.addLayout(self._drives)
        column.addWidget(self.message)
        column.addStretch(1)
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.targets_requested.emit()  # a stick plugged in since last time shows up
        super().showEvent(event)

    @Slot()
    def on_export_clicked(self) -> None:
        self.export_requested.emit(None)

    @Slot()
    def on_drive_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            index = int(button.property("target"))
            if 0 <= index < len(self.targets):
                self.export_requested.emit(self.targets[index])

    @Slot(object)
    def on_targets_listed(self, targets: tuple[ExportTarget, ...]) -> None:
        self.targets = targets
        for button in self.drive_buttons:
            self._drives.removeWidget(button)
            button.hide()  # gone at once, deleted later
            button.deleteLater()
        self.drive_buttons = []
        for index, _ in enumerate(targets):
            button = TouchButton()
            button.setProperty("target", index)
            button.clicked.connect(self.on_drive_clicked)
            self._drives.addWidget(button)
            self.drive_buttons.append(button)
        self.retranslate()

    @Slot(object)
    def on_counts_changed(self, counts: Counts) -> None:
        self.counts = counts
        self.retranslate()

    @Slot(object)
    def on_roster_changed(self, roster: RosterSource | None) -> None:
        self.roster = roster
        self.retranslate()

    @Slot(object)
    def on_exported(self, result: ExportResult) -> None:
        self.message.setText(self.tr("%n log line(s) written to {path}", "", result.rows).format(path=result.path))

    @Slot(object)
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
                )
            )
        )
        self.more_figures.setText(
            "\n".join(
                (self.tr("Scans: {n}").format(n=c.scans), self.tr("Admissions annulled: {n}").format(n=c.annulled))
            )
        )
        self.roster_line.setText(wording.roster_words(self.roster, self._event, self._language.current))
        self.heading.fit()
        self.export.setText(self.tr("Export the log (CSV) on this kiosk"))
        self.drives_title.setText(
            self.tr("Or onto a removable drive:") if self.targets else self.tr("No removable drive found.")
        )
        self.rescan.setText(self.tr("Look again"))
        for button, target in zip(self.drive_buttons, self.targets, strict=True):
            button.setText(self.tr("Export onto {drive}").format(drive=target.label))


class LeavePanel(Panel):
    fullscreen_chosen = Signal(bool)
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
    def on_toggle_clicked(self) -> None:
        self.fullscreen_chosen.emit(not self.fullscreen)

    @Slot()
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
