"""Manual search with our own keyboard: accents, case and scripts ignored; the check is logged manual."""

from __future__ import annotations

import json

import pytest

from kiosk.domain.verdict import Decision
from kiosk.ui.keyboard import KeyLayout
from kiosk.ui.vocabulary import Screen, SearchHit, SearchResult
from tests.support.layout_check import misfits
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


def search_rows(h: Harness, count: int) -> SearchResult:
    """The first people of the roster, with their photos, as the worker hands them to the page."""
    from PySide6.QtGui import QImage

    people = h.station.roster.all()[:count]
    hits = tuple(SearchHit(a, QImage(str(h.home / "photos" / a.photo))) for a in people)
    return SearchResult(0, h.window.search_page.query, hits)


@pytest.mark.parametrize(("query", "count"), [("SALMA", 1), ("KA", 3), ("MA", 12), (None, 40)])
def test_every_row_is_readable_and_the_list_scrolls(signed_in: Harness, query: str | None, count: int) -> None:
    h = signed_in
    open_search(h)
    page = h.window.search_page
    if query is not None:
        type_keys(h, query)
        assert h.wait(lambda: len(page.rows) == count)
    else:  # no query of the demo roster finds exactly 40: the page is given 40 people, as the worker would
        type_keys(h, "A")
        assert h.wait(lambda: bool(page.rows))
        page.on_search_results_changed(search_rows(h, count))
    for keyboard_out in (True, False):
        if page.keyboard.isVisible() != keyboard_out:
            h.tap(page.keyboard_button)
        h.settle(30)
        assert misfits(h.window) == [], (count, keyboard_out)
        for row in page.rows:
            assert row.name.width() >= row.name.fontMetrics().horizontalAdvance(row.name.text())  # whole name
            assert row.more.text().startswith(row.badge_number)  # the badge number, not cut
    scroll = page.results_area.verticalScrollBar()
    if count > 3:
        assert str(count) in page.hint.text() and "type more" in page.hint.text()
        assert scroll.maximum() > 0
        scroll.setValue(scroll.maximum())
        h.settle(20)
        last, viewport = page.rows[-1], page.results_area.viewport()
        assert viewport.rect().contains(last.mapTo(viewport, last.rect().center()))  # scrolled to the last one
    else:
        assert "type more" not in page.hint.text()


def test_more_people_than_the_list_holds_asks_to_type_more(signed_in: Harness) -> None:
    h = signed_in
    open_search(h)
    type_keys(h, "M")  # every badge number starts with M
    page = h.window.search_page
    assert h.wait(lambda: page.result is not None and page.result.more)
    assert len(page.rows) == 50 and page.hint.text() == "More than 50 people match: type more to narrow it down."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("SALMA", ["M0001"]),  # case and accents: the roster has Salma El Amrani
        ("عمراني", ["M0001"]),  # Arabic without its article (سلمى العمراني)
        ("0010", ["M0010"]),  # the digits of a badge number alone
        ("OSULLIVAN", ["M0004"]),  # the apostrophe left out (O'Sullivan)
        ("LUDENSCHEIDT", ["M0003"]),  # one part of a hyphenated name (Müller-Lüdenscheidt)
        ("BENYOUSSEF", ["M0002"]),  # the space inside a name left out (Ben Youssef)
    ],
)
def test_the_screen_and_the_command_find_the_same_people(signed_in: Harness, typed: str, expected: list[str]) -> None:
    from tests.fixtures.homes import kiosk_cli

    h = signed_in
    open_search(h)
    page = h.window.search_page
    if any("\u0600" <= c <= "\u06ff" for c in typed):
        h.tap(page.keyboard.switch)
    type_keys(h, typed)
    assert h.wait(lambda: page.result is not None and page.result.query == typed)
    on_screen = [row.badge_number for row in page.rows]
    assert on_screen[: len(expected)] == expected
    result = kiosk_cli(h.home, "roster", "search", typed, "--json")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["badge_number"] for line in result.stdout.splitlines()] == on_screen
