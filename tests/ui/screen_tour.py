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
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.scanner.status import CameraStatus
from kiosk.ui.style import app_font
from kiosk.ui.vocabulary import Screen
from tests.support.layout_check import misfits
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


def tour(harness: Harness, out: Path, language: str) -> None:
    n = 0

    def shot(name: str) -> None:
        nonlocal n
        n += 1
        grab(harness, out / f"{language}-{n:02d}-{name}.png", name)

    h = harness
    w = h.window
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
    h.tap(w.check_page.identity.confirm)
    h.show(h.badge("M0005"))  # another journalist presents a badge meanwhile
    assert h.wait(lambda: w.banner.isVisible())
    shot("check-one-confirmed-banner")
    h.tap(w.check_page.press.confirm)
    assert h.wait_screen(Screen.ADMITTED)
    shot("admitted")
    h.tap(w.admitted_page.next_button)
    assert h.wait_screen(Screen.CHECK)  # the waiting badge is checked next
    h.tap(w.check_page.identity.refuse)
    assert h.wait_screen(Screen.REFUSED)
    shot("refused")
    h.tap(w.refused_page.next_button)
    assert h.wait_screen(Screen.SCANNING)

    # mission letter instead of a press card, with a long name and a manual check later
    h.show(h.badge("M0004"))
    assert h.wait_screen(Screen.CHECK)
    shot("check-mission-letter")
    h.tap(w.check_page.other)
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
        h.tap(w.denied_page.next_button)
        assert h.wait_screen(Screen.SCANNING)
    # too early: the same morning at 07:45
    real_now = h.clock.now()
    h.clock.set(real_now.replace(hour=6, minute=45))  # 07:45 in Marrakech (UTC+1)
    h.show(h.badge("M0005"))
    assert h.wait_screen(Screen.DENIED)
    shot("denied-too-early")
    h.tap(w.denied_page.next_button)
    h.clock.set(real_now)
    assert h.wait_screen(Screen.SCANNING)
    h.show(h.badge("M0001"), h.badge("M0005"))
    assert h.wait(lambda: w.banner.isVisible())
    shot("scanning-two-badges-banner")
    h.controller.waiting.on_banner_timeout()  # it would go after a few seconds

    # a decision that cannot be written
    flaky: FlakyBackend = h.ui.backend.worker._backend  # type: ignore[assignment]
    h.show(h.badge("M0005"))
    assert h.wait_screen(Screen.CHECK)
    flaky.fail_next = True
    h.tap(w.check_page.identity.confirm)
    h.tap(w.check_page.press.confirm)
    assert h.wait_screen(Screen.FAILURE)
    shot("failure-not-saved")
    h.tap(w.failure_page.retry_button)
    assert h.wait_screen(Screen.ADMITTED)
    h.tap(w.admitted_page.next_button)
    assert h.wait_screen(Screen.SCANNING)

    # manual search, Latin then Arabic script
    h.tap(w.scanning_page.search_button)
    assert h.wait_screen(Screen.SEARCH)
    keyboard = w.search_page.keyboard
    for letter in "SALMA" if keyboard.key_layout.value != "arabic" else "سلمى":
        h.tap(keyboard.keys[letter])
    assert h.wait(lambda: bool(w.search_page.cards))
    shot("search-results")
    h.tap(keyboard.clear)
    if keyboard.key_layout.value != "arabic":
        h.tap(keyboard.switch)
    for letter in "رانيا":
        h.tap(keyboard.keys[letter])
    assert h.wait(lambda: bool(w.search_page.cards))
    shot("search-arabic")
    h.tap(w.search_page.cards[0])
    assert h.wait_screen(Screen.CHECK)
    shot("check-manual")
    h.tap(w.check_page.other)
    assert h.wait_screen(Screen.REFUSED)
    h.tap(w.refused_page.next_button)
    assert h.wait_screen(Screen.SCANNING)

    # supervisor
    h.tap(w.scanning_page.supervisor_button)
    assert h.wait_screen(Screen.SUPERVISOR_PIN)
    shot("supervisor-pin")
    h.type_pin_pad(w.supervisor_pin_page.pad, "2468")
    h.tap(w.supervisor_pin_page.pad.ok)
    assert h.wait_screen(Screen.SUPERVISOR)
    sup = w.supervisor_page
    names = ["gate", "camera", "badge", "annul", "today", "leave"]
    for index, name in enumerate(names):
        h.tap(sup.nav[index])
        if name == "annul":
            assert h.wait(lambda: bool(sup.annul_panel.rows))
        if name == "badge":
            sup.badge_panel.form.set(0, "M0009")
            sup.badge_panel.form.set(1, "Identity check pending")
        if name == "leave":
            h.tap(sup.leave_panel.quit)  # armed, not quitting
        shot(f"supervisor-{name}")
    h.tap(sup.nav[3])
    h.tap(sup.annul_panel.rows[0])
    shot("supervisor-annul-reason")
    h.tap(sup.annul_panel.cancel)
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
        harness = Harness.start(template, work / f"home-{language}", language=language, size=QSize(width, height))
        harness.ui.backend.worker._backend = FlakyBackend(harness.backend)  # the worker reads it per call
        try:
            tour(harness, args.out, language)
        finally:
            harness.stop()
    print(f"platform {QGuiApplication.platformName()} {os.environ.get('DISPLAY', '')}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
