"""The badge text: canonical, signed, small enough for the QR code the layouts reserve, strict on parsing.

B2 is what the office issues; B1 badges (the demo camera's, those printed before) are still read.
"""

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


def _qr_version(text: str) -> int:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    return qr.version


def test_longest_text_fits_the_qr_version_the_layouts_reserve(issuer):
    text = issuer.sign("ABCDEF", "ABCD-123", 999)
    assert len(text) == badge.MAX_TEXT_LENGTH
    assert _qr_version(text) <= 7


def test_b2_keeps_the_reference_events_badges_in_the_qr_version_of_b1(issuer):
    """IGA93, five-character numbers, reprints below 100: version 5 at level M, like every B1 badge."""
    assert _qr_version(issuer.sign("IGA93", "M0042", 99)) == 5
    assert _qr_version(issuer.sign("ABCDEF", "ABCD-123", 999, badge_format="B1")) == 5


def test_text_carries_no_personal_data_only_the_fields(issuer):
    text = issuer.sign("IGA93", "M0042", 3)
    assert text.startswith("B2." + issuer.key_id + ".IGA93.M0042.3.") and len(issuer.key_id) == 8
    assert len(text.split(".")[-1]) == badge.SIGNATURE_LENGTH


def test_b1_texts_are_still_read_and_verified(issuer):
    text = issuer.sign("IGA93", "M0042", 1, badge_format="B1")
    claim = badge.parse(text)
    assert text.startswith("B1." + issuer.key_id[:3] + ".") and claim.key_id == issuer.key_id[:3]
    keys = TrustedKeys([issuer._key.public_key()])
    assert claim.key_id in keys and keys.signature_valid(claim)


def test_a_b1_signature_never_passes_for_a_b2_text(issuer):
    old = issuer.sign("IGA93", "M0042", 1, badge_format="B1")
    relabelled = "B2." + issuer.key_id + old[6:]
    assert not TrustedKeys([issuer._key.public_key()]).signature_valid(badge.parse(relabelled))


def test_a_second_key_with_a_taken_id_is_refused():
    key = Ed25519PrivateKey.generate().public_key()
    keys = TrustedKeys([key])
    keys.add(key)  # the same key again is fine
    impostor = Ed25519PrivateKey.generate().public_key()
    keys._keys[badge.key_id(impostor)] = key  # as if the impostor's id were the trusted key's
    with pytest.raises(badge.KeyIdClash):
        keys.add(impostor)


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


def test_a_text_whose_signature_number_is_2_to_the_512_or_more_is_malformed(issuer):
    header = issuer.sign("IGA93", "M0042", 1)[: -badge.SIGNATURE_LENGTH]
    for value in (1 << 512, 42**95 - 1):
        digits = ""
        while value:
            value, digit = divmod(value, 42)
            digits = badge.SIGNATURE_ALPHABET[digit] + digits
        with pytest.raises(BadgeFormatError):
            badge.parse(header + digits.rjust(badge.SIGNATURE_LENGTH, "0"))


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
    ids = {BadgeIssuer(Ed25519PrivateKey.generate()).key_id for _ in range(200)}
    assert len(ids) == 200  # 40-bit ids: a collision among 200 keys has odds of one in fifty million


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300).map(lambda b: b.decode("latin-1")), st.text(max_size=300)))
def test_parser_never_raises_anything_but_format_error(text):
    try:
        badge.parse(text)
    except BadgeFormatError:
        pass


def test_worked_example_of_the_specification():
    issuer = BadgeIssuer(Ed25519PrivateKey.from_private_bytes(bytes(range(32))))
    assert issuer.key_id == "KZDVVJ2U"
    assert issuer.sign("IGA93", "M0042", 1) == (
        "B2.KZDVVJ2U.IGA93.M0042.1.SY0Z+M$328083H2BJ5PK9U9QLX9XAZBK3G5L1K+BLP2TGXA2ZAKDXB-BDKPNQE7U%SVB++DW1"
        "GN2$F1MFGB-JR9$EDGYD00"
    )


def test_worked_example_of_the_b1_specification():
    issuer = BadgeIssuer(Ed25519PrivateKey.from_private_bytes(bytes(range(32))))
    assert issuer.sign("IGA93", "M0042", 1, badge_format="B1") == (
        "B1.KZD.IGA93.M0042.1.QM5JQ%$I8+D0M0P4-X1DDIAKAO9TJ*87-X%IE6-UPI2V$HFNQ105NLPO9K6NKUJ"
        "/YYMMBI4WZ4C6GNGQ56S$W0ST1-%CNYD"
    )
