"""Which log rows an export or report covers: session, checkpoint, and local dates of the event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.domain.log import LogEntry


@dataclass(frozen=True)
class LogFilter:
    session: str | None = None
    checkpoint: str | None = None
    day: date | None = None  # a local date in the event's time zone

    def span(self, tz: ZoneInfo) -> tuple[datetime | None, datetime | None]:
        if self.day is None:
            return None, None
        start = datetime.combine(self.day, time(0), tzinfo=tz)
        return start, start + timedelta(days=1)

    def keeps(self, entry: LogEntry) -> bool:
        return (self.session in (None, entry.session)) and (self.checkpoint in (None, entry.checkpoint))
