"""A kiosk's seals on its site: they go up once their rows are there, in order, once; a seal the kiosk
holds otherwise afterwards raises a seal alarm; a rewritten chain's fork names its first changed row;
and the audit of the uploads (what `kiosk log verify` prints at the office) sees each. Both dialects."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest

from kiosk.domain.seal import SealSchedule, VerificationKey
from kiosk.domain.site import AlarmKind
from kiosk.domain.verdict import Verdict, VerdictCode
from kiosk.storage.database import Database
from kiosk.storage.log_seal import LogSealer, SealFiles
from kiosk.storage.scan_log import ScanLog
from kiosk.storage.site_audit import audit_uploads, compare_with_site
from kiosk.storage.site_log import SiteLog, local_hash, local_rows
from kiosk.storage.site_seals import SiteSeals, local_seals
from tests.support.log_forgery import rehash_chain

T0 = datetime(2025, 11, 24, 7, 0, tzinfo=UTC)
KEY = VerificationKey("lane-a", bytes(range(32)), SealSchedule(T0))


@pytest.fixture
def lane(tmp_path: Path):  # noqa: ANN201 - a sealed ScanLog on the lane's SQLite file, a seal every 3 rows
    database = Database(f"sqlite:///{tmp_path / 'lane.db'}")
    database.migrate()
    log = ScanLog(database, "lane-a", LogSealer(SealFiles(tmp_path / "log-seal.key", tmp_path / "head.json"), 3))
    log.set_up_sealing(KEY.sealing_key(), T0)
    yield log
    database.dispose()


def scans(log: ScanLog, count: int, start: int = 0) -> None:
    for i in range(start, start + count):
        log.record_scan(Verdict(VerdictCode.FORGED, "media-entrance", T0 + timedelta(seconds=i)), f"not a badge {i}")


def upload_rows(site: SiteLog, log: ScanLog) -> int | None:
    report, _ = site.upload(log.kiosk_id, partial(local_rows, log.db, log.kiosk_id, limit=501),
                            partial(local_hash, log.db, log.kiosk_id))
    return report.fork_at


def upload_seals(seals: SiteSeals, log: ScanLog):  # noqa: ANN201 - SealUpload
    return seals.upload(log.kiosk_id, partial(local_seals, log.db, log.kiosk_id))


def test_seals_go_up_once_their_rows_are_there_and_once(database: Database, lane: ScanLog):
    site, seals = SiteLog(database), SiteSeals(database)
    scans(lane, 7)  # sealed at 0, 3, 6
    assert upload_seals(seals, lane).added == 1, "only the seal of the empty log: no row is on the site yet"
    upload_rows(site, lane)
    result = upload_seals(seals, lane)
    assert (result.added, result.alarm_at, result.last) == (2, None, 6)
    assert upload_seals(seals, lane).added == 0, "a second upload is a no-op"
    assert [s.seq for s in seals.of("lane-a")] == [0, 3, 6]
    [audit] = audit_uploads(site, seals, {"lane-a": KEY})
    assert audit.intact and audit.seals is not None and audit.seals.genuine and audit.seals.unsealed == 1


def test_a_log_rewritten_after_it_went_up_forks_at_its_first_changed_row(database: Database, lane: ScanLog):
    site, seals = SiteLog(database), SiteSeals(database)
    scans(lane, 9)
    upload_rows(site, lane)
    upload_seals(seals, lane)
    with sqlite3.connect(lane.db.path) as db:  # the attacker: row 5 goes, every hash after it recomputed
        db.execute("DELETE FROM scan_log WHERE kiosk_id = 'lane-a' AND seq = 5")
        rehash_chain(db)
    scans(lane, 1, start=9)
    assert upload_rows(site, lane) == 5
    assert site.alarms("lane-a")[0][:3] == (AlarmKind.FORK.value, "lane-a", 5)
    check = compare_with_site(lane.db, site, seals, "lane-a")
    assert (check.problem, check.seq) == ("row", 5)
    [audit] = audit_uploads(site, seals, {"lane-a": KEY})
    assert not audit.intact and audit.chain is None, "the site's copy itself is whole: the kiosk's changed"
    assert audit.seals is not None and audit.seals.problem is None


def test_a_seal_the_kiosk_holds_otherwise_raises_a_seal_alarm(database: Database, lane: ScanLog):
    site, seals = SiteLog(database), SiteSeals(database)
    scans(lane, 4)
    upload_rows(site, lane)
    upload_seals(seals, lane)
    with sqlite3.connect(lane.db.path) as db:
        db.execute("UPDATE log_seal SET tag = ? WHERE kiosk_id = 'lane-a' AND seq = 3", ("f" * 64,))
    result = upload_seals(seals, lane)
    assert (result.added, result.alarm_at) == (0, 3)
    assert [a[:3] for a in site.alarms("lane-a")] == [(AlarmKind.SEAL.value, "lane-a", 3)]
    assert compare_with_site(lane.db, site, seals, "lane-a").problem == "seal"


def test_rows_deleted_at_the_kiosk_are_named_by_the_comparison(database: Database, lane: ScanLog):
    site, seals = SiteLog(database), SiteSeals(database)
    scans(lane, 4)
    upload_rows(site, lane)
    with sqlite3.connect(lane.db.path) as db:
        db.execute("DELETE FROM scan_log WHERE kiosk_id = 'lane-a' AND seq >= 3")
    check = compare_with_site(lane.db, site, seals, "lane-a")
    assert (check.problem, check.seq, check.site_head) == ("missing", 3, 4)
    assert compare_with_site(lane.db, site, seals, "lane-b").intact, "a kiosk that uploaded nothing: nothing differs"


def test_rows_deleted_on_the_server_show_against_the_head_the_kiosk_last_heard_of(database: Database, lane: ScanLog):
    from sqlalchemy import delete

    from kiosk.domain.site import Heartbeat, SiteRole
    from kiosk.storage.site_link_state import beat
    from kiosk.storage.site_models import SiteLogRow

    site = SiteLog(database)
    scans(lane, 4)
    upload_rows(site, lane)
    beat(database, Heartbeat("lane-a", SiteRole.KIOSK, "media-entrance", T0, None, 0, 4, 0))
    [before] = audit_uploads(site, SiteSeals(database), {})
    assert before.intact
    with database.write() as session:  # the owner (or a restore) takes the last rows away
        session.execute(delete(SiteLogRow).where(SiteLogRow.seq > 2))
    [after] = audit_uploads(site, SiteSeals(database), {})
    assert (after.truncated, after.site_head, after.reported_head, after.intact) == (True, 2, 4, False)
