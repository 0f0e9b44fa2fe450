"""Admission claims on a site's database: one standing per occasion by a constraint, a retry counts once,
an offline loser is kept as a conflict, an annulment lets the conflict stand. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.domain.site import AdmissionClaim, ClaimState, ClaimStatus
from kiosk.storage.database import Database
from kiosk.storage.site_claims import SiteClaims, Uploaded

AT = datetime(2025, 11, 24, 8, 41, tzinfo=UTC)


def claim(client_id: str, kiosk: str = "lane-a", badge: str = "M0042", **changes: object) -> AdmissionClaim:
    values: dict[str, object] = {
        "client_id": client_id, "badge_number": badge, "session": "opening", "occurrence": "2025-11-24",
        "kiosk_id": kiosk, "checkpoint": "media-entrance", "officer": "1001", "at": AT,
    }
    values.update(changes)
    return AdmissionClaim(**values)  # type: ignore[arg-type]


def test_the_second_lane_loses_and_is_told_where_when_and_by_whom(database: Database):
    claims = SiteClaims(database)
    assert claims.claim(claim("a-1")).status is ClaimStatus.WON
    lost = claims.claim(claim("b-1", kiosk="lane-b", officer="2002", at=AT + timedelta(seconds=30)))
    assert lost.status is ClaimStatus.LOST
    assert lost.winner is not None
    assert (lost.winner.checkpoint, lost.winner.at, lost.winner.officer) == ("media-entrance", AT, "1001")
    assert claims.counts()[ClaimState.STANDING] == 1


def test_a_retry_of_a_claim_that_committed_wins_and_counts_once(database: Database):
    claims = SiteClaims(database)
    assert claims.claim(claim("a-1")).won
    assert claims.claim(claim("a-1")).won
    assert claims.counts() == {ClaimState.STANDING: 1, ClaimState.CONFLICT: 0, ClaimState.ANNULLED: 0}


def test_another_occurrence_or_session_is_another_admission(database: Database):
    claims = SiteClaims(database)
    assert claims.claim(claim("a-1")).won
    assert claims.claim(claim("a-2", occurrence="2025-11-25")).won
    assert claims.claim(claim("a-3", session="closing")).won
    assert claims.counts()[ClaimState.STANDING] == 3


def upload(database: Database, admission: AdmissionClaim, seq: int = 7) -> Uploaded:
    claims = SiteClaims(database)
    with database.write() as session:
        return claims.take_uploaded(session, admission, seq)


def test_an_offline_admission_that_lost_is_stored_as_a_conflict_and_listed(database: Database):
    claims = SiteClaims(database)
    assert claims.claim(claim("b-1", kiosk="lane-b", officer="2002")).won
    assert upload(database, claim("a-1", offline=True, at=AT - timedelta(minutes=1))) is Uploaded.CONFLICT
    [conflict] = claims.conflicts()
    assert (conflict.badge_number, conflict.session, conflict.occurrence) == ("M0042", "opening", "2025-11-24")
    assert (conflict.conflict.kiosk_id, conflict.conflict.offline) == ("lane-a", True)
    assert conflict.standing is not None and conflict.standing.kiosk_id == "lane-b"
    assert upload(database, claim("a-1", offline=True)) is Uploaded.ALREADY, "a re-upload adds nothing"
    assert claims.counts() == {ClaimState.STANDING: 1, ClaimState.CONFLICT: 1, ClaimState.ANNULLED: 0}


def test_the_upload_of_a_claim_taken_online_is_a_no_op(database: Database):
    claims = SiteClaims(database)
    assert claims.claim(claim("a-1")).won
    assert upload(database, claim("a-1")) is Uploaded.ALREADY
    assert claims.conflicts() == []
    assert claims.counts()[ClaimState.STANDING] == 1


def test_annulling_the_standing_admission_lets_the_conflict_stand(database: Database):
    claims = SiteClaims(database)
    assert claims.claim(claim("b-1", kiosk="lane-b")).won
    assert upload(database, claim("a-1", offline=True)) is Uploaded.CONFLICT
    with database.write() as session:
        assert claims.annul(session, "b-1")
    assert claims.conflicts() == []
    [standing] = claims.admissions()
    assert standing.client_id == "a-1"
    with database.write() as session:
        assert not claims.annul(session, "b-1"), "an annulment uploaded twice annuls once"
    assert claims.claim(claim("c-1", kiosk="lane-c")).status is ClaimStatus.LOST
