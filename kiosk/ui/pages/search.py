"""Manual search for a damaged or forgotten badge: our keyboard, results with photos, then the check."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.photo import PhotoFrame
from kiosk.ui.touch import GAP, TouchButton
from kiosk.ui.vocabulary import SearchHit, SearchResult

MAX_QUERY = 40


class ResultCard(QPushButton):
    """One person found: tap to check them."""

    def __init__(self, hit: SearchHit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge_number = hit.accreditation.badge_number
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setProperty("kind", "card")
        self.setFixedSize(460, 188)
        acc = hit.accreditation
        photo = PhotoFrame(112, 140)
        photo.set_photo(hit.photo)
        name = text_label("cardTitle")
        name.setText(acc.full_name)
        more = text_label("small")
        more.setText("\n".join(p for p in (acc.alt_name, acc.outlet, acc.badge_number) if p))
        for child in (photo, name, more):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(name)
        text.addWidget(more)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 12, 12, 12)
        row.setSpacing(12)
        row.addWidget(photo, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)


class SearchPage(Page):
    query_changed = Signal(str)
    hit_chosen = Signal(str)
    closed = Signal()

    def __init__(self, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.query = ""
        self.result: SearchResult | None = None
        self.cards: list[ResultCard] = []

        self.back_button = TouchButton()
        self.back_button.clicked.connect(self.on_back_clicked)
        self.field = QLineEdit()
        self.field.setReadOnly(True)
        self.field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.field.setProperty("active", "true")
        self.hint = text_label("muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.results = QWidget()
        self.results_row = QHBoxLayout(self.results)
        self.results_row.setContentsMargins(0, 0, 0, 0)
        self.results_row.setSpacing(GAP)
        self.results_row.addWidget(self.hint, 1)
        self.results_area = QScrollArea()
        self.results_area.setWidget(self.results)
        self.results_area.setWidgetResizable(True)
        self.results_area.setFixedHeight(212)
        self.results_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.results_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.results_area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

        self.keyboard = OnScreenKeyboard()
        self.keyboard.text_typed.connect(self.on_text_typed)
        self.keyboard.backspace_pressed.connect(self.on_backspace)
        self.keyboard.clear_pressed.connect(self.on_clear)
        language.language_changed.connect(self.keyboard.set_language)
        self.keyboard.set_language(language.current)

        top = QHBoxLayout()
        top.setSpacing(GAP)
        top.addWidget(self.back_button)
        top.addWidget(self.field, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(GAP, 12, GAP, 12)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(self.results_area)
        column.addStretch(1)
        column.addWidget(self.keyboard)
        self.retranslate()

    def reset(self) -> None:
        """A fresh search each time the page opens."""
        self.query = ""
        self.field.setText("")
        self._show_hits(())
        self.result = None
        self.keyboard.set_language(self._language.current)
        self.retranslate()

    @Slot(str)
    def on_text_typed(self, text: str) -> None:
        if len(self.query) < MAX_QUERY:
            self._set_query(self.query + text)

    @Slot()
    def on_backspace(self) -> None:
        self._set_query(self.query[:-1])

    @Slot()
    def on_clear(self) -> None:
        self._set_query("")

    @Slot()
    def on_back_clicked(self) -> None:
        self.closed.emit()

    def _set_query(self, query: str) -> None:
        self.query = query
        self.field.setText(query)
        self.query_changed.emit(query)

    @Slot(object)
    def on_search_results_changed(self, result: SearchResult) -> None:
        self.result = result
        self._show_hits(result.hits)
        self.retranslate()

    def _show_hits(self, hits: tuple[SearchHit, ...]) -> None:
        for card in self.cards:
            self.results_row.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for index, hit in enumerate(hits):
            card = ResultCard(hit)
            card.clicked.connect(self.on_card_clicked)
            self.results_row.insertWidget(index, card)
            self.cards.append(card)
        self.hint.setVisible(not hits)
        self.results_area.horizontalScrollBar().setValue(0)

    @Slot()
    def on_card_clicked(self) -> None:
        card = self.sender()
        if isinstance(card, ResultCard):
            self.hit_chosen.emit(card.badge_number)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.field.setPlaceholderText(self.tr("Name, outlet or badge number — then tap the person"))
        if not self.query.strip():
            self.hint.setText(self.tr("Type a name (Latin or Arabic letters), an outlet or a badge number."))
        elif self.result is not None and self.result.failed:
            self.hint.setText(self.tr("The search failed. Try again; if this repeats, call the supervisor."))
        elif self.result is not None and self.result.query == self.query and not self.result.hits:
            self.hint.setText(self.tr("Nobody found for “{query}”.").format(query=self.query))
        elif self.result is not None and self.result.hits:
            self.hint.setText("")
        else:
            self.hint.setText(self.tr("Searching…"))
        self.keyboard.retranslate()

