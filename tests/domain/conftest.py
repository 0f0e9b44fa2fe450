"""Domain fixtures: the reference event, a trusted issuer and an in-memory roster. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.accreditation import Accreditation, IdDocumentType, MediaType, Role
from kiosk.domain.badge import BadgeIssuer, TrustedKeys
from kiosk.domain.gate import Gate
from kiosk.domain.rules import Verifier
from kiosk.domain.verdict import PriorAdmission
from kiosk.station.event_file import REFERENCE_EVENT, load_event

EVENT = load_event(REFERENCE_EVENT)


def local(text: str) -> datetime:
    """A wall-clock time in Marrakech, e.g. '2025-11-24 09:00'."""
    return datetime.fromisoformat(text).replace(tzinfo=EVENT.tz)


def gate(pinned: str | None = None) -> Gate:
    return Gate("media-entrance", pinned)


def accreditation(**changes: object) -> Accreditation:
    base = Accreditation(
        badge_number="M0042",
        family_name="El Amrani",
        given_names="Salma",
        outlet="Le Matin",
        media_type=MediaType.PRINT,
        role=Role.JOURNALIST,
        country="MA",
        id_document_type=IdDocumentType.NATIONAL_ID,
        id_document_last4="7K21",
        sessions=frozenset({"opening", "closing"}),
        press_card_number="PC-2025-118",
        press_card_issuer="Conseil National de la Presse",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@dataclass
class MemoryRoster:
    people: dict[str, Accreditation] = field(default_factory=dict)
    admitted: dict[tuple[str, str, str], PriorAdmission] = field(default_factory=dict)  # badge, session, occurrence

    def find(self, badge_number: str) -> Accreditation | None:
        return self.people.get(badge_number)

    def admission_for(self, badge_number: str, session: str, occurrence: str) -> PriorAdmission | None:
        return self.admitted.get((badge_number, session, occurrence))


@pytest.fixture
def issuer() -> BadgeIssuer:
    return BadgeIssuer(Ed25519PrivateKey.generate())


@pytest.fixture
def verifier(issuer: BadgeIssuer) -> Verifier:
    keys = TrustedKeys()
    keys.add(issuer._key.public_key())
    return Verifier(EVENT, keys)


@pytest.fixture
def roster() -> MemoryRoster:
    return MemoryRoster({"M0042": accreditation()})
