"""Which badges a print run makes, and their signed faces.

Policy: with no number named, every ACTIVE badge is printed. A named badge that is suspended or
revoked is refused: a printed badge is a physical credential, so the office reinstates the holder
first (`kiosk roster reinstate`). Unknown numbers are refused too; nothing is printed on any refusal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from kiosk.badges.face import BadgeFace, face_for
from kiosk.domain.accreditation import Accreditation, Status
from kiosk.domain.badge import BadgeIssuer
from kiosk.domain.programme import Event
from kiosk.errors import KioskError


class RosterSource(Protocol):
    def find(self, badge_number: str) -> Accreditation | None: ...

    def all(self, status: Status | None = None) -> list[Accreditation]: ...


class NothingToPrint(KioskError):
    pass


def select_for_printing(roster: RosterSource, numbers: Iterable[str] = ()) -> list[Accreditation]:
    wanted = list(dict.fromkeys(n.strip().upper() for n in numbers if n.strip()))
    if not wanted:
        active = roster.all(Status.ACTIVE)
        if not active:
            raise NothingToPrint("no active badge on the roster: nothing to print")
        return active
    found: list[Accreditation] = []
    unknown: list[str] = []
    inactive: list[str] = []
    for number in wanted:
        acc = roster.find(number)
        if acc is None:
            unknown.append(number)
        elif acc.status is not Status.ACTIVE:
            reason = f": {acc.status_reason}" if acc.status_reason else ""
            inactive.append(f"{number} is {acc.status.value}{reason}")
        else:
            found.append(acc)
    if unknown:
        raise KioskError(f"not on the roster: {', '.join(unknown)}; nothing was printed")
    if inactive:
        raise KioskError(
            f"{'; '.join(inactive)} — reinstate before printing (kiosk roster reinstate NUMBER); "
            "nothing was printed"
        )
    return found


def badge_faces(
    people: Iterable[Accreditation], event: Event, issuer: BadgeIssuer, photos: Path | None
) -> Iterator[BadgeFace]:
    """Each accreditation signed at its current version: the text its QR code will carry."""
    for acc in people:
        text = issuer.sign(event.code, acc.badge_number, acc.badge_version)
        yield face_for(acc, event, text, photos)
