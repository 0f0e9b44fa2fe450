"""Valid — check documents: the roster photo and identity, and two check cards answered with big buttons.

Both cards confirmed admits; a refusal on a card records that reason. The page changes only when
the worker says the decision is in the log; until then the buttons are disabled and say so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.programme import Event
from kiosk.domain.verdict import Holder
from kiosk.ui import wording
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.icons import Glyph
from kiosk.ui.pages.band import VerdictBand
from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.photo import PhotoFrame
from kiosk.ui.touch import GAP, TouchButton, repolish
from kiosk.ui.vocabulary import CheckState, Document, VerdictResult


class CheckCard(QFrame):
    """One document to check: what to look for, and the two answers."""

    answered = Signal(object, bool)  # Document, confirmed

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setProperty("card", "true")
        self.title = text_label("cardTitle")
        self.lines = text_label()
        self.confirm = TouchButton("confirm", Glyph.CHECK)
        self.confirm.setCheckable(True)
        self.confirm.clicked.connect(self.on_confirm_clicked)
        self.refuse = TouchButton("refuse", Glyph.CROSS, "#B3261E")
        self.refuse.clicked.connect(self.on_refuse_clicked)
        for button in (self.confirm, self.refuse):
            button.setMinimumWidth(240)
        buttons = QVBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.refuse)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.lines)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 10, 14, 10)
        row.setSpacing(14)
        row.addLayout(text, 1)
        row.addLayout(buttons)

    @Slot()
    def on_confirm_clicked(self) -> None:
        self.answered.emit(self.document, True)

    @Slot()
    def on_refuse_clicked(self) -> None:
        self.answered.emit(self.document, False)

    def show_state(self, confirmed: bool, recording: bool) -> None:
        self.confirm.setChecked(confirmed)
        self.setProperty("card", "confirmed" if confirmed else "true")
        repolish(self)
        self.confirm.setEnabled(not recording)
        self.refuse.setEnabled(not recording)


class CheckPage(Page):
    document_answered = Signal(object, bool)  # Document, confirmed
    refused_other = Signal()

    def __init__(self, event: Event, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("verdictPage", "amber")
        self._event = event
        self._language = language
        self.result: VerdictResult | None = None
        self.state: CheckState | None = None

        self.band = VerdictBand("amber", Glyph.WARNING, inline=True)
        self.name = text_label("title")
        self.photo = PhotoFrame(180, 225)
        self.alt_name = text_label()
        self.facts = text_label()
        self.note = text_label()
        self.note.setStyleSheet("font-weight: 700;")
        self.note_box = QFrame()
        self.note_box.setProperty("note", "true")
        note_layout = QHBoxLayout(self.note_box)
        note_layout.setContentsMargins(14, 6, 14, 6)
        note_layout.addWidget(self.note)

        self.identity = CheckCard(Document.IDENTITY)
        self.press = CheckCard(Document.PRESS)
        for card in (self.identity, self.press):
            card.answered.connect(self.document_answered)
        self.other = TouchButton("refuse", Glyph.CROSS, "#B3261E")
        self.other.clicked.connect(self.refused_other)

        facts = QVBoxLayout()
        facts.setSpacing(4)
        facts.addWidget(self.alt_name)
        facts.addWidget(self.facts)
        facts.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.setSpacing(GAP)
        photo_row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        photo_row.addLayout(facts, 1)
        person = QVBoxLayout()
        person.setSpacing(10)
        person.addWidget(self.name)
        person.addLayout(photo_row)
        person.addWidget(self.note_box)
        person.addStretch(1)
        person.addWidget(self.other, 0, Qt.AlignmentFlag.AlignLeading)

        cards = QVBoxLayout()
        cards.setSpacing(GAP)
        cards.addWidget(self.identity)
        cards.addWidget(self.press)
        cards.addStretch(1)

        body = QHBoxLayout()
        body.setContentsMargins(24, 14, 24, GAP)
        body.setSpacing(24)
        body.addLayout(person, 8)
        body.addLayout(cards, 12)

        self.lay_out_under_band(self.band, body)
        self.retranslate()

    @Slot(object)
    def on_verdict_shown(self, result: VerdictResult) -> None:
        if not result.verdict.admissible:
            return
        self.result = result
        self.photo.set_photo(result.photo)
        self.retranslate()

    @Slot(object)
    def on_check_changed(self, state: CheckState) -> None:
        self.state = state
        self.identity.show_state(state.identity_ok, state.recording)
        self.press.show_state(state.press_ok, state.recording)
        self.other.setEnabled(not state.recording)
        self._show_status()

    def _show_status(self) -> None:
        """The band's second line follows the check: what is left to do, or that it is being recorded."""
        state = self.state
        if state is not None and state.recording:
            subtitle = self.tr("Recording…")
        elif state is not None and (state.identity_ok or state.press_ok):
            subtitle = self.tr("One more check to go")
        else:
            subtitle = self.tr("Check the documents")
        if self.result is not None and self.result.verdict.manual:
            subtitle += "\n" + self.tr("Manual check")
        self.band.set_words(self.tr("VALID"), subtitle)

    def retranslate(self) -> None:
        lang = self._language.current
        self.identity.title.setText(self.tr("1 · Identity document"))
        self.press.title.setText(self.tr("2 · Press credential"))
        self.identity.confirm.setText(self.tr("Matches"))
        self.identity.refuse.setText(self.tr("Does not match"))
        self.press.confirm.setText(self.tr("Shown"))
        self.press.refuse.setText(self.tr("Not shown"))
        self.other.setText(self.tr("Refuse, other reason"))
        self._show_status()
        if self.result is None or self.result.verdict.holder is None:
            return
        verdict = self.result.verdict
        holder = verdict.holder
        assert holder is not None
        self.name.setText(holder.full_name)
        self.alt_name.setText(holder.alt_name)
        self.alt_name.setVisible(bool(holder.alt_name))
        facts = [
            holder.outlet,
            " · ".join(p for p in (wording.role_words(holder.role), holder.country) if p),
            self.tr("Badge {number}").format(number=holder.badge_number),
            wording.session_name(self._event, verdict.session, lang),
        ]
        self.facts.setText("\n".join(f for f in facts if f))
        self.note.setText(self.tr("Attention: {note}").format(note=holder.attention_note))
        self.note_box.setVisible(bool(holder.attention_note))
        self.identity.lines.setText(self._identity_lines(holder))
        self.press.lines.setText(self._press_lines(holder))

    def _identity_lines(self, holder: Holder) -> str:
        return "\n".join(
            (
                self.tr("{document} ending {digits}").format(
                    document=wording.id_document_words(holder.id_document_type), digits=holder.id_document_last4
                ),
                self.tr("Same name as on the badge"),
            )
        )

    def _press_lines(self, holder: Holder) -> str:
        if holder.mission_letter:
            return self.tr("Mission letter from {outlet}").format(outlet=holder.outlet)
        return self.tr("Press card {number}\nissued by {issuer}").format(
            number=holder.press_card_number, issuer=holder.press_card_issuer
        )
