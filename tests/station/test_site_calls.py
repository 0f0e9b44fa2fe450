"""A call to the site waited for a short while only, one at a time."""

from __future__ import annotations

import threading
import time

import pytest

from kiosk.station.site_calls import BoundedCalls, CallTimedOut


def test_the_answer_comes_back_and_so_does_the_error():
    calls = BoundedCalls()
    assert calls.run(lambda: 42, 1.0) == 42
    with pytest.raises(ZeroDivisionError):
        calls.run(lambda: 1 / 0, 1.0)


def test_a_call_that_does_not_answer_in_time_is_left_to_finish_alone_and_the_next_gives_up_at_once():
    calls = BoundedCalls()
    release, finished = threading.Event(), threading.Event()

    def stuck() -> str:
        release.wait(5)
        finished.set()
        return "late"

    started = time.monotonic()
    with pytest.raises(CallTimedOut):
        calls.run(stuck, 0.2)
    assert 0.2 <= time.monotonic() - started < 1.0
    started = time.monotonic()
    with pytest.raises(CallTimedOut, match="has not come back"):
        calls.run(lambda: "next", 5.0)
    assert time.monotonic() - started < 0.1
    release.set()
    assert finished.wait(5)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            assert calls.run(lambda: "again", 1.0) == "again"
            break
        except CallTimedOut:
            time.sleep(0.01)
    else:
        pytest.fail("the calls never became free again")
