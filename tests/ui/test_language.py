"""Languages switch from the screen at runtime; Arabic turns the whole layout right to left."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui.vocabulary import Screen
from tests.ui.harness import Harness


def x_in_window(h: Harness, widget) -> int:  # noqa: ANN001
    return widget.mapTo(h.window, QPoint(0, 0)).x()


def test_switching_to_arabic_mirrors_the_layout(signed_in: Harness) -> None:
    h = signed_in
    page = h.window.scanning_page
    search = page.search_button
    ltr_x = x_in_window(h, search)
    assert ltr_x < h.window.width() / 2  # the search button starts on the left in English
    h.tap(page.languages.buttons["ar"])
    h.settle(50)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert h.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    rtl_x = x_in_window(h, search)
    assert abs(rtl_x - (h.window.width() - ltr_x - search.width())) <= 2  # mirrored around the middle
    assert search.text() == "البحث بالاسم"
    h.tap(page.languages.buttons["en"])
    h.settle(50)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert x_in_window(h, search) == ltr_x


def test_french_is_translated_everywhere_on_the_check_screen(signed_in: Harness) -> None:
    h = signed_in
    h.tap(h.window.scanning_page.languages.buttons["fr"])
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    page = h.window.check_page
    assert page.band.word.text() == "VALIDE"
    assert page.identity.confirm.text() == "Correspond"
    assert "Carte nationale d'identité" in page.identity.lines.text()
    assert "Cérémonie d'ouverture" in h.window.top_bar.place_label.text()  # the event's own French names
    assert "admis" in h.window.top_bar.admitted_tile.word.text()
    h.tap(h.window.check_page.identity.confirm)  # a running check survives a language switch
    h.ui.language.set_language("ar")
    h.settle(20)
    assert page.band.word.text() == "صالحة"
    assert h.controller.check is not None and h.controller.check.identity_ok


def test_keypads_and_keyboards_keep_their_physical_layout_in_arabic(signed_in: Harness) -> None:
    h = signed_in
    h.ui.language.set_language("ar")
    h.tap(h.window.scanning_page.search_button)
    assert h.wait_screen(Screen.SEARCH)
    keyboard = h.window.search_page.keyboard
    assert keyboard.layoutDirection() == Qt.LayoutDirection.LeftToRight
    first, last = keyboard.keys["ض"], keyboard.keys["د"]  # the Arabic 101 layout starts with ض on the left
    assert x_in_window(h, first) < x_in_window(h, last)
    pad = h.window.sign_in_page.pad
    assert pad.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_officers_refusals_and_denied_badges_are_not_read_as_synonyms(signed_in: Harness) -> None:
    bar = signed_in.window.top_bar
    for language in ("fr", "en", "ar"):
        signed_in.ui.language.set_language(language)
        refused, denied = bar.refused_tile.word.text(), bar.denied_tile.word.text()
        assert not set(refused.split()) & set(denied.split()), (language, refused, denied)
    signed_in.ui.language.set_language("fr")
    assert (bar.refused_tile.word.text(), bar.denied_tile.word.text()) == ("refus d'agent", "badges rejetés")


def test_the_events_full_name_is_on_the_sign_in_page_not_cut_in_the_top_bar(kiosk: Harness) -> None:
    kiosk.ui.language.set_language("fr")
    kiosk.settle(20)
    assert kiosk.window.sign_in_page.event_name.text() == "93e Assemblée générale d'INTERPOL — Marrakech"
    assert kiosk.window.top_bar.event_label.text() == "Entrée des médias"
