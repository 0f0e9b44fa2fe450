"""A one-slot mailbox between two threads: the newest item wins, nothing queues up.

In lossless mode the producer waits for the slot to empty instead of overwriting, so every
item is taken (the headless demo reads a video frame by frame).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Slot(Generic[T]):
    """Holds at most one item. Thread-safe; `close()` wakes every waiter."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._item: T | None = None
        self._full = False
        self._closed = False
        self.dropped = 0

    def put(self, item: T) -> bool:
        """Store `item`, replacing an untaken one; True if one was dropped."""
        with self._cond:
            dropped = self._full
            if dropped:
                self.dropped += 1
            self._item, self._full = item, True
            self._cond.notify_all()
            return dropped

    def put_when_free(self, item: T, should_stop: Callable[[], bool], poll: float = 0.1) -> bool:
        """Store `item` once the slot is empty; False if closed or `should_stop()` first.

        `poll` only bounds how late a stop request is noticed; taking an item wakes us at once.
        """
        with self._cond:
            while self._full and not self._closed:
                if should_stop():
                    return False
                self._cond.wait(poll)
            if self._closed:
                return False
            self._item, self._full = item, True
            self._cond.notify_all()
            return True

    def take(self, timeout: float | None = None) -> T | None:
        """The item, waiting for one; None on timeout, or once closed and empty.

        An item stored before `close()` is still handed out.
        """
        with self._cond:
            if not self._cond.wait_for(lambda: self._full or self._closed, timeout):
                return None
            if not self._full:
                return None
            item, self._item, self._full = self._item, None, False
            self._cond.notify_all()
            return item

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @property
    def closed(self) -> bool:
        with self._cond:
            return self._closed
