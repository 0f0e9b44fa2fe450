"""Valid — check documents: the face first, the day's history, and the two documents to confirm.

The roster photo is the largest thing on the page. Above the document checks, a red strip lists the
badge's denials and refusals earlier today ("the door remembers"); an amber strip carries the
roster's attention note. Both documents confirmed admits. Refusing takes a reason (a short list, or
the officer's own words) and then waits a few seconds, undoable, before it is recorded. The page
changes only when the worker says the decision is in the log.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.programme import Event
from kiosk.domain.verdict import Holder, RefusalReason
from kiosk.ui import wording
from kiosk.ui.countdown import Countdown
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.icons import Glyph, GlyphLabel
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.pages.band import VerdictBand
from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.photo import PhotoFrame
from kiosk.ui.style import PALETTE
from kiosk.ui.touch import GAP, TouchButton, repolish
from kiosk.ui.vocabulary import CheckState, Document, VerdictResult

MAX_NOTE = 120
PICKED_REASONS = (
    RefusalReason.ID_MISMATCH,
    RefusalReason.NO_PRESS_CREDENTIAL,
    RefusalReason.SECURITY_SCREENING,
    RefusalReason.CONDUCT,
)


class Strip(QFrame):
    """A coloured line across the column: the day's history (red) or the attention note (amber)."""

    def __init__(self, tone: str, glyph: Glyph, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("strip", tone)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        colour = PALETTE.red if tone == "red" else PALETTE.amber_text
        self.icon = GlyphLabel(glyph, 40, QColor(colour), ring=False)
        self.text = text_label("strong")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 2, 12, 2)
        row.setSpacing(12)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)


class DocumentRow(QFrame):
    """One document to check: what to look for, and the one button that confirms it."""

    answered = Signal(object, bool)  # Document, confirmed

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setProperty("card", "true")
        self.title = text_label("cardTitle")
        self.lines = text_label()
        self.confirm = TouchButton("confirm", Glyph.CHECK)
        self.confirm.setCheckable(True)
        self.confirm.setMinimumWidth(230)
        self.confirm.clicked.connect(self.on_confirm_clicked)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.lines)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 2, 12, 2)
        row.setSpacing(GAP)
        row.addLayout(text, 1)
        row.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignVCenter)

    @Slot()
    def on_confirm_clicked(self) -> None:
        self.answered.emit(self.document, True)

    def show_state(self, confirmed: bool, enabled: bool) -> None:
        self.confirm.setChecked(confirmed)
        self.setProperty("card", "confirmed" if confirmed else "true")
        repolish(self)
        self.confirm.setEnabled(enabled)


class CheckPage(Page):
    document_answered = Signal(object, bool)  # Document, confirmed
    refusal_chosen = Signal(object, str)  # RefusalReason, the officer's words (other reason)
    undo_requested = Signal()
    refuse_now_requested = Signal()

    def __init__(self, event: Event, language: LanguageSwitch, undo_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("verdictPage", "amber")
        self._event = event
        self._language = language
        self._undo_s = max(1, undo_ms // 1000)
        self._seconds = Countdown(self)
        self._seconds.ticked.connect(self._show_countdown)
        self.note = ""  # the other reason, as typed
        self.result: VerdictResult | None = None
        self.state: CheckState | None = None

        self.band = VerdictBand("amber", Glyph.WARNING, inline=True)
        self.photo = PhotoFrame(360, 450, min_height=300)
        self.refuse = TouchButton("refuse", Glyph.CROSS, PALETTE.red)
        self.refuse.clicked.connect(self.on_refuse_clicked)
        self.back = TouchButton()  # in the refuse button's place while the reasons show
        self.back.clicked.connect(self.on_back_clicked)

        # step 0: the check
        self.name = text_label("large")
        self.badge = text_label("large", wrap=False)
        self.facts = text_label()
        self.attention = Strip("amber", Glyph.WARNING)
        self.history = Strip("red", Glyph.STOP)
        self.offline = Strip("amber", Glyph.WARNING)  # judged without the site
        self.identity = DocumentRow(Document.IDENTITY)
        self.press = DocumentRow(Document.PRESS)
        for row in (self.identity, self.press):
            row.answered.connect(self.document_answered)
        check = QWidget()
        check_column = QVBoxLayout(check)
        check_column.setContentsMargins(0, 0, 0, 0)
        check_column.setSpacing(6)
        name_row = QHBoxLayout()
        name_row.setSpacing(GAP)
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        check_column.addLayout(name_row)
        check_column.addWidget(self.facts)
        check_column.addWidget(self.attention)
        check_column.addWidget(self.history)
        check_column.addWidget(self.offline)
        check_column.addStretch(1)
        check_column.addWidget(self.identity)
        check_column.addWidget(self.press)

        # step 1: why refuse
        self.reasons: dict[RefusalReason, TouchButton] = {}
        picker = QWidget()
        picker_column = QVBoxLayout(picker)
        picker_column.setContentsMargins(0, 0, 0, 0)
        picker_column.setSpacing(8)
        for reason in (*PICKED_REASONS, RefusalReason.OTHER):
            button = TouchButton("refuse", Glyph.CROSS, PALETTE.red)
            button.setProperty("reason", reason.value)
            button.clicked.connect(self.on_reason_clicked)
            picker_column.addWidget(button)
            self.reasons[reason] = button
        picker_column.addStretch(1)

        # step 2: the refusal waits, undoable
        self.undo_title = text_label("large", tone="error")
        self.undo_note = text_label()
        self.undo_countdown = text_label("large")
        self.undo = TouchButton("primary")
        self.undo.setMinimumWidth(300)
        self.undo.clicked.connect(self.undo_requested)
        self.refuse_now = TouchButton("danger")
        self.refuse_now.clicked.connect(self.refuse_now_requested)
        self.undo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        undo_buttons = QHBoxLayout()
        undo_buttons.setSpacing(GAP * 4)  # far apart: one undoes, the other records at once
        undo_buttons.addWidget(self.undo, 1)
        undo_buttons.addWidget(self.refuse_now)
        undo = QWidget()
        undo_column = QVBoxLayout(undo)
        undo_column.setContentsMargins(0, 0, 0, 0)
        undo_column.setSpacing(GAP)
        undo_column.addWidget(self.undo_title)
        undo_column.addWidget(self.undo_note)
        undo_column.addWidget(self.undo_countdown)
        undo_column.addStretch(1)
        undo_column.addLayout(undo_buttons)

        self.steps = QStackedWidget()
        for step in (check, picker, undo):
            self.steps.addWidget(step)
        leading = QVBoxLayout()
        leading.setSpacing(10)
        leading.addWidget(self.photo, 1)
        leading.addWidget(self.refuse)
        leading.addWidget(self.back)
        main = QWidget()
        main_row = QHBoxLayout(main)
        main_row.setContentsMargins(24, 8, 24, 8)
        main_row.setSpacing(24)
        main_row.addLayout(leading)
        main_row.addWidget(self.steps, 1)

        # the officer's own words for another reason, on the full-width keyboard
        self.typed = TouchButton("field")
        self.typed.setProperty("active", "true")
        self.keyboard = OnScreenKeyboard()
        self.keyboard.text_typed.connect(self.on_text_typed)
        self.keyboard.backspace_pressed.connect(self.on_backspace)
        self.keyboard.clear_pressed.connect(self.on_clear)
        language.language_changed.connect(self.keyboard.set_language)
        self.keyboard.set_language(language.current)
        self.typing_back = TouchButton()
        self.typing_back.clicked.connect(self.on_typing_back)
        self.typing_done = TouchButton("danger")
        self.typing_done.clicked.connect(self.on_typing_done)
        typing_top = QHBoxLayout()
        typing_top.setSpacing(GAP)
        typing_top.addWidget(self.typing_back)
        typing_top.addWidget(self.typed, 1)
        typing_top.addWidget(self.typing_done)
        typing = QWidget()
        typing_column = QVBoxLayout(typing)
        typing_column.setContentsMargins(GAP, 10, GAP, 10)
        typing_column.setSpacing(8)
        typing_column.addLayout(typing_top)
        typing_column.addStretch(1)
        typing_column.addWidget(self.keyboard)

        self.body = QStackedWidget()
        self.body.addWidget(main)
        self.body.addWidget(typing)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.body, 1)
        self.lay_out_under_band(self.band, body)

        self._show_step(0)
        self.retranslate()

    # -- from the controller ---------------------------------------------------------------------
    @Slot(object)
    def on_verdict_shown(self, result: VerdictResult) -> None:
        if not result.verdict.admissible:
            return
        self.result = result
        self.photo.set_photo(result.photo)
        self._show_step(0)
        self.retranslate()

    @Slot(object)
    def on_check_changed(self, state: CheckState) -> None:
        was_refusing = self.state is not None and self.state.refusing is not None
        self.state = state
        busy = state.recording or state.refusing is not None
        self.identity.show_state(state.identity_ok, not busy)
        self.press.show_state(state.press_ok, not busy)
        self.refuse.setEnabled(not busy)
        if state.refusing is not None:
            if not was_refusing:
                self._seconds.start(self._undo_s)
            self._show_step(2)
        else:
            self._seconds.stop()
            if self.steps.currentIndex() == 2 or state.recording:
                self._show_step(0)
        self.retranslate()

    # -- the officer -------------------------------------------------------------------------------
    @Slot()
    def on_refuse_clicked(self) -> None:
        """Refuse…: which reason? Nothing is recorded before a reason is chosen."""
        self._show_step(1)
        self.retranslate()

    @Slot()
    def on_back_clicked(self) -> None:
        self._show_step(0)
        self.retranslate()

    @Slot()
    def on_reason_clicked(self) -> None:
        button = self.sender()
        if not isinstance(button, TouchButton):
            return
        reason = RefusalReason(str(button.property("reason")))
        if reason is RefusalReason.OTHER:
            self.note = ""
            self.body.setCurrentIndex(1)
            self.retranslate()
            return
        self.refusal_chosen.emit(reason, "")

    @Slot(str)
    def on_text_typed(self, text: str) -> None:
        if len(self.note) < MAX_NOTE:
            self.note += text
            self._show_typed()

    @Slot()
    def on_backspace(self) -> None:
        self.note = self.note[:-1]
        self._show_typed()

    @Slot()
    def on_clear(self) -> None:
        self.note = ""
        self._show_typed()

    @Slot()
    def on_typing_back(self) -> None:
        self.body.setCurrentIndex(0)
        self.retranslate()

    @Slot()
    def on_typing_done(self) -> None:
        if self.note.strip():
            self.body.setCurrentIndex(0)
            self.refusal_chosen.emit(RefusalReason.OTHER, self.note.strip())
            self.retranslate()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._seconds.stop()
        super().hideEvent(event)

    def _show_step(self, index: int) -> None:
        self.body.setCurrentIndex(0)
        self.steps.setCurrentIndex(index)
        self.refuse.setVisible(index == 0)
        self.back.setVisible(index == 1)

    # -- words -------------------------------------------------------------------------------------
    def _show_status(self) -> None:
        """The band's second line follows the check: what is left to do, or that it is being recorded."""
        state = self.state
        if self.body.currentIndex() == 1:  # the band asks the question of the step below it
            subtitle = self.tr("Refuse entry: in your own words, why?")
        elif self.steps.currentIndex() == 1:
            subtitle = self.tr("Refuse entry: why?")
        elif state is not None and state.recording:
            subtitle = self.tr("Recording…")
        elif state is not None and state.refusing is not None:
            subtitle = self.tr("Refusal waiting: it can still be undone")
        elif state is not None and (state.identity_ok or state.press_ok):
            subtitle = self.tr("One more check to go")
        else:
            subtitle = self.tr("Check the documents")
        if self.result is not None and self.result.verdict.manual:
            subtitle += "\n" + self.tr("Manual check")
        self.band.set_words(self.tr("VALID"), subtitle)

    def _show_countdown(self) -> None:
        left = self._seconds.left
        words = self.tr("Recorded in %n s unless undone", "", left) if left else self.tr("Recording…")
        self.undo_countdown.setText(words)

    def _show_typed(self) -> None:
        self.typed.setText(self.note or "…")

    def _show_words(self) -> None:
        """Every text but the band's (which follows the step shown, so it is set last)."""
        lang = self._language.current
        self.identity.title.setText(self.tr("1 · Identity document"))
        self.press.title.setText(self.tr("2 · Press credential"))
        self.identity.confirm.setText(self.tr("Matches"))
        self.press.confirm.setText(self.tr("Shown"))
        self.refuse.setText(self.tr("Refuse entry…"))
        self.back.setText(self.tr("Back to the check"))
        for reason, button in self.reasons.items():
            button.setText(
                self.tr("Other reason (type it)") if reason is RefusalReason.OTHER else wording.refusal_words(reason)
            )
        self.undo.setText(self.tr("Undo"))
        self.refuse_now.setText(self.tr("Refuse now"))
        self.typing_back.setText(self.tr("Back"))
        self.typing_done.setText(self.tr("Refuse with this reason"))
        self._show_typed()
        self._show_countdown()
        state = self.state
        holder_name = self.result.verdict.holder.full_name if self.result and self.result.verdict.holder else ""
        if state is not None and state.refusing is not None:
            self.undo_title.setText(
                self.tr("Refusing entry to {name}: {reason}").format(
                    name=holder_name, reason=wording.refusal_words(state.refusing)
                )
            )
            self.undo_note.setText(state.note)
            self.undo_note.setVisible(bool(state.note))
        if self.result is None or self.result.verdict.holder is None:
            return
        verdict = self.result.verdict
        holder = verdict.holder
        assert holder is not None
        self.name.setText(holder.full_name)
        self.badge.setText(holder.badge_number)
        role = wording.role_words(holder.role)
        self.facts.setText(" · ".join(p for p in (holder.alt_name, holder.outlet, role, holder.country) if p))
        self.attention.text.setText(self.tr("Attention: {note}").format(note=holder.attention_note))
        self.attention.setVisible(bool(holder.attention_note))
        history = ""
        if verdict.recent:  # the latest in words, the others counted
            history = wording.recent_line(verdict.recent[-1], self._event, lang)
            if len(verdict.recent) > 1:
                history += " " + self.tr("(and %n more earlier today)", "", len(verdict.recent) - 1)
        self.history.text.setText(history)
        self.history.setVisible(bool(history))
        self.offline.text.setText(self.tr("Offline: another lane may have admitted this badge already"))
        self.offline.setVisible(verdict.offline is True)
        self.identity.lines.setText(self._identity_lines(holder))
        self.press.lines.setText(self._press_lines(holder))

    def retranslate(self) -> None:
        self._show_words()
        self._show_status()

    def _identity_lines(self, holder: Holder) -> str:
        return self.tr("{document} ending {digits}, same name").format(
            document=wording.id_document_words(holder.id_document_type), digits=holder.id_document_last4
        )

    def _press_lines(self, holder: Holder) -> str:
        if holder.mission_letter:
            return self.tr("Mission letter from {outlet}").format(outlet=holder.outlet)
        return self.tr("Press card {number} · {issuer}").format(
            number=holder.press_card_number, issuer=holder.press_card_issuer
        )
