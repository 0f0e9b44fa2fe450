"""The signed badge text: format B1, Ed25519, QR-alphanumeric only so it fits QR version 7 at level M.

    B1.<key id>.<event code>.<badge number>.<version>.<signature>

The signature covers everything before it (the header, trailing dot included). See docs/badge-format.md.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

FORMAT = "B1"
SIGNATURE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$%*+-/"  # QR alphanumeric minus space, '.', ':'
SIGNATURE_LENGTH = 95  # 42**95 > 2**512: every 64-byte signature fits, fixed width
MAX_TEXT_LENGTH = 122  # alphanumeric capacity of a version-7 QR code at level M
SIGNING_CONTEXT = b"KIOSK-BADGE\x00"

EVENT_CODE = re.compile(r"[A-Z0-9]{1,6}")
BADGE_NUMBER = re.compile(r"[A-Z0-9](?:[A-Z0-9-]{0,6}[A-Z0-9])?")
MAX_VERSION = 999

_GRAMMAR = re.compile(
    r"B1\.(?P<kid>[A-Z2-7]{3})\.(?P<event>[A-Z0-9]{1,6})\."
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


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b32encode(hashlib.sha256(raw).digest())[:3].decode("ascii")


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
    return BadgeClaim(
        key_id=match["kid"],
        event_code=match["event"],
        badge_number=match["badge"],
        version=int(match["version"]),
        header=text[: -len(sig)],
        signature=sig,
    )


def header_for(kid: str, event_code: str, badge_number: str, version: int) -> str:
    if not EVENT_CODE.fullmatch(event_code):
        raise BadgeFormatError(f"event code {event_code!r} must be 1-6 capital letters or digits")
    if not BADGE_NUMBER.fullmatch(badge_number):
        raise BadgeFormatError(
            f"badge number {badge_number!r} must be 1-8 capital letters, digits or inner hyphens"
        )
    if not 1 <= version <= MAX_VERSION:
        raise BadgeFormatError(f"badge version {version} is outside 1..{MAX_VERSION}")
    return f"{FORMAT}.{kid}.{event_code}.{badge_number}.{version}."


class BadgeIssuer:
    """Holds the issuing office's private key; kiosks never have one."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key
        self.key_id = key_id(private_key.public_key())

    def sign(self, event_code: str, badge_number: str, version: int) -> str:
        header = header_for(self.key_id, event_code, badge_number, version)
        signature = self._key.sign(SIGNING_CONTEXT + header.encode("ascii"))
        text = header + encode_signature(signature)
        if len(text) > MAX_TEXT_LENGTH:  # pragma: no cover - the field limits make this impossible
            raise BadgeFormatError("badge text too long for a version-7 QR code")
        return text

    def sign_message(self, message: bytes) -> bytes:
        """Raw Ed25519 over a message that starts with its own signing context (see roster_package)."""
        return self._key.sign(message)


class TrustedKeys:
    """The public keys a kiosk accepts, by key id, so keys can be rotated."""

    def __init__(self, keys: list[Ed25519PublicKey] | None = None) -> None:
        self._keys: dict[str, Ed25519PublicKey] = {}
        for key in keys or []:
            self.add(key)

    def add(self, key: Ed25519PublicKey) -> str:
        kid = key_id(key)
        self._keys[kid] = key
        return kid

    def __contains__(self, kid: object) -> bool:
        return kid in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def ids(self) -> list[str]:
        return sorted(self._keys)

    def signature_valid(self, claim: BadgeClaim) -> bool:
        signature = decode_signature(claim.signature)
        if signature is None:
            return False
        return self.verifies(claim.key_id, SIGNING_CONTEXT + claim.header.encode("ascii"), signature)

    def verifies(self, kid: str, message: bytes, signature: bytes) -> bool:
        """Whether the trusted key `kid` signed exactly this message (context prefix included)."""
        key = self._keys.get(kid)
        if key is None:
            return False
        try:
            key.verify(signature, message)
        except InvalidSignature:
            return False
        return True
