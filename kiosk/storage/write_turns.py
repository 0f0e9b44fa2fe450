"""Threads of one process take SQLite's write lock in the order they asked for it.

SQLite's busy handler does not queue: a writer that finds the lock taken sleeps (up to 100 ms at a time)
and tries again, so a thread that commits and begins again at once, the screen scanning a queue of
people, wins every race against one that waits, the site link applying a revocation. The link then
waited the whole busy timeout and failed ("database is locked"); the site benchmark showed it under
load. Within a process the writers now queue here first; between processes SQLite's handler still
decides, as before.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

WAIT_S = 5.0  # as SQLite's busy_timeout: past it the writer goes on and SQLite's lock decides


class WriteTurns:
    """A first-come, first-served lock, re-entrant in its holder's thread."""

    def __init__(self, wait_s: float = WAIT_S) -> None:
        self.wait_s = wait_s
        self._lock = threading.Lock()
        self._waiting: deque[tuple[int, threading.Event]] = deque()
        self._holder: int | None = None
        self._depth = 0

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Waits for this thread's turn (wait_s at most: then goes on without one) and holds it."""
        held = self._acquire()
        try:
            yield
        finally:
            if held:
                self._release()

    @property
    def waiting(self) -> int:
        with self._lock:
            return len(self._waiting)

    def _acquire(self) -> bool:
        me = threading.get_ident()
        with self._lock:
            if self._holder == me:
                self._depth += 1
                return True
            if self._holder is None and not self._waiting:
                self._holder, self._depth = me, 1
                return True
            entry = (me, threading.Event())
            self._waiting.append(entry)
        entry[1].wait(self.wait_s)
        with self._lock:
            if self._holder == me:  # handed over, perhaps just as the wait ran out
                return True
            self._waiting.remove(entry)
            return False

    def _release(self) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth:
                return
            if self._waiting:
                self._holder, event = self._waiting.popleft()
                self._depth = 1
                event.set()
            else:
                self._holder = None
