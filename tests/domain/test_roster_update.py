"""Stricter wins: what a roster may do to a status this machine holds."""

from __future__ import annotations

import pytest

from kiosk.domain.accreditation import Status
from kiosk.domain.roster_update import HeldStatus, StatusOrigin, keeps_when_absent, merge_status

A, S, R = Status.ACTIVE, Status.SUSPENDED, Status.REVOKED
LOCAL, ROSTER = StatusOrigin.LOCAL, StatusOrigin.ROSTER


@pytest.mark.parametrize(
    "held, origin, offered, acknowledged, result, kept",
    [
        (R, LOCAL, A, set(), R, True),  # a revocation at the door survives an active roster
        (S, LOCAL, A, set(), S, True),
        (R, LOCAL, S, set(), R, True),  # revoked is stricter than suspended
        (S, LOCAL, R, set(), R, False),  # the roster is stricter: it wins
        (R, LOCAL, R, set(), R, False),  # the same: the roster's (its reason, its origin)
        (R, LOCAL, A, {"gate-1#17"}, A, False),  # the office saw this revocation and lifted it
        (R, LOCAL, A, {"gate-1#16"}, R, True),  # the office saw an earlier change, not this one
        (A, LOCAL, R, set(), R, False),  # a reinstatement here is not stricter than anything
        (R, ROSTER, A, set(), A, False),  # the office's own revocation is the office's to lift
    ],
)
def test_merge_keeps_a_stricter_hand_status_until_acknowledged(held, origin, offered, acknowledged, result, kept):
    mine = HeldStatus(held, "stolen", origin, "gate-1#17" if origin is LOCAL else "")
    status, was_kept = merge_status(mine, offered, "office", frozenset(acknowledged))
    assert (status.status, was_kept) == (result, kept)
    assert status.origin is (LOCAL if kept else ROSTER)
    assert status.reason == ("stolen" if kept else "office")


def test_a_new_badge_takes_the_roster_status():
    status, kept = merge_status(None, S, "pending check", frozenset())
    assert (status, kept) == (HeldStatus(S, "pending check"), False)


def test_only_a_stricter_hand_status_keeps_a_badge_the_roster_dropped():
    assert keeps_when_absent(HeldStatus(R, "", LOCAL, "k#1"))
    assert not keeps_when_absent(HeldStatus(A, "", LOCAL, "k#1"))
    assert not keeps_when_absent(HeldStatus(R, "", ROSTER))
