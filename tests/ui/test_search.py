"""Manual search with our own keyboard: accents, case and scripts ignored; the check is logged manual."""

from __future__ import annotations

from kiosk.domain.verdict import Decision
from kiosk.ui.keyboard import KeyLayout
from kiosk.ui.vocabulary import Screen
from tests.ui.harness import Harness


def open_search(h: Harness) -> None:
    h.tap(h.window.scanning_page.search_button)
    assert h.wait_screen(Screen.SEARCH)


def type_keys(h: Harness, letters: str) -> None:
    keyboard = h.window.search_page.keyboard
    for letter in letters:
        if letter.isdigit() and keyboard.key_layout is not KeyLayout.DIGITS:
            h.tap(keyboard.digits)
        elif letter.isalpha() and keyboard.key_layout is KeyLayout.DIGITS:
            h.tap(keyboard.digits)
        if letter == " ":
            h.tap(keyboard.space)
        else:
            h.tap(keyboard.keys[letter])


def test_manual_search_admits_and_the_log_says_manual(signed_in: Harness) -> None:
    h = signed_in
    open_search(h)
    type_keys(h, "MULLER")  # no umlaut on the keyboard: the roster says Müller-Lüdenscheidt
    page = h.window.search_page
    assert h.wait(lambda: [c.badge_number for c in page.rows] == ["M0003"])
    h.tap(page.rows[0])
    assert h.wait_screen(Screen.CHECK)
    check = h.window.check_page
    assert check.result is not None and check.result.verdict.manual
    assert "Manual check" in check.band.subtitle.text()
    h.tap(check.identity.confirm)
    h.tap(check.press.confirm)
    assert h.wait_screen(Screen.ADMITTED)
    decision = [e for e in h.station.log.entries() if e.kind == "decision"][-1]
    assert (decision.decision, decision.badge_number, decision.manual) == (Decision.ADMITTED.value, "M0003", True)
    scan = h.station.log.get(decision.ref_id)
    assert scan is not None and scan.manual


def test_an_arabic_name_finds_the_latin_roster_entry(signed_in: Harness) -> None:
    h = signed_in
    open_search(h)
    keyboard = h.window.search_page.keyboard
    h.tap(keyboard.switch)  # عربي
    assert keyboard.key_layout is KeyLayout.ARABIC
    type_keys(h, "رانيا")
    page = h.window.search_page
    assert h.wait(lambda: [c.badge_number for c in page.rows] == ["M0007"])  # Rania HADDAD


def test_a_badge_number_is_typed_with_the_digits_keys(signed_in: Harness) -> None:
    h = signed_in
    open_search(h)
    type_keys(h, "M0010")
    assert h.window.search_page.query == "M0010"
    assert h.wait(lambda: [c.badge_number for c in h.window.search_page.rows] == ["M0010"])


def test_results_show_the_roster_photo(signed_in: Harness) -> None:
    h = signed_in
    open_search(h)
    type_keys(h, "SALMA")
    page = h.window.search_page
    assert h.wait(lambda: bool(page.rows))
    from kiosk.ui.photo import PhotoFrame

    photo = page.rows[0].findChild(PhotoFrame)
    assert photo is not None and photo.has_photo  # the demo roster ships portraits


def test_nobody_found_is_said_and_back_returns_to_scanning(signed_in: Harness) -> None:
    h = signed_in
    open_search(h)
    type_keys(h, "ZZZZ")
    page = h.window.search_page
    assert h.wait(lambda: "Nobody found" in page.hint.text())
    assert page.rows == []
    h.tap(page.back_button)
    assert h.wait_screen(Screen.SCANNING)
