"""What a machine is and runs on, as one dict: `kiosk status --json` prints it (later, the site server reads it)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kiosk.station.station import Station


def status_report(station: Station) -> dict[str, Any]:
    """The one place this dict is built: add fields here, never beside it."""
    source = station.roster.source()
    tz = station.event.tz

    def when(at: datetime | None) -> str | None:
        return at.astimezone(tz).isoformat() if at is not None else None

    return {
        "kiosk_id": station.settings.kiosk_id,
        "checkpoint": station.settings.checkpoint,
        "event": station.event.code,
        "roster": {
            "source": source.kind.value if source else None,
            "serial": source.serial if source else None,
            "created_at": when(source.created_at) if source else None,
            "applied_at": when(source.applied_at) if source else None,
            "key_id": (source.key_id or None) if source else None,
            "badges": station.roster.count(),
        },
    }
