"""Where a kiosk stands, and which session its checkpoint admits at a given moment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.programme import Event, Session


@dataclass(frozen=True)
class Gate:
    """A checkpoint, and the one session it is pinned to (None: whichever the programme says)."""

    checkpoint: str
    session: str | None = None


@dataclass(frozen=True)
class SessionNow:
    open: Session | None  # the session being admitted now
    next: Session | None  # otherwise, the next one to open
    next_at: datetime | None
    pinned: bool


def sessions_at(event: Event, gate: Gate) -> list[Session]:
    """The sessions this gate admits: the checkpoint's, or only the one it is pinned to."""
    checkpoint = event.checkpoints.get(gate.checkpoint)
    codes = checkpoint.sessions if checkpoint else ()
    return [event.sessions[c] for c in codes if c in event.sessions and gate.session in (None, c)]


def session_now(event: Event, gate: Gate, at: datetime) -> SessionNow:
    """The media session this gate admits at `at`: a ceremony before interview slots; else the next."""
    sessions = [s for s in sessions_at(event, gate) if s.admits_media]
    running = sorted((s for s in sessions if s.window_at(at) is not None), key=lambda s: s.by_appointment)
    if gate.session:
        return SessionNow(running[0] if running else event.sessions.get(gate.session), None, None, True)
    if running:
        return SessionNow(running[0], None, None, False)
    upcoming = [(t, s) for s in sessions if (t := s.next_opening(at)) is not None]
    if upcoming:
        opens, session = min(upcoming, key=lambda pair: pair[0])
        return SessionNow(None, session, opens, False)
    return SessionNow(None, None, None, False)
