"""Forward-secure seals: keys only move forwards, epochs follow the clock, files are strict."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain import seal
from kiosk.domain.seal import (
    GENESIS,
    NO_SEAL,
    ChainRow,
    SealFileError,
    SealingKey,
    SealSchedule,
    VerificationKey,
    check_seals,
)

T0 = datetime(2025, 11, 24, 7, 0, tzinfo=UTC)
ROOT = bytes(range(32))


def test_each_epoch_key_is_the_hash_of_the_one_before():
    import hashlib

    assert seal.next_key(ROOT) == hashlib.sha256(b"kiosk-seal" + ROOT).digest()
    assert seal.derive(ROOT, 3) == seal.next_key(seal.next_key(seal.next_key(ROOT)))


def test_epochs_follow_the_clock_and_times_before_set_up_are_epoch_zero():
    schedule = SealSchedule(T0)
    assert schedule.epoch_of(T0 - timedelta(days=300)) == 0
    assert schedule.epoch_of(T0 + timedelta(minutes=14, seconds=59)) == 0
    assert schedule.epoch_of(T0 + timedelta(minutes=15)) == 1
    assert schedule.epoch_start(4) == T0 + timedelta(hours=1)


def test_a_sealing_key_never_moves_backwards_nor_decades_at_once():
    key = SealingKey("gate-1", 5, ROOT, SealSchedule(T0))
    assert key.evolved_to(2) == key
    assert key.evolved_to(10**9).epoch == 5 + seal.MAX_EPOCH_STEPS


def test_key_files_round_trip_and_refuse_anything_else():
    verification = VerificationKey("gate-1", ROOT, SealSchedule(T0))
    assert VerificationKey.from_text(verification.to_text()) == verification
    sealing = verification.sealing_key().evolved_to(3)
    assert SealingKey.from_text(sealing.to_text()) == sealing
    with pytest.raises(SealFileError):
        SealingKey.from_text(verification.to_text())  # a verification key is not a sealing key
    for text in ("", "{}", "not json", '{"format": "kiosk-seal-1", "kind": "verification"}'):
        with pytest.raises(SealFileError):
            VerificationKey.from_text(text)


def _sealed(rows, key, epoch=0):
    made = key.evolved_to(epoch).seal(rows[-1].seq, rows[-1].row_hash, NO_SEAL)
    return made


def test_a_seal_made_with_the_verification_keys_descendant_is_genuine():
    verification = VerificationKey("gate-1", ROOT, SealSchedule(T0))
    rows = [ChainRow(1, T0 + timedelta(minutes=31), "a" * 64)]
    made = _sealed(rows, verification.sealing_key(), epoch=2)
    check = check_seals("gate-1", rows, [made], made, verification, head_expected=True)
    assert check.problem is None and check.genuine


def test_a_seal_made_with_another_key_is_not_genuine():
    verification = VerificationKey("gate-1", ROOT, SealSchedule(T0))
    rows = [ChainRow(1, T0, "a" * 64)]
    stranger = SealingKey("gate-1", 0, b"\x01" * 32, SealSchedule(T0))
    forged = _sealed(rows, stranger)
    problem = check_seals("gate-1", rows, [forged], forged, verification).problem
    assert problem is not None and "not genuine" in problem.message and problem.seq == 1


def test_rows_dated_before_their_seals_epoch_are_named():
    """What someone holding the kiosk at epoch 8 produces when they re-seal the morning's rows."""
    verification = VerificationKey("gate-1", ROOT, SealSchedule(T0))
    rows = [ChainRow(1, T0 + timedelta(minutes=5), "a" * 64), ChainRow(2, T0 + timedelta(hours=2), "b" * 64)]
    late = _sealed(rows, verification.sealing_key(), epoch=8)
    problem = check_seals("gate-1", rows, [late], late, verification).problem
    assert problem is not None and "row seq 1" in problem.message and "sealed again later" in problem.message


def test_an_empty_log_sealed_at_set_up_is_fine_and_no_seal_at_all_is_not():
    verification = VerificationKey("gate-1", ROOT, SealSchedule(T0))
    first = verification.sealing_key().seal(0, GENESIS, NO_SEAL)
    assert check_seals("gate-1", [], [first], first, verification, head_expected=True).problem is None
    problem = check_seals("gate-1", [], [], None, verification).problem
    assert problem is not None and "holds no seal" in problem.message
