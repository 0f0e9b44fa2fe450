"""Key files: the issuing office's private keys and the public keys a kiosk trusts.

A kiosk's home holds only keys/trusted/*.pub; the office's home also holds keys/issuer-<id>.pem.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.domain.badge import BadgeIssuer, KeyIdClash, TrustedKeys, key_id
from kiosk.errors import KioskError
from kiosk.private_files import write_new


class KeyFileError(KioskError):
    pass


def generate(keys_dir: Path) -> str:
    """A new signing key pair; the public half is trusted at once. Returns the key id.

    An existing key file is never overwritten: a new key whose id is taken is refused.
    """
    private = Ed25519PrivateKey.generate()
    kid = key_id(private.public_key())
    private_path, public_path = keys_dir / f"issuer-{kid}.pem", keys_dir / "trusted" / f"{kid}.pub"
    if private_path.exists() or public_path.exists() or kid in load_trusted(keys_dir / "trusted").ids():
        raise KeyFileError(f"a key with id {kid} exists already in {keys_dir}: nothing was written; run it again")
    write_private(private_path, private)
    write_public(public_path, private.public_key())
    return kid


def write_private(path: Path, private: Ed25519PrivateKey) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    try:
        write_new(path, data)
    except FileExistsError:
        raise KeyFileError(f"{path} exists already: a private key is never overwritten") from None


def write_public(path: Path, public: Ed25519PublicKey) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    try:
        write_new(path, data)
    except FileExistsError:
        raise KeyFileError(f"{path} exists already: a trusted key is never overwritten") from None


def load_trusted(trusted_dir: Path) -> TrustedKeys:
    keys = TrustedKeys()
    for path in sorted(trusted_dir.glob("*.pub")):
        key = _read_public(path)
        try:
            keys.add(key)
        except KeyIdClash as exc:
            raise KeyFileError(f"{path}: {exc}; remove the key that is not the office's") from None
    return keys


def trust(trusted_dir: Path, public_pem: Path) -> str:
    """Adds a public key file (from the issuing office) to a kiosk; refuses one whose id is taken."""
    key = _read_public(public_pem)
    kid = key_id(key)
    trusted = load_trusted(trusted_dir)
    if trusted.holds(key):
        return kid
    if kid in trusted.ids():
        raise KeyFileError(
            f"refused: key id {kid} is already trusted for a different key (a clash, or a forgery); "
            "nothing was changed"
        )
    write_public(trusted_dir / f"{kid}.pub", key)
    return kid


def _read_public(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except OSError as exc:
        raise KeyFileError(f"cannot read public key {path}: {exc.strerror}") from None
    except ValueError:
        raise KeyFileError(f"{path} is not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(f"{path} is not an Ed25519 key")
    return key


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
