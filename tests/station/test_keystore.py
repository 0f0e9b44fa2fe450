"""Keys: a clash of key ids is refused, never resolved by replacing a key; key files are never overwritten."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain import badge
from kiosk.station import keystore
from kiosk.station.keystore import KeyFileError


@pytest.fixture
def clashing(monkeypatch):
    """Every key gets the same id: what a brute-force search for a clash would produce."""
    def same_id(key, badge_format=badge.FORMAT):  # noqa: ANN001, ANN202
        return "AAAAAAAA"[: badge.KEY_ID_LENGTHS[badge_format]]

    monkeypatch.setattr(badge, "key_id", same_id)
    monkeypatch.setattr(keystore, "key_id", badge.key_id)


def pem(tmp_path, name):
    path = tmp_path / name
    public = Ed25519PrivateKey.generate().public_key()
    path.write_bytes(public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return path


def test_trusting_a_second_key_with_a_taken_id_is_refused_and_the_first_stays(tmp_path, clashing):
    trusted = tmp_path / "trusted"
    office, impostor = pem(tmp_path, "office.pub"), pem(tmp_path, "impostor.pub")
    assert keystore.trust(trusted, office) == "AAAAAAAA"
    stored = (trusted / "AAAAAAAA.pub").read_bytes()
    with pytest.raises(KeyFileError, match="already trusted for a different key"):
        keystore.trust(trusted, impostor)
    assert (trusted / "AAAAAAAA.pub").read_bytes() == stored == office.read_bytes()
    assert keystore.trust(trusted, office) == "AAAAAAAA"  # the same key again: nothing to do


def test_generate_never_overwrites_the_offices_private_key(tmp_path, clashing):
    kid = keystore.generate(tmp_path)
    private = (tmp_path / f"issuer-{kid}.pem").read_bytes()
    with pytest.raises(KeyFileError, match="exists already"):
        keystore.generate(tmp_path)
    assert (tmp_path / f"issuer-{kid}.pem").read_bytes() == private


def test_a_b1_kiosks_trusted_keys_still_verify_its_badges(tmp_path):
    private = Ed25519PrivateKey.generate()
    issuer = badge.BadgeIssuer(private)
    trusted = tmp_path / "trusted"
    trusted.mkdir()
    keystore.write_public(trusted / f"{issuer.key_id[:3]}.pub", private.public_key())  # named as B1 homes name it
    keys = keystore.load_trusted(trusted)
    for text in (issuer.sign("IGA93", "M0001", 1, badge_format="B1"), issuer.sign("IGA93", "M0001", 1)):
        assert keys.signature_valid(badge.parse(text))
