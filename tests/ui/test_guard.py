"""The one safety net: an exception in a slot reaches kiosk.ui.guard's excepthook, is logged, and the
screen goes on answering signals."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from kiosk.ui.guard import install_excepthook
from kiosk.ui.vocabulary import Screen
from tests.ui.harness import Harness


@dataclass(frozen=True)
class BrokenScan:
    """A scan whose texts cannot be read: the controller's slot raises while handling it."""

    at: float = 0.0

    @property
    def texts(self) -> tuple[str, ...]:
        raise RuntimeError("a bug in a slot")


@pytest.fixture
def kiosk_excepthook() -> Iterator[None]:
    """The hook kiosk.app installs, for this test only (pytest-qt's own capture is off: see the marker)."""
    saved = sys.excepthook, threading.excepthook
    install_excepthook()
    yield
    sys.excepthook, threading.excepthook = saved


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_the_screen_answers_the_next_scan(
    signed_in: Harness, kiosk_excepthook: None, caplog: pytest.LogCaptureFixture
) -> None:
    h = signed_in
    with caplog.at_level(logging.CRITICAL, logger="kiosk.ui"):
        h.scanner.scan_detected.emit(BrokenScan())  # the real signal, the controller's real slot
        h.settle(20)
    failures = [r for r in caplog.records if r.name == "kiosk.ui" and r.exc_info is not None]
    assert len(failures) == 1 and "a bug in a slot" in str(failures[0].exc_info[1])
    assert h.window.current_screen() is Screen.SCANNING
    h.show(h.badge("M0001"))  # the next badge is judged as if nothing happened
    assert h.wait_screen(Screen.CHECK)
