"""What a scan means: one stable code, the data the officer needs, and the officer's decision after it.

The domain never formats user text: the UI turns codes into words in the officer's language.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any


class VerdictCode(enum.StrEnum):
    VALID = "valid"
    MALFORMED = "malformed"
    FORGED = "forged"
    OTHER_EVENT = "other_event"
    UNKNOWN_BADGE = "unknown_badge"
    SUPERSEDED = "superseded"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    NOT_ACCREDITED_FOR_SESSION = "not_accredited_for_session"
    OUTSIDE_WINDOW = "outside_window"
    ALREADY_ADMITTED = "already_admitted"


class Decision(enum.StrEnum):
    ADMITTED = "admitted"
    REFUSED = "refused"


class RefusalReason(enum.StrEnum):
    ID_MISMATCH = "id_mismatch"
    NO_PRESS_CREDENTIAL = "no_press_credential"
    SECURITY_SCREENING = "security_screening"  # refused the search, or carries a forbidden item
    CONDUCT = "conduct"  # threatening or disruptive behaviour
    OTHER = "other"  # the officer's words go into the decision's note


class RecentKind(enum.StrEnum):
    DENIED = "denied"  # the badge was denied
    REFUSED = "refused"  # the badge was valid, an officer refused its holder


@dataclass(frozen=True)
class RecentEvent:
    """An earlier denial of a badge, or refusal of its holder, the same day: the door remembers."""

    time: datetime
    checkpoint: str
    officer: str
    kind: RecentKind
    badge_number: str | None = None
    code: VerdictCode | None = None  # denied: why
    reason: RefusalReason | None = None  # refused: why
    note: str = ""  # refused for another reason: the officer's words

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "time": self.time.isoformat(),
            "checkpoint": self.checkpoint,
            "officer": self.officer,
            "kind": self.kind.value,
        }
        if self.code is not None:
            data["code"] = self.code.value
        if self.reason is not None:
            data["reason"] = self.reason.value
        if self.note:
            data["note"] = self.note
        return data


@dataclass(frozen=True)
class Holder:
    """What the officer compares with the person and their documents."""

    badge_number: str
    family_name: str
    given_names: str
    full_name: str
    outlet: str
    media_type: str
    role: str
    country: str
    photo: str
    id_document_type: str
    id_document_last4: str
    press_card_number: str
    press_card_issuer: str
    mission_letter: bool
    attention_note: str
    alt_name: str = ""


@dataclass(frozen=True)
class PriorAdmission:
    at: datetime
    checkpoint: str
    session: str
    officer: str = ""  # known when another lane's admission is the one standing (the site says who)


@dataclass(frozen=True)
class Verdict:
    code: VerdictCode
    checkpoint: str
    at: datetime
    badge_number: str | None = None
    badge_version: int | None = None
    session: str | None = None  # the session the scan was judged for
    occurrence: str | None = None  # which day (or appointment slot) of that session: see rules.occurrence
    holder: Holder | None = None  # shown for valid badges and for denials of known holders
    opens_at: datetime | None = None  # outside_window: the next opening, if any
    closed_at: datetime | None = None  # outside_window: the last closing, when nothing opens later
    prior: PriorAdmission | None = None  # already_admitted
    current_version: int | None = None  # superseded: the version now valid
    status_reason: str = ""  # suspended / revoked
    detail: str = ""  # machine-readable nuance, e.g. "unknown_key"
    manual: bool = False  # found by search, not scanned
    scan_id: int | None = None  # the log row, once recorded
    recent: tuple[RecentEvent, ...] = ()  # the badge's denials and refusals earlier today
    offline: bool | None = None  # a kiosk of a site judging without it (None: a kiosk alone, no site)

    @property
    def admissible(self) -> bool:
        return self.code is VerdictCode.VALID

    def with_scan_id(self, scan_id: int) -> Verdict:
        return replace(self, scan_id=scan_id)

    def to_json(self) -> dict[str, Any]:
        """The verdict as JSON-ready data; `code` is the stable contract."""
        data = asdict(self)
        data["code"] = self.code.value
        for key, value in list(data.items()):
            if isinstance(value, datetime):
                data[key] = value.isoformat()
        if self.prior is not None:
            data["prior"] = {k: v for k, v in data["prior"].items() if v != ""} | {"at": self.prior.at.isoformat()}
        data["badge"] = data.pop("badge_number")
        data["recent"] = [event.to_json() for event in self.recent]  # always there, [] if none
        return {k: v for k, v in data.items() if v not in (None, "")}

