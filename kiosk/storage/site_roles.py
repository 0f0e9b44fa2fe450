"""Least privilege on the site's server: a role for the office, a role for the kiosks, and the logins.

Two group roles, neither of which can log in: `kiosk_office` publishes (roster packages, the feed's
package changes) and reads everything; `kiosk_lane` appends its own rows (log rows, seals, alarms,
claims, hand status changes, its heartbeat) and reads the roster and the feed, but may not UPDATE or
DELETE a log row nor write the roster. Each machine logs in with a login of its own, a member of one
of them; `site_member` says which kiosk a login writes as, and row-level policies hold every write to
that kiosk's id. The owner of the database (who migrates it) is neither, and is not subject to the
policies: it is the site's administrator, never a kiosk's login.

What a kiosk may update is what its own code updates, and no more: its heartbeat row (an upsert), and
of its claims the state, the decision's seq and the time of an annulment; of another kiosk's claims
only a conflict into the standing admission, when the one that stood was annulled (kiosk.storage.
site_claims.SiteClaims.annul). PostgreSQL only: on SQLite (a test site in a file) every function here
does nothing. Roles belong to the whole server; grants and policies to this database. See docs/site.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from kiosk.domain.site import SiteRole
from kiosk.errors import KioskError, UsageError
from kiosk.storage.database import Database
from kiosk.storage.models import table_of
from kiosk.storage.site_models import (
    SiteAlarmRow,
    SiteChangeRow,
    SiteClaimRow,
    SiteKioskRow,
    SiteLogRow,
    SiteMemberRow,
    SitePackageRow,
    SiteSealRow,
)
from kiosk.storage.widths import check_fits

OFFICE_GROUP = "kiosk_office"
LANE_GROUP = "kiosk_lane"
GROUPS = {SiteRole.OFFICE: OFFICE_GROUP, SiteRole.KIOSK: LANE_GROUP}
POLICY_PREFIX = "kiosk_"
LOGIN_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")  # a plain identifier: never quoted, never surprising
_SCRAM = re.compile(r"SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")

_PACKAGE, _CHANGE, _LOG = table_of(SitePackageRow), table_of(SiteChangeRow), table_of(SiteLogRow)
_CLAIM, _ALARM, _KIOSK = table_of(SiteClaimRow), table_of(SiteAlarmRow), table_of(SiteKioskRow)
_SEAL, _MEMBER = table_of(SiteSealRow), table_of(SiteMemberRow)
READ = [t.name for t in (_PACKAGE, _CHANGE, _LOG, _CLAIM, _ALARM, _KIOSK, _SEAL, _MEMBER)] + ["alembic_version"]
_HEARTBEAT_COLUMNS = tuple(c.name for c in _KIOSK.columns if c.name != "kiosk_id")
_CLAIM_COLUMNS = ("state", "decision_seq", "annulled_at")  # what uploads and annulments change
# table -> privileges beyond SELECT; columns named are the only ones an UPDATE may set
WRITES = {
    LANE_GROUP: {
        _LOG.name: "INSERT",
        _SEAL.name: "INSERT",
        _ALARM.name: "INSERT",
        _CHANGE.name: "INSERT",
        _CLAIM.name: f"INSERT, UPDATE ({', '.join(_CLAIM_COLUMNS)})",
        _KIOSK.name: f"INSERT, UPDATE ({', '.join(_HEARTBEAT_COLUMNS)})",
    },
    OFFICE_GROUP: {
        _PACKAGE.name: "INSERT",
        _CHANGE.name: "INSERT",
        _KIOSK.name: f"INSERT, UPDATE ({', '.join(_HEARTBEAT_COLUMNS)})",
    },
}
SEQUENCES = {LANE_GROUP: (_LOG, _SEAL, _ALARM, _CLAIM), OFFICE_GROUP: ()}  # their id columns' sequences

MINE = f"(SELECT m.kiosk_id FROM {_MEMBER.name} m WHERE m.login = current_user::text)"
BOTH = f"{OFFICE_GROUP}, {LANE_GROUP}"


@dataclass(frozen=True)
class Policy:
    table: str
    name: str
    command: str
    roles: str
    using: str | None = None
    check: str | None = None

    def sql(self) -> str:
        using = f" USING ({self.using})" if self.using else ""
        check = f" WITH CHECK ({self.check})" if self.check else ""
        name = POLICY_PREFIX + self.name
        return f"CREATE POLICY {name} ON {self.table} FOR {self.command} TO {self.roles}{using}{check}"


POLICIES = [
    *(Policy(table, "read", "SELECT", BOTH, "true") for table in (
        _PACKAGE.name, _CHANGE.name, _LOG.name, _CLAIM.name, _ALARM.name, _KIOSK.name, _SEAL.name,
    )),
    Policy(_LOG.name, "append_own", "INSERT", LANE_GROUP, check=f"kiosk_id = {MINE}"),
    Policy(_SEAL.name, "append_own", "INSERT", LANE_GROUP, check=f"kiosk_id = {MINE}"),
    Policy(_ALARM.name, "raise_own", "INSERT", LANE_GROUP, check=f"kiosk_id = {MINE}"),
    Policy(_CHANGE.name, "lane_status", "INSERT", LANE_GROUP, check=f"kind = 'status' AND source = {MINE}"),
    Policy(_CHANGE.name, "office_package", "INSERT", OFFICE_GROUP, check=f"kind = 'package' AND source = {MINE}"),
    Policy(_PACKAGE.name, "publish", "INSERT", OFFICE_GROUP, check=f"published_by = {MINE}"),
    Policy(_CLAIM.name, "claim_own", "INSERT", LANE_GROUP, check=f"kiosk_id = {MINE}"),
    Policy(_CLAIM.name, "own_claim", "UPDATE", LANE_GROUP, f"kiosk_id = {MINE}", f"kiosk_id = {MINE}"),
    # the one update of another kiosk's claim: its conflict stands once the admission that stood is annulled
    Policy(_CLAIM.name, "successor", "UPDATE", LANE_GROUP, "state = 'conflict'", "state = 'standing'"),
    *(
        Policy(_KIOSK.name, f"{name}_heartbeat_{command.lower()}", command, group,
               f"kiosk_id = {MINE}" if command == "UPDATE" else None, f"kiosk_id = {MINE} AND role = '{role}'")
        for name, group, role in (("lane", LANE_GROUP, SiteRole.KIOSK.value), ("office", OFFICE_GROUP,
                                                                                SiteRole.OFFICE.value))
        for command in ("INSERT", "UPDATE")
    ),
]
GUARDED = sorted({p.table for p in POLICIES})  # row-level security on


@dataclass(frozen=True)
class SiteLogin:
    """A database login of the site and what it may do there."""

    login: str
    kiosk_id: str | None  # whose rows it writes (site_member); None: not mapped
    role: SiteRole | None  # which group it belongs to; None: neither (the owner, or a stranger)


class SiteRolesError(KioskError):
    """The roles cannot be set up with the login given (it is not the owner, or may not create roles)."""


def set_up(database: Database) -> bool:
    """Creates the two group roles if missing, then (re)applies every grant and policy, in one
    transaction; run after each migration, so a new table or column is covered. False on SQLite."""
    if database.is_sqlite:
        return False
    try:
        with database.write() as session:
            connection = session.connection()
            for group in (OFFICE_GROUP, LANE_GROUP):
                if not _role_exists(connection, group):
                    connection.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
            for statement in _grants(connection):
                connection.exec_driver_sql(statement)
    except DBAPIError as exc:
        raise SiteRolesError(
            f"cannot set up the site's roles on {database.safe_url}: {_reason(exc)} (run it as the database's "
            "owner, with CREATEROLE, or create kiosk_office and kiosk_lane as postgres first: docs/site.md)"
        ) from None
    return True


def _grants(connection: Connection) -> list[str]:
    preparer = connection.dialect.identifier_preparer
    database = preparer.quote(connection.exec_driver_sql("SELECT current_database()").scalar_one())
    schema = preparer.quote(connection.exec_driver_sql("SELECT current_schema()").scalar_one())
    statements = [
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",  # only the site's own roles connect
        f"GRANT CONNECT ON DATABASE {database} TO {BOTH}",
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",  # PostgreSQL 15's default; older ones granted it
        f"GRANT USAGE ON SCHEMA {schema} TO {BOTH}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {BOTH}",  # exactly what follows, whatever was before
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {BOTH}",
        f"GRANT SELECT ON {', '.join(READ)} TO {BOTH}",
    ]
    for group, writes in WRITES.items():
        statements += [f"GRANT {privileges} ON {table} TO {group}" for table, privileges in writes.items()]
        for table in SEQUENCES[group]:
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
            ).scalar_one()
            statements.append(f"GRANT USAGE ON SEQUENCE {sequence} TO {group}")
    old = connection.execute(
        text("SELECT tablename, policyname FROM pg_policies WHERE schemaname = current_schema() "
             "AND policyname LIKE :prefix"),
        {"prefix": POLICY_PREFIX + "%"},
    ).all()
    statements += [f"DROP POLICY {preparer.quote(name)} ON {preparer.quote(table)}" for table, name in old]
    statements += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY" for table in GUARDED]
    statements += [policy.sql() for policy in POLICIES]
    return statements


def add_login(database: Database, login: str, kiosk_id: str, role: SiteRole, password: str | None) -> bool:
    """Makes `login` a member of the role's group (created if missing, with `password` if given),
    writing as `kiosk_id`; a member of the other group leaves it. Returns whether it was created.

    The password never reaches the server, nor its log: libpq computes its SCRAM verifier here, as
    psql's \\password does, and the server stores that.
    """
    if not LOGIN_NAME.fullmatch(login) or login in GROUPS.values():
        raise UsageError(
            f"{login!r} is not a login name for a kiosk: lower-case letters, digits and _, at most 63, "
            "and not kiosk_office or kiosk_lane"
        )
    check_fits(_MEMBER, {"kiosk_id": kiosk_id}, labels={"kiosk_id": "kiosk id"})
    if database.is_sqlite:
        raise UsageError("a site in a SQLite file has no logins: logins are PostgreSQL's")
    group, other = GROUPS[role], GROUPS[SiteRole.KIOSK if role is SiteRole.OFFICE else SiteRole.OFFICE]
    try:
        with database.write() as session:
            connection = session.connection()
            if not _role_exists(connection, group):
                raise SiteRolesError("the site's roles are not set up: run `kiosk site init` (or `kiosk site roles`)")
            found = connection.execute(
                text("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication, "
                     "rolname = current_user FROM pg_roles WHERE rolname = :login"),
                {"login": login},
            ).first()
            if found is not None and (found[0] or found[1]):
                raise UsageError(
                    f"{login} may do more than a kiosk or the office should (it is an administrator, or the login "
                    "used here): give the machine a login of its own"
                )
            created = found is None
            if created:
                connection.exec_driver_sql(f"CREATE ROLE {login} LOGIN")
            if password is not None:
                connection.exec_driver_sql(f"ALTER ROLE {login} PASSWORD '{_verifier(connection, login, password)}'")
            connection.exec_driver_sql(f"GRANT {group} TO {login}")
            connection.exec_driver_sql(f"REVOKE {other} FROM {login}")
            connection.execute(
                text(f"INSERT INTO {_MEMBER.name} (login, kiosk_id) VALUES (:login, :kiosk) "
                     "ON CONFLICT (login) DO UPDATE SET kiosk_id = excluded.kiosk_id"),
                {"login": login, "kiosk": kiosk_id},
            )
    except DBAPIError as exc:
        raise SiteRolesError(f"cannot give {login} a role on {database.safe_url}: {_reason(exc)}") from None
    return created


def _verifier(connection: Connection, login: str, password: str) -> str:
    if not password or "\n" in password or "\0" in password:
        raise UsageError("the password must be one line, not empty")
    driver: Any = connection.connection.driver_connection  # psycopg's: libpq's PQencryptPasswordConn
    verifier: bytes = driver.pgconn.encrypt_password(password.encode("utf-8"), login.encode("ascii"), b"scram-sha-256")
    text_form = verifier.decode("ascii")
    assert _SCRAM.fullmatch(text_form), "libpq gave no SCRAM verifier"
    return text_form


def logins(database: Database) -> list[SiteLogin]:
    """Every login mapped to a kiosk, and every member of the two groups, by name."""
    if database.is_sqlite:
        return []
    with database.read() as session:
        rows = session.execute(text(
            "SELECT r.rolname, m.kiosk_id, "
            f"  pg_has_role(r.oid, '{OFFICE_GROUP}', 'MEMBER'), pg_has_role(r.oid, '{LANE_GROUP}', 'MEMBER') "
            f"FROM pg_roles r LEFT JOIN {_MEMBER.name} m ON m.login = r.rolname "
            f"WHERE r.rolcanlogin AND (m.login IS NOT NULL OR pg_has_role(r.oid, '{OFFICE_GROUP}', 'MEMBER') "
            f"  OR pg_has_role(r.oid, '{LANE_GROUP}', 'MEMBER')) AND NOT r.rolsuper "
            "ORDER BY r.rolname"
        )).all() if _groups_exist(session.connection()) else []
    return [SiteLogin(name, kiosk, _role_of(office, lane)) for name, kiosk, office, lane in rows]


def current_login(database: Database) -> SiteLogin | None:
    """The login this connection uses, its kiosk id and group; None on SQLite."""
    if database.is_sqlite:
        return None
    with database.read() as session:
        connection = session.connection()
        name = str(connection.exec_driver_sql("SELECT current_user").scalar_one())
        kiosk = connection.execute(
            text(f"SELECT kiosk_id FROM {_MEMBER.name} WHERE login = :login"), {"login": name}
        ).scalar()
        if not _groups_exist(connection):
            return SiteLogin(name, kiosk, None)
        office, lane = connection.exec_driver_sql(
            f"SELECT pg_has_role('{OFFICE_GROUP}', 'MEMBER'), pg_has_role('{LANE_GROUP}', 'MEMBER')"
        ).one()
        superuser = connection.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar()
    return SiteLogin(name, kiosk, None if superuser else _role_of(office, lane))


def _role_of(office: bool, lane: bool) -> SiteRole | None:
    if lane and not office:
        return SiteRole.KIOSK
    if office and not lane:
        return SiteRole.OFFICE
    return None  # neither, or both (a login set up by hand: `kiosk site roles LOGIN` puts it right)


def _role_exists(connection: Connection, name: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}).first() is not None


def _groups_exist(connection: Connection) -> bool:
    return all(_role_exists(connection, group) for group in (OFFICE_GROUP, LANE_GROUP))


def _reason(exc: DBAPIError) -> str:
    lines = str(exc.orig).strip().splitlines()
    return lines[0][:200] if lines else type(exc.orig).__name__
