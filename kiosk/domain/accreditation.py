"""An accredited journalist as the roster holds them: what the officer compares, never a full ID number."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class Status(enum.StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    REVOKED = "revoked"


class Role(enum.StrEnum):
    JOURNALIST = "journalist"
    PHOTOGRAPHER = "photographer"
    CAMERA_OPERATOR = "camera_operator"
    TECHNICIAN = "technician"
    PRODUCER = "producer"
    FIXER = "fixer"


class MediaType(enum.StrEnum):
    PRINT = "print"
    TV = "tv"
    RADIO = "radio"
    ONLINE = "online"
    PHOTO_AGENCY = "photo_agency"
    NEWS_AGENCY = "news_agency"


class IdDocumentType(enum.StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    RESIDENCE_PERMIT = "residence_permit"


@dataclass(frozen=True)
class Appointment:
    """An interview slot; the interviews session admits its holder only inside one."""

    starts: datetime
    ends: datetime

    def contains(self, at: datetime) -> bool:
        return self.starts <= at < self.ends


@dataclass(frozen=True)
class Accreditation:
    badge_number: str
    family_name: str
    given_names: str
    outlet: str
    media_type: MediaType
    role: Role
    country: str
    id_document_type: IdDocumentType
    id_document_last4: str
    sessions: frozenset[str]
    press_card_number: str = ""
    press_card_issuer: str = ""
    mission_letter: bool = False
    photo: str = ""  # file name in the home's photos folder
    status: Status = Status.ACTIVE
    status_reason: str = ""
    status_changed_at: datetime | None = None
    badge_version: int = 1
    attention_note: str = ""
    alt_name: str = ""  # the name in another script (Arabic or Latin), for search
    appointments: tuple[Appointment, ...] = field(default=())

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.family_name.upper()}".strip()
