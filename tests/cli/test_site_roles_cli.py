"""`kiosk site roles` and the logins through the real command: a kiosk's password is typed (or read from
standard input), never an argument; the kiosk reaches the site by a libpq service file and a password
file, which libpq ignores when others can read it; a kiosk cannot join with another's login; the office
can work as a login that only publishes (`site init --owner`)."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.fixtures.homes import kiosk_cli, person, write_roster
from tests.fixtures.sites import as_login, make_site, write_kiosk_id
from tests.support.postgres_server import PostgresServer

pytestmark = pytest.mark.postgresql
SERVICE_URL = "postgresql+psycopg://?service=kiosk-site"


def office_with_roster(home: Path) -> None:
    write_kiosk_id(home, home.name)
    assert kiosk_cli(home, "keys", "generate").returncode == 0
    write_roster(home.parent / "roster.csv", [person("M0001"), person("M0002")])
    assert kiosk_cli(home, "roster", "import", str(home.parent / "roster.csv")).returncode == 0


def test_a_kiosk_logs_in_by_its_service_and_password_files_and_no_password_is_anywhere_else(
    tmp_path: Path, postgres_url: str, postgres_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
):
    office, lane = tmp_path / "office", tmp_path / "lane-a"
    office_with_roster(office)
    assert kiosk_cli(office, "site", "init", postgres_url).returncode == 0
    password = "pw-" + secrets.token_hex(12)
    roles = kiosk_cli(office, "site", "roles", "login_pw_lane_a", "--kiosk", "lane-a", "--password-stdin",
                      stdin=password + "\n")
    assert roles.returncode == 0, roles.stderr
    assert "Login login_pw_lane_a created: the login of kiosk lane-a; its password set" in roles.stdout
    assert "  login_pw_lane_a: kiosk, writes as lane-a" in roles.stdout
    postgres_server.require_password("login_pw_lane_a")

    server = make_url(postgres_url)
    service, passwords = tmp_path / "pg_service.conf", tmp_path / "pgpass"
    service.write_text(
        f"[kiosk-site]\nhost=127.0.0.1\nport={server.port}\ndbname={server.database}\nuser=login_pw_lane_a\n"
        "sslmode=disable\n",  # the tests' server has no TLS; the site's has, with sslmode=verify-full (docs/site.md)
        encoding="utf-8",
    )
    passwords.write_text(f"127.0.0.1:{server.port}:{server.database}:login_pw_lane_a:{password}\n", encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    monkeypatch.setenv("PGPASSFILE", str(passwords))
    write_kiosk_id(lane, "lane-a")
    key = next((office / "keys" / "trusted").glob("*.pub"))
    assert kiosk_cli(lane, "keys", "trust", str(key)).returncode == 0

    passwords.chmod(0o644)  # others can read it: libpq ignores it, so no password is given
    ignored = kiosk_cli(lane, "site", "join", SERVICE_URL)
    assert ignored.returncode == 1 and "nothing was recorded" in ignored.stderr
    passwords.chmod(0o600)
    joined = kiosk_cli(lane, "site", "join", SERVICE_URL)
    assert joined.returncode == 0, joined.stderr
    assert "roster serial 1 applied" in joined.stdout and "WARNING" not in joined.stderr
    status = json.loads(kiosk_cli(lane, "status", "--json").stdout)
    assert status["site"]["online"] is True

    said = [roles.stdout, roles.stderr, ignored.stdout, ignored.stderr, joined.stdout, joined.stderr]
    kept = [p.read_text(encoding="utf-8", errors="replace") for home in (office, lane) for p in home.rglob("*")
            if p.is_file() and p.suffix in {".toml", ".log", ".json", ""}]
    assert not [text for text in said + kept if password in text]
    assert 'url = "postgresql+psycopg://?service=kiosk-site"' in (lane / "settings.toml").read_text(encoding="utf-8")


def test_the_office_works_as_a_login_that_only_publishes(tmp_path: Path, postgres_url: str):
    office = tmp_path / "office"
    office_with_roster(office)
    made = kiosk_cli(office, "site", "roles", "login_cli_office", "--office", "--owner", postgres_url)
    assert made.returncode == 0, made.stderr
    assert "Login login_cli_office created: the login of this office (office); no password yet" in made.stdout
    office_url = as_login(postgres_url, "login_cli_office")
    init = kiosk_cli(office, "site", "init", office_url, "--owner", postgres_url)
    assert init.returncode == 0, init.stderr
    assert "Published roster serial 1: 2 badges" in init.stdout
    revoked = kiosk_cli(office, "roster", "revoke", "M0002", "--reason", "reported stolen")
    assert revoked.returncode == 0 and "Published roster serial 2 to the site" in revoked.stdout
    assert kiosk_cli(office, "sync").returncode == 0
    not_owner = kiosk_cli(office, "site", "roles")  # its recorded login may not set roles up
    assert not_owner.returncode == 1 and not_owner.stderr.startswith("kiosk: ")
    assert not_owner.stderr.count("\n") == 1


def test_roles_are_the_offices_and_a_kiosk_joins_only_with_its_own_login(tmp_path: Path, postgres_url: str):
    site = make_site(tmp_path, postgres_url, lanes=("lane-a",))
    listed = kiosk_cli(site.office, "site", "roles", "--owner", postgres_url)
    assert listed.returncode == 0, listed.stderr
    assert "  login_lane_a: kiosk, writes as lane-a" in listed.stdout
    assert "  login_office: office, writes as office" in listed.stdout
    at_lane = kiosk_cli(site.lanes["lane-a"], "site", "roles")
    assert (at_lane.returncode, at_lane.stderr) == (
        2, "kiosk: only the office sets up the site's roles: `kiosk site init URL` first, or name the database's "
        "owner with --owner URL\n",
    )
    admin = kiosk_cli(site.office, "site", "roles", "postgres", "--kiosk", "lane-b", "--owner", postgres_url)
    assert admin.returncode == 2 and "postgres may do more than a kiosk or the office should" in admin.stderr
    whose = kiosk_cli(site.office, "site", "roles", "login_lane_b", "--owner", postgres_url)
    assert whose.returncode == 2 and "--kiosk ID (a kiosk's) or --office" in whose.stderr

    lane_b = tmp_path / "lane-b"
    write_kiosk_id(lane_b, "lane-b")
    key = next((site.office / "keys" / "trusted").glob("*.pub"))
    assert kiosk_cli(lane_b, "keys", "trust", str(key)).returncode == 0
    borrowed = kiosk_cli(lane_b, "site", "join", as_login(postgres_url, "login_lane_a"))
    assert (borrowed.returncode, borrowed.stderr) == (
        2, "kiosk: the site's login login_lane_a writes as kiosk lane-a, not lane-b: at the office, "
        "`kiosk site roles login_lane_a --kiosk lane-b`\n",
    )
    office_login = kiosk_cli(lane_b, "site", "join", as_login(postgres_url, "login_office"))
    assert office_login.returncode == 2 and "login_office is the office's login" in office_login.stderr
    as_owner = kiosk_cli(lane_b, "site", "join", postgres_url)
    assert as_owner.returncode == 0 and "which is no kiosk's login and may rewrite" in as_owner.stderr
