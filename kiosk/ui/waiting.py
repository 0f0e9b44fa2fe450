"""One person at a time: the newest badge shown while a check is open waits, and nothing else does.

Never a backlog. A badge seen during a check is held (with its holder's face once the worker has
looked it up), replaced by a newer one, and dropped after a few seconds unless presented again; when
the screen is back to scanning, the one still held is judged. The notice across the top bar says
so, and also flashes short notices (two badges at once, sign in first, the badge already on screen).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.ui.vocabulary import Banner, BannerState, PeekRequest, PeekResult, WaitingBadge


class NextBadge(QObject):
    banner_changed = Signal(object)  # BannerState | None
    peek_submitted = Signal(object)  # PeekRequest, to the worker (queued)

    def __init__(self, hold_ms: int, banner_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.held: WaitingBadge | None = None
        self.banner: BannerState | None = None
        self._token = 0
        self._hold_timer = self._single_shot(hold_ms, self.on_hold_expired)
        self._banner_timer = self._single_shot(banner_ms, self.on_banner_timeout)

    def _single_shot(self, interval_ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    def offer(self, text: str) -> None:
        """A badge shown while the screen is busy: it replaces the one held; shown again, it stays longer."""
        if self.held is None or self.held.text != text:
            self.held = WaitingBadge(text)
            self._token += 1
            self.peek_submitted.emit(PeekRequest(self._token, text))
        self._hold_timer.start()
        self.show()

    def take(self) -> str | None:
        """The badge to judge now that the screen is free, if one is still held."""
        text = self.held.text if self.held is not None else None
        self.clear()
        return text

    def clear(self) -> None:
        self.held = None
        self._hold_timer.stop()
        self.show()

    @Slot(object)
    def on_peeked(self, result: PeekResult) -> None:
        if self.held is not None and result.token == self._token and result.text == self.held.text:
            self.held = replace(self.held, holder=result.holder, photo=result.photo)
            self.show()

    @Slot()
    def on_hold_expired(self) -> None:
        self.clear()

    def show(self) -> None:
        if self.held is not None:
            self._set_banner(BannerState(Banner.NEXT_WAITING, self.held))
        elif self.banner is not None and self.banner.banner is Banner.NEXT_WAITING:
            self._set_banner(None)

    def flash(self, banner: Banner) -> None:
        if self.held is not None:
            self.show()
            return
        self._set_banner(BannerState(banner))
        self._banner_timer.start()

    @Slot()
    def on_banner_timeout(self) -> None:
        if self.banner is not None and self.banner.banner is not Banner.NEXT_WAITING:
            self._set_banner(None)

    def _set_banner(self, banner: BannerState | None) -> None:
        if banner != self.banner:
            self.banner = banner
            self.banner_changed.emit(banner)
