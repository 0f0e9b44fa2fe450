"""A badge shown while a check is open is never swallowed: it is announced and checked next."""

from __future__ import annotations

from kiosk.ui.vocabulary import Banner, Screen
from tests.ui.harness import Harness


def scans_logged(h: Harness) -> list:
    return [e for e in h.station.log.entries() if e.kind == "scan"]


def test_a_badge_during_a_check_is_announced_then_checked_next(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    h.show(h.badge("M0008"))  # the next journalist is already at the camera
    assert h.wait(lambda: h.window.banner.isVisible())
    assert h.controller.banner is not None and h.controller.banner.banner is Banner.FINISH_CHECK_FIRST
    assert "Finish this check first" in h.window.banner.text.text()
    assert h.window.check_page.name.text() == "Salma EL AMRANI"  # the open check stays
    assert len(scans_logged(h)) == 1  # not judged yet
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.ADMITTED)
    h.tap(h.window.admitted_page.next_button)
    assert h.wait_screen(Screen.DENIED)  # the waiting badge, judged at once
    assert h.window.denied_page.result.verdict.badge_number == "M0008"
    assert not h.window.banner.isVisible()


def test_two_badges_in_one_frame_ask_for_one_at_a_time(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0001"), h.badge("M0002"))
    assert h.wait(lambda: h.window.banner.isVisible())
    assert "one badge at a time" in h.window.banner.text.text()
    assert h.window.current_screen() is Screen.SCANNING
    assert scans_logged(h) == []


def test_the_badge_on_screen_shown_again_is_not_queued(signed_in: Harness) -> None:
    h = signed_in
    text = h.badge("M0001")
    h.show(text)
    assert h.wait_screen(Screen.CHECK)
    h.show(text)
    assert h.wait(lambda: h.window.banner.isVisible())
    assert h.controller.banner.banner is Banner.BADGE_ON_SCREEN
    assert list(h.controller.pending) == []
