"""The package format: signed under its own context, canonical, strict; every refusal has its reason."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain import badge
from kiosk.domain.accreditation import Appointment, Status
from kiosk.domain.badge import BadgeIssuer, TrustedKeys
from kiosk.domain.roster_package import (
    MAX_PACKAGE_BYTES,
    MAX_PHOTO_BYTES,
    SIGNING_CONTEXT,
    PackageEntry,
    PackageRefusal,
    PackageRefused,
    build_body,
    canonical,
    check_size,
    open_package,
    photo_name,
    seal,
)

from .conftest import EVENT, accreditation, local

CREATED = datetime(2025, 11, 24, 6, 40, tzinfo=UTC)
PHOTO = b"\x89PNG not really a picture"


@pytest.fixture
def keys(issuer: BadgeIssuer) -> TrustedKeys:
    return TrustedKeys([issuer._key.public_key()])


def entries() -> list[PackageEntry]:
    slot = Appointment(local("2025-11-25 14:00"), local("2025-11-25 14:30"))
    return [
        PackageEntry(accreditation(badge_number="M0043", status=Status.REVOKED, status_reason="stolen")),
        PackageEntry(
            accreditation(photo=photo_name(PHOTO, ".png"), badge_version=2, sessions=frozenset({"interviews"}),
                          appointments=(slot,)),
            frozenset({"gate-1#17"}),
        ),
    ]


def package(issuer: BadgeIssuer, serial: int = 12, event: str = "IGA93", items: list | None = None) -> bytes:
    body = build_body(event, serial, CREATED, issuer.key_id, items or entries(), {photo_name(PHOTO, ".png"): PHOTO})
    return seal(issuer, body)


def refused(data: bytes, keys: TrustedKeys) -> PackageRefusal:
    with pytest.raises(PackageRefused) as exc:
        open_package(data, keys, EVENT)
    assert "\n" not in str(exc.value) and "nothing was changed" in str(exc.value)
    return exc.value.reason


def test_a_sealed_package_opens_to_the_same_roster(issuer, keys):
    opened = open_package(package(issuer), keys, EVENT)
    assert (opened.event_code, opened.serial, opened.created_at, opened.key_id) == ("IGA93", 12, CREATED, issuer.key_id)
    assert [e.accreditation.badge_number for e in opened.entries] == ["M0042", "M0043"]
    by_number = {e.accreditation.badge_number: e for e in opened.entries}
    assert by_number["M0042"].accreditation == entries()[1].accreditation
    assert by_number["M0042"].acknowledged == {"gate-1#17"}
    assert by_number["M0043"].accreditation.status is Status.REVOKED
    assert opened.photos == {photo_name(PHOTO, ".png"): PHOTO}
    assert len(opened.digest) == 64


def test_the_body_is_canonical_and_the_same_roster_gives_the_same_bytes(issuer):
    first, second = package(issuer), package(issuer, items=list(reversed(entries())))
    assert first == second
    body = first.split(b"\n", 1)[1]
    assert canonical(json.loads(body)) == body


def test_every_single_byte_changed_is_refused(issuer, keys):
    data = package(issuer)
    for i in range(len(data)):
        changed = data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :]
        with pytest.raises(PackageRefused) as exc:
            open_package(changed, keys, EVENT)
        header = i <= data.index(b"\n")  # the signature line: unknown key, not a package, or bad signature
        assert exc.value.reason is PackageRefusal.BAD_SIGNATURE or header, (i, exc.value.reason)


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda data: data.split(b"\n", 1)[1], PackageRefusal.UNSIGNED),
        (lambda data: b"KIOSK-ROSTER-PACKAGE/1\n" + data.split(b"\n", 1)[1], PackageRefusal.UNSIGNED),
        (lambda data: b"%PDF-1.7\n" + data, PackageRefusal.NOT_A_PACKAGE),
        (lambda data: b"", PackageRefusal.NOT_A_PACKAGE),
    ],
    ids=["body-alone", "no-signature", "another-file", "empty"],
)
def test_unsigned_and_foreign_files_are_refused(issuer, keys, make, reason):
    assert refused(make(package(issuer)), keys) is reason


def test_a_package_signed_by_another_key_is_refused_as_unknown(issuer, keys):
    stranger = BadgeIssuer(Ed25519PrivateKey.generate())
    assert refused(package(stranger), keys) is PackageRefusal.UNKNOWN_KEY


def test_a_package_of_another_event_is_refused(issuer, keys):
    assert refused(package(issuer, event="IGA94"), keys) is PackageRefusal.OTHER_EVENT


def test_a_signed_but_non_canonical_body_is_malformed(issuer, keys):
    body = build_body("IGA93", 3, CREATED, issuer.key_id, entries(), {photo_name(PHOTO, ".png"): PHOTO})
    spaced = json.dumps(json.loads(body), indent=1).encode()
    assert refused(seal(issuer, spaced), keys) is PackageRefusal.MALFORMED


def test_a_photo_that_does_not_match_its_name_is_malformed(issuer, keys):
    name = photo_name(PHOTO, ".png")
    body = build_body("IGA93", 3, CREATED, issuer.key_id, entries(), {name: PHOTO + b"x"})
    assert refused(seal(issuer, body), keys) is PackageRefusal.MALFORMED


def test_sizes_are_capped(issuer, keys):
    with pytest.raises(PackageRefused) as exc:
        check_size(MAX_PACKAGE_BYTES + 1)
    assert exc.value.reason is PackageRefusal.TOO_LARGE
    check_size(MAX_PACKAGE_BYTES)
    big = b"\xff" * (MAX_PHOTO_BYTES + 1)
    name = photo_name(big, ".jpg")
    items = [PackageEntry(accreditation(photo=name))]
    assert refused(seal(issuer, build_body("IGA93", 3, CREATED, issuer.key_id, items, {name: big})), keys) is (
        PackageRefusal.TOO_LARGE
    )


def test_invalid_content_is_malformed_with_the_badge_named(issuer, keys):
    items = [PackageEntry(replace(accreditation(), sessions=frozenset({"plenary"})))]
    body = build_body("IGA93", 3, CREATED, issuer.key_id, items, {})
    with pytest.raises(PackageRefused, match="badge M0042: session 'plenary'") as exc:
        open_package(seal(issuer, body), keys, EVENT)
    assert exc.value.reason is PackageRefusal.MALFORMED


def test_a_badge_signature_never_passes_for_a_package(issuer, keys):
    text = issuer.sign("IGA93", "M0042", 1)
    claim = badge.parse(text)
    signature = badge.decode_signature(claim.signature)
    assert signature is not None and keys.signature_valid(claim)
    # the badge's own header bytes, signed as a badge, presented as a package body
    forged = b" ".join((b"KIOSK-ROSTER-PACKAGE/1", issuer.key_id.encode(), base64.b64encode(signature)))
    assert refused(forged + b"\n" + claim.header.encode(), keys) is PackageRefusal.BAD_SIGNATURE


def test_a_package_signature_never_passes_for_a_badge(issuer, keys):
    header = badge.header_for(issuer.key_id, "IGA93", "M0042", 1)
    as_package = issuer.sign_message(SIGNING_CONTEXT + header.encode())
    claim = badge.parse(header + badge.encode_signature(as_package))
    assert not keys.signature_valid(claim)


def test_the_worked_example_of_the_specification():
    """docs/roster-package.md, "Worked example": the same key and roster give these exact bytes."""
    import hashlib

    from kiosk.domain.accreditation import Accreditation, IdDocumentType, MediaType, Role

    issuer = BadgeIssuer(Ed25519PrivateKey.from_private_bytes(bytes(range(32))))
    photo = bytes.fromhex("ffd8ffe02064656d6f20ffd9")
    name = photo_name(photo, ".jpg")
    acc = Accreditation(
        badge_number="M0042", family_name="El Amrani", given_names="Salma", outlet="Le Matin",
        media_type=MediaType.PRINT, role=Role.JOURNALIST, country="MA", id_document_type=IdDocumentType.NATIONAL_ID,
        id_document_last4="7K21", sessions=frozenset({"opening", "closing"}), press_card_number="PC-2025-118",
        press_card_issuer="CNP", photo=name, status=Status.REVOKED, status_reason="badge stolen", badge_version=2,
    )
    entry = PackageEntry(acc, frozenset({"gate-1-a1b2c3#17"}))
    body = build_body("IGA93", 12, datetime(2025, 11, 24, 6, 40, tzinfo=UTC), issuer.key_id, [entry], {name: photo})
    data = seal(issuer, body)
    assert data.startswith(
        b"KIOSK-ROSTER-PACKAGE/1 KZDVVJ2U D5FBfjsJosV04HdaCUjPL8M6rH0B7bC9Hwj+DMu1fdVK4OOu6W+KbYkICGtnsG9PCg9iTHoRp"
        b"OBDvLaLO1q2CA==\n{\"accreditations\":[{\"acknowledged\":[\"gate-1-a1b2c3#17\"]"
    )
    assert name == "a4b3a25d48e62e09d95a.jpg"
    assert len(data) == 832
    assert hashlib.sha256(body).hexdigest() == "2c703c94e6d37a9d1d5c5688441e394d0b5358a76d3385aaabe7e0bf3c136fa3"
