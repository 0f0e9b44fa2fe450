"""A decision the log refuses is its own outcome on screen, never an admission; an open check expires;
the top bar and the supervisor say which roster the kiosk runs on."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.domain.accreditation import Status
from kiosk.station import roster_packages
from kiosk.ui.vocabulary import Banner, Screen
from tests.ui.harness import TEST_TIMINGS, Harness
from tests.ui.test_supervisor import unlock


def admissions(h: Harness) -> list:
    return [e for e in h.station.log.entries() if e.kind == "decision" and e.decision == "admitted"]


@pytest.mark.parametrize(
    "language, word, title",
    [
        ("en", "NOT ADMITTED", "Not admitted: the badge was revoked since the scan"),
        ("fr", "NON ADMIS", "Non admis : le badge a été révoqué depuis la lecture"),
        ("ar", "غير مقبول", "غير مقبول: أُلغيت الشارة منذ قراءتها"),
    ],
)
def test_a_revocation_during_the_check_shows_not_admitted_with_the_reason(
    signed_in: Harness, language: str, word: str, title: str
) -> None:
    h = signed_in
    h.ui.language.set_language(language)
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    h.station.set_badge_status("M0001", Status.REVOKED, "reported stolen", "SUP1")  # the supervisor, meanwhile
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.FAILURE)
    page = h.window.failure_page
    assert (page.band.word.text(), page.band.subtitle.text()) == (word, title)
    assert not page.retry_button.isVisible()
    assert admissions(h) == []
    h.tap(page.next_button)
    assert h.wait_screen(Screen.SCANNING)


def test_an_open_check_returns_to_scanning_at_the_decision_limit(qtbot, template_home: Path, tmp_path: Path) -> None:  # noqa: ANN001
    h = Harness.start(template_home, tmp_path / "home", timings=replace(TEST_TIMINGS, check_timeout_ms=300))
    try:
        h.signed_in()
        h.show(h.badge("M0001"))
        assert h.wait_screen(Screen.CHECK)
        h.tap(h.window.check_page.identity.confirm)  # half done, then nobody finishes it
        assert h.wait_screen(Screen.SCANNING, timeout_s=5)
        assert h.controller.banner is not None and h.controller.banner.banner is Banner.CHECK_EXPIRED
        assert "show the badge again" in h.window.top_bar.notice.text.text()
        assert [e.kind for e in h.station.log.entries()][-1] == "scan"  # no decision recorded
        h.show(h.badge("M0001"))
        assert h.wait_screen(Screen.CHECK), "the same badge can be checked anew"
    finally:
        h.stop()


def test_the_top_bar_and_the_supervisor_show_the_roster_s_age(signed_in: Harness, tmp_path: Path) -> None:
    h = signed_in
    assert h.wait(lambda: h.window.top_bar.roster_label.text() == "Roster imported 24 Nov 09:00 (unsigned)")
    package = tmp_path / "roster.krp"
    roster_packages.publish(h.station, package)  # the demo home holds the demo issuing key too
    roster_packages.apply(h.station, package)
    h.controller.counts_requested.emit()
    assert h.wait(lambda: h.window.top_bar.roster_label.text() == "Roster of 24 Nov 09:00 (serial 1)")
    unlock(h)
    assert h.wait_screen(Screen.SUPERVISOR)
    sup = h.window.supervisor_page
    h.tap(sup.nav[sup.panels.indexOf(sup.today_panel)])
    assert h.window.supervisor_page.today_panel.roster_line.text() == "Roster of 24 Nov 09:00 (serial 1)"
