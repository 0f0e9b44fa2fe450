"""The supervisor's Site panel on a kiosk of a site, and the top bar's clock flag: the panel lists every
kiosk with the ones that need the supervisor first, reads the site on the worker thread, resolves a
conflict admitted here by the annulment with the supervisor's reason (logged), says where to resolve one
admitted elsewhere, keeps its last view when the site stops answering, and mirrors in Arabic.

The site is the one tests/ui/fakes.py describes (the kiosk's own log is real); the station's side of a
resolution, on a real site, is tests/station/test_site_supervision.py."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QThread
from PySide6.QtWidgets import QApplication

from kiosk.demo.door import DEMO_CREDENTIALS
from kiosk.domain.log import LogKind
from kiosk.domain.site import SiteState
from kiosk.ui.vocabulary import Screen
from tests.ui.fakes import FakeSite, SiteBackend, site_view
from tests.ui.harness import Harness

LIMIT = timedelta(minutes=10)


class WatchedSite(SiteBackend):
    """Notes the thread each read of the site ran on."""

    def __init__(self, backend, view=None) -> None:  # noqa: ANN001
        super().__init__(backend, view)
        self.threads: list[QThread] = []

    def site_view(self):  # noqa: ANN201
        self.threads.append(QThread.currentThread())
        return super().site_view()


def on_a_site(h: Harness, mine=None) -> WatchedSite:  # noqa: ANN001
    """The kiosk joins the described site: its backend answers for it, and its link has sent news."""
    site = WatchedSite(h.backend, site_view(h.station.settings.kiosk_id, h.clock.now(), mine))
    h.ui.backend.worker._backend = site  # the worker reads its backend per call
    h.ui.site_status.post(SiteState(True, None, h.backend.roster_source(), 0, timedelta(0), LIMIT))
    return site


def open_site_panel(h: Harness):  # noqa: ANN201 - the SitePanel
    h.tap(h.window.scanning_page.supervisor_button)
    assert h.wait_screen(Screen.SUPERVISOR_PIN)
    h.type_pin_pad(h.window.supervisor_pin_page.pad, DEMO_CREDENTIALS.supervisor_pin)
    h.tap(h.window.supervisor_pin_page.pad.ok)
    assert h.wait_screen(Screen.SUPERVISOR)
    sup = h.window.supervisor_page
    h.tap(sup.site_button)
    panel = sup.site_panel
    assert h.wait(lambda: panel.view is not None)
    return panel


def admitted_offline(h: Harness, number: str = "M0010"):  # noqa: ANN201 - the decision's LogEntry
    """An admission made here while the site was out of reach (within the data age: no PIN)."""
    h.backend.service.site = FakeSite(age=timedelta(minutes=2))
    h.show(h.badge(number))
    assert h.wait_screen(Screen.CHECK)
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.ADMITTED)
    h.tap(h.window.admitted_page.next_button)
    assert h.wait_screen(Screen.SCANNING)
    h.backend.service.site = None
    [entry] = [e for e in h.station.log.entries() if e.kind is LogKind.DECISION and e.badge_number == number]
    assert entry.offline and entry.client_id
    return entry


def test_a_kiosk_alone_has_no_site_button(signed_in: Harness):
    h = signed_in
    h.tap(h.window.scanning_page.supervisor_button)
    h.type_pin_pad(h.window.supervisor_pin_page.pad, DEMO_CREDENTIALS.supervisor_pin)
    h.tap(h.window.supervisor_pin_page.pad.ok)
    assert h.wait_screen(Screen.SUPERVISOR)
    assert not h.window.supervisor_page.site_button.isVisible()


def test_every_kiosk_is_listed_the_offline_one_and_the_clock_off_one_first_and_flagged(signed_in: Harness):
    h = signed_in
    site = on_a_site(h)
    panel = open_site_panel(h)
    assert h.wait(lambda: len(panel.kiosk_rows) == 5)
    assert [r.kiosk_id for r in panel.kiosk_rows] == [
        "media-3", "press-room", "media-2", h.station.settings.kiosk_id, "office"
    ], "the ones that need the supervisor first"
    offline, fast, fine = panel.kiosk_rows[0].words, panel.kiosk_rows[1].words, panel.kiosk_rows[2].words
    assert offline.lines.text().startswith("OFFLINE · last seen at 08:56:00 (4 min ago) · 7 to upload")
    assert "(serial 12 is out)" in offline.lines.text()
    assert "CLOCK 3.4 s FAST (more than 2 s off the site's)" in fast.lines.text()
    assert (offline.title.property("tone"), fast.title.property("tone"), fine.title.property("tone")) == (
        "error", "error", ""
    )
    assert "Online · seen 3 s ago" in fine.lines.text() and "Clock within 0.3 s" in fine.lines.text()
    assert "Office · last seen 40 s ago" in panel.kiosk_rows[4].words.lines.text(), "the office is never OFFLINE"
    assert panel.summary.text().startswith("Kiosks: 5 · offline: 1 · clock off: 1 · conflicts: 0")
    assert site.threads and all(t is not QApplication.instance().thread() for t in site.threads), (
        "the site is read on the worker thread, never the GUI thread"
    )


def test_a_kiosks_admissions_are_shown_in_the_order_the_site_took_them(signed_in: Harness):
    h = signed_in
    on_a_site(h)
    panel = open_site_panel(h)
    press = next(r for r in panel.kiosk_rows if r.kiosk_id == "press-room")
    h.tap(press)
    assert h.wait(lambda: len(panel.admission_rows) == 2)
    first, second = (row.words for row in panel.admission_rows)
    assert first.title.text() == "08:40:00 on the site's clock · badge M0021"
    assert "its own clock said 08:40:03" in first.lines.text()
    assert second.title.text().startswith("08:48:00")
    h.tap(panel.back)
    assert panel.steps.currentIndex() == panel.OVERVIEW


def test_a_conflict_admitted_here_is_resolved_here_with_the_supervisors_reason_and_logged(signed_in: Harness):
    h = signed_in
    mine = admitted_offline(h)
    site = on_a_site(h, mine)
    panel = open_site_panel(h)
    h.tap(panel.tabs[panel.CONFLICTS])
    assert panel.tabs[panel.CONFLICTS].text() == "Conflicts: 1"
    [card] = panel.conflict_cards
    assert card.title.text().startswith("Badge M0010 admitted twice · Opening ceremony")
    assert "(this kiosk)" in card.offline.text() and card.standing.text().startswith("Standing: media-2 at ")
    assert "To annul the one at media-2: its supervisor mode, The site (or kiosk log annul 41 there)." in (
        card.hint.text()
    )
    [annul] = card.annul_buttons.values()
    h.tap(annul)
    assert panel.steps.currentIndex() == panel.REASON and not panel.heading.isVisible()
    h.tap(panel.confirm)
    assert panel.message.text() == "Give a reason: it goes into the log."
    assert not [e for e in h.station.log.entries() if e.kind is LogKind.ANNULMENT], "nothing without a reason"
    panel.form.set(0, "same person, scanned twice")
    h.tap(panel.confirm)
    assert h.wait(lambda: not panel.conflict_cards)
    assert panel.message.text().startswith("Annulled here, with your reason.")
    [annulment] = [e for e in h.station.log.entries() if e.kind is LogKind.ANNULMENT]
    supervisor = h.controller.session.supervisor
    assert supervisor is not None
    assert (annulment.ref_id, annulment.officer, annulment.detail) == (
        mine.id, supervisor.number, "same person, scanned twice"
    )
    assert site.resolved == [(mine.client_id, mine.id, "same person, scanned twice", supervisor.number)]
    assert h.station.log.admission_for("M0010", "opening", "2025-11-24") is None, "the badge's admission here is gone"


def test_a_conflict_admitted_at_two_other_kiosks_says_where_to_resolve_it(signed_in: Harness):
    from dataclasses import replace

    h = signed_in
    mine = admitted_offline(h)
    site = on_a_site(h, mine)
    [conflict] = site.view.conflicts
    elsewhere = replace(conflict, conflict=replace(conflict.conflict, kiosk_id="media-3", decision_id=7))
    site.view = replace(site.view, conflicts=(elsewhere,))
    panel = open_site_panel(h)
    h.tap(panel.tabs[panel.CONFLICTS])
    [card] = panel.conflict_cards
    assert card.annul_buttons == {}
    assert "Neither was admitted here: annul the mistaken one at its own kiosk." in card.hint.text()
    assert "kiosk log annul 7 there" in card.hint.text() and "kiosk log annul 41 there" in card.hint.text()


def test_when_the_site_stops_answering_the_last_view_stays_and_says_so(signed_in: Harness):
    h = signed_in
    site = on_a_site(h)
    panel = open_site_panel(h)
    assert h.wait(lambda: len(panel.kiosk_rows) == 5)
    site.reachable = False
    h.tap(panel.refresh)
    assert h.wait(lambda: bool(panel.failed))
    assert len(panel.kiosk_rows) == 5, "the last view stays"
    assert panel.summary.text().endswith("· as it was at 09:00:00")
    assert panel.message.text() == "The site could not be read (the kiosk's log says why). Refresh tries again."
    assert "postgresql" not in panel.message.text(), "the screen speaks the supervisor's language, not the driver's"


def test_the_panel_mirrors_in_arabic_and_speaks_it(signed_in: Harness):
    h = signed_in
    on_a_site(h)
    h.ui.language.set_language("ar")
    panel = open_site_panel(h)
    assert h.wait(lambda: len(panel.kiosk_rows) == 5)
    assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    kiosks, today = panel.tabs[panel.KIOSKS], panel.tabs[panel.TODAY]
    assert kiosks.mapTo(h.window, QPoint(0, 0)).x() > today.mapTo(h.window, QPoint(0, 0)).x(), "first tab on the right"
    assert (kiosks.text(), today.text()) == ("الأجهزة", "اليوم")
    assert panel.kiosk_rows[0].words.lines.text().startswith("غير متصل")


@pytest.mark.parametrize(
    ("offset_s", "shown"),
    [
        (-3.4, "CLOCK 3.4 s FAST · sessions judged on the site's time"),
        (2.5, "CLOCK 2.5 s SLOW · sessions judged on the site's time"),
        (-1.5, None),  # within the limit
        (-7200.0, "CLOCK 2 h 0 min FAST: too far off to correct, have it set"),
    ],
)
def test_a_clock_further_off_the_sites_than_its_limit_shows_on_the_top_bar(signed_in: Harness, offset_s, shown):
    h = signed_in
    bar = h.window.top_bar
    state = SiteState(True, None, h.backend.roster_source(), 0, timedelta(0), LIMIT,
                      clock_offset=timedelta(seconds=offset_s), clock_offset_limit=timedelta(seconds=2))
    h.ui.site_status.post(state)
    h.settle(20)
    if shown is None:
        assert not bar.clock_off.isVisible()
        return
    assert h.wait(lambda: bar.clock_off.isVisible())
    assert bar.clock_off.text.text() == shown
    assert bar.clock_off.text.property("tone") == "error" and bar.clock_off.icon.isVisible()
    h.window.controller.on_search_opened()
    assert h.wait_screen(Screen.SEARCH)
    assert bar.clock_off.isVisible(), "on every page"


def test_the_clock_flag_is_in_french_and_arabic_too(signed_in: Harness):
    h = signed_in
    bar = h.window.top_bar
    h.ui.site_status.post(SiteState(True, None, h.backend.roster_source(), 0, timedelta(0), LIMIT,
                                    clock_offset=timedelta(seconds=-3.4)))
    h.ui.language.set_language("fr")
    assert h.wait(lambda: bar.clock_off.text.text() == "HORLOGE EN AVANCE DE 3,4 s · séances jugées à l'heure du site")
    h.ui.language.set_language("ar")
    assert h.wait(lambda: bar.clock_off.text.text().startswith("الساعة متقدمة"))
