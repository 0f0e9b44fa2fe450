"""Walks the real kiosk window through every screen and saves a screenshot of each, per language.

    python -m tests.ui.screen_tour OUT_DIR [--languages fr,en,ar] [--size 1280x800]

Run under a real X server (the screenshot test starts Xvfb) it grabs the screen with
QScreen.grabWindow, which shows what the X server really displays; elsewhere it falls back to
QWidget.grab. Prints one line per screenshot: "<file> <screen> <window width>x<height>".
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from kiosk.demo.door import DEMO_CREDENTIALS
from kiosk.domain.accreditation import Status, StatusReason
from kiosk.domain.log import ExportTarget
from kiosk.domain.verdict import RefusalReason
from kiosk.scanner.status import CameraStatus
from kiosk.ui.style import app_font
from kiosk.ui.vocabulary import Screen, SearchHit, SearchResult
from tests.support.layout_check import misfits
from tests.ui.fakes import SiteBackend
from tests.ui.harness import Harness, build_template


class FlakyBackend:
    """Makes the next decision fail like a full disk would."""

    def __init__(self, backend) -> None:  # noqa: ANN001
        self._backend = backend
        self.fail_next = False

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._backend, name)

    def decide(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        if self.fail_next:
            self.fail_next = False
            raise OSError("disk I/O error (simulated)")
        return self._backend.decide(*args, **kwargs)


def grab(harness: Harness, path: Path, screen: str) -> None:
    harness.scanner.tick()  # a live camera sends frames all the time
    harness.window.top_bar.on_tick()
    harness.settle(120)
    window = harness.window
    native = QGuiApplication.platformName() == "xcb"
    pixmap = window.screen().grabWindow(window.winId()) if native else window.grab()
    pixmap.save(str(path))
    print(f"{path.name} {screen} {window.width()}x{window.height()}", flush=True)
    for misfit in misfits(window):
        print(f"  MISFIT {misfit.widget} {misfit.text!r}: {misfit.problem}", flush=True)


def search_hits(h: Harness, count: int) -> SearchResult:
    """The first people of the roster with their photos, as the worker would hand them to the page."""
    people = h.station.roster.all()[:count]
    hits = tuple(SearchHit(acc, QImage(str(h.home / "photos" / acc.photo)) if acc.photo else None) for acc in people)
    return SearchResult(0, h.window.search_page.query, hits)


def type_on(h: Harness, keyboard, text: str) -> None:  # noqa: ANN001
    for letter in text:
        if letter.isdigit() != (keyboard.key_layout.value == "digits"):
            h.tap(keyboard.digits)
        h.tap(keyboard.keys[letter])


def site_tour(h: Harness, shot) -> None:  # noqa: ANN001 - shot(name)
    from kiosk.domain.site import SiteState
    from kiosk.domain.verdict import PriorAdmission
    from tests.ui.fakes import FakeSite

    w, check, service = h.window, h.window.check_page, h.backend.service
    earlier = PriorAdmission(h.clock.now() - timedelta(minutes=6), "media-entrance", "opening", "1002")
    service.site = FakeSite(winner=earlier)
    h.show(h.badge("M0013"))
    assert h.wait_screen(Screen.CHECK)
    h.tap(check.identity.confirm)
    h.tap(check.press.confirm)
    assert h.wait_screen(Screen.FAILURE)
    shot("failure-admitted-at-another-lane")
    h.tap(w.failure_page.next_button)
    assert h.wait_screen(Screen.SCANNING)
    since = h.clock.now() - timedelta(minutes=19)
    h.ui.site_status.post(SiteState(False, since, h.backend.roster_source(), 12, None, timedelta(minutes=10)))
    service.site = FakeSite(age=None)
    shot("scanning-offline")
    h.show(h.badge("M0014"))
    assert h.wait_screen(Screen.CHECK)
    shot("check-offline")
    h.tap(check.identity.confirm)
    h.tap(check.press.confirm)
    assert h.wait_screen(Screen.FAILURE)
    shot("failure-offline-approval")
    h.tap(w.failure_page.approve_button)
    assert h.wait_screen(Screen.SUPERVISOR_PIN)
    shot("supervisor-pin-approval")
    h.type_pin_pad(w.supervisor_pin_page.pad, DEMO_CREDENTIALS.supervisor_pin)
    h.tap(w.supervisor_pin_page.pad.ok)
    assert h.wait_screen(Screen.ADMITTED)
    shot("admitted-offline")
    h.tap(w.admitted_page.next_button)
    assert h.wait_screen(Screen.SCANNING)
    service.site = None
    h.ui.site_status.post(SiteState(True, None, h.backend.roster_source(), 0, timedelta(0), timedelta(minutes=10)))


def clock_off_tour(h: Harness, shot) -> None:  # noqa: ANN001 - shot(name)
    """This kiosk's clock 3.4 s fast of the site's: its own top bar says so, on every page."""
    from kiosk.domain.site import SiteState

    state = SiteState(True, None, h.backend.roster_source(), 0, timedelta(0), timedelta(minutes=10),
                      clock_offset=timedelta(seconds=-3.4))
    h.ui.site_status.post(state)
    assert h.wait(lambda: h.window.top_bar.clock_off.isVisible())
    shot("scanning-clock-off")
    h.ui.site_status.post(replace(state, clock_offset=timedelta(seconds=0.2)))
    assert h.wait(lambda: not h.window.top_bar.clock_off.isVisible())


def site_panel_tour(h: Harness, shot) -> None:  # noqa: ANN001 - shot(name)
    """The Site panel: five machines (one offline, one with its clock 3.4 s fast), today's figures, and a
    conflict on this kiosk's offline admission of M0014, resolved here with a reason."""
    from kiosk.domain.log import LogKind
    from kiosk.domain.verdict import Decision
    from tests.ui.fakes import site_view

    sup = h.window.supervisor_page
    panel = sup.site_panel
    site: SiteBackend = h.ui.backend.worker._backend._backend  # type: ignore[attr-defined]
    mine = next(e for e in reversed(h.station.log.entries())
                if e.kind is LogKind.DECISION and e.decision is Decision.ADMITTED and e.badge_number == "M0014")
    site.view = site_view(h.station.settings.kiosk_id, h.clock.now(), mine)
    assert sup.site_button.isVisible(), "a kiosk of a site has the Site panel"
    h.tap(sup.site_button)
    assert h.wait(lambda: len(panel.kiosk_rows) == 5)
    shot("supervisor-site-kiosks")
    press = next(r for r in panel.kiosk_rows if r.kiosk_id == "press-room")
    h.tap(press)
    assert h.wait(lambda: len(panel.admission_rows) == 2)
    shot("supervisor-site-kiosk-admissions")
    h.tap(panel.back)
    h.tap(panel.tabs[panel.TODAY])
    shot("supervisor-site-today")
    h.tap(panel.tabs[panel.CONFLICTS])
    [card] = panel.conflict_cards
    shot("supervisor-site-conflicts")
    h.tap(next(iter(card.annul_buttons.values())))
    reasons = {"fr": "Même personne, scannée deux fois", "ar": "الشخص نفسه، مُسح مرتين"}
    panel.form.set(0, reasons.get(h.ui.language.current, "Same person, scanned twice"))
    shot("supervisor-site-conflict-reason")
    h.tap(panel.confirm)
    assert h.wait(lambda: not panel.conflict_cards and panel.message.isVisible())
    shot("supervisor-site-resolved")
    site.reachable = False
    h.tap(panel.refresh)
    assert h.wait(lambda: bool(panel.failed))
    shot("supervisor-site-unreachable")
    site.reachable = True


def tour(harness: Harness, out: Path, language: str) -> None:
    n = 0

    def shot(name: str) -> None:
        nonlocal n
        n += 1
        grab(harness, out / f"{language}-{n:02d}-{name}.png", name)

    h = harness
    w = h.window
    check = w.check_page
    h.ui.language.set_language(language)
    h.scanner.set_state(CameraStatus.RUNNING)
    shot("sign-in")
    h.sign_in(pin="9999")
    assert h.wait(lambda: w.sign_in_page.status.text() != "")
    shot("sign-in-wrong-pin")
    h.sign_in()
    assert h.wait_screen(Screen.SCANNING)
    h.scanner.tick()
    shot("scanning")
    h.scanner.set_state(CameraStatus.UNAVAILABLE)
    shot("scanning-camera-retrying")
    h.scanner.set_state(CameraStatus.RUNNING)
    h.scanner.tick()

    # a valid badge with an attention note: the check screen, then one card confirmed
    h.show(h.badge("M0010"))
    assert h.wait_screen(Screen.CHECK)
    shot("check")
    h.tap(check.identity.confirm)
    h.show(h.badge("M0005"))  # another journalist presents a badge meanwhile: she waits, face shown
    assert h.wait(lambda: w.top_bar.notice.photo.isVisible())
    shot("check-next-waiting")
    h.tap(check.press.confirm)
    assert h.wait_screen(Screen.ADMITTED)
    shot("admitted-attention-countdown")
    h.tap(w.admitted_page.next_button)
    assert h.wait_screen(Screen.CHECK)  # the one still waiting is checked next

    # refusing: a reason, then a few seconds to undo
    h.tap(check.refuse)
    shot("check-refuse-reasons")
    h.tap(check.reasons[RefusalReason.ID_MISMATCH])
    assert h.wait(lambda: check.refuse_now.isVisible())
    shot("check-refusal-undo")
    h.tap(check.undo)
    h.refuse(RefusalReason.ID_MISMATCH)
    assert h.wait_screen(Screen.REFUSED)
    shot("refused")
    h.tap(w.refused_page.next_button)
    assert h.wait_screen(Screen.SCANNING)

    # the door remembers: the same badge a minute later
    h.clock.set(h.clock.now() + timedelta(minutes=1))
    h.show(h.badge("M0005"))
    assert h.wait_screen(Screen.CHECK)
    assert h.wait(lambda: check.history.isVisible())
    shot("check-history")
    h.tap(check.refuse)
    h.tap(check.reasons[RefusalReason.OTHER])
    for text in "Refused to show the bag":
        check.on_text_typed(text)
    shot("check-refuse-typing")
    h.tap(check.typing_done)
    h.tap(check.refuse_now)
    assert h.wait_screen(Screen.REFUSED)
    shot("refused-other-reason")
    h.tap(w.refused_page.next_button)
    assert h.wait_screen(Screen.SCANNING)

    # mission letter instead of a press card
    h.show(h.badge("M0004"))
    assert h.wait_screen(Screen.CHECK)
    shot("check-mission-letter")
    h.refuse(RefusalReason.CONDUCT)
    assert h.wait_screen(Screen.REFUSED)
    h.tap(w.refused_page.next_button)

    # denials, one of each kind
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.domain.badge import BadgeIssuer

    old_anne = h.badge("M0003")
    h.station.roster.bump_version("M0003", h.clock.now())
    h.admit_earlier("M0002")
    genuine = h.badge("M0001")
    denials = [
        ("forged", BadgeIssuer(Ed25519PrivateKey.generate()).sign("IGA93", "M0001", 1)),
        ("altered", genuine[:-5] + ("A" if genuine[-5] != "A" else "B") + genuine[-4:]),
        ("revoked", h.badge("M0008")),
        ("suspended", h.badge("M0009")),
        ("superseded", old_anne),
        ("wrong-session", h.badge("M0006")),
        ("already-admitted", h.badge("M0002")),
        ("unknown", h.station.issuer().sign("IGA93", "M0999", 1)),
        ("not-a-badge", "https://menu.example.com/table/12"),
    ]
    for name, text in denials:
        h.show(text)
        assert h.wait(lambda t=text: w.denied_page.result is not None and w.denied_page.result.text == t)
        assert h.wait_screen(Screen.DENIED)
        shot(f"denied-{name}")
        if name == "revoked":
            h.tap(w.denied_page.keep_button)
            shot("denied-revoked-kept-on-screen")
        h.tap(w.denied_page.next_button)
        assert h.wait_screen(Screen.SCANNING)
    # too early: the same morning at 07:45
    real_now = h.clock.now()
    h.clock.set(real_now.replace(hour=6, minute=45))  # 07:45 in Marrakech (UTC+1)
    h.show(h.badge("M0012"))  # nobody refused yet: no history from later in the morning
    assert h.wait_screen(Screen.DENIED)
    shot("denied-too-early")
    h.tap(w.denied_page.next_button)
    h.clock.set(real_now)
    assert h.wait_screen(Screen.SCANNING)
    h.show(h.badge("M0001"), h.badge("M0005"))
    assert h.wait(lambda: h.notice() != "")
    shot("scanning-two-badges-notice")
    h.controller.waiting.on_banner_timeout()  # it would go after a few seconds

    # a decision that cannot be written
    flaky: FlakyBackend = h.ui.backend.worker._backend  # type: ignore[assignment]
    h.show(h.badge("M0011"))
    assert h.wait_screen(Screen.CHECK)
    flaky.fail_next = True
    h.tap(check.identity.confirm)
    h.tap(check.press.confirm)
    assert h.wait_screen(Screen.FAILURE)
    shot("failure-not-saved")
    h.tap(w.failure_page.retry_button)
    assert h.wait_screen(Screen.ADMITTED)
    h.tap(w.admitted_page.next_button)
    assert h.wait_screen(Screen.SCANNING)

    # a decision the log refuses: the badge was revoked while its check was open
    h.show(h.badge("M0007"))
    assert h.wait_screen(Screen.CHECK)
    h.station.set_badge_status("M0007", Status.REVOKED, "lost_or_stolen: reported at 09:01", "SUP1")
    h.tap(check.identity.confirm)
    h.tap(check.press.confirm)
    assert h.wait_screen(Screen.FAILURE)
    shot("failure-not-admitted-revoked-meanwhile")
    h.tap(w.failure_page.next_button)
    assert h.wait_screen(Screen.SCANNING)

    # a kiosk of a site: another lane's admission stands; then the site out of reach, data past its age
    site_tour(h, shot)
    clock_off_tour(h, shot)

    # a check left open past the decision limit goes back to scanning, nothing recorded
    h.show(h.badge("M0012"))
    assert h.wait_screen(Screen.CHECK)
    h.controller.on_check_expired()  # what its timer does after 10 minutes
    assert h.wait_screen(Screen.SCANNING)
    assert h.wait(lambda: h.notice() != "")
    shot("scanning-check-expired-notice")
    h.controller.waiting.on_banner_timeout()

    # manual search: one person, Arabic script, 3, 12, 40 and more than the list holds
    search = w.search_page
    h.tap(w.scanning_page.search_button)
    assert h.wait_screen(Screen.SEARCH)
    keyboard = search.keyboard
    if keyboard.key_layout.value == "arabic":
        h.tap(keyboard.switch)
    type_on(h, keyboard, "SALMA")
    assert h.wait(lambda: len(search.rows) == 1)
    shot("search-1-result")
    h.tap(keyboard.clear)
    h.tap(keyboard.switch)
    for letter in "رانيا":
        h.tap(keyboard.keys[letter])
    assert h.wait(lambda: len(search.rows) == 1)
    shot("search-arabic")
    h.tap(keyboard.clear)
    h.tap(keyboard.switch)
    type_on(h, keyboard, "KA")
    assert h.wait(lambda: len(search.rows) == 3)
    shot("search-3-results")
    h.tap(keyboard.clear)
    type_on(h, keyboard, "MA")
    assert h.wait(lambda: len(search.rows) == 12)
    shot("search-12-results")
    h.tap(search.keyboard_button)
    shot("search-12-results-keyboard-folded")
    h.tap(search.keyboard_button)
    h.tap(keyboard.clear)
    type_on(h, keyboard, "A")
    assert h.wait(lambda: bool(search.rows))
    search.on_search_results_changed(search_hits(h, 40))
    h.settle(50)
    shot("search-40-results")
    h.tap(keyboard.clear)
    type_on(h, keyboard, "M")
    assert h.wait(lambda: search.result is not None and search.result.more)
    shot("search-more-than-the-list")
    h.tap(keyboard.clear)
    type_on(h, keyboard, "SALMA")
    assert h.wait(lambda: len(search.rows) == 1)
    h.tap(search.rows[0])
    assert h.wait_screen(Screen.CHECK)
    shot("check-manual")
    h.refuse(RefusalReason.ID_MISMATCH)
    assert h.wait_screen(Screen.REFUSED)
    h.tap(w.refused_page.next_button)
    assert h.wait_screen(Screen.SCANNING)

    # supervisor
    h.tap(w.scanning_page.supervisor_button)
    assert h.wait_screen(Screen.SUPERVISOR_PIN)
    shot("supervisor-pin")
    h.type_pin_pad(w.supervisor_pin_page.pad, DEMO_CREDENTIALS.supervisor_pin)
    h.tap(w.supervisor_pin_page.pad.ok)
    assert h.wait_screen(Screen.SUPERVISOR)
    sup = w.supervisor_page
    h.tap(sup.nav[0])
    shot("supervisor-gate")
    h.tap(sup.nav[1])
    h.scanner.tick()
    shot("supervisor-camera-preview")
    h.tap(sup.nav[2])
    badge = sup.badge_panel
    badge.form.set(0, "M0009")
    shot("supervisor-badge")
    h.tap(badge.find_button)
    assert h.wait(lambda: badge.steps.currentIndex() == badge.HOLDER)
    shot("supervisor-badge-holder")
    h.tap(badge.suspend)
    h.tap(badge.codes[StatusReason.IDENTITY_CHECK])
    shot("supervisor-badge-reason")
    h.tap(badge.reason_next)
    shot("supervisor-badge-confirm")
    h.tap(badge.confirm_cancel)
    h.tap(sup.nav[3])
    assert h.wait(lambda: bool(sup.annul_panel.rows))
    shot("supervisor-annul")
    h.tap(sup.annul_panel.rows[0])
    shot("supervisor-annul-reason")
    h.tap(sup.annul_panel.cancel)
    h.tap(sup.nav[4])
    assert h.wait(lambda: bool(sup.denials_panel.rows))
    shot("supervisor-denials-today")
    h.tap(sup.nav[5])
    assert h.wait(lambda: bool(sup.today_panel.drive_buttons))
    shot("supervisor-today-export")
    site_panel_tour(h, shot)
    h.tap(sup.leave_button)
    h.tap(sup.leave_panel.quit)  # armed, not quitting
    shot("supervisor-leave")
    h.tap(sup.close_button)
    assert h.wait_screen(Screen.SCANNING)

    # the idle lock
    h.controller.session.on_idle_timeout()
    assert h.wait_screen(Screen.SIGN_IN)
    shot("locked")
    h.sign_in()
    assert h.wait_screen(Screen.SCANNING)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--languages", default="fr,en,ar")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setFont(app_font())
    work = Path(tempfile.mkdtemp(prefix="kiosk-tour-"))
    template = build_template(work)
    for language in args.languages.split(","):
        drive = work / f"usb-{language}"
        drive.mkdir()
        harness = Harness.start(
            template, work / f"home-{language}", language=language, size=QSize(width, height),
            drives=[ExportTarget("KINGSTON", drive)],
        )
        # the worker reads it per call: a decision that fails on demand, a site the tour describes
        harness.ui.backend.worker._backend = FlakyBackend(SiteBackend(harness.backend))
        try:
            tour(harness, args.out, language)
        finally:
            harness.stop()
    print(f"platform {QGuiApplication.platformName()} {os.environ.get('DISPLAY', '')}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
