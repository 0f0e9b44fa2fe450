"""Officers sign in with number and PIN on our keypad; wrong PINs are refused, then lock the pad."""

from __future__ import annotations

from datetime import timedelta

from kiosk.demo.door import DEMO_CREDENTIALS
from kiosk.ui.vocabulary import Screen
from tests.ui.harness import Harness


def test_a_wrong_pin_is_refused(kiosk: Harness) -> None:
    kiosk.sign_in(pin="9999")
    page = kiosk.window.sign_in_page
    assert kiosk.wait(lambda: "Wrong number or PIN" in page.status.text())
    assert "4 attempts left" in page.status.text()
    assert kiosk.window.current_screen() is Screen.SIGN_IN
    assert kiosk.controller.officer is None


def test_repeated_wrong_pins_lock_the_pad_for_a_while(kiosk: Harness) -> None:
    page = kiosk.window.sign_in_page
    for _attempt in range(5):
        kiosk.sign_in(pin="9999")
        assert kiosk.wait(lambda: page._refusal is not None and page.pin == "")
    assert kiosk.wait(lambda: "locked" in page.status.text())
    assert not page.pad.isEnabled()
    assert not page.pad.keys["1"].isEnabled()
    kiosk.clock.advance(timedelta(seconds=31))  # the first lock lasts 30 s
    page.on_tick()
    assert page.pad.isEnabled()
    kiosk.sign_in()  # the right PIN works again once the lock is over
    assert kiosk.wait_screen(Screen.SCANNING)


def test_the_right_pin_signs_in_and_decisions_carry_the_officer(kiosk: Harness) -> None:
    kiosk.signed_in()
    assert kiosk.controller.officer is not None and kiosk.controller.officer.number == "1001"
    assert "Officer 1001" in kiosk.window.top_bar.officer_label.text()


def test_demo_credentials_are_shown_only_in_demo_mode(qtbot, template_home, tmp_path) -> None:  # noqa: ANN001
    demo = Harness.start(template_home, tmp_path / "demo", demo=True)
    real = Harness.start(template_home, tmp_path / "real", demo=False)
    try:
        assert demo.window.sign_in_page.demo_box.isVisible()
        assert DEMO_CREDENTIALS.pin in demo.window.sign_in_page.demo.text()
        assert not real.window.sign_in_page.demo_box.isVisible()
    finally:
        demo.stop()
        real.stop()


def test_sign_out_returns_to_the_sign_in_screen(signed_in: Harness) -> None:
    signed_in.tap(signed_in.window.scanning_page.sign_out_button)
    assert signed_in.wait_screen(Screen.SIGN_IN)
    assert signed_in.controller.officer is None


def test_a_badge_shown_while_nobody_is_signed_in_is_announced(kiosk: Harness) -> None:
    kiosk.show(kiosk.badge("M0001"))
    assert kiosk.wait(lambda: "sign in first" in kiosk.notice().lower())
    assert [e for e in kiosk.station.log.entries() if e.kind == "scan"] == []
