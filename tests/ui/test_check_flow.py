"""A valid badge: check screen, two confirmations, admitted only once the log holds the admission."""

from __future__ import annotations

from kiosk.domain.verdict import Decision, RefusalReason, VerdictCode
from kiosk.ui.vocabulary import Phase, Screen
from tests.ui.harness import Harness


def admissions(kiosk: Harness) -> list:
    return [e for e in kiosk.station.log.entries() if e.kind == "decision" and e.decision == Decision.ADMITTED.value]


def test_scan_reaches_check_screen_and_both_confirmations_admit_into_the_database(signed_in: Harness) -> None:
    kiosk = signed_in
    kiosk.show(kiosk.badge("M0001"))
    assert kiosk.wait_screen(Screen.CHECK)
    page = kiosk.window.check_page
    assert page.name.text() == "Salma EL AMRANI"
    assert "7K21" in page.identity.lines.text()
    assert "CNP-2025-0118" in page.press.lines.text()
    assert page.band.word.text() == "VALID"

    kiosk.tap(page.identity.confirm)
    assert kiosk.window.current_screen() is Screen.CHECK  # one confirmation is not enough
    assert admissions(kiosk) == []
    kiosk.tap(page.press.confirm)

    assert kiosk.wait_screen(Screen.ADMITTED)
    entries = admissions(kiosk)
    assert len(entries) == 1
    assert entries[0].badge_number == "M0001"
    assert entries[0].officer == "1001"
    assert kiosk.window.admitted_page.band.word.text() == "ADMITTED"
    scans = [e for e in kiosk.station.log.entries() if e.kind == "scan"]
    assert scans[-1].code == VerdictCode.VALID.value


def test_refusing_the_press_card_records_the_reason_and_shows_refused(signed_in: Harness) -> None:
    kiosk = signed_in
    kiosk.show(kiosk.badge("M0004"))
    assert kiosk.wait_screen(Screen.CHECK)
    assert "RTÉ News" in kiosk.window.check_page.press.lines.text()  # mission letter instead of a press card
    kiosk.refuse(RefusalReason.NO_PRESS_CREDENTIAL)
    assert kiosk.wait_screen(Screen.REFUSED)
    decision = [e for e in kiosk.station.log.entries() if e.kind == "decision"][-1]
    assert (decision.decision, decision.reason) == ("refused", "no_press_credential")
    assert "No press card" in kiosk.window.refused_page.band.subtitle.text()


def test_the_screen_changes_only_when_the_decision_is_recorded(signed_in: Harness) -> None:
    kiosk = signed_in
    kiosk.show(kiosk.badge("M0001"))
    assert kiosk.wait_screen(Screen.CHECK)
    page = kiosk.window.check_page
    page.identity.confirm.click()
    page.press.confirm.click()  # no event processing yet: the worker has not answered
    assert kiosk.controller.phase is Phase.RECORDING
    assert kiosk.window.current_screen() is Screen.CHECK
    assert not page.refuse.isEnabled() and not page.identity.confirm.isEnabled()
    assert kiosk.wait_screen(Screen.ADMITTED)


def test_next_badge_returns_to_scanning(signed_in: Harness) -> None:
    kiosk = signed_in
    kiosk.show(kiosk.badge("M0001"))
    assert kiosk.wait_screen(Screen.CHECK)
    kiosk.tap(kiosk.window.check_page.identity.confirm)
    kiosk.tap(kiosk.window.check_page.press.confirm)
    assert kiosk.wait_screen(Screen.ADMITTED)
    kiosk.tap(kiosk.window.admitted_page.next_button)
    assert kiosk.wait_screen(Screen.SCANNING)
    assert kiosk.wait(lambda: kiosk.window.top_bar.counts.admitted == 1)
