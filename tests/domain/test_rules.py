"""Each verification rule, with a fixed time at the reference event."""

from __future__ import annotations

from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.accreditation import Appointment, Status
from kiosk.domain.badge import BadgeIssuer
from kiosk.domain.programme import Window
from kiosk.domain.rules import Verifier
from kiosk.domain.verdict import PriorAdmission
from kiosk.domain.verdict import VerdictCode as V

from .conftest import EVENT, accreditation, gate, local

MORNING = "2025-11-24 09:00"


def judge(verifier, roster, text, when=MORNING, pinned=None):
    return verifier.judge_text(text, gate(pinned), local(when), roster, roster)


def test_valid_badge_carries_what_the_officer_compares(verifier, roster, issuer):
    verdict = judge(verifier, roster, issuer.sign("IGA93", "M0042", 1))
    assert verdict.code is V.VALID
    assert verdict.session == "opening"
    assert verdict.holder.full_name == "Salma EL AMRANI"
    assert verdict.holder.id_document_last4 == "7K21"
    assert verdict.holder.press_card_number == "PC-2025-118"


@pytest.mark.parametrize("text", ["", "hello", "https://example.org/", "B1." + "A" * 118, "\x00" * 50])
def test_foreign_text_is_malformed(verifier, roster, text):
    assert judge(verifier, roster, text).code is V.MALFORMED


def test_text_signed_by_another_key_is_forged(verifier, roster):
    stranger = BadgeIssuer(Ed25519PrivateKey.generate())
    verdict = judge(verifier, roster, stranger.sign("IGA93", "M0042", 1))
    assert verdict.code is V.FORGED
    assert verdict.detail == "unknown_key"


def test_other_event_badge_from_unknown_key_says_other_event(verifier, roster):
    stranger = BadgeIssuer(Ed25519PrivateKey.generate())
    assert judge(verifier, roster, stranger.sign("IGA92", "M0042", 1)).code is V.OTHER_EVENT


def test_other_event_badge_signed_by_a_trusted_key_says_other_event(verifier, roster, issuer):
    assert judge(verifier, roster, issuer.sign("IGA94", "M0042", 1)).code is V.OTHER_EVENT


def test_every_single_character_change_is_denied_as_forged_or_malformed(verifier, roster, issuer):
    text = issuer.sign("IGA93", "M0042", 1)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$%*+-/. :a"
    for i, original in enumerate(text):
        for char in alphabet:
            if char == original:
                continue
            changed = text[:i] + char + text[i + 1 :]
            code = judge(verifier, roster, changed).code
            assert code in (V.FORGED, V.MALFORMED, V.OTHER_EVENT), (i, char, code)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_texts_are_always_denied_never_raise(verifier, roster, issuer, data):
    genuine = issuer.sign("IGA93", "M0042", 1)
    text = data.draw(
        st.one_of(
            st.text(max_size=200),
            st.binary(max_size=200).map(lambda b: b.decode("utf-8", "replace")),
            st.text(min_size=1, max_size=30).map(lambda s: (s * 10_240)[:10_240]),
            st.integers(0, len(genuine) - 1).flatmap(
                lambda i: st.characters().filter(lambda c: c != genuine[i]).map(
                    lambda c: genuine[:i] + c + genuine[i + 1 :]
                )
            ),
        )
    )
    assert judge(verifier, roster, text).code is not V.VALID


def test_unknown_badge_number(verifier, roster, issuer):
    assert judge(verifier, roster, issuer.sign("IGA93", "M9999", 1)).code is V.UNKNOWN_BADGE


def test_reprint_supersedes_older_badge(verifier, roster, issuer):
    roster.people["M0042"] = accreditation(badge_version=2)
    old = judge(verifier, roster, issuer.sign("IGA93", "M0042", 1))
    assert (old.code, old.current_version) == (V.SUPERSEDED, 2)
    assert judge(verifier, roster, issuer.sign("IGA93", "M0042", 2)).code is V.VALID


@pytest.mark.parametrize("status, code", [(Status.SUSPENDED, V.SUSPENDED), (Status.REVOKED, V.REVOKED)])
def test_status_denies_with_its_reason(verifier, roster, issuer, status, code):
    roster.people["M0042"] = accreditation(status=status, status_reason="credential misuse")
    verdict = judge(verifier, roster, issuer.sign("IGA93", "M0042", 1))
    assert (verdict.code, verdict.status_reason) == (code, "credential misuse")
    assert verdict.holder is not None


def test_closing_only_badge_on_opening_morning_is_wrong_session(verifier, roster, issuer):
    roster.people["M0042"] = accreditation(sessions=frozenset({"closing"}))
    verdict = judge(verifier, roster, issuer.sign("IGA93", "M0042", 1))
    assert verdict.code is V.NOT_ACCREDITED_FOR_SESSION
    assert verdict.session == "opening"
    assert verdict.opens_at == local("2025-11-27 08:00")


def test_plenary_grant_never_admits_media(verifier, roster, issuer):
    roster.people["M0042"] = accreditation(sessions=frozenset({"plenary"}))
    code = judge(verifier, roster, issuer.sign("IGA93", "M0042", 1)).code
    assert code is V.NOT_ACCREDITED_FOR_SESSION


@pytest.mark.parametrize(
    "when, opens, closed",
    [
        ("2025-11-24 07:59", "2025-11-24 08:00", None),
        ("2025-11-24 12:30", "2025-11-27 08:00", "2025-11-24 12:30"),
        ("2025-11-27 13:00", None, "2025-11-27 13:00"),
    ],
    ids=["too-early", "between-sessions", "after-last-closing"],
)
def test_outside_window_says_when_it_opens_or_that_it_closed(verifier, roster, issuer, when, opens, closed):
    verdict = judge(verifier, roster, issuer.sign("IGA93", "M0042", 1), when=when)
    assert verdict.code is V.OUTSIDE_WINDOW
    assert verdict.opens_at == (local(opens) if opens else None)
    assert verdict.closed_at == (local(closed) if closed else None)


def test_window_edges_doors_open_inclusive_entry_close_exclusive(verifier, roster, issuer):
    text = issuer.sign("IGA93", "M0042", 1)
    assert judge(verifier, roster, text, when="2025-11-24 08:00").code is V.VALID
    assert judge(verifier, roster, text, when="2025-11-24 12:29:59").code is V.VALID


def test_already_admitted_says_when_and_where(verifier, roster, issuer):
    roster.admitted[("M0042", "opening", "2025-11-24")] = PriorAdmission(local(MORNING), "media-entrance", "opening")
    verdict = judge(verifier, roster, issuer.sign("IGA93", "M0042", 1), when="2025-11-24 09:30")
    assert verdict.code is V.ALREADY_ADMITTED
    assert verdict.prior.checkpoint == "media-entrance"


def test_admission_to_opening_does_not_use_up_closing(verifier, roster, issuer):
    roster.admitted[("M0042", "opening", "2025-11-24")] = PriorAdmission(local(MORNING), "media-entrance", "opening")
    text = issuer.sign("IGA93", "M0042", 1)
    assert judge(verifier, roster, text, when="2025-11-27 08:30").code is V.VALID


def test_interviews_admit_only_inside_own_appointment(verifier, roster, issuer):
    slot = Appointment(local("2025-11-25 11:00"), local("2025-11-25 11:30"))
    roster.people["M0042"] = accreditation(sessions=frozenset({"interviews"}), appointments=(slot,))
    text = issuer.sign("IGA93", "M0042", 1)
    assert judge(verifier, roster, text, when="2025-11-25 11:10").code is V.VALID
    early = judge(verifier, roster, text, when="2025-11-25 10:00")
    assert (early.code, early.opens_at, early.detail) == (V.OUTSIDE_WINDOW, slot.starts, "appointment")


def test_pinned_session_restricts_the_checkpoint(verifier, roster, issuer):
    text = issuer.sign("IGA93", "M0042", 1)
    code = judge(verifier, roster, text, pinned="press").code
    assert code is V.NOT_ACCREDITED_FOR_SESSION


def test_manual_check_skips_the_badge_but_not_the_rules(verifier, roster):
    acc = replace(accreditation(), status=Status.REVOKED)
    verdict = verifier.judge_holder(acc, gate(), local(MORNING), roster)
    assert (verdict.code, verdict.manual) == (V.REVOKED, True)
    assert verifier.judge_holder(accreditation(), gate(), local(MORNING), roster).code is V.VALID


def test_verdict_json_has_stable_code_and_iso_times(verifier, roster, issuer):
    data = judge(verifier, roster, issuer.sign("IGA93", "M0042", 1)).to_json()
    assert data["code"] == "valid" and data["badge"] == "M0042"
    assert data["at"].startswith("2025-11-24T")
    assert EVENT.code == "IGA93"


def test_a_two_day_appointment_admits_on_each_slot_but_once_per_slot(verifier, roster, issuer):
    first = Appointment(local("2025-11-25 14:00"), local("2025-11-25 14:30"))
    second = Appointment(local("2025-11-26 10:00"), local("2025-11-26 10:30"))
    roster.people["M0042"] = accreditation(sessions=frozenset({"interviews"}), appointments=(first, second))
    text = issuer.sign("IGA93", "M0042", 1)
    on_25 = judge(verifier, roster, text, when="2025-11-25 14:05")
    assert (on_25.code, on_25.occurrence) == (V.VALID, "2025-11-25T14:00+01:00")
    prior = PriorAdmission(on_25.at, "media-entrance", "interviews")
    roster.admitted[("M0042", "interviews", on_25.occurrence)] = prior
    assert judge(verifier, roster, text, when="2025-11-25 14:20").code is V.ALREADY_ADMITTED
    on_26 = judge(verifier, roster, text, when="2025-11-26 10:05")
    assert (on_26.code, on_26.occurrence) == (V.VALID, "2025-11-26T10:00+01:00")


def test_a_session_open_on_several_days_admits_once_a_day(verifier, roster, issuer):
    days = tuple(Window(local(f"2025-11-{d} 08:00"), local(f"2025-11-{d} 18:00")) for d in (25, 26))
    event = replace(EVENT, sessions={**EVENT.sessions, "opening": replace(EVENT.sessions["opening"], windows=days)})
    multi = Verifier(event, verifier.keys)
    text = issuer.sign("IGA93", "M0042", 1)
    monday = multi.judge_text(text, gate(), local("2025-11-25 09:00"), roster, roster)
    assert monday.occurrence == "2025-11-25"
    roster.admitted[("M0042", "opening", "2025-11-25")] = PriorAdmission(monday.at, "media-entrance", "opening")
    assert multi.judge_text(text, gate(), local("2025-11-25 15:00"), roster, roster).code is V.ALREADY_ADMITTED
    assert multi.judge_text(text, gate(), local("2025-11-26 09:00"), roster, roster).code is V.VALID


def test_judging_an_admission_again_sees_a_revocation_made_since_the_scan(verifier, roster, issuer):
    acc = roster.people["M0042"]
    at = local(MORNING)
    assert verifier.judge_admission(acc, gate("opening"), at, roster, version=1).code is V.VALID
    revoked = replace(acc, status=Status.REVOKED)
    assert verifier.judge_admission(revoked, gate("opening"), at, roster, version=1).code is V.REVOKED
    reprinted = replace(acc, badge_version=2)
    assert verifier.judge_admission(reprinted, gate("opening"), at, roster, version=1).code is V.SUPERSEDED
    later = local("2025-11-24 13:00")
    assert verifier.judge_admission(acc, gate("opening"), later, roster, version=1).code is V.OUTSIDE_WINDOW
