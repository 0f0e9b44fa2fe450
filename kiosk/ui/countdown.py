"""The seconds a page shows going down (back to scanning, recorded unless undone).

It only counts what the page shows: the controller's own timers decide when the page goes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot


class Countdown(QObject):
    ticked = Signal()  # `left` changed: the page writes it again

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.on_tick)

    def start(self, seconds: int) -> None:
        self.left = seconds
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def on_tick(self) -> None:
        self.left = max(0, self.left - 1)
        if self.left == 0:
            self._timer.stop()
        self.ticked.emit()
