"""Supervisor mode behind the PIN pad: revoke, annul, export, pin a session, leave; nobody else can quit."""

from __future__ import annotations

import csv

from PySide6.QtGui import QCloseEvent

from kiosk.demo.door import DEMO_CREDENTIALS
from kiosk.domain.accreditation import StatusReason
from kiosk.domain.verdict import VerdictCode
from kiosk.ui.vocabulary import Screen
from tests.ui.harness import Harness


def unlock(h: Harness, pin: str = DEMO_CREDENTIALS.supervisor_pin) -> None:
    h.tap(h.window.scanning_page.supervisor_button)
    assert h.wait_screen(Screen.SUPERVISOR_PIN)
    page = h.window.supervisor_pin_page
    h.type_pin_pad(page.pad, pin)
    h.tap(page.pad.ok)


def admit(h: Harness, number: str) -> None:
    h.show(h.badge(number))
    assert h.wait_screen(Screen.CHECK)
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.ADMITTED)
    h.tap(h.window.admitted_page.next_button)
    assert h.wait_screen(Screen.SCANNING)


def test_a_wrong_supervisor_pin_is_refused(signed_in: Harness) -> None:
    unlock(signed_in, "1111")
    page = signed_in.window.supervisor_pin_page
    assert signed_in.wait(lambda: "Wrong PIN" in page.status.text())
    assert signed_in.window.current_screen() is Screen.SUPERVISOR_PIN
    signed_in.tap(page.cancel)
    assert signed_in.wait_screen(Screen.SCANNING)


def test_an_officer_pin_does_not_open_supervisor_mode(signed_in: Harness) -> None:
    unlock(signed_in, DEMO_CREDENTIALS.pin)
    assert signed_in.wait(lambda: "Wrong PIN" in signed_in.window.supervisor_pin_page.status.text())


def test_revoking_shows_the_holder_first_asks_why_and_denies_the_badge_at_once(signed_in: Harness) -> None:
    h = signed_in
    unlock(h)
    assert h.wait_screen(Screen.SUPERVISOR)
    sup = h.window.supervisor_page
    h.tap(sup.nav[2])
    panel = sup.badge_panel
    for letter in "M":
        h.tap(panel.keyboard.keys[letter])
    h.tap(panel.keyboard.digits)
    for digit in "0001":
        h.tap(panel.keyboard.keys[digit])
    h.tap(panel.find_button)
    assert h.wait(lambda: panel.steps.currentIndex() == panel.HOLDER)  # the holder, before anything changes
    assert panel.holder_name.text() == "Salma EL AMRANI" and panel.photo.has_photo
    assert h.station.roster.get("M0001").status.value == "active"
    h.tap(panel.revoke)
    h.tap(panel.reason_next)
    assert "Choose a reason" in panel.reason_message.text()  # no revocation without a reason
    h.tap(panel.codes[StatusReason.LOST_OR_STOLEN])
    h.tap(panel.words_field)
    panel.words_form.set(0, "reported by the holder")
    h.tap(panel.words_done)
    h.tap(panel.reason_next)
    assert panel.steps.currentIndex() == panel.CONFIRM
    assert panel.confirm_photo.has_photo and "Salma EL AMRANI" in panel.confirm_title.text()
    assert h.station.roster.get("M0001").status.value == "active"  # still: only Confirm acts
    h.tap(panel.confirm_button)
    assert h.wait(lambda: "is revoked" in panel.result.text())
    assert h.station.roster.get("M0001").status_reason == "lost_or_stolen: reported by the holder"
    h.tap(sup.close_button)
    assert h.wait_screen(Screen.SCANNING)
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.DENIED)
    verdict = h.window.denied_page.result.verdict
    assert verdict.code is VerdictCode.REVOKED
    details = h.window.denied_page.details.text()
    assert "Reason: Badge reported lost or stolen" in details and "reported by the holder" in details


def test_a_mistyped_badge_number_changes_nobody(signed_in: Harness) -> None:
    h = signed_in
    unlock(h)
    assert h.wait_screen(Screen.SUPERVISOR)
    sup = h.window.supervisor_page
    h.tap(sup.nav[2])
    panel = sup.badge_panel
    panel.form.set(0, "M0999")
    h.tap(panel.find_button)
    assert h.wait(lambda: "Not changed" in panel.result.text())
    assert panel.steps.currentIndex() == panel.FIND


def test_annulling_a_mistaken_admission_frees_the_badge(signed_in: Harness) -> None:
    h = signed_in
    admit(h, "M0001")
    unlock(h)
    assert h.wait_screen(Screen.SUPERVISOR)
    sup = h.window.supervisor_page
    h.tap(sup.nav[3])
    panel = sup.annul_panel
    assert h.wait(lambda: len(panel.rows) == 1)
    assert "Salma EL AMRANI" in panel.rows[0].text()
    h.tap(panel.rows[0])
    panel.form.set(0, "Admitted by mistake: wrong person")
    h.tap(panel.confirm)
    assert h.wait(lambda: "annulled" in panel.message.text())
    annulments = [e for e in h.station.log.entries() if e.kind == "annulment"]
    assert len(annulments) == 1
    assert (annulments[0].detail, annulments[0].officer) == ("Admitted by mistake: wrong person", "SUP1")
    h.tap(sup.close_button)
    admit(h, "M0001")  # the badge can be used again


def test_the_log_is_exported_as_csv(signed_in: Harness) -> None:
    h = signed_in
    admit(h, "M0001")
    unlock(h)
    assert h.wait_screen(Screen.SUPERVISOR)
    sup = h.window.supervisor_page
    h.tap(sup.nav[5])
    assert h.wait(lambda: sup.today_panel.counts.admitted == 1)
    assert "Admitted: 1" in sup.today_panel.figures.text()
    h.tap(sup.today_panel.export)
    assert h.wait(lambda: "log lines written" in sup.today_panel.message.text())
    exported = list((h.home / "exports").glob("log-*.csv"))
    assert len(exported) == 1
    rows = list(csv.DictReader(exported[0].open(encoding="utf-8-sig")))
    assert [r["kind"] for r in rows][-2:] == ["scan", "decision"]  # after the demo roster's import rows
    assert rows[-1]["decision"] == "admitted" and rows[-1]["officer"] == "1001"


def test_pinning_a_session_changes_what_is_admitted(signed_in: Harness) -> None:
    h = signed_in
    unlock(h)
    assert h.wait_screen(Screen.SUPERVISOR)
    gate = h.window.supervisor_page.gate_panel
    h.tap(gate.sessions["closing"])
    assert h.wait(lambda: h.controller.gate is not None and h.controller.gate.session == "closing")
    assert gate.sessions["closing"].isChecked()
    h.tap(h.window.supervisor_page.close_button)
    assert h.wait_screen(Screen.SCANNING)
    h.window.top_bar.on_tick()
    assert "set by the supervisor" in h.window.top_bar.event_label.text()
    h.show(h.badge("M0006"))  # closing only: valid once the kiosk is pinned to the closing ceremony
    assert h.wait(lambda: h.controller.current is not None)
    assert h.controller.current.verdict.code is not VerdictCode.NOT_ACCREDITED_FOR_SESSION


def test_closing_the_window_is_refused_until_the_supervisor_quits(signed_in: Harness) -> None:
    h = signed_in
    event = QCloseEvent()
    h.window.closeEvent(event)
    assert not event.isAccepted()
    assert h.window.isVisible()
    unlock(h)
    assert h.wait_screen(Screen.SUPERVISOR)
    sup = h.window.supervisor_page
    h.tap(sup.leave_button)
    h.tap(sup.leave_panel.quit)
    assert not h.window.allow_close and h.window.isVisible()  # the first tap only arms it
    assert "Tap again" in sup.leave_panel.quit.text()
    h.tap(sup.leave_panel.quit)
    assert h.window.allow_close
    assert h.wait(lambda: not h.window.isVisible())


def test_the_supervisor_can_leave_and_restore_full_screen(signed_in: Harness) -> None:
    h = signed_in
    unlock(h)
    assert h.wait_screen(Screen.SUPERVISOR)
    sup = h.window.supervisor_page
    h.tap(sup.leave_button)
    assert sup.leave_panel.toggle.text() == "Back to full screen"  # the tests run windowed
    h.tap(sup.leave_panel.toggle)
    assert h.wait(lambda: h.window.isFullScreen())
    assert sup.leave_panel.toggle.text() == "Leave full screen"
    h.tap(sup.leave_panel.toggle)
    assert h.wait(lambda: not h.window.isFullScreen())


def test_the_camera_panel_lists_the_cameras_shows_the_picture_its_size_and_age_and_switches(signed_in: Harness) -> None:
    from kiosk.scanner.status import CameraStatus

    h = signed_in
    h.scanner.set_state(CameraStatus.RUNNING)
    h.scanner.tick()
    unlock(h)
    assert h.wait_screen(Screen.SUPERVISOR)
    assert h.window.top_bar.isVisible()  # the door's clock, counts and notices stay in view
    sup = h.window.supervisor_page
    h.tap(sup.nav[1])
    panel = sup.camera_panel
    assert [b.text().strip("\u202a\u202c") for b in panel.buttons] == ["/dev/video0", "/dev/video2"]
    assert panel.buttons[0].isChecked()
    h.scanner.tick()
    assert h.wait(lambda: not panel.preview.showing_status())  # the live picture, not a status
    panel.on_tick()
    assert panel.status.text().replace("\u202a", "").replace("\u202c", "").split("\n") == [
        "Camera on", "Picture 1280 × 720", "Last frame 0.2 s ago"
    ]
    h.tap(panel.buttons[1])
    assert h.scanner.chosen == ["/dev/video2"]
    assert h.wait(lambda: panel.buttons[1].isChecked())


def test_the_log_is_exported_onto_a_removable_drive_owner_only(qtbot, template_home, tmp_path) -> None:  # noqa: ANN001
    from kiosk.domain.log import ExportTarget

    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    h = Harness.start(template_home, tmp_path / "home", drives=[ExportTarget("KINGSTON", stick)])
    try:
        h.signed_in()
        admit(h, "M0001")
        unlock(h)
        assert h.wait_screen(Screen.SUPERVISOR)
        sup = h.window.supervisor_page
        h.tap(sup.nav[5])
        panel = sup.today_panel
        assert h.wait(lambda: [b.text() for b in panel.drive_buttons] == ["Export onto KINGSTON"])
        h.tap(panel.drive_buttons[0])
        assert h.wait(lambda: "log lines written to" in panel.message.text())
        (written,) = stick.glob("log-*.csv")
        assert str(written) in panel.message.text()
        assert written.stat().st_mode & 0o777 == 0o600
        kinds = [r["kind"] for r in csv.DictReader(written.open(encoding="utf-8-sig"))]
        assert kinds[-2:] == ["scan", "decision"]  # after the demo roster's import rows
        assert panel.message.text().startswith(f"{len(kinds)} log lines written to")
    finally:
        h.stop()
