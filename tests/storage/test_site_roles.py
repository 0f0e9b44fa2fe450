"""Least privilege on the site's PostgreSQL: connected as a kiosk's own login, the log can be appended to
but never updated or deleted, the roster never written, and nothing written under another kiosk's id;
the office's login publishes and can rewrite no log either. Every statement is a real one on the
session's server, refused (or not) by the server itself."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from kiosk.domain.site import AdmissionClaim, ChangeKind, ClaimState, ClaimStatus, Heartbeat, SiteRole
from kiosk.domain.verdict import Verdict, VerdictCode
from kiosk.errors import UsageError
from kiosk.storage import site_roles
from kiosk.storage.database import Database
from kiosk.storage.models import table_of
from kiosk.storage.scan_log import ScanLog
from kiosk.storage.site_claims import SiteClaims, Uploaded
from kiosk.storage.site_feed import PublishedPackage, SiteFeed
from kiosk.storage.site_link_state import beat
from kiosk.storage.site_log import SiteLog, local_rows
from kiosk.storage.site_models import SiteLogRow
from tests.fixtures.sites import as_login

pytestmark = pytest.mark.postgresql
AT = datetime(2025, 11, 24, 8, 41, tzinfo=UTC)
DENIED = "permission denied"
NOT_YOURS = "violates row-level security policy"


@dataclass
class Site:
    url: str  # the owner's
    owner: Database
    lane_a: Database  # the login of kiosk lane-a
    office: Database  # the office's login

    def raw(self, database: Database) -> Engine:
        return create_engine(database.url, isolation_level="AUTOCOMMIT")


def claim(client_id: str, kiosk: str = "lane-a", badge: str = "M0042") -> AdmissionClaim:
    return AdmissionClaim(client_id, badge, "opening", "2025-11-24", kiosk, "media-entrance", "1001", AT)


@pytest.fixture
def site(postgres_url: str, tmp_path: Path) -> Iterator[Site]:
    owner = Database(postgres_url)
    site_roles.set_up(owner)
    site_roles.add_login(owner, "login_lane_a", "lane-a", SiteRole.KIOSK, None)
    site_roles.add_login(owner, "login_lane_b", "lane-b", SiteRole.KIOSK, None)
    site_roles.add_login(owner, "login_office", "office", SiteRole.OFFICE, None)
    SiteClaims(owner).claim(claim("b-standing", kiosk="lane-b", badge="M0007"))  # another kiosk's admission
    lane = Database(f"sqlite:///{tmp_path / 'lane-a.db'}")  # lane-a's own log, 3 rows, uploaded as lane-a
    lane.migrate()
    log = ScanLog(lane, "lane-a")
    for i in range(3):
        log.record_scan(Verdict(VerdictCode.FORGED, "media-entrance", AT + timedelta(seconds=i)), f"not a badge {i}")
    lane_a = Database(as_login(postgres_url, "login_lane_a"))
    report, head = SiteLog(lane_a).upload("lane-a", lambda seq: local_rows(lane, "lane-a", seq, 501))
    assert (report.rows, head) == (3, 3)
    office = Database(as_login(postgres_url, "login_office"))
    try:
        yield Site(postgres_url, owner, lane_a, office)
    finally:
        for database in (owner, lane_a, office, lane):
            database.dispose()


def refusal(engine: Engine, sql: str) -> str:
    """The server's first line of refusal, or "" when it ran the statement."""
    try:
        with engine.connect() as connection:
            connection.execute(text(sql))
    except DBAPIError as exc:
        return str(exc.orig).splitlines()[0]
    finally:
        engine.dispose()
    return ""


LOG_COLUMNS = ", ".join(c.name for c in table_of(SiteLogRow).columns if c.name != "id")
REFUSED_TO_A_KIOSK = {
    "update_a_log_row": ("UPDATE site_log SET code = 'valid' WHERE kiosk_id = 'lane-a'", DENIED),
    "delete_a_log_row": ("DELETE FROM site_log WHERE kiosk_id = 'lane-a' AND seq = 3", DENIED),
    "truncate_the_log": ("TRUNCATE site_log", DENIED),
    "insert_a_roster_package": (
        "INSERT INTO site_package (serial, created_at, key_id, digest, data, published_by, recorded_at) "
        "VALUES (99, now(), 'k', 'd', '', 'lane-a', now())", DENIED,
    ),
    "update_a_roster_package": ("UPDATE site_package SET data = ''", DENIED),
    "delete_a_roster_package": ("DELETE FROM site_package", DENIED),
    "change_the_roster_tables": ("UPDATE accreditation SET status = 'active'", DENIED),
    "publish_a_package_on_the_feed": (
        "INSERT INTO site_change (seq, client_id, kind, source, at, status, reason, recorded_at) "
        "VALUES (99, 'package#99', 'package', 'lane-a', now(), '', '', now())", NOT_YOURS,
    ),
    "a_status_change_as_another_kiosk": (
        "INSERT INTO site_change (seq, client_id, kind, source, at, badge_number, status, reason, recorded_at) "
        "VALUES (99, 'lane-b#99', 'status', 'lane-b', now(), 'M0001', 'revoked', '', now())", NOT_YOURS,
    ),
    "append_a_row_as_another_kiosk": (
        f"INSERT INTO site_log ({LOG_COLUMNS}) SELECT {LOG_COLUMNS.replace('kiosk_id', chr(39) + 'lane-b' + chr(39))} "
        "FROM site_log WHERE kiosk_id = 'lane-a' AND seq = 1", NOT_YOURS,
    ),
    "raise_an_alarm_for_another_kiosk": (
        "INSERT INTO site_alarm (kind, kiosk_id, seq, detail, raised_at) VALUES ('fork', 'lane-b', 1, '', now())",
        NOT_YOURS,
    ),
    "upload_a_seal_as_another_kiosk": (
        "INSERT INTO site_seal (kiosk_id, epoch, seq, head_hash, prev_tag, tag, sealed_at, uploaded_at) "
        "VALUES ('lane-b', 0, 0, '', '', '', now(), now())", NOT_YOURS,
    ),
    "update_a_seal": ("UPDATE site_seal SET tag = ''", DENIED),
    "delete_an_alarm": ("DELETE FROM site_alarm", DENIED),
    "delete_a_claim": ("DELETE FROM site_claim", DENIED),
    "move_a_claim_to_itself": ("UPDATE site_claim SET kiosk_id = 'lane-a'", DENIED),
    "write_as_another_kiosk_by_its_login_map": ("UPDATE site_member SET kiosk_id = 'lane-b'", DENIED),
    "add_itself_to_the_login_map": ("INSERT INTO site_member VALUES ('login_lane_c', 'lane-c')", DENIED),
    "create_a_table": ("CREATE TABLE mine (id integer)", DENIED),
}


@pytest.mark.parametrize("case", sorted(REFUSED_TO_A_KIOSK))
def test_a_kiosks_login_is_refused(site: Site, case: str):
    sql, why = REFUSED_TO_A_KIOSK[case]
    assert why in refusal(site.raw(site.lane_a), sql)


def test_a_kiosks_login_cannot_annul_or_update_another_kiosks_admission(site: Site):
    assert refusal(site.raw(site.lane_a), "UPDATE site_claim SET state = 'annulled' WHERE kiosk_id = 'lane-b'") == ""
    with site.lane_a.write() as session:
        assert SiteClaims(site.lane_a).annul(session, "b-standing") is False
    assert [a.client_id for a in SiteClaims(site.owner).admissions()] == ["b-standing"], "the row was not visible to it"


def test_a_kiosks_login_cannot_claim_or_beat_as_another_kiosk_or_as_the_office(site: Site):
    with pytest.raises(DBAPIError, match=NOT_YOURS):
        SiteClaims(site.lane_a).claim(claim("a-as-b", kiosk="lane-b", badge="M0001"))
    for kiosk, role in (("lane-b", SiteRole.KIOSK), ("lane-a", SiteRole.OFFICE)):
        with pytest.raises(DBAPIError, match=NOT_YOURS):
            beat(site.lane_a, Heartbeat(kiosk, role, "media-entrance", AT, 1, 0, 0, 0))


def test_a_kiosks_login_does_what_a_kiosk_does(site: Site):
    """Claims (won, lost, uploaded, a conflict), its heartbeat twice (an upsert), a hand status change on
    the feed, an alarm of its own, and an annulment that lets another kiosk's conflict stand."""
    lane_a = SiteClaims(site.lane_a)
    assert lane_a.claim(claim("a-1", badge="M0001")).status is ClaimStatus.WON
    assert lane_a.claim(claim("a-2", badge="M0007")).status is ClaimStatus.LOST  # lane-b's stands
    lane_b_db = Database(as_login(site.url, "login_lane_b"))
    try:
        with lane_b_db.write() as session:  # lane-b, offline, admitted M0001 too: a conflict, uploaded
            assert SiteClaims(lane_b_db).take_uploaded(session, claim("b-1", "lane-b", "M0001"), 9) is Uploaded.CONFLICT
    finally:
        lane_b_db.dispose()
    with site.lane_a.write() as session:
        assert lane_a.take_uploaded(session, claim("a-1", badge="M0001"), 4) is Uploaded.ALREADY  # decision_seq set
        assert lane_a.annul(session, "a-1") is True  # its own; lane-b's conflict now stands in its place
        SiteFeed(site.lane_a).append(session, "lane-a#5", ChangeKind.STATUS, "lane-a", AT, badge_number="M0003",
                                     status="suspended", reason="")
    standing = {a.client_id: a.kiosk_id for a in SiteClaims(site.owner).admissions()}
    assert standing == {"b-standing": "lane-b", "b-1": "lane-b"}
    for _ in range(2):
        beat(site.lane_a, Heartbeat("lane-a", SiteRole.KIOSK, "media-entrance", AT, 1, 1, 3, 0))
    assert SiteFeed(site.owner).head() == 1


REFUSED_TO_THE_OFFICE = {
    "update_a_log_row": ("UPDATE site_log SET code = 'valid'", DENIED),
    "delete_a_log_row": ("DELETE FROM site_log", DENIED),
    "append_a_log_row": (f"INSERT INTO site_log ({LOG_COLUMNS}) SELECT {LOG_COLUMNS} FROM site_log", DENIED),
    "delete_a_seal": ("DELETE FROM site_seal", DENIED),
    "change_a_claim": ("UPDATE site_claim SET state = 'annulled'", DENIED),
    "delete_an_alarm": ("DELETE FROM site_alarm", DENIED),
    "rewrite_a_published_package": ("UPDATE site_package SET data = ''", DENIED),
}


@pytest.mark.parametrize("case", sorted(REFUSED_TO_THE_OFFICE))
def test_the_offices_login_is_refused(site: Site, case: str):
    sql, why = REFUSED_TO_THE_OFFICE[case]
    assert why in refusal(site.raw(site.office), sql)


def test_the_offices_login_publishes_as_itself_only(site: Site):
    package = PublishedPackage(1, AT, "abcd1234", "d" * 64, b"signed bytes")
    assert SiteFeed(site.office).publish_package(package, "office") == 1
    with pytest.raises(DBAPIError, match=NOT_YOURS):
        SiteFeed(site.office).publish_package(PublishedPackage(2, AT, "abcd1234", "e" * 64, b"x"), "lane-a")
    beat(site.office, Heartbeat("office", SiteRole.OFFICE, "media-entrance", AT, 1, 1, 0, 0))


def test_setting_up_twice_changes_nothing_and_lists_each_login(site: Site):
    site_roles.set_up(site.owner)
    logins = {login.login: (login.role, login.kiosk_id) for login in site_roles.logins(site.owner)}
    assert {name: logins[name] for name in ("login_lane_a", "login_lane_b", "login_office")} == {
        "login_lane_a": (SiteRole.KIOSK, "lane-a"), "login_lane_b": (SiteRole.KIOSK, "lane-b"),
        "login_office": (SiteRole.OFFICE, "office"),
    }
    assert DENIED in refusal(site.raw(site.lane_a), "DELETE FROM site_log")
    current = site_roles.current_login(site.lane_a)
    assert current == site_roles.SiteLogin("login_lane_a", "lane-a", SiteRole.KIOSK)


def test_a_login_moved_to_the_office_is_no_kiosk_any_more(site: Site):
    assert site_roles.add_login(site.owner, "login_lane_b", "office", SiteRole.OFFICE, None) is False
    moved = Database(as_login(site.url, "login_lane_b"))
    try:
        assert site_roles.current_login(moved) == site_roles.SiteLogin("login_lane_b", "office", SiteRole.OFFICE)
        assert DENIED in refusal(site.raw(moved), "DELETE FROM site_log")
    finally:
        moved.dispose()


def test_the_password_is_stored_as_a_scram_verifier_only(site: Site):
    site_roles.add_login(site.owner, "login_lane_c", "lane-c", SiteRole.KIOSK, "correct horse battery")
    with site.owner.read() as session:
        stored = session.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = 'login_lane_c'")).scalar_one()
    assert stored.startswith("SCRAM-SHA-256$") and "horse" not in stored


@pytest.mark.parametrize("login", ["postgres", "kiosk_lane", "Lane-A", "x" * 64])
def test_an_administrator_a_group_or_an_odd_name_is_never_made_a_kiosks_login(site: Site, login: str):
    with pytest.raises(UsageError):
        site_roles.add_login(site.owner, login, "lane-a", SiteRole.KIOSK, None)


def test_on_sqlite_there_is_nothing_to_set_up(tmp_path: Path):
    database = Database(f"sqlite:///{tmp_path / 'site.db'}")
    try:
        assert site_roles.set_up(database) is False
        assert site_roles.logins(database) == [] and site_roles.current_login(database) is None
    finally:
        database.dispose()


def test_claims_stand_once_across_two_kiosk_logins(site: Site):
    lane_b = Database(as_login(site.url, "login_lane_b"))
    try:
        assert SiteClaims(lane_b).claim(claim("b-2", kiosk="lane-b", badge="M0020")).won
        assert SiteClaims(site.lane_a).claim(claim("a-3", badge="M0020")).status is ClaimStatus.LOST
    finally:
        lane_b.dispose()
    assert SiteClaims(site.owner).counts()[ClaimState.STANDING] == 2
