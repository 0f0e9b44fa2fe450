"""The supervisor's badge status panel: suspend, revoke or reinstate, in steps.

A status change shows the holder (photo, name, badge, present status) before it acts, asks for the
reason as a code with the supervisor's own words as an extra line, and acts only on Confirm.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.accreditation import Accreditation, Status, StatusReason, join_status_reason
from kiosk.ui import wording
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.pages.base import text_label
from kiosk.ui.pages.supervisor_parts import Panel, TypedFields, choice_button, field_button
from kiosk.ui.photo import PhotoFrame
from kiosk.ui.touch import GAP, TouchButton, repolish
from kiosk.ui.vocabulary import Failure, SupervisorResult

REASON_CODES = tuple(StatusReason)


class BadgePanel(Panel):
    """Suspend, revoke or reinstate a badge, in steps: which badge, who it is, why, then confirm."""

    look_up_requested = Signal(str)  # badge number
    status_requested = Signal(str, object, str)  # badge number, Status, reason ("code: words")

    FIND, HOLDER, REASON, WORDS, CONFIRM = range(5)

    def __init__(self, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holder: Accreditation | None = None
        self.status: Status | None = None
        self.code: StatusReason | None = None
        self.note = ""
        self.steps = QStackedWidget()

        # 0: which badge
        self.title = text_label("large")
        self.number_caption = text_label("small", wrap=False)
        self.number_field = field_button()
        self.find_button = TouchButton("primary")
        self.find_button.clicked.connect(self.on_find_clicked)
        self.keyboard = OnScreenKeyboard()
        language.language_changed.connect(self.keyboard.set_language)
        self.keyboard.set_language(language.current)
        self.form = TypedFields(self.keyboard, [self.number_field])
        self.result = text_label("muted")
        find_row = QHBoxLayout()
        find_row.setSpacing(GAP)
        find_row.addWidget(self.number_field, 1)
        find_row.addWidget(self.find_button)
        find = QWidget()
        find_column = QVBoxLayout(find)
        find_column.setContentsMargins(0, 0, 0, 0)
        find_column.setSpacing(8)
        find_column.addWidget(self.number_caption)
        find_column.addLayout(find_row)
        find_column.addWidget(self.result)
        find_column.addStretch(1)
        find_column.addWidget(self.keyboard)

        # 1: who it is, and what to do
        self.photo = PhotoFrame(200, 250)
        self.holder_name = text_label("large")
        self.holder_facts = text_label()
        self.suspend = TouchButton("danger")
        self.revoke = TouchButton("danger")
        self.reinstate = TouchButton("confirm")
        self.suspend.clicked.connect(self.on_suspend_clicked)
        self.revoke.clicked.connect(self.on_revoke_clicked)
        self.reinstate.clicked.connect(self.on_reinstate_clicked)
        self.holder_back = TouchButton()
        self.holder_back.clicked.connect(self.on_start_over)
        facts = QVBoxLayout()
        facts.setSpacing(6)
        facts.addWidget(self.holder_name)
        facts.addWidget(self.holder_facts)
        facts.addStretch(1)
        card = QHBoxLayout()
        card.setSpacing(GAP)
        card.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        card.addLayout(facts, 1)
        actions = QHBoxLayout()
        actions.setSpacing(GAP)
        actions.addWidget(self.holder_back)
        actions.addStretch(1)
        for button in (self.suspend, self.revoke, self.reinstate):
            actions.addWidget(button)
        holder = QWidget()
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 0, 0, 0)
        holder_column.setSpacing(GAP)
        holder_column.addLayout(card, 1)
        holder_column.addLayout(actions)

        # 2: why (a code, and words if wanted)
        self.reason_title = text_label("large")
        self.codes: dict[StatusReason, TouchButton] = {}
        self._code_group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, code in enumerate(REASON_CODES):
            button = choice_button()
            button.setProperty("code", code.value)
            button.clicked.connect(self.on_code_clicked)
            self._code_group.addButton(button)
            grid.addWidget(button, index // 2, index % 2)
            self.codes[code] = button
        self.words_field = field_button()
        self.words_field.clicked.connect(self.on_words_clicked)
        self.reason_back = TouchButton()
        self.reason_back.clicked.connect(self.on_reason_back)
        self.reason_next = TouchButton("primary")
        self.reason_next.clicked.connect(self.on_reason_next)
        self.reason_message = text_label("muted")
        reason_row = QHBoxLayout()
        reason_row.setSpacing(GAP)
        reason_row.addWidget(self.reason_back)
        reason_row.addWidget(self.words_field, 1)
        reason_row.addWidget(self.reason_next)
        reason = QWidget()
        reason_column = QVBoxLayout(reason)
        reason_column.setContentsMargins(0, 0, 0, 0)
        reason_column.setSpacing(10)
        reason_column.addWidget(self.reason_title)
        reason_column.addLayout(grid)
        reason_column.addWidget(self.reason_message)
        reason_column.addStretch(1)
        reason_column.addLayout(reason_row)

        # 3: the supervisor's words
        self.words_caption = text_label("small", wrap=False)
        self.words_typed = field_button()
        self.words_typed.setProperty("active", "true")
        self.words_done = TouchButton("primary")
        self.words_done.clicked.connect(self.on_words_done)
        self.words_keyboard = OnScreenKeyboard()
        language.language_changed.connect(self.words_keyboard.set_language)
        self.words_keyboard.set_language(language.current)
        self.words_form = TypedFields(self.words_keyboard, [self.words_typed])
        words_row = QHBoxLayout()
        words_row.setSpacing(GAP)
        words_row.addWidget(self.words_typed, 1)
        words_row.addWidget(self.words_done)
        words = QWidget()
        words_column = QVBoxLayout(words)
        words_column.setContentsMargins(0, 0, 0, 0)
        words_column.setSpacing(8)
        words_column.addWidget(self.words_caption)
        words_column.addLayout(words_row)
        words_column.addStretch(1)
        words_column.addWidget(self.words_keyboard)

        # 4: confirm, with the face in view
        self.confirm_photo = PhotoFrame(240, 300)
        self.confirm_title = text_label("large", tone="error")
        self.confirm_facts = text_label()
        self.confirm_cancel = TouchButton()
        self.confirm_cancel.clicked.connect(self.on_start_over)
        self.confirm_button = TouchButton("danger")
        self.confirm_button.clicked.connect(self.on_confirm_clicked)
        confirm_text = QVBoxLayout()
        confirm_text.setSpacing(8)
        confirm_text.addWidget(self.confirm_title)
        confirm_text.addWidget(self.confirm_facts)
        confirm_text.addStretch(1)
        confirm_card = QHBoxLayout()
        confirm_card.setSpacing(GAP)
        confirm_card.addWidget(self.confirm_photo, 0, Qt.AlignmentFlag.AlignTop)
        confirm_card.addLayout(confirm_text, 1)
        confirm_row = QHBoxLayout()
        confirm_row.setSpacing(GAP * 3)
        confirm_row.addWidget(self.confirm_cancel)
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.confirm_button)
        confirm = QWidget()
        confirm_column = QVBoxLayout(confirm)
        confirm_column.setContentsMargins(0, 0, 0, 0)
        confirm_column.setSpacing(GAP)
        confirm_column.addLayout(confirm_card, 1)
        confirm_column.addLayout(confirm_row)

        for step in (find, holder, reason, words, confirm):
            self.steps.addWidget(step)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.steps, 1)
        self.retranslate()

    # -- steps --------------------------------------------------------------------------------------
    @Slot()
    def on_find_clicked(self) -> None:
        number = self.form.values[0].strip().upper()
        if not number:
            self.result.setText(self.tr("Type the badge number first."))
            return
        self.result.setText(self.tr("Looking up {number}…").format(number=number))
        self.look_up_requested.emit(number)

    @Slot(object)
    def on_holder_found(self, found: SupervisorResult) -> None:
        if found.accreditation is None:
            return
        self.holder = found.accreditation
        self.photo.set_photo(found.photo)
        self.confirm_photo.set_photo(found.photo)
        self.result.setText("")
        self.steps.setCurrentIndex(self.HOLDER)
        self.retranslate()

    def _choose(self, status: Status) -> None:
        self.status = status
        self.code = None
        self.note = ""
        self.words_form.reset()
        for button in self.codes.values():
            button.setChecked(False)
        self.reason_message.setText("")
        self.steps.setCurrentIndex(self.CONFIRM if status is Status.ACTIVE else self.REASON)
        self.retranslate()

    @Slot()
    def on_suspend_clicked(self) -> None:
        self._choose(Status.SUSPENDED)

    @Slot()
    def on_revoke_clicked(self) -> None:
        self._choose(Status.REVOKED)

    @Slot()
    def on_reinstate_clicked(self) -> None:
        self._choose(Status.ACTIVE)

    @Slot()
    def on_code_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            self.code = StatusReason(str(button.property("code")))
            self.reason_message.setText("")

    @Slot()
    def on_words_clicked(self) -> None:
        self.steps.setCurrentIndex(self.WORDS)

    @Slot()
    def on_words_done(self) -> None:
        self.note = self.words_form.values[0].strip()
        self.steps.setCurrentIndex(self.REASON)
        self.retranslate()

    @Slot()
    def on_reason_back(self) -> None:
        self.steps.setCurrentIndex(self.HOLDER)

    @Slot()
    def on_reason_next(self) -> None:
        if self.code is None:
            self.reason_message.setText(self.tr("Choose a reason: it goes into the roster and the log."))
            return
        self.steps.setCurrentIndex(self.CONFIRM)
        self.retranslate()

    @Slot()
    def on_confirm_clicked(self) -> None:
        if self.holder is None or self.status is None:
            return
        reason = join_status_reason(self.code, self.note) if self.status is not Status.ACTIVE else self.note
        self.status_requested.emit(self.holder.badge_number, self.status, reason)

    @Slot()
    def on_start_over(self) -> None:
        self.holder = None
        self.status = None
        self.form.reset()
        self.steps.setCurrentIndex(self.FIND)
        self.retranslate()

    @Slot(object)
    def on_status_applied(self, applied: SupervisorResult) -> None:
        acc = applied.accreditation
        if acc is None:
            return
        words = {
            Status.ACTIVE: self.tr("Badge {number} ({name}) is active again."),
            Status.SUSPENDED: self.tr("Badge {number} ({name}) is suspended."),
            Status.REVOKED: self.tr("Badge {number} ({name}) is revoked."),
        }
        self.on_start_over()
        self.result.setText(words[acc.status].format(number=acc.badge_number, name=acc.full_name))

    @Slot(object)
    def on_action_failed(self, failure: Failure) -> None:
        self.steps.setCurrentIndex(self.FIND)
        self.result.setText(self.tr("Not changed: {detail}").format(detail=failure.detail))

    # -- words --------------------------------------------------------------------------------------
    def _status_words(self, acc: Accreditation) -> str:
        status = {
            Status.ACTIVE: self.tr("Active"),
            Status.SUSPENDED: self.tr("Suspended"),
            Status.REVOKED: self.tr("Revoked"),
        }[acc.status]
        lines = [self.tr("Now: {status}").format(status=status), *wording.status_reason_lines(acc.status_reason)]
        return "\n".join(lines)

    def _action_words(self) -> str:
        return {
            Status.SUSPENDED: self.tr("Suspend"),
            Status.REVOKED: self.tr("Revoke"),
            Status.ACTIVE: self.tr("Reinstate"),
            None: "",
        }[self.status]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Badge status"))
        self.number_caption.setText(self.tr("Badge number"))
        self.find_button.setText(self.tr("Find the holder"))
        self.suspend.setText(self.tr("Suspend"))
        self.revoke.setText(self.tr("Revoke"))
        self.reinstate.setText(self.tr("Reinstate"))
        for button in (self.holder_back, self.confirm_cancel):
            button.setText(self.tr("Cancel"))
        self.reason_back.setText(self.tr("Back"))
        self.reason_next.setText(self.tr("Continue"))
        for code, button in self.codes.items():
            button.setText(wording.status_reason_short(code))
        self.words_field.setText(self.note or self.tr("Your words (optional)"))
        self.words_caption.setText(self.tr("Your words, kept as an extra line (optional)"))
        self.words_done.setText(self.tr("Done"))
        self.form.show()
        self.words_form.show()
        acc = self.holder
        if acc is None:
            return
        facts = " · ".join(p for p in (self.tr("Badge {number}").format(number=acc.badge_number), acc.outlet) if p)
        self.holder_name.setText(acc.full_name)
        self.holder_facts.setText("\n".join((acc.alt_name, facts, self._status_words(acc))).strip())
        action = self._action_words()
        self.reason_title.setText(self.tr("{action} {name}: why?").format(action=action, name=acc.full_name))
        self.confirm_title.setText(self.tr("{action} {name}?").format(action=action, name=acc.full_name))
        reason_lines = []
        if self.status is not Status.ACTIVE and self.code is not None:
            reason_lines.append(
                self.tr("Reason: {reason}").format(reason=wording.status_reason_words(self.code))
            )
        if self.note:
            reason_lines.append(f"“{self.note}”")
        self.confirm_facts.setText("\n".join((facts, *reason_lines)))
        self.confirm_button.setText(self.tr("Confirm: {action}").format(action=action))
        self.confirm_button.setProperty("kind", "confirm" if self.status is Status.ACTIVE else "danger")
        repolish(self.confirm_button)
