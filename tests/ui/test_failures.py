"""Never a false "admitted": a failed write shows an error state; a failing handler is logged, not fatal."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.domain.clock import FixedClock
from kiosk.domain.verdict import Decision
from kiosk.ui.vocabulary import Screen
from tests.ui.harness import Harness


class FailingBackend:
    """The real backend, with chosen calls failing like a full disk."""

    def __init__(self, backend) -> None:  # noqa: ANN001
        self._backend = backend
        self.fail: set[str] = set()

    def __getattr__(self, name: str):  # noqa: ANN204
        attribute = getattr(self._backend, name)
        if name in self.fail:
            def failing(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
                raise OSError("disk I/O error (simulated)")
            return failing
        return attribute


@pytest.fixture
def failing(signed_in: Harness) -> tuple[Harness, FailingBackend]:
    backend = FailingBackend(signed_in.backend)
    signed_in.ui.backend.worker._backend = backend  # the worker looks it up on every request
    return signed_in, backend


def admissions(h: Harness) -> list:
    return [e for e in h.station.log.entries() if e.kind == "decision" and e.decision == "admitted"]


def test_a_failed_decision_write_shows_not_saved_never_admitted(failing) -> None:  # noqa: ANN001
    h, backend = failing
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    backend.fail.add("decide")
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.FAILURE)
    page = h.window.failure_page
    assert page.band.word.text() == "NOT SAVED"
    assert "do not admit" in page.action.text()
    assert admissions(h) == []
    backend.fail.clear()
    h.tap(page.retry_button)
    assert h.wait_screen(Screen.ADMITTED)
    assert len(admissions(h)) == 1


def test_back_to_the_check_after_a_failed_write_records_nothing(failing) -> None:  # noqa: ANN001
    h, backend = failing
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
    backend.fail.add("decide")
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.FAILURE)
    h.tap(h.window.failure_page.back_button)
    assert h.wait_screen(Screen.CHECK)
    assert not h.controller.check.identity_ok  # the officer checks again
    assert h.window.check_page.identity.confirm.isEnabled()


def test_a_badge_admitted_meanwhile_elsewhere_is_not_admitted_twice(signed_in: Harness) -> None:
    h = signed_in
    h.show(h.badge("M0002"))
    assert h.wait_screen(Screen.CHECK)
    # another checkpoint admits the same badge while this officer looks at the documents
    other = replace(h.station.checkpoint_service(), clock=FixedClock(h.clock.now()))
    verdict = other.scan(h.badge("M0002"), "SUP1")
    other.decide(verdict.scan_id, Decision.ADMITTED, None, "SUP1")
    h.tap(h.window.check_page.identity.confirm)
    h.tap(h.window.check_page.press.confirm)
    assert h.wait_screen(Screen.FAILURE)
    assert h.window.failure_page.band.word.text() == "NOT ADMITTED"
    assert h.window.failure_page.band.subtitle.text() == "Not admitted: already admitted meanwhile"
    assert [e.officer for e in admissions(h)] == ["SUP1"]
    h.tap(h.window.failure_page.next_button)
    assert h.wait_screen(Screen.SCANNING)


def test_a_scan_that_cannot_be_logged_shows_no_verdict(failing) -> None:  # noqa: ANN001
    h, backend = failing
    backend.fail.add("scan")
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.FAILURE)
    assert h.window.failure_page.band.subtitle.text() == "Scan not recorded"
    assert h.window.check_page.result is None
    backend.fail.clear()
    h.tap(h.window.failure_page.next_button)
    assert h.wait_screen(Screen.SCANNING)
    h.show(h.badge("M0001"))
    assert h.wait_screen(Screen.CHECK)
