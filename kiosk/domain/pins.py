"""PIN hashing with Argon2: a PIN is short, so only a slow, salted hash is stored, never the PIN.

A PIN anyone would try first is refused: one digit repeated (0000), a run up or down (1234, 9876, or by
a steady step: 2468, 7531), or a short block repeated (1212, 123123).
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.errors import UsageError

_HASHER = PasswordHasher()  # argon2id with the library's current recommended costs
MIN_LENGTH = 4
MAX_LENGTH = 8  # the kiosk's keypad takes eight digits


def validate(pin: str) -> str:
    if not (pin.isascii() and pin.isdigit()) or not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        raise UsageError(f"a PIN is {MIN_LENGTH} to {MAX_LENGTH} digits")
    if is_trivial(pin):
        raise UsageError("that PIN is one anyone would try first (repeated digits or a run): choose another")
    return pin


def is_trivial(pin: str) -> bool:
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:], strict=False)}
    if len(steps) == 1:  # 0000, 1234 (7890 too), 9876, 2468
        return True
    return any(len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size) for size in range(1, len(pin) // 2 + 1))


def hash_pin(pin: str) -> str:
    return _HASHER.hash(validate(pin))


def pin_matches(stored_hash: str, pin: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, pin)
    except (VerificationError, InvalidHashError):
        return False
