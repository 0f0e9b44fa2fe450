"""Texts a column cannot hold are refused alike on SQLite (which would keep them) and PostgreSQL
(which would fail the statement without naming the field); what a camera reads is always logged."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kiosk.domain.accreditation import Status
from kiosk.domain.staff import StaffRole
from kiosk.domain.verdict import Verdict, VerdictCode
from kiosk.storage.models import LogRow
from kiosk.storage.roster_store import RosterStore
from kiosk.storage.scan_log import ScanLog
from kiosk.storage.staff_store import StaffStore
from kiosk.storage.widths import FieldDoesNotFit

from .conftest import NOW, accreditation, import_into, set_status


def scan(log: ScanLog, qr_text: str = "x") -> Verdict:
    return log.record_scan(Verdict(VerdictCode.MALFORMED, "media-entrance", NOW), qr_text)


def test_a_log_field_longer_than_its_column_is_refused_naming_it_and_nothing_is_logged(database):
    log = ScanLog(database, "k" * 65)
    with pytest.raises(FieldDoesNotFit, match="^kiosk_id is longer than 64 characters$"):
        scan(log)
    assert log.count() == 0


def test_a_camera_read_with_nul_or_broken_unicode_is_logged_and_the_chain_verifies(database):
    log = ScanLog(database, "gate-1")
    scan(log, "BOARDING\x00PASS")
    scan(log, "bad bytes \udcff here")
    scan(log, "L" * 1000)
    with database.read() as session:
        kept = session.execute(select(LogRow.qr_text, LogRow.qr_length).order_by(LogRow.seq)).all()
    assert [tuple(row) for row in kept] == [("", 13), ("", 16), ("", 1000)]  # foreign texts: length and digest
    assert log.verify_chain() == []


def test_an_import_value_longer_than_its_column_names_badge_and_field_and_writes_nothing(database):
    with pytest.raises(FieldDoesNotFit, match="^badge P2: country is longer than 100 characters$"):
        import_into(database, [accreditation("P1"), accreditation("P2", country="X" * 101)])
    assert RosterStore(database).count() == 0


def test_a_reason_longer_than_its_column_is_refused_and_the_status_unchanged(database):
    import_into(database, [accreditation("P1")])
    with pytest.raises(FieldDoesNotFit, match="^the reason is longer than 500 characters$"):
        set_status(database, "P1", Status.REVOKED, "r" * 501)
    assert RosterStore(database).get("P1").status is Status.ACTIVE


def test_a_staff_name_longer_than_its_column_is_refused(database):
    staff = StaffStore(database, "gate-1")
    with pytest.raises(FieldDoesNotFit, match="^name is longer than 200 characters$"):
        staff.set_member("1001", "n" * 201, StaffRole.OFFICER, "4817", NOW)
    assert staff.members() == []
