"""The badge text: canonical, signed, small enough for a version-7 QR code, strict on parsing."""

from __future__ import annotations

import pytest
import qrcode
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain import badge
from kiosk.domain.badge import BadgeFormatError, BadgeIssuer, TrustedKeys


def test_signed_text_round_trips_and_verifies(issuer):
    text = issuer.sign("IGA93", "M0042", 1)
    claim = badge.parse(text)
    assert (claim.event_code, claim.badge_number, claim.version) == ("IGA93", "M0042", 1)
    assert claim.key_id == issuer.key_id
    assert TrustedKeys([issuer._key.public_key()]).signature_valid(claim)


def test_longest_text_fits_qr_version_7_level_m(issuer):
    text = issuer.sign("ABCDEF", "ABCD-123", 999)
    assert len(text) == badge.MAX_TEXT_LENGTH
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    assert qr.version <= 7


def test_text_carries_no_personal_data_only_the_fields(issuer):
    text = issuer.sign("IGA93", "M0042", 3)
    assert text.startswith("B1." + issuer.key_id + ".IGA93.M0042.3.")
    assert len(text.split(".")[-1]) == badge.SIGNATURE_LENGTH


@pytest.mark.parametrize("number", ["m0042", "M 42", "-M42", "M42-", "TOOLONG99", ""])
def test_issuing_refuses_noncanonical_badge_numbers(issuer, number):
    with pytest.raises(BadgeFormatError):
        issuer.sign("IGA93", number, 1)


def test_signature_encoding_is_fixed_width_and_reversible():
    for raw in (bytes(64), b"\xff" * 64, bytes(range(64))):
        encoded = badge.encode_signature(raw)
        assert len(encoded) == badge.SIGNATURE_LENGTH
        assert badge.decode_signature(encoded) == raw


def test_signature_digits_above_512_bits_are_refused():
    assert badge.decode_signature("/" * badge.SIGNATURE_LENGTH) is None


@pytest.mark.parametrize(
    "mutate",
    [
        lambda t: t.lower(),
        lambda t: t + " ",
        lambda t: " " + t,
        lambda t: t + "\n",
        lambda t: t.replace(".1.", ".01.", 1),
        lambda t: t[:-1],
        lambda t: t + "0",
    ],
    ids=["lowercase", "trailing-space", "leading-space", "newline", "padded-version", "short", "long"],
)
def test_parser_accepts_only_the_exact_canonical_text(issuer, mutate):
    with pytest.raises(BadgeFormatError):
        badge.parse(mutate(issuer.sign("IGA93", "M0042", 1)))


def test_key_id_differs_between_keys():
    ids = {BadgeIssuer(Ed25519PrivateKey.generate()).key_id for _ in range(20)}
    assert len(ids) >= 19  # 15-bit ids: a collision among 20 keys is very unlikely


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300).map(lambda b: b.decode("latin-1")), st.text(max_size=300)))
def test_parser_never_raises_anything_but_format_error(text):
    try:
        badge.parse(text)
    except BadgeFormatError:
        pass


def test_worked_example_of_the_specification():
    issuer = BadgeIssuer(Ed25519PrivateKey.from_private_bytes(bytes(range(32))))
    assert issuer.key_id == "KZD"
    assert issuer.sign("IGA93", "M0042", 1) == (
        "B1.KZD.IGA93.M0042.1.QM5JQ%$I8+D0M0P4-X1DDIAKAO9TJ*87-X%IE6-UPI2V$HFNQ105NLPO9K6NKUJ"
        "/YYMMBI4WZ4C6GNGQ56S$W0ST1-%CNYD"
    )
