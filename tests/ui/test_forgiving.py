"""Forgiving decisions: a refusal needs a reason and can be undone for a few seconds; a double tap
never presses what the next page has in the same place."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from kiosk.domain.verdict import RefusalReason
from kiosk.ui.vocabulary import Phase, Screen
from tests.ui.harness import TEST_TIMINGS, Harness


def decisions(h: Harness) -> list:
    return [e for e in h.station.log.entries() if e.kind == "decision"]


def test_a_refusal_is_undone_in_its_window_and_nothing_is_recorded(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    page = h.window.check_page
    h.tap(page.refuse)  # one tap records nothing: it asks why
    assert page.reasons[RefusalReason.ID_MISMATCH].isVisible() and decisions(h) == []
    h.tap(page.reasons[RefusalReason.ID_MISMATCH])
    assert h.wait(lambda: page.undo.isVisible())
    assert "Recorded in 5 s unless undone" in page.undo_countdown.text()
    assert "Salma EL AMRANI" in page.undo_title.text() and "Identity document does not match" in page.undo_title.text()
    h.tap(page.undo)
    assert h.controller.phase is Phase.CHECKING and page.identity.confirm.isVisible()
    h.settle(50)
    assert decisions(h) == [] and h.window.current_screen() is Screen.CHECK


def test_a_refusal_not_undone_is_recorded_when_its_window_ends(qtbot, template_home, tmp_path: Path) -> None:  # noqa: ANN001
    h = Harness.start(template_home, tmp_path / "home", timings=replace(TEST_TIMINGS, undo_ms=400))
    try:
        h.signed_in()
        h.show(h.badge("M0001"))
        assert h.wait_screen(Screen.CHECK)
        h.refuse(RefusalReason.CONDUCT, now=False)
        assert decisions(h) == []
        assert h.wait_screen(Screen.REFUSED, timeout_s=3)
        (decision,) = decisions(h)
        assert (decision.decision.value, decision.reason.value, decision.officer) == ("refused", "conduct", "1001")
    finally:
        h.stop()


def test_another_reason_is_asked_for_in_the_officers_own_words(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    page = h.window.check_page
    h.tap(page.refuse)
    h.tap(page.reasons[RefusalReason.OTHER])
    assert page.keyboard.isVisible()
    h.tap(page.typing_done)  # no words, no refusal
    assert page.keyboard.isVisible() and h.controller.phase is Phase.CHECKING
    for letter in "BAG":
        h.tap(page.keyboard.keys[letter])
    h.tap(page.typing_done)
    assert h.wait(lambda: page.refuse_now.isVisible())
    assert page.undo_note.text() == "BAG"
    h.tap(page.refuse_now)
    assert h.wait_screen(Screen.REFUSED)
    (decision,) = decisions(h)
    assert (decision.reason.value, decision.detail) == ("other", "BAG")
    assert "Reason given: BAG" in h.window.refused_page.lines.text()


def centre(widget) -> QPoint:  # noqa: ANN001
    return widget.mapTo(widget.window(), widget.rect().center())


def tap_at(h: Harness, point: QPoint) -> None:
    """A finger on the screen: whatever widget is there now gets the press and the release."""
    target = h.window.childAt(point)
    assert target is not None
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target.mapFrom(h.window, point))
    h.settle(5)


def test_a_double_tap_does_not_press_what_the_next_page_has_in_that_place(signed_in: Harness) -> None:
    h = signed_in
    search = h.window.scanning_page.search_button
    point = search.mapTo(h.window, QPoint(50, search.height() // 2))
    h.tap(search)  # "Search by name" at the top-leading corner...
    assert h.wait_screen(Screen.SEARCH)
    assert h.window.search_page.back_button.geometry().contains(h.window.search_page.mapFrom(h.window, point))
    tap_at(h, point)  # ...and the second tap of the double tap lands on "Back"
    assert h.window.current_screen() is Screen.SEARCH
    h.settle(TEST_TIMINGS.input_guard_ms + 50)
    tap_at(h, point)  # a deliberate tap, later, works
    assert h.wait_screen(Screen.SCANNING)


def test_next_badge_sits_where_the_scanning_page_has_no_button(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0008"))
    assert h.wait_screen(Screen.DENIED)
    spots = [centre(h.window.denied_page.next_button), centre(h.window.denied_page.keep_button)]
    h.tap(h.window.denied_page.next_button)
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.ADMITTED)
    spots.append(centre(h.window.admitted_page.next_button))
    h.tap(h.window.admitted_page.next_button)
    assert h.wait_screen(Screen.SCANNING)
    for spot in spots:
        under = h.window.childAt(spot)
        while under is not None and not isinstance(under, QAbstractButton):
            under = under.parentWidget()
        assert under is None, (spot, under.text() if under else None)


def test_a_double_tap_on_refuse_entry_does_not_go_back_to_the_check(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    page = h.window.check_page
    h.settle(TEST_TIMINGS.input_guard_ms + 50)
    point = centre(page.refuse)
    tap_at(h, point)
    assert page.reasons[RefusalReason.ID_MISMATCH].isVisible()
    assert page.back.geometry().contains(page.back.parentWidget().mapFrom(h.window, point))  # "Back" is there now
    tap_at(h, point)  # the second tap of the double tap
    assert page.reasons[RefusalReason.ID_MISMATCH].isVisible()  # still asking why
