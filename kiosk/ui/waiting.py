"""Badges shown while a check is open, and the banner across the window that says so.

The banner also flashes short notices (two badges at once, sign in first, the badge already on
screen); a waiting badge outranks them.
"""

from __future__ import annotations

import logging
from collections import deque

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.ui.vocabulary import Banner, BannerState

log = logging.getLogger(__name__)


class WaitingBadges(QObject):
    banner_changed = Signal(object)  # BannerState | None

    def __init__(self, limit: int, banner_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit = limit
        self.pending: deque[str] = deque()
        self.banner: BannerState | None = None
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.setInterval(banner_ms)
        self._banner_timer.timeout.connect(self.on_banner_timeout)

    def offer(self, text: str) -> None:
        """A badge shown while the screen is busy: it waits its turn (once, however often shown)."""
        if text not in self.pending:
            if len(self.pending) >= self._limit:
                log.warning("pending queue full: dropping the oldest waiting badge")
                self.pending.popleft()
            self.pending.append(text)
        self.show()

    def take(self) -> str | None:
        """The badge whose turn it is, if any."""
        text = self.pending.popleft() if self.pending else None
        self.show()
        return text

    def clear(self) -> None:
        self.pending.clear()
        self.show()

    def show(self) -> None:
        if self.pending:
            self._set_banner(BannerState(Banner.FINISH_CHECK_FIRST, len(self.pending)))
        elif self.banner is not None and self.banner.banner is Banner.FINISH_CHECK_FIRST:
            self._set_banner(None)

    def flash(self, banner: Banner) -> None:
        if self.pending:
            self.show()
            return
        self._set_banner(BannerState(banner))
        self._banner_timer.start()

    @Slot()
    def on_banner_timeout(self) -> None:
        if self.banner is not None and self.banner.banner is not Banner.FINISH_CHECK_FIRST:
            self._set_banner(None)

    def _set_banner(self, banner: BannerState | None) -> None:
        if banner != self.banner:
            self.banner = banner
            self.banner_changed.emit(banner)
