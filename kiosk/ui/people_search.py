"""The search page's queries: typed letters wait a moment, go to the worker, stale answers are dropped.

Owned by the controller, which opens and closes it with the search page; choosing a person found is
the controller's (it opens a manual check).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.ui.vocabulary import SearchRequest, SearchResult


class PeopleSearch(QObject):
    results_changed = Signal(object)  # SearchResult, to the search page
    search_submitted = Signal(object)  # SearchRequest, to the worker (queued)

    def __init__(self, delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False  # the search page is open
        self._query = ""
        self._token = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.on_due)

    def open(self) -> None:
        self.active = True
        self._query = ""

    def close(self) -> None:
        """Late keystrokes and answers are dropped from now on."""
        self.active = False
        self._timer.stop()

    @Slot(str)
    def on_query_changed(self, query: str) -> None:
        if self.active:
            self._query = query
            self._timer.start()

    @Slot()
    def on_due(self) -> None:
        if not self.active:
            return
        self._token += 1
        if not self._query.strip():
            self.results_changed.emit(SearchResult(self._token, "", ()))
            return
        self.search_submitted.emit(SearchRequest(self._token, self._query))

    @Slot(object)
    def on_search_finished(self, result: SearchResult) -> None:
        if result.token == self._token and self.active:
            self.results_changed.emit(result)
