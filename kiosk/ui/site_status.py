"""The site link's news for the screen (a kiosk of a site): "OFFLINE since 09:41 · … · 12 to upload".

The link runs in a thread of its own (kiosk.station.site_link) and calls post() from there; the signal
reaches the top bar's bound slot queued, on the GUI thread, so the link never touches a widget.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.domain.site import SiteState


class SiteStatus(QObject):
    state_changed = Signal(object)  # SiteState

    def post(self, state: SiteState) -> None:
        """From any thread."""
        self.state_changed.emit(state)
