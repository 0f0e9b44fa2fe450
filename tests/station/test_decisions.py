"""Recording "admitted" judges the holder again, at the decision's time, in the decision's transaction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from kiosk.domain.accreditation import Status
from kiosk.domain.log import DecisionError, DecisionRefusal
from kiosk.domain.staff import StaffRole
from kiosk.domain.verdict import Decision, RefusalReason, VerdictCode
from kiosk.station.station import Station
from tests.fixtures.homes import kiosk_cli

from .conftest import MORNING, Pair


@pytest.fixture
def texts(pair: Pair) -> dict[str, str]:
    """Badge texts signed at the office, which holds the key."""
    with pair.at_office() as office:
        return {n: office.badge_text(n) for n in ("M0001", "M0002", "M0003")}


@pytest.fixture
def kiosk(pair: Pair, texts: dict[str, str]) -> Iterator[Station]:
    """The pair's kiosk, with the office's roster applied, on the opening morning."""
    pair.apply(pair.publish())
    pair.clock.set(MORNING)
    with pair.at_kiosk() as station:
        yield station


def admissions(station: Station) -> int:
    with station.database.engine.connect() as c:
        return c.execute(text("SELECT count(*) FROM admission")).scalar_one()


def refusal(station: Station, scan_id: int, decision: Decision = Decision.ADMITTED, **kwargs) -> DecisionError:  # noqa: ANN003
    rows, admitted = station.log.count(), admissions(station)
    with pytest.raises(DecisionError) as exc:
        station.checkpoint_service().decide(scan_id, decision, **kwargs)
    assert (station.log.count(), admissions(station)) == (rows, admitted), "a refused decision records nothing"
    return exc.value


def test_decide_admit_after_a_revocation_exits_non_zero_with_the_reason_and_records_nothing(pair: Pair):
    pair.apply(pair.publish())
    with pair.at_office() as office:
        badge = office.badge_text("M0002")
    scan = json.loads(kiosk_cli(pair.kiosk, "verify", badge, "--now", "2025-11-24T09:00+01:00").stdout)
    assert scan["code"] == "valid"
    assert kiosk_cli(pair.kiosk, "roster", "revoke", "M0002", "--reason", "stolen").returncode == 0
    result = kiosk_cli(pair.kiosk, "decide", str(scan["scan_id"]), "admit", "--now", "2025-11-24T09:01+01:00")
    assert result.returncode == 1
    assert result.stderr == "kiosk: not admitted: badge M0002 is revoked\n"
    with Station.open(pair.kiosk) as station:
        assert admissions(station) == 0
        assert not [e for e in station.log.entries() if e.kind == "decision"]


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda s: s.set_badge_status("M0001", Status.SUSPENDED, "check"), DecisionRefusal.SUSPENDED),
        (lambda s: s.set_badge_status("M0001", Status.REVOKED, "stolen"), DecisionRefusal.REVOKED),
        (lambda s: s.roster.bump_version("M0001", s.clock.now()), DecisionRefusal.SUPERSEDED),
    ],
    ids=["suspended", "revoked", "reissued"],
)
def test_an_admission_is_refused_when_the_holder_changed_since_the_scan(kiosk: Station, texts, change, reason):
    scan = kiosk.checkpoint_service().scan(texts["M0001"])
    change(kiosk)
    assert refusal(kiosk, scan.scan_id).reason is reason


def test_an_admission_after_the_session_closed_is_refused(kiosk: Station, texts):
    kiosk.clock.set(datetime.fromisoformat("2025-11-24T12:25:00+01:00"))  # entry closes at 12:30
    scan = kiosk.checkpoint_service().scan(texts["M0001"])
    kiosk.clock.advance(timedelta(minutes=6))
    assert refusal(kiosk, scan.scan_id).reason is DecisionRefusal.OUTSIDE_WINDOW


def test_a_decision_before_its_scan_or_past_the_limit_is_refused(kiosk: Station, texts):
    scan = kiosk.checkpoint_service().scan(texts["M0001"])
    kiosk.clock.advance(timedelta(seconds=-1))
    assert refusal(kiosk, scan.scan_id).reason is DecisionRefusal.BEFORE_SCAN
    kiosk.clock.advance(timedelta(minutes=10, seconds=2))
    late = refusal(kiosk, scan.scan_id, Decision.REFUSED, reason=RefusalReason.OTHER)
    assert late.reason is DecisionRefusal.SCAN_EXPIRED and "more than 10 minutes old" in str(late)
    kiosk.clock.advance(timedelta(seconds=-2))  # exactly ten minutes: still in time
    assert kiosk.checkpoint_service().decide(scan.scan_id, Decision.ADMITTED).decision is Decision.ADMITTED


def test_an_unknown_officer_is_refused_and_a_known_one_recorded(kiosk: Station, texts):
    kiosk.staff.set_member("1001", "A. Benali", StaffRole.OFFICER, "4817", kiosk.clock.now())
    scan = kiosk.checkpoint_service().scan(texts["M0001"])
    assert refusal(kiosk, scan.scan_id, officer="9999").reason is DecisionRefusal.UNKNOWN_OFFICER
    assert kiosk.checkpoint_service().decide(scan.scan_id, Decision.ADMITTED, officer="1001").officer == "1001"


def test_a_badge_admitted_meanwhile_is_refused_by_the_second_decision(kiosk: Station, texts):
    service = kiosk.checkpoint_service()
    first, second = service.scan(texts["M0001"]), service.scan(texts["M0001"])
    assert first.code is second.code is VerdictCode.VALID
    service.decide(first.scan_id, Decision.ADMITTED)
    refused = refusal(kiosk, second.scan_id)
    assert refused.reason is DecisionRefusal.ALREADY_ADMITTED
    assert refused.prior is not None and refused.prior.checkpoint == first.checkpoint, "where the first one was"


def test_a_two_day_appointment_admits_on_both_days(kiosk: Station, texts):
    service = kiosk.checkpoint_service()
    for day, slot in (("2025-11-25", "14:05"), ("2025-11-26", "10:05")):
        kiosk.clock.set(datetime.fromisoformat(f"{day}T{slot}:00+01:00"))
        verdict = service.scan(texts["M0003"])
        assert verdict.code is VerdictCode.VALID, (day, verdict.code)
        service.decide(verdict.scan_id, Decision.ADMITTED)
        kiosk.clock.advance(timedelta(minutes=5))
        assert service.scan(texts["M0003"]).code is VerdictCode.ALREADY_ADMITTED  # once per slot
    assert admissions(kiosk) == 2


def test_a_one_day_session_admits_once_as_before(kiosk: Station, texts):
    service = kiosk.checkpoint_service()
    verdict = service.scan(texts["M0002"])
    service.decide(verdict.scan_id, Decision.ADMITTED)
    kiosk.clock.advance(timedelta(hours=1))
    again = service.scan(texts["M0002"])
    assert (again.code, again.occurrence) == (VerdictCode.ALREADY_ADMITTED, "2025-11-24")
