"""The face first: where a face must be compared, the roster photo is the largest thing on the page,
much larger than it was (check 180×225, ADMITTED 200×250, denials 100×125), in every language."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.photo import PhotoFrame
from kiosk.ui.vocabulary import Screen
from tests.ui.harness import Harness

OLD = {Screen.CHECK: (180, 225), Screen.ADMITTED: (200, 250), Screen.DENIED: (100, 125)}


def shown_photo(h: Harness) -> PhotoFrame:
    page = h.window.stack.currentWidget()
    photos = [p for p in page.findChildren(PhotoFrame) if p.isVisible()]
    assert len(photos) == 1
    return photos[0]


def largest_other(h: Harness, photo: PhotoFrame) -> int:
    """The area of the largest label on the page other than the verdict band's."""
    page: QWidget = h.window.stack.currentWidget()
    areas = [
        w.width() * w.height()
        for w in page.findChildren(QLabel)
        if w.isVisible() and w.text() and w.property("textSize") not in ("verdict", "reason")
    ]
    return max(areas, default=0)


def assert_face_first(h: Harness, screen: Screen) -> None:
    photo = shown_photo(h)
    rect = photo.photo_rect()
    old_w, old_h = OLD[screen]
    assert photo.has_photo
    # 2.7 times the area at the tightest (ADMITTED in Arabic with an attention note: 329×411), 3.9 to 9 elsewhere
    assert rect.width() * rect.height() >= 2.5 * old_w * old_h, (screen, rect)
    assert rect.height() >= 1.6 * old_h, (screen, rect)
    assert rect.width() * rect.height() > largest_other(h, photo), screen


def test_the_photo_is_the_largest_thing_where_a_face_is_compared_in_every_language(signed_in: Harness) -> None:
    h = signed_in
    h.admit_earlier("M0002")
    for language in ("en", "fr", "ar"):
        h.ui.language.set_language(language)
        h.show(h.badge("M0010"))  # with an attention note: the tightest check page
        assert h.wait_screen(Screen.CHECK)
        h.settle(30)
        assert_face_first(h, Screen.CHECK)
        h.tap(h.window.check_page.identity.confirm)
        h.tap(h.window.check_page.press.confirm)
        assert h.wait_screen(Screen.ADMITTED)
        h.settle(30)
        assert_face_first(h, Screen.ADMITTED)
        assert h.window.admitted_page.note_band.isVisible()  # the note across the page, when it matters
        assert "Escort required beyond the press area" in h.window.admitted_page.note.text()
        h.tap(h.window.admitted_page.next_button)
        for number in ("M0008", "M0009", "M0002"):  # revoked, suspended, already admitted
            h.show(h.badge(number))
            assert h.wait(lambda n=number: h.window.denied_page.result is not None
                          and h.window.denied_page.result.verdict.badge_number == n)
            assert h.wait_screen(Screen.DENIED)
            h.settle(30)
            assert_face_first(h, Screen.DENIED)
            h.tap(h.window.denied_page.next_button)
            assert h.wait_screen(Screen.SCANNING)
        h.controller.session.on_idle_timeout()  # the next language's M0010 is not "already admitted"
        assert h.wait_screen(Screen.SIGN_IN)
        h.station.log.annul_admission(
            [e for e in h.station.log.entries() if e.decision and e.decision.value == "admitted"][-1].id,
            h.clock.now(), "test: again in the next language", "SUP1",
        )
        h.sign_in()
        assert h.wait_screen(Screen.SCANNING)
