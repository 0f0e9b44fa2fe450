"""What one badge shows, resolved from the roster, the event and the signed text before any drawing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale

from kiosk.domain.accreditation import Accreditation, MediaType, Role
from kiosk.domain.programme import Event

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


@dataclass(frozen=True)
class SessionMark:
    """One session's box on the badge: its letter, a caption, and whether the holder may enter."""

    code: str
    letter: str
    caption: str
    granted: bool


@dataclass(frozen=True)
class BadgeFace:
    badge_number: str
    version: int
    family_name: str  # as printed: in capitals
    given_names: str
    alt_name: str
    outlet: str
    role: Role
    media_type: MediaType
    country: str  # as printed, e.g. "Morocco (MA)"
    sessions: tuple[SessionMark, ...]
    event_name: str
    event_name_alt: str
    event_dates: str
    qr_text: str
    photo: Path | None

    @property
    def file_stem(self) -> str:
        """Badge numbers never hold '_', so the number reads back from the name unambiguously."""
        return f"{self.badge_number}_v{self.version}"


def face_for(acc: Accreditation, event: Event, qr_text: str, photos: Path | None) -> BadgeFace:
    return BadgeFace(
        badge_number=acc.badge_number,
        version=acc.badge_version,
        family_name=acc.family_name.upper(),
        given_names=acc.given_names,
        alt_name=acc.alt_name,
        outlet=acc.outlet,
        role=acc.role,
        media_type=acc.media_type,
        country=country_label(acc.country),
        sessions=session_marks(event, acc.sessions),
        event_name=event.name("en"),
        event_name_alt=event.names.get("ar", ""),
        event_dates=date_span(event),
        qr_text=qr_text,
        photo=(photos / acc.photo) if photos is not None and acc.photo else None,
    )


def session_marks(event: Event, granted: frozenset[str]) -> tuple[SessionMark, ...]:
    """Every session open to media, in programme order, so each letter keeps its place on every badge."""
    marks: list[SessionMark] = []
    used: set[str] = set()
    for session in event.sessions.values():
        if not session.admits_media:
            continue
        letter = _letter(session.code, used)
        used.add(letter)
        caption = _caption(session.name("en")) or session.code
        marks.append(SessionMark(session.code, letter, caption, session.code in granted))
    return tuple(marks)


def _caption(name: str) -> str:
    """The first word of the English name ("Opening", "Press"): the box's letter says the rest."""
    words = re.sub(r"\(.*?\)", " ", name).split()
    return words[0] if words else ""


def _letter(code: str, used: set[str]) -> str:
    letters = [c for c in code.upper() if c.isalnum()] or ["?"]
    for length in (1, 2, 3):
        candidate = "".join(letters[:length])
        if candidate not in used:
            return candidate
    return "".join(letters[:3]) + str(len(used))


def country_label(code: str) -> str:
    """The English name from Qt's locale data with the code, or the code alone when Qt does not know it."""
    code = code.strip().upper()
    territory = QLocale.codeToTerritory(code) if len(code) == 2 else QLocale.Country.AnyTerritory
    if territory == QLocale.Country.AnyTerritory:
        return code
    return f"{QLocale.territoryToString(territory)} ({code})"


def date_span(event: Event) -> str:
    first, last = event.dates
    if first.year <= 1:
        return ""
    if (first.year, first.month) == (last.year, last.month):
        days = f"{first.day}" if first == last else f"{first.day}–{last.day}"
        return f"{days} {_MONTHS[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{first.day} {_MONTHS[first.month - 1]} – {last.day} {_MONTHS[last.month - 1]} {first.year}"
    return f"{first.day} {_MONTHS[first.month - 1]} {first.year} – {last.day} {_MONTHS[last.month - 1]} {last.year}"
