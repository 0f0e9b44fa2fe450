"""An accredited journalist as the roster holds them: what the officer compares, never a full ID number."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime


class Status(enum.StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    REVOKED = "revoked"


class StatusReason(enum.StrEnum):
    """Why a badge is suspended or revoked, as a code every screen language has words for.

    Stored in the roster's status_reason text as a prefix, "code: the office's own words" (or the code
    alone); text without a known code is the office's words only. See split_status_reason.
    """

    LOST_OR_STOLEN = "lost_or_stolen"
    IDENTITY_CHECK = "identity_check"  # identity to be confirmed with the accreditation office
    CREDENTIAL_UNCONFIRMED = "credential_unconfirmed"  # the press card or letter could not be confirmed
    DOCUMENTS_MISSING = "documents_missing"
    DUPLICATE = "duplicate"  # registered twice; another badge replaces this one
    WITHDRAWN = "withdrawn"  # accreditation withdrawn by the organiser
    SECURITY = "security"  # a security decision
    OTHER = "other"


_REASON_PREFIX = re.compile(r"\s*([a-z]+(?:_[a-z]+)*)\s*(?::\s*(.*))?", re.DOTALL)


class UnknownReasonCode(ValueError):
    pass


def split_status_reason(text: str) -> tuple[StatusReason | None, str]:
    """("lost_or_stolen: reported 22 Nov") -> (LOST_OR_STOLEN, "reported 22 Nov"); free text -> (None, text).

    Raises UnknownReasonCode for a prefix shaped like a code (words_with_underscores) that is none.
    """
    match = _REASON_PREFIX.fullmatch(text)
    if match is None or (match.group(2) is None and "_" not in match.group(1) and match.group(1) not in _CODES):
        return None, text.strip()
    code, note = match.group(1), (match.group(2) or "").strip()
    if code in _CODES:
        return StatusReason(code), note
    if "_" in code:
        raise UnknownReasonCode(f"unknown reason code {code!r} (known: {', '.join(_CODES)})")
    return None, text.strip()  # "Note: ..." is words, not a code


def join_status_reason(code: StatusReason | None, note: str) -> str:
    note = note.strip()
    if code is None:
        return note
    return f"{code.value}: {note}" if note else code.value


_CODES = tuple(r.value for r in StatusReason)


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
