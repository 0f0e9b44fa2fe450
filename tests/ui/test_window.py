"""The kiosk's feel: one frameless window, no cursor, finger-sized targets, big words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from kiosk.domain.verdict import RefusalReason
from kiosk.ui.style import MIN_TOUCH_PX
from kiosk.ui.vocabulary import Screen
from tests.support.layout_check import misfits
from tests.ui.harness import Harness


def visible_buttons(h: Harness) -> list[QAbstractButton]:
    return [b for b in h.window.findChildren(QAbstractButton) if b.isVisible()]


def test_the_window_is_frameless_and_hides_the_cursor(qtbot, template_home, tmp_path) -> None:  # noqa: ANN001
    h = Harness.start(template_home, tmp_path / "home", show_cursor=False)
    try:
        assert h.window.cursor().shape() == Qt.CursorShape.BlankCursor
        h.window.show_kiosk(True)
        assert h.wait(lambda: h.window.isFullScreen())
        assert h.window.windowFlags() & Qt.WindowType.FramelessWindowHint
    finally:
        h.stop()


def test_every_button_is_a_finger_sized_target(signed_in: Harness) -> None:
    h = signed_in
    checked = 0
    for step in ("scanning", "check", "search", "supervisor"):
        if step == "check":
            h.show(h.badge("M0001"))
            assert h.wait_screen(Screen.CHECK)
        elif step == "search":
            h.refuse(RefusalReason.OTHER, "left the queue")
            assert h.wait_screen(Screen.REFUSED)
            h.tap(h.window.refused_page.next_button)
            assert h.wait_screen(Screen.SCANNING)
            h.tap(h.window.scanning_page.search_button)
            assert h.wait_screen(Screen.SEARCH)
        elif step == "supervisor":
            h.tap(h.window.search_page.back_button)
            h.tap(h.window.scanning_page.supervisor_button)
            assert h.wait_screen(Screen.SUPERVISOR_PIN)
        for button in visible_buttons(h):
            assert button.height() >= MIN_TOUCH_PX, (step, button.text(), button.height())
            assert button.width() >= MIN_TOUCH_PX - 22 or button.property("kind") == "key", (step, button.text())
            checked += 1
    assert checked > 40


def test_verdict_words_are_at_least_72_points_and_body_text_at_least_22(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0008"))
    assert h.wait_screen(Screen.DENIED)
    page = h.window.denied_page
    assert page.band.word.font().pointSize() >= 72
    assert page.action.font().pointSize() >= 22
    assert page.details.font().pointSize() >= 22
    assert h.window.check_page.identity.lines.font().pointSize() >= 22


def test_the_camera_status_shows_instead_of_a_frozen_picture(signed_in: Harness) -> None:
    from kiosk.scanner.status import CameraStatus

    h = signed_in
    h.scanner.set_state(CameraStatus.RUNNING)
    h.scanner.tick()
    h.settle(20)
    assert not h.window.camera.showing_status()
    h.scanner.set_state(CameraStatus.UNAVAILABLE)
    h.settle(20)
    assert h.window.camera.showing_status()
    assert h.window.top_bar.camera_label.text() == "Camera fault"  # the preview says more
    h.scanner.set_state(CameraStatus.RUNNING)
    h.window.camera._since_frame.start()
    h.window.camera.on_watch_tick()
    assert not h.window.camera.showing_status()


def test_the_top_bar_and_the_preview_agree_when_no_frame_comes(signed_in: Harness) -> None:
    from kiosk.scanner.status import CameraStatus
    from kiosk.ui.camera_view import STALE_AFTER_MS

    h = signed_in
    h.scanner.set_state(CameraStatus.RUNNING)
    h.scanner.tick()
    assert h.window.top_bar.camera_label.text() == "Camera on"
    h.window.camera._since_frame.start()
    h.settle(STALE_AFTER_MS + 100)  # the camera says running, but no frame comes
    h.window.camera.on_watch_tick()
    assert h.window.camera.showing_status()
    assert h.window.top_bar.camera_label.text() == "No image"  # not "Camera on" over "No image"
    h.scanner.tick()
    assert h.window.top_bar.camera_label.text() == "Camera on"


def test_nothing_is_clipped_on_the_main_screens_in_each_language(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0003"))  # the longest name of the demo roster
    assert h.wait_screen(Screen.CHECK)
    for language in ("fr", "en", "ar"):
        h.ui.language.set_language(language)
        h.settle(30)
        assert misfits(h.window) == [], language
    h.refuse(RefusalReason.OTHER, "left the queue")
    assert h.wait_screen(Screen.REFUSED)
    h.tap(h.window.refused_page.next_button)
    h.show(h.badge("M0006"))  # wrong session: the longest denial
    assert h.wait_screen(Screen.DENIED)
    for language in ("fr", "en", "ar"):
        h.ui.language.set_language(language)
        h.settle(30)
        assert misfits(h.window) == [], language
