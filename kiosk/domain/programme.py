"""The event programme: sessions with their access windows, and checkpoints with the sessions they admit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Window:
    """One span during which a session's doors are open (aware datetimes)."""

    opens: datetime
    closes: datetime

    def contains(self, at: datetime) -> bool:
        return self.opens <= at < self.closes


@dataclass(frozen=True)
class Session:
    code: str
    names: dict[str, str]  # language code -> display name
    windows: tuple[Window, ...]
    admits_media: bool = True
    starts: datetime | None = None  # the ceremony itself, for display
    by_appointment: bool = False  # admits only within the holder's own appointment slots

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names.get("en") or self.code

    def window_at(self, at: datetime) -> Window | None:
        return next((w for w in self.windows if w.contains(at)), None)

    def next_opening(self, after: datetime) -> datetime | None:
        return min((w.opens for w in self.windows if w.opens > after), default=None)

    def last_closing(self, before: datetime) -> datetime | None:
        return max((w.closes for w in self.windows if w.closes <= before), default=None)


@dataclass(frozen=True)
class Checkpoint:
    code: str
    names: dict[str, str]
    sessions: tuple[str, ...]

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names.get("en") or self.code


@dataclass(frozen=True)
class Event:
    code: str
    names: dict[str, str]
    timezone: str
    sessions: dict[str, Session]
    checkpoints: dict[str, Checkpoint]
    dates: tuple[date, date] = field(default=(date.min, date.min))

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names.get("en") or self.code

    def local(self, at: datetime) -> datetime:
        return at.astimezone(self.tz)

    def day_of(self, at: datetime) -> tuple[datetime, datetime]:
        """Local midnight to midnight around `at`, in the event's time zone: what "today" means."""
        start = datetime.combine(self.local(at).date(), time(0), tzinfo=self.tz)
        return start, start + timedelta(days=1)

    def checkpoint(self, code: str) -> Checkpoint:
        try:
            return self.checkpoints[code]
        except KeyError:
            known = ", ".join(sorted(self.checkpoints))
            raise KeyError(f"unknown checkpoint {code!r} (known: {known})") from None
