"""LISTEN for the site's change feed on a connection of its own (PostgreSQL only), woken by the kiosk too.

A notification only says "the feed moved": the kiosk then reads `seq > last seen`, as its poll does
anyway (NOTIFY is not replayed to a connection that was away, so the poll is what guarantees delivery).
"""

from __future__ import annotations

import os
import select
from typing import Any

from kiosk.storage.database import Database
from kiosk.storage.site_feed import NOTIFY_CHANNEL


class FeedListener:
    def __init__(self, database: Database) -> None:
        self.db = database
        self._connection: Any = None  # psycopg.Connection
        self._wake_read, self._wake_write = os.pipe()
        os.set_blocking(self._wake_read, False)

    @property
    def listening(self) -> bool:
        return self._connection is not None

    def listen(self) -> None:
        """Opens the connection (outside the pool) and LISTENs; raises the driver's error when it cannot."""
        if self._connection is not None or self.db.is_sqlite:
            return
        raw = self.db.engine.raw_connection()
        connection: Any = raw.driver_connection
        raw.detach()  # ours alone from now on: never handed back to the pool in LISTEN state
        try:
            connection.autocommit = True
            connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
        except BaseException:
            connection.close()
            raise
        self._connection = connection

    def wake(self) -> None:
        """From any thread: the waiter returns now."""
        try:
            os.write(self._wake_write, b"!")
        except (BlockingIOError, OSError):
            pass  # already awake (the pipe is full) or closing

    def wait(self, timeout_s: float) -> bool:
        """Until a notification, a wake-up or the timeout; True when the feed moved. A lost connection
        raises the driver's error (the caller closes and listens again later)."""
        sockets = [self._wake_read]
        if self._connection is not None:
            sockets.append(self._connection.fileno())
        ready, _, _ = select.select(sockets, [], [], timeout_s)
        if self._wake_read in ready:
            self._drain()
        if self._connection is not None and self._connection.fileno() in ready:
            return bool(list(self._connection.notifies(timeout=0)))
        return False

    def _drain(self) -> None:
        try:
            while os.read(self._wake_read, 4096):
                pass
        except BlockingIOError:
            pass

    def backend_pid(self) -> int | None:
        """The server process of the LISTEN connection (tests end it to show the poll still catches up)."""
        return None if self._connection is None else int(self._connection.info.backend_pid)

    def stop_listening(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except Exception:  # noqa: BLE001 - a connection already broken closes as it can
                pass

    def close(self) -> None:
        self.stop_listening()
        for fd in (self._wake_read, self._wake_write):
            try:
                os.close(fd)
            except OSError:
                pass
