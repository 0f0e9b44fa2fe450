"""A kiosk's log replicated to the site: in order, a re-upload is a no-op, another hash for a sequence
number the site holds raises a fork alarm, and the site's copy of each chain verifies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from kiosk.domain.log import LogKind
from kiosk.domain.site import AlarmKind
from kiosk.domain.verdict import Verdict, VerdictCode
from kiosk.storage.database import Database
from kiosk.storage.models import LogRow
from kiosk.storage.scan_log import ScanLog
from kiosk.storage.site_log import SiteLog, local_rows

T0 = datetime(2025, 11, 24, 8, 0, tzinfo=UTC)


@pytest.fixture
def lane(tmp_path: Path):  # noqa: ANN201 - a ScanLog on the lane's own SQLite file
    database = Database(f"sqlite:///{tmp_path / 'lane.db'}")
    database.migrate()
    yield ScanLog(database, "lane-a")
    database.dispose()


def scans(log: ScanLog, count: int, start: int = 0) -> None:
    for i in range(start, start + count):
        log.record_scan(Verdict(VerdictCode.FORGED, "media-entrance", T0 + timedelta(seconds=i)), f"not a badge {i}")


def upload(site: SiteLog, log: ScanLog) -> tuple[int, int, int | None]:
    report, head = site.upload(log.kiosk_id, lambda seq: local_rows(log.db, log.kiosk_id, seq, 501))
    return report.rows, head, report.fork_at


def test_rows_go_up_in_order_once_and_the_sites_copy_verifies(database: Database, lane: ScanLog):
    site = SiteLog(database)
    scans(lane, 5)
    assert upload(site, lane) == (5, 5, None)
    assert upload(site, lane) == (0, 5, None), "a re-upload is a no-op"
    scans(lane, 3, start=5)
    assert upload(site, lane) == (3, 8, None)
    assert site.count("lane-a") == 8
    assert site.verify_chain("lane-a") is None


def test_a_sequence_number_held_with_another_hash_raises_a_fork_alarm_and_stops(database: Database, lane: ScanLog):
    site = SiteLog(database)
    scans(lane, 3)
    upload(site, lane)
    with lane.db.write() as session:  # the kiosk's row 3 is not the one the site holds any more
        session.execute(update(LogRow).where(LogRow.seq == 3).values(row_hash="f" * 64))
    scans(lane, 2, start=3)
    assert upload(site, lane) == (0, 3, 3)
    assert upload(site, lane) == (0, 3, 3), "the alarm is raised once"
    assert site.alarms("lane-a") == [(AlarmKind.FORK.value, "lane-a", 3, site.alarms()[0][3])]
    assert site.count("lane-a") == 3


def test_a_kiosk_behind_the_site_raises_a_rollback_alarm(database: Database, lane: ScanLog, tmp_path: Path):
    site = SiteLog(database)
    scans(lane, 4)
    upload(site, lane)
    restored = Database(f"sqlite:///{tmp_path / 'restored.db'}")  # an older copy of the kiosk's database
    restored.migrate()
    old = ScanLog(restored, "lane-a")
    scans(old, 2)
    assert upload(site, old)[2] == 4
    assert [a[0] for a in site.alarms("lane-a")] == [AlarmKind.ROLLBACK.value]
    restored.dispose()


def test_the_sites_copy_shows_a_row_edited_there(database: Database, lane: ScanLog):
    from kiosk.storage.site_models import SiteLogRow

    site = SiteLog(database)
    scans(lane, 3)
    upload(site, lane)
    with database.write() as session:
        session.execute(update(SiteLogRow).where(SiteLogRow.seq == 2).values(code=VerdictCode.VALID.value))
    broken = site.verify_chain("lane-a")
    assert broken is not None and (broken.seq, broken.problem) == (2, "edited")


def test_free_text_stays_on_the_kiosk(database: Database, lane: ScanLog):
    from sqlalchemy import select

    from kiosk.storage.site_models import SiteLogRow

    with lane.write() as session:
        lane.append(session, at=T0, kind=LogKind.PIN_RECOVERY, officer="S1", detail="1001", note="forgot it at home")
    upload(SiteLog(database), lane)
    with database.read() as session:
        row = session.execute(select(SiteLogRow)).scalar_one()
    assert row.note_digest and "forgot" not in repr(row.__dict__)
