"""Opening a database: which URLs, how PostgreSQL sessions are set, and one-line errors without secrets."""

from __future__ import annotations

import pytest

from kiosk.errors import ConfigError, KioskError
from kiosk.storage.database import Database
from tests.support.postgres_server import free_port


def test_a_bare_postgresql_url_uses_psycopg_3_and_hides_the_password():
    db = Database("postgresql://kiosk:s3cret@site.example:5432/kiosk")
    assert db.engine.dialect.driver == "psycopg"
    assert db.safe_url == "postgresql+psycopg://kiosk:***@site.example:5432/kiosk"
    db.dispose()


@pytest.mark.parametrize("url", ["mysql://kiosk@db/kiosk", "oracle://kiosk@db/kiosk"])
def test_other_databases_are_refused_in_one_line(url):
    with pytest.raises(ConfigError, match="^the kiosk keeps its data in SQLite or PostgreSQL"):
        Database(url)


def test_an_unreachable_server_is_one_line_that_never_shows_the_password():
    db = Database(f"postgresql+psycopg://kiosk:s3cret@127.0.0.1:{free_port()}/kiosk?connect_timeout=5")
    with pytest.raises(KioskError) as failure:
        db.migrate()
    message = str(failure.value)
    assert message.startswith("cannot open the database postgresql+psycopg://kiosk:***@127.0.0.1")
    assert "\n" not in message and "s3cret" not in message


def test_postgresql_sessions_read_committed_and_commit_synchronously(postgres_url):
    db = Database(postgres_url)
    with db.write() as session:
        connection = session.connection()
        assert connection.exec_driver_sql("SHOW transaction_isolation").scalar() == "read committed"
        assert connection.exec_driver_sql("SHOW synchronous_commit").scalar() == "on"
        assert connection.exec_driver_sql("SHOW fsync").scalar() == "on"
    db.dispose()


def test_a_libpq_service_file_names_the_site_so_the_url_holds_no_host_or_secret(
    postgres_url, postgres_server, tmp_path, monkeypatch
):
    database_name = postgres_url.rsplit("/", 1)[1]
    service = tmp_path / "pg_service.conf"
    service.write_text(
        f"[kiosk-site]\nhost=127.0.0.1\nport={postgres_server.port}\ndbname={database_name}\nuser=postgres\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    db = Database("postgresql+psycopg://?service=kiosk-site")
    assert db.safe_url == "postgresql+psycopg://?service=kiosk-site"
    assert db.is_current()  # reached the migrated test database through the service entry
    db.dispose()
