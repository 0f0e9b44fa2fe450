"""PIN hashing with Argon2: a PIN is short, so only a slow, salted hash is stored, never the PIN."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.errors import UsageError

_HASHER = PasswordHasher()  # argon2id with the library's current recommended costs
MIN_LENGTH = 4
MAX_LENGTH = 12


def validate(pin: str) -> str:
    if not pin.isdigit() or not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        raise UsageError(f"a PIN is {MIN_LENGTH} to {MAX_LENGTH} digits")
    return pin


def hash_pin(pin: str) -> str:
    return _HASHER.hash(validate(pin))


def pin_matches(stored_hash: str, pin: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, pin)
    except (VerificationError, InvalidHashError):
        return False
