"""A call to the site that the kiosk waits for a short while only (an admission claim, `kiosk verify`'s pull).

The call runs in its own thread; when it does not finish in time the caller goes on without it (offline)
and the thread is left to finish or fail by itself: a claim it then commits is found again by its client
id. One call at a time: while one is still out, the next gives up at once instead of queueing behind it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class CallTimedOut(Exception):
    """The site did not answer in time (or the previous call is still waiting for it)."""


class BoundedCalls:
    def __init__(self) -> None:
        self._free = threading.Lock()

    def run(self, work: Callable[[], T], timeout_s: float) -> T:
        if not self._free.acquire(blocking=False):
            raise CallTimedOut("the previous call to the site has not come back yet")
        done = threading.Event()
        outcome: dict[str, object] = {}

        def call() -> None:
            try:
                outcome["value"] = work()
            except BaseException as exc:  # noqa: BLE001 - handed to the caller, who decides
                outcome["error"] = exc
            finally:
                self._free.release()
                done.set()

        threading.Thread(target=call, name="site-call", daemon=True).start()
        if not done.wait(timeout_s):
            raise CallTimedOut(f"no answer from the site within {timeout_s:g} s")
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["value"]  # type: ignore[return-value]
