"""The layout check fails what an officer could misread: rows clipped or printed over each other.

Shown on the old search layout (cards side by side in one short scrolling strip, kept here, broken on
purpose): with a dozen people the cards shrink to slivers and names print over photos; with three, the
names are cut to one word. The check catches both, and passes the search page as it is now.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.photo import PhotoFrame
from kiosk.ui.touch import GAP
from kiosk.ui.vocabulary import Screen
from tests.support.layout_check import misfits
from tests.ui.harness import Harness


class OldResultCard(QPushButton):
    """The result card of the old search page: photo and text side by side in a fixed size."""

    def __init__(self, name: str, more: str, photo: QImage) -> None:
        super().__init__()
        self.setProperty("kind", "card")
        self.setFixedSize(460, 188)
        picture = PhotoFrame(112, 140)
        picture.set_photo(photo)
        title = text_label("cardTitle")
        title.setText(name)
        lines = text_label("small")
        lines.setText(more)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(lines)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 12, 12, 12)
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)


class OldSearchStrip(Page):
    """The old results: one horizontal row of cards in a 212 px scroll area."""

    def __init__(self, h: Harness, count: int) -> None:
        super().__init__()
        results = QWidget()
        row = QHBoxLayout(results)
        row.setSpacing(GAP)
        for acc in h.station.roster.all()[:count]:
            more = "\n".join(p for p in (acc.alt_name, acc.outlet, acc.badge_number) if p)
            row.addWidget(OldResultCard(acc.full_name, more, QImage(str(h.home / "photos" / acc.photo))))
        area = QScrollArea()
        area.setWidget(results)
        area.setWidgetResizable(True)
        area.setFixedHeight(212)
        column = QVBoxLayout(self)
        column.addWidget(area)
        column.addStretch(1)


def show_page(h: Harness, page: QWidget) -> None:
    h.window.stack.addWidget(page)
    h.window.stack.setCurrentWidget(page)
    h.settle(50)


def test_the_old_search_strip_fails_the_check_with_names_over_photos_and_cut_names(signed_in: Harness) -> None:
    h = signed_in
    show_page(h, OldSearchStrip(h, 12))
    found = misfits(h.window)
    assert any(m.widget == "PhotoFrame" and m.problem.startswith("overprinted with KioskLabel") for m in found)
    assert any(m.problem.startswith("clipped by its OldResultCard") for m in found)
    three = OldSearchStrip(h, 3)
    show_page(h, three)
    squeezed = [m for m in misfits(h.window) if m.problem.startswith("squeezed") and m.text == "Karim BEN YOUSSEF"]
    assert squeezed  # "Karim BEN" on the first line, "YOUSSEF" cut off below


def test_the_search_page_passes_the_check_with_a_dozen_people(signed_in: Harness) -> None:
    h = signed_in
    h.tap(h.window.scanning_page.search_button)
    assert h.wait_screen(Screen.SEARCH)
    keyboard = h.window.search_page.keyboard
    for letter in "MA":
        h.tap(keyboard.keys[letter])
    assert h.wait(lambda: len(h.window.search_page.rows) == 12)
    h.settle(30)
    assert misfits(h.window) == []
