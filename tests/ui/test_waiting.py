"""One person at a time: a badge shown during an open check is never queued for later judging; the
newest waits, shown with its holder's face in the top bar, and goes after a few seconds unless shown
again. The top bar stays in view the whole time."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kiosk.ui.vocabulary import Banner, Screen
from tests.ui.harness import TEST_TIMINGS, Harness


def scans_logged(h: Harness) -> list[str]:
    return [e.badge_number for e in h.station.log.entries() if e.kind == "scan"]


def admit_on_screen(h: Harness) -> None:
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.ADMITTED)


def test_badges_during_a_check_are_not_queued_only_the_newest_waits_with_its_face(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    for number in ("M0008", "M0005", "M0002"):  # three people push forward during one check
        h.show(h.badge(number))
    assert h.wait(lambda: "Karim BEN YOUSSEF" in h.notice())  # the newest, by name, with his face
    bar = h.window.top_bar
    assert bar.notice.photo.isVisible() and bar.notice.photo.has_photo
    assert bar.officer_label.isVisible() and bar.clock_label.isVisible()  # the bar is not covered
    assert h.window.check_page.name.text() == "Salma EL AMRANI"  # the open check stays
    assert scans_logged(h) == ["M0001"]  # nothing judged behind the officer's back
    admit_on_screen(h)
    h.tap(h.window.admitted_page.next_button)
    assert h.wait_screen(Screen.CHECK)  # the one still waiting is judged now
    assert h.window.check_page.name.text() == "Karim BEN YOUSSEF"
    assert scans_logged(h) == ["M0001", "M0002"]  # M0008 and M0005 were never judged
    assert h.notice() == ""


def test_a_waiting_badge_goes_after_a_few_seconds_unless_shown_again(qtbot, template_home, tmp_path: Path) -> None:  # noqa: ANN001
    h = Harness.start(template_home, tmp_path / "home", timings=replace(TEST_TIMINGS, hold_ms=600))
    try:
        h.signed_in()
        h.show(h.badge("M0001"))
        assert h.wait_screen(Screen.CHECK)
        h.show(h.badge("M0005"))
        assert h.wait(lambda: "Fatou NDIAYE" in h.notice())
        h.settle(400)
        h.show(h.badge("M0005"))  # presented again: it waits longer
        h.settle(400)
        assert "Fatou NDIAYE" in h.notice()
        assert h.wait(lambda: h.notice() == "", timeout_s=3)  # not shown again: dropped
        admit_on_screen(h)
        h.tap(h.window.admitted_page.next_button)
        assert h.wait_screen(Screen.SCANNING)
        assert scans_logged(h) == ["M0001"]
    finally:
        h.stop()


def test_the_idle_lock_drops_the_waiting_badge_and_the_lock_screen_shows_no_queue(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    h.show(h.badge("M0005"))
    assert h.wait(lambda: "Fatou NDIAYE" in h.notice())
    h.controller.session.on_idle_timeout()
    assert h.wait_screen(Screen.SIGN_IN)
    assert h.notice() == "" and h.controller.waiting.held is None
    h.sign_in()
    assert h.wait_screen(Screen.CHECK)  # the open check comes back, not the other badge
    assert h.window.check_page.name.text() == "Salma EL AMRANI"


def test_two_badges_in_one_frame_ask_for_one_at_a_time(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0001"), h.badge("M0002"))
    assert h.wait(lambda: "one badge at a time" in h.notice().lower())
    assert h.window.current_screen() is Screen.SCANNING
    assert scans_logged(h) == []


def test_the_badge_on_screen_shown_again_is_not_held(signed_in: Harness) -> None:
    h = signed_in
    text = h.badge("M0001")
    h.show(text)
    assert h.wait_screen(Screen.CHECK)
    h.show(text)
    assert h.wait(lambda: h.controller.banner is not None)
    assert h.controller.banner.banner is Banner.BADGE_ON_SCREEN
    assert h.controller.waiting.held is None


def test_a_forged_badge_waiting_is_shown_without_anyones_face(signed_in: Harness) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.domain.badge import BadgeIssuer

    h = signed_in
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    h.show(BadgeIssuer(Ed25519PrivateKey.generate()).sign("IGA93", "M0002", 1))  # claims Karim's number
    assert h.wait(lambda: "Another badge is waiting" in h.notice())
    h.settle(100)  # the lookup came back: no genuine holder
    assert "Karim" not in h.notice() and not h.window.top_bar.notice.photo.isVisible()
