"""Opening the database: owner-only file, WAL with full sync (a power cut loses no decision), migrations."""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.errors import ConfigError, KioskError
from kiosk.storage.writes import install_write_lock, write_session

MIGRATIONS = "kiosk.storage:migrations"


class Database:
    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise ConfigError(f"not a database URL: {url!r}") from None
        self.url = url
        self.safe_url = parsed.render_as_string(hide_password=True)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.path = Path(parsed.database) if self.is_sqlite and parsed.database else None
        if self.path is not None:
            _create_owner_only(self.path)
        self.engine: Engine = create_engine(url)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
            install_write_lock(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def read(self) -> Session:
        return self.sessions()

    def write(self) -> AbstractContextManager[Session]:
        return write_session(self.sessions)

    def migrate(self) -> None:
        """Brings the schema to the newest revision; idempotent.

        SQLite alters a table by copying it: foreign keys are off meanwhile (as SQLite's own procedure
        says), or dropping the old copy would cascade into the rows that point at it.
        """
        try:
            with self.engine.connect() as connection:
                if self.is_sqlite:
                    _driver(connection).execute("PRAGMA foreign_keys=OFF")  # outside any transaction
                try:
                    with connection.begin():
                        config = _alembic_config()
                        config.attributes["connection"] = connection
                        command.upgrade(config, "head")
                        if self.is_sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                            raise KioskError(f"migrating {self.safe_url} would break its foreign keys")
                finally:
                    if self.is_sqlite:
                        _driver(connection).execute("PRAGMA foreign_keys=ON")
        except OperationalError as exc:
            raise KioskError(f"cannot open the database {self.safe_url}: {exc.orig}") from None

    def checkpoint(self) -> None:
        """SQLite: copies the write-ahead log into the database now, without blocking readers or writers.

        A bulk writer calls it between its transactions so the log never grows past SQLite's automatic
        checkpoint (1000 pages): otherwise the next scan's commit would pay for copying it.
        """
        if not self.is_sqlite:
            return
        with self.engine.connect() as connection:
            _driver(connection).execute("PRAGMA wal_checkpoint(PASSIVE)")

    def is_current(self) -> bool:
        head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision() == head

    def dispose(self) -> None:
        self.engine.dispose()


def _driver(connection: Connection) -> Any:
    """The DBAPI connection under SQLAlchemy's (a PRAGMA there runs outside any transaction)."""
    return connection.connection.driver_connection


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    return config


def _create_owner_only(path: Path) -> None:
    """The file holds personal data: created 0600 before SQLite ever touches it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:  # DBAPI objects
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
