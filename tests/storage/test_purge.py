"""The purge erases names on both databases, keeps counts and the log chain, and leaves no old row behind."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from kiosk.domain.staff import StaffRole
from kiosk.domain.verdict import Verdict, VerdictCode
from kiosk.storage.database import Database
from kiosk.storage.purge import purge_personal_data
from kiosk.storage.roster_store import RosterStore
from kiosk.storage.scan_log import ScanLog
from kiosk.storage.staff_store import StaffStore

from .conftest import NOW, accreditation, import_into

NAMES = ("Belkadiri", "Nour", "Chiefofficer")


def fill(database: Database) -> None:
    import_into(database, [accreditation("M1", family_name="Belkadiri", given_names="Nour"), accreditation("M2")])
    StaffStore(database, "gate-1").set_member("SUP1", "Chiefofficer", StaffRole.SUPERVISOR, "4817", NOW)
    log = ScanLog(database, "gate-1")
    log.record_scan(Verdict(VerdictCode.VALID, "media-entrance", NOW, "M1", 1, session="opening"), "x")


def test_purge_erases_names_and_keeps_badges_and_the_chain(database: Database, tmp_path: Path):
    fill(database)
    report = purge_personal_data(database, tmp_path / "photos")
    assert (report.accreditations, report.staff) == (2, 1)
    roster = RosterStore(database).all()
    assert [(a.badge_number, a.family_name, a.given_names) for a in roster] == [("M1", "", ""), ("M2", "", "")]
    assert ScanLog(database, "gate-1").verify_chain() == []


def test_purge_on_postgresql_leaves_no_old_row_version_in_the_tables(postgres_url, tmp_path):
    database = Database(postgres_url)
    fill(database)
    purge_personal_data(database, tmp_path / "photos")
    pages = b""
    with database.engine.begin() as connection:
        connection.execute(text("CREATE EXTENSION pageinspect"))  # reads pages as they are, dead rows too
        for table in ("accreditation", "staff"):
            size = text("SELECT pg_relation_size(:table) / current_setting('block_size')::int")
            blocks = connection.execute(size, {"table": table}).scalar_one()
            raw = text("SELECT get_raw_page(:table, block) FROM generate_series(0, :blocks - 1) AS block")
            pages += b"".join(connection.execute(raw, {"table": table, "blocks": blocks}).scalars())
    database.dispose()
    assert pages and not [name for name in NAMES if name.encode() in pages]
