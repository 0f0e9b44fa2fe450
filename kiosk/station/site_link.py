"""The running kiosk's link to its site, in a thread of its own (never the screen's).

It listens for the change feed (LISTEN/NOTIFY) with a poll behind it, since a notification sent while
the kiosk was away is never replayed; uploads the log as it grows (the screen wakes it after each
write); sends a heartbeat every few seconds; and after a cut reconnects by itself, with a growing
pause. It talks to the rest only through the Site's state (read under its lock) and a callback
carrying SiteState values, which the screen turns into a queued Qt signal. Stopping is a flag, a
wake-up and a wait (never a kill).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from kiosk.domain.site import SiteState
from kiosk.station.site import Site, SiteUnreachable
from kiosk.storage.site_listener import FeedListener

_logger = logging.getLogger(__name__)
HEARTBEAT_S = 5.0
MAX_PAUSE_S = 5.0  # between two attempts while the site is out of reach


class SiteLink:
    def __init__(
        self,
        site: Site,
        on_state: Callable[[SiteState], None] | None = None,
        listen: bool = True,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.site = site
        self._on_state = on_state
        self._listen = listen
        self._monotonic = monotonic
        self._listener = FeedListener(site.database)
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._shown: tuple[object, ...] | None = None
        self.cycles = 0  # completed exchanges with the site (tests wait on it)

    def start(self) -> None:
        self.site.link_running = True
        self._thread = threading.Thread(target=self._run, name="site-link", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Something was written here (a scan, a decision): upload it now rather than at the next poll."""
        self._listener.wake()

    def stop(self, timeout_s: float = 5.0) -> bool:
        """Flag, wake, wait. False if the thread is still stuck in a call to the site after timeout_s (it is
        a daemon thread: it cannot keep the process alive)."""
        self._stopping.set()
        self._listener.wake()
        stopped = True
        if self._thread is not None:
            self._thread.join(timeout_s)
            stopped = not self._thread.is_alive()
        self.site.link_running = False
        if stopped:
            self._listener.close()
        return stopped

    @property
    def listener_pid(self) -> int | None:
        return self._listener.backend_pid()

    def _run(self) -> None:
        pause = self.site.settings.poll_s
        last_beat = float("-inf")
        while not self._stopping.is_set():
            try:
                if self._listen and not self._listener.listening:
                    self.site.reach(self._listener.listen)
                beat = self._monotonic() - last_beat >= HEARTBEAT_S
                self.site.sync(heartbeat=beat)
                if beat:
                    last_beat = self._monotonic()
                pause = self.site.settings.poll_s
                self.cycles += 1
            except SiteUnreachable:
                self._listener.stop_listening()
                pause = min(max(pause * 2, self.site.settings.poll_s), MAX_PAUSE_S)
            except Exception:  # noqa: BLE001 - the link must outlive any one failure; the log says what
                _logger.exception("the site link failed; trying again")
                self._listener.stop_listening()
                pause = MAX_PAUSE_S
            self._show_state()
            if self._stopping.is_set():
                break
            try:
                self._listener.wait(pause)
            except Exception:  # noqa: BLE001 - the LISTEN connection broke: listen again on the next round
                self._listener.stop_listening()

    def _show_state(self) -> None:
        if self._on_state is None:
            return
        try:
            state = self.site.state()
        except Exception:  # noqa: BLE001 - the state is for the screen; the next round tries again
            _logger.exception("the site state could not be read")
            return
        offset = round(state.clock_offset.total_seconds(), 1) if state.clock_off and state.clock_offset else None
        key = (
            state.online, state.offline_since, state.roster, state.pending_uploads, state.data_too_old, state.alarms,
            state.clock_off, state.clock_corrected, offset,  # the top bar says how far off the clock is
        )
        if key != self._shown:
            self._shown = key
            self._on_state(state)
