"""After idle minutes the kiosk locks; the open check waits for whoever signs in next."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from kiosk.ui.vocabulary import Screen
from tests.ui.harness import TEST_TIMINGS, Harness


def test_the_kiosk_locks_when_idle_and_keeps_the_open_check(qtbot, template_home, tmp_path) -> None:  # noqa: ANN001
    h = Harness.start(template_home, tmp_path / "home", timings=replace(TEST_TIMINGS, idle_lock_ms=400))
    try:
        h.signed_in()
        h.show(h.badge("M0001"))
        assert h.wait_screen(Screen.CHECK)
        h.tap(h.window.check_page.identity.confirm)
        assert h.wait_screen(Screen.SIGN_IN, timeout_s=3)
        page = h.window.sign_in_page
        assert page.title.text() == "Locked"
        assert page.number == "1001"  # pre-filled: the PIN is all that is needed
        assert h.controller.officer is None
        h.sign_in()
        assert h.wait_screen(Screen.CHECK)
        assert h.controller.check is not None and h.controller.check.identity_ok
    finally:
        h.stop()


def test_touching_the_screen_keeps_the_kiosk_unlocked(qtbot, template_home, tmp_path) -> None:  # noqa: ANN001
    h = Harness.start(template_home, tmp_path / "home", timings=replace(TEST_TIMINGS, idle_lock_ms=500))
    try:
        h.signed_in()
        for _ in range(4):
            h.settle(250)
            qtbot.mouseClick(h.window.camera, Qt.MouseButton.LeftButton)
        assert h.window.current_screen() is Screen.SCANNING
    finally:
        h.stop()
