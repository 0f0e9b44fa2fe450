"""The signed badge text: format B2 (B1 still read), Ed25519, QR-alphanumeric only so that it fits the
QR code the badge layouts reserve room for (version 7 at level M; a typical badge needs version 5).

    B2.<key id>.<event code>.<badge number>.<version>.<signature>

B2 differs from B1 only in its key id: 8 characters (40 bits) instead of 3 (15 bits, which a search of a
second finds a clash for). The signature covers everything before it (the header, trailing dot
included), so a B1 signature can never pass for a B2 one. See docs/badge-format.md.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

FORMAT = "B2"  # what BadgeIssuer writes
KEY_ID_LENGTHS = {"B1": 3, "B2": 8}  # the formats parse() reads, by the length of their key id
SIGNATURE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$%*+-/"  # QR alphanumeric minus space, '.', ':'
SIGNATURE_LENGTH = 95  # 42**95 > 2**512: every 64-byte signature fits, fixed width
MAX_TEXT_LENGTH = 127  # the longest B2 text (B1: 122); 154 would still fit version 6 at level M
SIGNING_CONTEXT = b"KIOSK-BADGE\x00"

EVENT_CODE = re.compile(r"[A-Z0-9]{1,6}")
BADGE_NUMBER = re.compile(r"[A-Z0-9](?:[A-Z0-9-]{0,6}[A-Z0-9])?")
MAX_VERSION = 999

_GRAMMAR = re.compile(
    r"(?P<format>B1\.(?P<kid1>[A-Z2-7]{3})|B2\.(?P<kid2>[A-Z2-7]{8}))\.(?P<event>[A-Z0-9]{1,6})\."
    r"(?P<badge>[A-Z0-9](?:[A-Z0-9-]{0,6}[A-Z0-9])?)\.(?P<version>[1-9][0-9]{0,2})\."
    r"(?P<sig>[0-9A-Z$%*+\-/]{95})"
)


class BadgeFormatError(ValueError):
    """The text is not a badge of this format (or could not be issued in it)."""


@dataclass(frozen=True)
class BadgeClaim:
    """What a badge text says, before anyone has checked the signature."""

    key_id: str
    event_code: str
    badge_number: str
    version: int
    header: str
    signature: str


def key_id(public_key: Ed25519PublicKey, badge_format: str = FORMAT) -> str:
    """The start of the base32 SHA-256 of the raw public key: a B1 id is the first 3 characters of the
    B2 id of the same key."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b32encode(hashlib.sha256(raw).digest())[: KEY_ID_LENGTHS[badge_format]].decode("ascii")


def encode_signature(signature: bytes) -> str:
    if len(signature) != 64:
        raise BadgeFormatError("an Ed25519 signature has 64 bytes")
    value = int.from_bytes(signature, "big")
    chars = []
    for _ in range(SIGNATURE_LENGTH):
        value, digit = divmod(value, len(SIGNATURE_ALPHABET))
        chars.append(SIGNATURE_ALPHABET[digit])
    return "".join(reversed(chars))


def decode_signature(text: str) -> bytes | None:
    """The 64 signature bytes, or None when the digits name a number too large to be one."""
    value = 0
    for char in text:
        value = value * len(SIGNATURE_ALPHABET) + SIGNATURE_ALPHABET.index(char)
    if value >= 1 << 512:
        return None
    return value.to_bytes(64, "big")


def parse(text: str) -> BadgeClaim:
    """Strict: only the exact canonical text is accepted."""
    if not isinstance(text, str) or len(text) > MAX_TEXT_LENGTH:
        raise BadgeFormatError("not a badge text")
    match = _GRAMMAR.fullmatch(text)
    if match is None:
        raise BadgeFormatError("not a badge text")
    sig = match["sig"]
    if decode_signature(sig) is None:
        raise BadgeFormatError("the signature digits name a number too large to be a signature")
    return BadgeClaim(
        key_id=match["kid1"] or match["kid2"],
        event_code=match["event"],
        badge_number=match["badge"],
        version=int(match["version"]),
        header=text[: -len(sig)],
        signature=sig,
    )


def header_for(kid: str, event_code: str, badge_number: str, version: int, badge_format: str = FORMAT) -> str:
    if not EVENT_CODE.fullmatch(event_code):
        raise BadgeFormatError(f"event code {event_code!r} must be 1-6 capital letters or digits")
    if not BADGE_NUMBER.fullmatch(badge_number):
        raise BadgeFormatError(
            f"badge number {badge_number!r} must be 1-8 capital letters, digits or inner hyphens"
        )
    if not 1 <= version <= MAX_VERSION:
        raise BadgeFormatError(f"badge version {version} is outside 1..{MAX_VERSION}")
    return f"{badge_format}.{kid}.{event_code}.{badge_number}.{version}."


class BadgeIssuer:
    """Holds the issuing office's private key; kiosks never have one."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key
        self.key_id = key_id(private_key.public_key())

    def sign(self, event_code: str, badge_number: str, version: int, badge_format: str = FORMAT) -> str:
        """A B2 text (B1 only for the specification's example and old test material)."""
        kid = key_id(self._key.public_key(), badge_format)
        header = header_for(kid, event_code, badge_number, version, badge_format)
        signature = self._key.sign(SIGNING_CONTEXT + header.encode("ascii"))
        text = header + encode_signature(signature)
        if len(text) > MAX_TEXT_LENGTH:  # pragma: no cover - the field limits make this impossible
            raise BadgeFormatError("badge text too long for the QR code the layouts reserve")
        return text

    def sign_message(self, message: bytes) -> bytes:
        """Raw Ed25519 over a message that starts with its own signing context (see roster_package)."""
        return self._key.sign(message)


class KeyIdClash(ValueError):
    """Two different keys with one key id: trusting both would let one stand for the other."""


class TrustedKeys:
    """The public keys a kiosk accepts, by key id, so keys can be rotated.

    A B2 claim names one key; a B1 claim's short id may match several, and each is tried.
    """

    def __init__(self, keys: list[Ed25519PublicKey] | None = None) -> None:
        self._keys: dict[str, Ed25519PublicKey] = {}
        for key in keys or []:
            self.add(key)

    def add(self, key: Ed25519PublicKey) -> str:
        """Trusts the key; raises KeyIdClash when another key holds its id already."""
        kid = key_id(key)
        known = self._keys.get(kid)
        if known is not None and _raw(known) != _raw(key):
            raise KeyIdClash(f"key id {kid} is already taken by another trusted key")
        self._keys[kid] = key
        return kid

    def __contains__(self, kid: object) -> bool:
        return isinstance(kid, str) and bool(self._candidates(kid))

    def __len__(self) -> int:
        return len(self._keys)

    def ids(self) -> list[str]:
        return sorted(self._keys)

    def holds(self, key: Ed25519PublicKey) -> bool:
        known = self._keys.get(key_id(key))
        return known is not None and _raw(known) == _raw(key)

    def signature_valid(self, claim: BadgeClaim) -> bool:
        signature = decode_signature(claim.signature)
        if signature is None:
            return False
        return self.verifies(claim.key_id, SIGNING_CONTEXT + claim.header.encode("ascii"), signature)

    def verifies(self, kid: str, message: bytes, signature: bytes) -> bool:
        """Whether a trusted key `kid` names signed exactly this message (context prefix included).

        A B1 key id (3 characters) names every trusted key whose full id starts with it.
        """
        for key in self._candidates(kid):
            try:
                key.verify(signature, message)
            except InvalidSignature:
                continue
            return True
        return False

    def _candidates(self, kid: str) -> list[Ed25519PublicKey]:
        if len(kid) == KEY_ID_LENGTHS[FORMAT]:
            found = self._keys.get(kid)
            return [] if found is None else [found]
        return [key for full, key in sorted(self._keys.items()) if full.startswith(kid)]


def _raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
