"""Key files: the issuing office's private keys and the public keys a kiosk trusts.

A kiosk's home holds only keys/trusted/*.pub; the office's home also holds keys/issuer-<id>.pem.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.domain.badge import BadgeIssuer, TrustedKeys, key_id
from kiosk.errors import KioskError


class KeyFileError(KioskError):
    pass


def generate(keys_dir: Path) -> str:
    """A new signing key pair; the public half is trusted at once. Returns the key id."""
    private = Ed25519PrivateKey.generate()
    kid = key_id(private.public_key())
    write_private(keys_dir / f"issuer-{kid}.pem", private)
    write_public(keys_dir / "trusted" / f"{kid}.pub", private.public_key())
    return kid


def write_private(path: Path, private: Ed25519PrivateKey) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def write_public(path: Path, public: Ed25519PublicKey) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )


def load_trusted(trusted_dir: Path) -> TrustedKeys:
    keys = TrustedKeys()
    for path in sorted(trusted_dir.glob("*.pub")):
        try:
            key = serialization.load_pem_public_key(path.read_bytes())
        except ValueError:
            raise KeyFileError(f"{path} is not a PEM public key") from None
        if not isinstance(key, Ed25519PublicKey):
            raise KeyFileError(f"{path} is not an Ed25519 key")
        keys.add(key)
    return keys


def trust(trusted_dir: Path, public_pem: Path) -> str:
    """Adds a public key file (from the issuing office) to a kiosk."""
    try:
        key = serialization.load_pem_public_key(public_pem.read_bytes())
    except (OSError, ValueError) as exc:
        raise KeyFileError(f"cannot read public key {public_pem}: {exc}") from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(f"{public_pem} is not an Ed25519 key")
    kid = key_id(key)
    write_public(trusted_dir / f"{kid}.pub", key)
    return kid


def load_issuer(keys_dir: Path, kid: str | None = None) -> BadgeIssuer:
    """The newest issuer key (or the one named): only the accreditation office has any."""
    candidates = sorted(keys_dir.glob("issuer-*.pem"), key=lambda p: p.stat().st_mtime)
    if kid:
        candidates = [p for p in candidates if p.stem == f"issuer-{kid}"]
    if not candidates:
        raise KeyFileError(
            f"no issuing key in {keys_dir}: run `kiosk keys generate` (only at the accreditation office)"
        )
    try:
        private = serialization.load_pem_private_key(candidates[-1].read_bytes(), password=None)
    except ValueError:
        raise KeyFileError(f"{candidates[-1]} is not a readable private key") from None
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyFileError(f"{candidates[-1]} is not an Ed25519 key")
    return BadgeIssuer(private)
