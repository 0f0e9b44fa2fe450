"""A kiosk of a site at the screen: the top bar says when the site is out of reach, an offline verdict
says another lane may have admitted the badge, another lane's admission is named, and offline past the
data age the supervisor's PIN admits (logged)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.demo.door import DEMO_CREDENTIALS
from kiosk.domain.log import DecisionRefusal, LogKind
from kiosk.domain.site import SiteState
from kiosk.domain.verdict import Decision, PriorAdmission
from kiosk.ui.vocabulary import Screen
from tests.ui.fakes import FakeSite
from tests.ui.harness import Harness

LIMIT = timedelta(minutes=10)


@pytest.fixture
def h(signed_in: Harness) -> Harness:
    return signed_in


def test_the_top_bar_says_offline_since_when_on_what_roster_and_what_is_left_to_upload(h: Harness):
    bar = h.window.top_bar
    roster = h.backend.roster_source()
    offline = SiteState(False, h.clock.now() - timedelta(minutes=4), roster, 12, timedelta(minutes=4), LIMIT)
    h.ui.site_status.post(offline)
    assert h.wait(lambda: bar.offline.isVisible())
    assert bar.offline.text.text() == "OFFLINE since 08:56 · roster of 09:00 · 12 to upload"
    assert bar.offline.text.property("tone") == "error" and not bar.roster_label.isVisible()
    h.window.controller.on_search_opened()
    assert h.wait_screen(Screen.SEARCH)
    assert bar.isVisible() and bar.offline.isVisible(), "on every page"
    h.ui.site_status.post(SiteState(True, None, roster, 0, timedelta(0), LIMIT))
    assert h.wait(lambda: not bar.offline.isVisible())
    assert bar.roster_label.isVisible() and bar.roster_label.text().startswith("Roster")


def test_an_offline_verdict_says_another_lane_may_have_admitted_the_badge(h: Harness):
    h.backend.service.site = FakeSite(age=timedelta(minutes=2))
    h.show(h.badge("M0010"))
    assert h.wait_screen(Screen.CHECK)
    strip = h.window.check_page.offline
    assert strip.isVisible()
    assert strip.text.text() == "Offline: another lane may have admitted this badge already"


def test_a_badge_admitted_at_another_lane_is_refused_naming_where_when_and_by_whom(h: Harness):
    earlier = PriorAdmission(h.clock.now() - timedelta(minutes=6), "media-entrance", "opening", "1002")
    h.backend.service.site = FakeSite(winner=earlier)
    h.show(h.badge("M0010"))
    assert h.wait_screen(Screen.CHECK)
    assert not h.window.check_page.offline.isVisible()
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.FAILURE)
    page = h.window.failure_page
    assert page.action.text().startswith("Already admitted at Media entrance at 08:54 by officer 1002.")
    assert h.controller.failure.refusal is DecisionRefusal.ALREADY_ADMITTED
    assert not page.approve_button.isVisible()


def test_offline_past_the_data_age_the_supervisors_pin_admits_and_the_log_says_who(h: Harness):
    h.backend.service.site = FakeSite(age=timedelta(minutes=25))
    h.show(h.badge("M0010"))
    assert h.wait_screen(Screen.CHECK)
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.FAILURE)
    page = h.window.failure_page
    assert page.approve_button.isVisible() and page.back_button.isVisible()
    assert not [e for e in h.station.log.entries() if e.kind is LogKind.DECISION], "nothing recorded yet"
    h.tap(page.approve_button)
    assert h.wait_screen(Screen.SUPERVISOR_PIN)
    pin_page = h.window.supervisor_pin_page
    assert pin_page.title.text() == "Supervisor: admit offline?"
    h.tap(pin_page.cancel)
    assert h.wait_screen(Screen.FAILURE), "no PIN: back to the refused admission"
    h.tap(page.approve_button)
    assert h.wait_screen(Screen.SUPERVISOR_PIN)
    h.type_pin_pad(pin_page.pad, DEMO_CREDENTIALS.supervisor_pin)
    h.tap(pin_page.pad.ok)
    assert h.wait_screen(Screen.ADMITTED)
    assert "Admitted offline" in h.window.admitted_page.lines.text()
    [decision] = [e for e in h.station.log.entries() if e.kind is LogKind.DECISION]
    assert (decision.decision, decision.offline) == (Decision.ADMITTED, True)
    supervisor = next(m for m in h.station.staff.members() if m.is_supervisor)
    assert decision.detail == f"data_age=1500s;approved_by={supervisor.number}"


def test_without_the_supervisor_the_officer_goes_back_and_refuses(h: Harness):
    from kiosk.domain.verdict import RefusalReason

    h.backend.service.site = FakeSite(age=None)
    h.show(h.badge("M0010"))
    assert h.wait_screen(Screen.CHECK)
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.FAILURE)
    h.tap(h.window.failure_page.back_button)
    assert h.wait_screen(Screen.CHECK)
    h.refuse(RefusalReason.ID_MISMATCH)
    assert h.wait_screen(Screen.REFUSED)


def test_the_site_links_news_from_its_own_thread_reaches_the_bar_on_the_gui_thread(h: Harness):
    import threading

    from PySide6.QtCore import QThread

    bar = h.window.top_bar
    seen: list[object] = []
    original = bar.on_site_changed

    def spy(state: SiteState | None) -> None:
        seen.append(QThread.currentThread())
        original(state)

    h.ui.site_status.state_changed.disconnect(bar.on_site_changed)
    h.ui.site_status.state_changed.connect(spy)
    state = SiteState(False, h.clock.now(), h.backend.roster_source(), 3, None, LIMIT)
    poster = threading.Thread(target=h.ui.site_status.post, args=(state,))
    poster.start()
    poster.join(5)
    assert h.wait(lambda: bar.offline.isVisible())
    assert seen == [bar.thread()], "delivered on the bar's own (GUI) thread"
