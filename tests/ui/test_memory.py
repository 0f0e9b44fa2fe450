"""The door remembers: a badge refused or denied earlier today comes back with that history on screen,
a forged badge shows the number it claims, and the supervisor lists the day's denials and refusals."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.demo.door import DEMO_CREDENTIALS
from kiosk.domain.badge import BadgeIssuer
from kiosk.domain.verdict import RefusalReason
from kiosk.ui.vocabulary import Screen
from tests.ui.harness import Harness


def test_a_badge_refused_minutes_ago_shows_the_refusal_above_the_document_checks(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0005"))
    assert h.wait_screen(Screen.CHECK)
    assert not h.window.check_page.history.isVisible()  # nothing earlier today
    h.refuse(RefusalReason.ID_MISMATCH)
    assert h.wait_screen(Screen.REFUSED)
    h.tap(h.window.refused_page.next_button)
    assert h.wait_screen(Screen.SCANNING)
    h.show(h.badge("M0005"))  # the same person tries again
    assert h.wait_screen(Screen.CHECK)
    page = h.window.check_page
    assert page.band.word.text() == "VALID"  # still valid: the officer decides, with the history in view
    assert page.history.isVisible()
    assert page.history.text.text() == (
        "REFUSED 09:00 by officer 1001, Media entrance — Identity document does not match"
    )


def test_a_forged_badge_shows_the_number_it_claims_and_is_remembered(signed_in: Harness) -> None:
    h = signed_in
    forged = BadgeIssuer(Ed25519PrivateKey.generate()).sign("IGA93", "M0001", 1)
    h.show(forged)
    assert h.wait_screen(Screen.DENIED)
    page = h.window.denied_page
    assert page.claimed.isVisible() and page.claimed.text() == "Badge number it claims: M0001"
    h.tap(page.next_button)
    assert h.wait_screen(Screen.SCANNING)
    h.show(h.badge("M0001"))  # the genuine badge a moment later: the forgery is on the strip
    assert h.wait_screen(Screen.CHECK)
    assert "DENIED 09:00, Media entrance — Forged" in h.window.check_page.history.text.text()


def test_the_supervisor_lists_the_days_denials_and_refusals_with_times(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0008"))  # revoked
    assert h.wait_screen(Screen.DENIED)
    h.tap(h.window.denied_page.next_button)
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    h.refuse(RefusalReason.OTHER, "no bag check")
    assert h.wait_screen(Screen.REFUSED)
    h.tap(h.window.refused_page.next_button)
    h.tap(h.window.scanning_page.supervisor_button)
    h.type_pin_pad(h.window.supervisor_pin_page.pad, DEMO_CREDENTIALS.supervisor_pin)
    h.tap(h.window.supervisor_pin_page.pad.ok)
    assert h.wait_screen(Screen.SUPERVISOR)
    sup = h.window.supervisor_page
    h.tap(sup.nav[4])
    panel = sup.denials_panel
    assert h.wait(lambda: len(panel.rows) == 2)
    newest, oldest = (row.text() for row in panel.rows)
    assert newest.startswith("M0001 · Salma EL AMRANI")
    assert "REFUSED 09:00 by officer 1001" in newest and "Other reason: no bag check" in newest
    assert oldest.startswith("M0008 · Piotr KOWALSKI") and "DENIED 09:00" in oldest and "Revoked" in oldest
