"""What a machine is and runs on, as one dict: `kiosk status --json` prints it (later, the site server reads it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from kiosk.station.station import Station


def status_report(station: Station) -> dict[str, Any]:
    """The one place this dict is built: add fields here, never beside it."""
    source = station.roster.source()
    tz = station.event.tz

    def when(at: datetime | None) -> str | None:
        return at.astimezone(tz).isoformat() if at is not None else None

    now = station.clock.now()
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
            "age_s": _seconds(now - source.created_at) if source and source.created_at else None,
            "badges": station.roster.count(),
        },
        "site": _site(station, when),
    }


def _site(station: Station, when: Callable[[datetime | None], str | None]) -> dict[str, Any] | None:
    """None for a kiosk alone; otherwise the site (reached once now) and how far this machine is behind."""
    site = station.site
    if site is None:
        return None
    site.ping()
    state = site.state()
    return {
        "url": site.database.safe_url,
        "role": site.role.value,
        "online": state.online,
        "offline_since": when(state.offline_since),
        "pending_uploads": state.pending_uploads,
        "data_age_s": _seconds(state.data_age) if state.data_age is not None else None,
        "data_age_limit_s": _seconds(state.data_age_limit),
        "data_too_old": state.data_too_old,
        "clock_offset_s": round(state.clock_offset.total_seconds(), 3) if state.clock_offset is not None else None,
        "clock_offset_limit_s": _seconds(state.clock_offset_limit),
        "clock_off": state.clock_off,
        "clock_corrected": state.clock_corrected,
    }


def _seconds(span: timedelta) -> float:
    return round(span.total_seconds(), 1)
