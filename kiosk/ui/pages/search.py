"""Manual search for a damaged or forgotten badge: our keyboard, a list of people, then the check.

The fallback when a QR code does not read, used under pressure: each person found is a full-width
row (large photo, full name in both scripts, badge number and outlet), never clipped, in a list that
scrolls; past a screenful the page says how many match and asks to type more. The keyboard folds
away to show more rows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import wording
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.photo import PhotoFrame
from kiosk.ui.touch import GAP, CardButton, TouchButton
from kiosk.ui.vocabulary import SearchHit, SearchResult

MAX_QUERY = 40
SCREENFUL = 3  # rows that show at once with the keyboard folded away


class ResultRow(CardButton):
    """One person found, across the page: tap to check them."""

    def __init__(self, hit: SearchHit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        acc = hit.accreditation
        self.badge_number = acc.badge_number
        self.photo = PhotoFrame(104, 130)
        self.photo.set_photo(hit.photo)
        self.name = text_label("cardTitle")
        self.name.setText(acc.full_name)
        self.alt_name = text_label()
        self.alt_name.setText(acc.alt_name)
        self.alt_name.setVisible(bool(acc.alt_name))
        self.more = text_label("muted")
        facts = (acc.badge_number, acc.outlet, wording.role_words(acc.role.value))
        self.more.setText(" · ".join(p for p in facts if p))
        for child in (self.photo, self.name, self.alt_name, self.more):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name)
        text.addWidget(self.alt_name)
        text.addWidget(self.more)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 14, 8)
        row.setSpacing(18)
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
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
        self.rows: list[ResultRow] = []

        self.back_button = TouchButton()
        self.back_button.clicked.connect(self.on_back_clicked)
        self.field = QLineEdit()
        self.field.setReadOnly(True)
        self.field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.field.setProperty("active", "true")
        self.keyboard_button = TouchButton()
        self.keyboard_button.clicked.connect(self.on_keyboard_toggled)
        self.hint = text_label("strong")

        self.results = QWidget()
        self.results_column = QVBoxLayout(self.results)
        self.results_column.setContentsMargins(0, 0, 0, 0)
        self.results_column.setSpacing(10)
        self.results_column.addStretch(1)
        self.results_area = QScrollArea()
        self.results_area.setWidget(self.results)
        self.results_area.setWidgetResizable(True)
        self.results_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        QScroller.grabGesture(self.results_area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        QScroller.scroller(self.results_area.viewport()).stateChanged.connect(self.on_scroller_state_changed)

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
        top.addWidget(self.keyboard_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(GAP, 10, GAP, 10)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(self.hint)
        column.addWidget(self.results_area, 1)
        column.addWidget(self.keyboard)
        self.retranslate()

    def reset(self) -> None:
        """A fresh search each time the page opens, keyboard out."""
        self.query = ""
        self.field.setText("")
        self._show_hits(())
        self.result = None
        self.keyboard.show()
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

    @Slot()
    def on_keyboard_toggled(self) -> None:
        self.keyboard.setVisible(not self.keyboard.isVisible())
        self.retranslate()

    @Slot(QScroller.State)
    def on_scroller_state_changed(self, state: QScroller.State) -> None:
        """Scrolling the list means reading it: the keyboard folds away to show more people."""
        if state is QScroller.State.Dragging and self.keyboard.isVisible():
            self.keyboard.hide()
            self.retranslate()

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
        for row in self.rows:
            self.results_column.removeWidget(row)
            row.hide()  # gone at once, deleted later
            row.deleteLater()
        self.rows = []
        for index, hit in enumerate(hits):
            row = ResultRow(hit)
            row.clicked.connect(self.on_row_clicked)
            self.results_column.insertWidget(index, row)
            self.rows.append(row)
        self.results_area.verticalScrollBar().setValue(0)

    @Slot()
    def on_row_clicked(self) -> None:
        row = self.sender()
        if isinstance(row, ResultRow):
            self.hit_chosen.emit(row.badge_number)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.keyboard_button.setText(self.tr("Hide keyboard") if self.keyboard.isVisible() else self.tr("Keyboard"))
        self.field.setPlaceholderText(self.tr("Name, outlet or badge number"))
        result = self.result
        if not self.query.strip():
            hint = self.tr("Type a name (Latin or Arabic letters), an outlet or a badge number.")
        elif result is not None and result.failed:
            hint = self.tr("The search failed. Try again; if this repeats, call the supervisor.")
        elif result is not None and result.query == self.query and not result.hits:
            hint = self.tr("Nobody found for “{query}”.").format(query=self.query)
        elif result is not None and result.more:
            hint = self.tr("More than %n people match: type more to narrow it down.", "", len(result.hits))
        elif result is not None and len(result.hits) > SCREENFUL:
            hint = self.tr("%n people match: type more to narrow it down, or scroll.", "", len(result.hits))
        elif result is not None and result.hits:
            hint = self.tr("%n people match: tap the person in front of you.", "", len(result.hits))
        else:
            hint = self.tr("Searching…")
        self.hint.setText(hint)
        self.keyboard.retranslate()
