"""Roster packages: the office's whole roster in one file, signed, so a kiosk applies only what the office wrote.

    KIOSK-ROSTER-PACKAGE/1 <key id> <signature, base64>\\n<body: canonical JSON in UTF-8>

The signature covers b"KIOSK-ROSTER-PACKAGE\\x00" followed by the exact bytes of the body: a badge
signature (context b"KIOSK-BADGE\\x00") can never pass for a package's, nor the reverse. Parsing is
strict: only the canonical body is accepted. Full specification: docs/roster-package.md.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kiosk.domain.accreditation import (
    Accreditation,
    Appointment,
    IdDocumentType,
    MediaType,
    Role,
    Status,
)
from kiosk.domain.badge import BADGE_NUMBER, KEY_ID_LENGTHS, MAX_VERSION, BadgeIssuer, TrustedKeys
from kiosk.domain.badge import FORMAT as BADGE_FORMAT
from kiosk.domain.programme import Event
from kiosk.errors import KioskError

MAGIC = b"KIOSK-ROSTER-PACKAGE/1"
FORMAT = "kiosk-roster-package/1"
SIGNING_CONTEXT = b"KIOSK-ROSTER-PACKAGE\x00"
MAX_PACKAGE_BYTES = 256 * 1024 * 1024  # the whole file: checked before it is read
MAX_PHOTO_BYTES = 1024 * 1024  # one photo, decoded
PHOTO_NAME = re.compile(r"[0-9a-f]{20}\.(?:jpg|jpeg|png|webp)")
KEY_ID = re.compile(rb"[A-Z2-7]{%d}" % KEY_ID_LENGTHS[BADGE_FORMAT])  # the full key id, never B1's short one
EVENT_REF = re.compile(r"[^\s#]{1,64}#[1-9][0-9]{0,11}")
MAX_SERIAL = 2**53  # JSON numbers stay exact
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

# Text fields and their longest value (the database's column sizes).
TEXT_LIMITS = {
    "family_name": 200, "given_names": 200, "alt_name": 400, "outlet": 200, "country": 100,
    "press_card_number": 64, "press_card_issuer": 200, "status_reason": 500, "attention_note": 500,
}
ENTRY_KEYS = frozenset(
    {
        *TEXT_LIMITS, "acknowledged", "appointments", "badge_number", "badge_version", "id_document_last4",
        "id_document_type", "media_type", "mission_letter", "photo", "role", "sessions", "status",
    }
)
BODY_KEYS = frozenset({"accreditations", "created_at", "event", "format", "key_id", "photos", "serial"})


class PackageRefusal(enum.StrEnum):
    """Why a kiosk refused a package; stable codes, like the verdict codes."""

    TOO_LARGE = "too_large"
    NOT_A_PACKAGE = "not_a_package"
    UNSIGNED = "unsigned"
    UNKNOWN_KEY = "unknown_key"
    BAD_SIGNATURE = "bad_signature"
    MALFORMED = "malformed"
    OTHER_EVENT = "other_event"
    NOT_NEWER = "not_newer"


class PackageRefused(KioskError):
    """A package the kiosk will not apply; nothing was changed."""

    def __init__(self, reason: PackageRefusal, message: str) -> None:
        super().__init__(f"roster package refused ({reason.value}): {message}; nothing was changed")
        self.reason = reason


@dataclass(frozen=True)
class PackageEntry:
    """One badge as the office states it, with the kiosk status changes the office has seen."""

    accreditation: Accreditation
    acknowledged: frozenset[str] = frozenset()  # event refs `<kiosk id>#<seq>` (kiosk.domain.roster_update)


@dataclass(frozen=True)
class RosterPackage:
    event_code: str
    serial: int
    created_at: datetime
    key_id: str
    entries: tuple[PackageEntry, ...]
    photos: Mapping[str, bytes]  # content name (see photo_name) -> image bytes
    digest: str  # SHA-256 of the body, hex: names the package in logs without its contents


def photo_name(data: bytes, suffix: str) -> str:
    """Photos travel and are stored under their content's name: never overwritten by another image."""
    return hashlib.sha256(data).hexdigest()[:20] + suffix.lower()


def canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _time(at: datetime) -> str:
    return at.astimezone(UTC).strftime(TIME_FORMAT)


def build_body(
    event_code: str,
    serial: int,
    created_at: datetime,
    key_id: str,
    entries: Sequence[PackageEntry],
    photos: Mapping[str, bytes],
) -> bytes:
    """The canonical body: same roster, same bytes (accreditations by badge number, keys sorted)."""
    if not 1 <= serial < MAX_SERIAL:
        raise ValueError(f"serial {serial} is out of range")
    body = {
        "format": FORMAT,
        "event": event_code,
        "serial": serial,
        "created_at": _time(created_at),
        "key_id": key_id,
        "accreditations": [_entry_json(e) for e in sorted(entries, key=lambda e: e.accreditation.badge_number)],
        "photos": {name: base64.b64encode(data).decode("ascii") for name, data in sorted(photos.items())},
    }
    return canonical(body)


def _entry_json(entry: PackageEntry) -> dict[str, object]:
    acc = entry.accreditation
    data: dict[str, object] = {name: getattr(acc, name) for name in TEXT_LIMITS}
    data |= {
        "badge_number": acc.badge_number,
        "badge_version": acc.badge_version,
        "id_document_last4": acc.id_document_last4,
        "id_document_type": acc.id_document_type.value,
        "media_type": acc.media_type.value,
        "role": acc.role.value,
        "mission_letter": acc.mission_letter,
        "photo": acc.photo,
        "status": acc.status.value,
        "sessions": sorted(acc.sessions),
        "appointments": [[_time(a.starts), _time(a.ends)] for a in sorted(acc.appointments, key=lambda a: a.starts)],
        "acknowledged": sorted(entry.acknowledged),
    }
    return data


def seal(issuer: BadgeIssuer, body: bytes) -> bytes:
    """The file: the signature line, then the body exactly as signed."""
    signature = issuer.sign_message(SIGNING_CONTEXT + body)
    line = b" ".join((MAGIC, issuer.key_id.encode("ascii"), base64.b64encode(signature)))
    return line + b"\n" + body


def check_size(size: int) -> None:
    if size > MAX_PACKAGE_BYTES:
        raise PackageRefused(
            PackageRefusal.TOO_LARGE, f"{size} bytes is over the limit of {MAX_PACKAGE_BYTES} bytes"
        )


def open_package(data: bytes, keys: TrustedKeys, event: Event) -> RosterPackage:
    """Checks, in order: size, envelope, key, signature, canonical body, event. The serial is the caller's."""
    check_size(len(data))
    kid, signature, body = _envelope(data)
    if kid not in keys:
        raise PackageRefused(PackageRefusal.UNKNOWN_KEY, f"signed with key {kid}, which this kiosk does not trust")
    if signature is None or not keys.verifies(kid, SIGNING_CONTEXT + body, signature):
        raise PackageRefused(
            PackageRefusal.BAD_SIGNATURE, f"the signature of key {kid} does not match: the file was altered"
        )
    package = _parse_body(body, event)
    if package.key_id != kid:
        raise PackageRefused(PackageRefusal.MALFORMED, f"the body names key {package.key_id}, the signature {kid}")
    return package


def _envelope(data: bytes) -> tuple[str, bytes | None, bytes]:
    if data.lstrip()[:1] == b"{":
        raise PackageRefused(PackageRefusal.UNSIGNED, "a roster body without its signature line")
    end = data.find(b"\n")
    line = data[:end] if end >= 0 else data
    fields = line.split(b" ")
    if fields[0] != MAGIC or end < 0:
        raise PackageRefused(PackageRefusal.NOT_A_PACKAGE, "the file does not start with KIOSK-ROSTER-PACKAGE/1")
    if len(fields) < 3 or not fields[2]:
        raise PackageRefused(PackageRefusal.UNSIGNED, "the signature line holds no signature")
    if len(fields) != 3 or not KEY_ID.fullmatch(fields[1]):
        raise PackageRefused(PackageRefusal.NOT_A_PACKAGE, "the signature line is not `KIOSK-ROSTER-PACKAGE/1 KEY SIG`")
    return fields[1].decode("ascii"), _signature(fields[2]), data[end + 1 :]


def _signature(text: bytes) -> bytes | None:
    """The 64 bytes, or None when the field is not their canonical base64 (then it cannot verify)."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 64 and base64.b64encode(raw) == text else None


class _Malformed(Exception):
    pass


def _parse_body(body: bytes, event: Event) -> RosterPackage:
    try:
        text = body.decode("utf-8")
        value = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PackageRefused(PackageRefusal.MALFORMED, "the body is not JSON in UTF-8") from None
    if canonical(value) != body:
        raise PackageRefused(PackageRefusal.MALFORMED, "the body is not in canonical form")
    try:
        return _package(value, event, hashlib.sha256(body).hexdigest())
    except _Malformed as exc:
        raise PackageRefused(PackageRefusal.MALFORMED, str(exc)) from None


def _package(value: Any, event: Event, digest: str) -> RosterPackage:
    body = _object(value, BODY_KEYS, "the body")
    if body["format"] != FORMAT:
        raise _Malformed(f"format {body['format']!r} is not {FORMAT}")
    event_code = _text(body["event"], "event")
    serial = _integer(body["serial"], "serial", 1, MAX_SERIAL - 1)
    created_at = _when(body["created_at"], "created_at")
    key_id = _text(body["key_id"], "key_id")
    photos = _photos(body["photos"])
    if event_code != event.code:
        raise PackageRefused(PackageRefusal.OTHER_EVENT, f"the package is for event {event_code}, not {event.code}")
    items = body["accreditations"]
    if not isinstance(items, list):
        raise _Malformed("accreditations must be a list")
    entries = tuple(_entry(item, event, photos) for item in items)
    numbers = [e.accreditation.badge_number for e in entries]
    if numbers != sorted(set(numbers)):
        raise _Malformed("accreditations must be sorted by badge number, each number once")
    unused = set(photos) - {e.accreditation.photo for e in entries}
    if unused:
        raise _Malformed(f"photo {sorted(unused)[0]} belongs to no badge")
    return RosterPackage(event_code, serial, created_at, key_id, entries, photos, digest)


def _photos(value: Any) -> dict[str, bytes]:
    if not isinstance(value, dict):
        raise _Malformed("photos must be an object")
    photos = {}
    for name, text in value.items():
        if not PHOTO_NAME.fullmatch(name) or not isinstance(text, str):
            raise _Malformed(f"photo name {name!r} is not a content name")
        try:  # decoded only if it can fit: base64 takes 4 characters for 3 bytes
            data = base64.b64decode(text, validate=True) if len(text) <= (MAX_PHOTO_BYTES + 2) // 3 * 4 else None
        except (binascii.Error, ValueError):
            raise _Malformed(f"photo {name} is not base64") from None
        if data is None or len(data) > MAX_PHOTO_BYTES:
            raise PackageRefused(PackageRefusal.TOO_LARGE, f"photo {name} is over {MAX_PHOTO_BYTES} bytes")
        if photo_name(data, name[name.index(".") :]) != name:
            raise _Malformed(f"photo {name} does not match its content")
        photos[name] = data
    return photos


def _entry(value: Any, event: Event, photos: Mapping[str, bytes]) -> PackageEntry:
    item = _object(value, ENTRY_KEYS, "an accreditation")
    number = _text(item["badge_number"], "badge_number")
    if not BADGE_NUMBER.fullmatch(number):
        raise _Malformed(f"badge number {number!r} is not a badge number")

    def fail(message: str) -> _Malformed:
        return _Malformed(f"badge {number}: {message}")

    texts: dict[str, Any] = {name: _text(item[name], name, limit) for name, limit in TEXT_LIMITS.items()}
    if not texts["family_name"] or not texts["outlet"] or not texts["country"]:
        raise fail("family_name, outlet and country must not be empty")
    last4 = _text(item["id_document_last4"], "id_document_last4")
    if not re.fullmatch(r"[A-Z0-9]{4}", last4):
        raise fail("id_document_last4 must be four capital letters or digits")
    sessions = _strings(item["sessions"], "sessions")
    if not sessions:
        raise fail("at least one session is needed")
    for code in sessions:
        session = event.sessions.get(code)
        if session is None or not session.admits_media:
            raise fail(f"session {code!r} is not a media session of {event.code}")
    slots = []
    for pair in _list(item["appointments"], "appointments"):
        if not isinstance(pair, list) or len(pair) != 2:
            raise fail("an appointment is [start, end]")
        slot = Appointment(_when(pair[0], "appointment"), _when(pair[1], "appointment"))
        if slot.ends <= slot.starts:
            raise fail("an appointment must end after it starts")
        slots.append(slot)
    if slots != sorted(slots, key=lambda a: a.starts):
        raise fail("appointments must be sorted")
    acknowledged = _strings(item["acknowledged"], "acknowledged")
    if any(not EVENT_REF.fullmatch(ref) for ref in acknowledged):
        raise fail("acknowledged holds `<kiosk id>#<seq>` references")
    photo = _text(item["photo"], "photo")
    if photo and photo not in photos:
        raise fail(f"photo {photo} is not in the package")
    mission_letter = item["mission_letter"]
    if not isinstance(mission_letter, bool):
        raise fail("mission_letter must be true or false")
    try:
        acc = Accreditation(
            badge_number=number,
            id_document_last4=last4,
            id_document_type=IdDocumentType(item["id_document_type"]),
            media_type=MediaType(item["media_type"]),
            role=Role(item["role"]),
            status=Status(item["status"]),
            badge_version=_integer(item["badge_version"], "badge_version", 1, MAX_VERSION),
            sessions=frozenset(sessions),
            appointments=tuple(slots),
            mission_letter=mission_letter,
            photo=photo,
            **texts,
        )
    except ValueError as exc:
        raise fail(str(exc)) from None
    return PackageEntry(acc, frozenset(acknowledged))


def _object(value: Any, keys: frozenset[str], what: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise _Malformed(f"{what} must have exactly the fields {', '.join(sorted(keys))}")
    return value


def _text(value: Any, name: str, limit: int = 64) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _Malformed(f"{name} must be a text of at most {limit} characters")
    return value


def _integer(value: Any, name: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _Malformed(f"{name} must be a whole number from {low} to {high}")
    return value


def _list(value: Any, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Malformed(f"{name} must be a list")
    return value


def _strings(value: Any, name: str) -> list[str]:
    items = _list(value, name)
    if any(not isinstance(v, str) for v in items) or items != sorted(set(items)):
        raise _Malformed(f"{name} must be a sorted list of distinct texts")
    return items


def _when(value: Any, name: str) -> datetime:
    text = _text(value, name)
    try:
        at = datetime.strptime(text, TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        at = None
    if at is None or _time(at) != text:
        raise _Malformed(f"{name} {text!r} is not a time like 2025-11-24T06:40:00Z")
    return at
