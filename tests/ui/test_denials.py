"""Each denial shows DENIED, its reason in words, the details that matter, and what to do."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.demo.home import altered
from kiosk.domain.badge import BadgeIssuer
from kiosk.domain.verdict import RefusalReason, VerdictCode
from kiosk.ui.vocabulary import Screen
from tests.ui.harness import OPENING_MORNING, TEST_TIMINGS, Harness


@pytest.fixture
def kiosk_at_door(shared_kiosk: Harness) -> Iterator[Harness]:
    shared_kiosk.clock.set(OPENING_MORNING)
    yield shared_kiosk
    page = shared_kiosk.window.denied_page
    if shared_kiosk.window.current_screen() is Screen.DENIED:
        shared_kiosk.tap(page.next_button)
    shared_kiosk.clock.set(OPENING_MORNING)
    assert shared_kiosk.wait_screen(Screen.SCANNING)


def stranger_badge(h: Harness) -> str:
    return BadgeIssuer(Ed25519PrivateKey.generate()).sign("IGA93", "M0001", 1)


def other_event_badge(h: Harness) -> str:
    return h.station.issuer().sign("OTHER", "M0001", 1)


def too_early(h: Harness) -> str:
    h.clock.set(OPENING_MORNING.replace(hour=7, minute=45))
    return h.badge("M0005")


def entry_closed(h: Harness) -> str:
    h.clock.set(OPENING_MORNING.replace(day=27, hour=14))  # the closing ceremony's entry closed at 13:00
    return h.badge("M0006")  # closing only: nothing opens later for this badge


def already_admitted(h: Harness) -> str:
    h.admit_earlier("M0007")
    return h.badge("M0007")


CASES: list[tuple[str, Callable[[Harness], str], VerdictCode, str, list[str]]] = [
    ("forged", stranger_badge, VerdictCode.FORGED, "Forged or altered badge", ["does not trust"]),
    (
        "altered",
        lambda h: altered(h.badge("M0001")),
        VerdictCode.FORGED,
        "Forged or altered badge",
        ["signature does not match"],
    ),
    ("revoked", lambda h: h.badge("M0008"), VerdictCode.REVOKED, "Badge revoked", ["Badge reported stolen 22 Nov"]),
    ("suspended", lambda h: h.badge("M0009"), VerdictCode.SUSPENDED, "Badge suspended", ["Pending identity check"]),
    (
        "superseded",
        lambda h: h.station.issuer().sign("IGA93", "M0003", 1),
        VerdictCode.SUPERSEDED,
        "Old badge: replaced by a newer one",
        ["version 2", "version 1"],
    ),
    (
        "wrong_session",
        lambda h: h.badge("M0006"),
        VerdictCode.NOT_ACCREDITED_FOR_SESSION,
        "Wrong session: not accredited for this one",
        ["Session now: Opening ceremony", "27 November"],
    ),
    ("too_early", too_early, VerdictCode.OUTSIDE_WINDOW, "Too early", ["Doors open at 08:00 on 24 November"]),
    ("closed", entry_closed, VerdictCode.OUTSIDE_WINDOW, "Entry closed", ["Entry closed at 13:00 on 27 November"]),
    (
        "already_admitted",
        already_admitted,
        VerdictCode.ALREADY_ADMITTED,
        "Already admitted",
        ["Admitted at 08:40 through Media entrance (Opening ceremony)"],
    ),
    (
        "unknown",
        lambda h: h.station.issuer().sign("IGA93", "M0999", 1),
        VerdictCode.UNKNOWN_BADGE,
        "Unknown badge: not on the roster",
        [],
    ),
    (
        "malformed",
        lambda h: "https://menu.example.com/table/12",
        VerdictCode.MALFORMED,
        "Not a badge of this event",
        [],
    ),
    ("other_event", other_event_badge, VerdictCode.OTHER_EVENT, "Badge of another event", []),
]


@pytest.mark.parametrize(("name", "make", "code", "reason", "details"), CASES, ids=[c[0] for c in CASES])
def test_denial_shows_its_reason(kiosk_at_door: Harness, name, make, code, reason, details) -> None:  # noqa: ANN001
    h = kiosk_at_door
    text = make(h)
    h.show(text)
    page = h.window.denied_page
    assert h.wait(lambda: page.result is not None and page.result.text == text)
    assert h.wait_screen(Screen.DENIED)
    assert page.result.verdict.code is code
    assert page.band.word.text() == "DENIED"
    assert page.band.subtitle.text() == reason
    for detail in details:
        assert detail in page.details.text()
    assert page.action.text()  # what to do is always said


def test_a_denial_returns_to_scanning_by_itself(qtbot, template_home, tmp_path) -> None:  # noqa: ANN001
    h = Harness.start(template_home, tmp_path / "home", timings=replace(TEST_TIMINGS, denial_timeout_ms=300))
    try:
        h.signed_in()
        h.show(h.badge("M0008"))
        assert h.wait_screen(Screen.DENIED)
        assert h.wait_screen(Screen.SCANNING, timeout_s=3)
    finally:
        h.stop()


def test_a_valid_check_never_times_out(qtbot, template_home, tmp_path) -> None:  # noqa: ANN001
    h = Harness.start(
        template_home, tmp_path / "home", timings=replace(TEST_TIMINGS, denial_timeout_ms=100, outcome_timeout_ms=100)
    )
    try:
        h.signed_in()
        h.show(h.badge("M0001"))
        assert h.wait_screen(Screen.CHECK)
        h.settle(400)
        assert h.window.current_screen() is Screen.CHECK
    finally:
        h.stop()


def test_a_denial_that_calls_the_supervisor_can_be_kept_on_screen(qtbot, template_home, tmp_path) -> None:  # noqa: ANN001
    h = Harness.start(template_home, tmp_path / "home", timings=replace(TEST_TIMINGS, denial_timeout_ms=1000))
    try:
        h.signed_in()
        h.show(h.badge("M0006"))  # wrong session: "refuse entry", nobody to call
        assert h.wait_screen(Screen.DENIED)
        assert not h.window.denied_page.keep_button.isVisible()
        assert h.window.denied_page.countdown.text() == "Back to scanning in 1 s"
        assert h.wait_screen(Screen.SCANNING, timeout_s=3)
        h.show(h.badge("M0008"))  # revoked: call the supervisor
        assert h.wait_screen(Screen.DENIED)
        page = h.window.denied_page
        assert page.keep_button.isVisible()
        h.tap(page.keep_button)
        assert page.countdown.text() == "Kept on screen: tap Next badge when done."
        h.settle(1500)
        assert h.window.current_screen() is Screen.DENIED  # past its timeout, still there
        h.tap(page.next_button)
        assert h.wait_screen(Screen.SCANNING)
    finally:
        h.stop()


def test_admitted_and_refused_show_their_countdown(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.ADMITTED)
    assert h.window.admitted_page.countdown.text() == "Back to scanning in 120 s"
    h.tap(h.window.admitted_page.next_button)
    h.show(h.badge("M0005"))
    assert h.wait_screen(Screen.CHECK)
    h.refuse(RefusalReason.ID_MISMATCH)
    assert h.wait_screen(Screen.REFUSED)
    assert h.window.refused_page.countdown.text() == "Back to scanning in 120 s"


def test_roster_reasons_show_in_the_officers_language_with_the_offices_words_below(signed_in: Harness) -> None:
    h = signed_in
    h.ui.language.set_language("fr")
    h.show(h.badge("M0008"))
    assert h.wait_screen(Screen.DENIED)
    assert h.window.denied_page.details.text().split("\n") == [
        "Motif : Badge déclaré perdu ou volé",
        "Note de la liste : « Badge reported stolen 22 Nov »",  # the office's own words, kept as written
    ]
