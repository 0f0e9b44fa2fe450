"""Opening the database, SQLite or PostgreSQL, and migrating it: one Alembic history for both.

SQLite (a kiosk's own file): owner-only, WAL with full sync (a power cut loses no decision), writers
serialised by BEGIN IMMEDIATE, those of one process in the order they came (kiosk.storage.write_turns).
PostgreSQL (a site's shared server, through psycopg 3): READ COMMITTED, so a statement that waited for
a lock sees what the holder committed; writers that must not interleave take named locks
(kiosk.storage.writes.serialise).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.errors import ConfigError, KioskError
from kiosk.private_files import restrict
from kiosk.storage.write_turns import WriteTurns
from kiosk.storage.writes import install_write_lock, write_session

MIGRATIONS = "kiosk.storage:migrations"
DIALECTS = ("sqlite", "postgresql")
POSTGRESQL_DRIVER = "postgresql+psycopg"  # psycopg 3; SQLAlchemy's bare postgresql:// means psycopg2


class Database:
    def __init__(self, url: str, server_options: Mapping[str, Any] | None = None) -> None:
        """server_options: create_engine's keywords for a PostgreSQL server (a site's timeouts, say)."""
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise ConfigError(f"not a database URL: {url!r}") from None
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername=POSTGRESQL_DRIVER)
        self.safe_url = parsed.render_as_string(hide_password=True)
        self.dialect = parsed.get_backend_name()
        if self.dialect not in DIALECTS:
            raise ConfigError(f"the kiosk keeps its data in SQLite or PostgreSQL, not {self.dialect}: {self.safe_url}")
        self.url = parsed.render_as_string(hide_password=False)
        self.is_sqlite = self.dialect == "sqlite"
        self.path = Path(parsed.database) if self.is_sqlite and parsed.database else None
        if self.path is not None:
            _create_owner_only(self.path)
        # Errors name the statement, never its parameters: they are roster rows (names, document digits).
        try:
            if self.is_sqlite:
                self.engine: Engine = create_engine(parsed, hide_parameters=True)
                event.listen(self.engine, "connect", _sqlite_pragmas)
                install_write_lock(self.engine)
            else:
                self.engine = create_engine(
                    parsed, isolation_level="READ COMMITTED", hide_parameters=True, **(server_options or {})
                )
        except (NoSuchModuleError, ModuleNotFoundError) as exc:
            raise ConfigError(f"no database driver for {self.safe_url}: {exc}") from None
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.turns = WriteTurns() if self.is_sqlite else None  # one writer at a time: first come, first served

    def read(self) -> Session:
        return self.sessions()

    def write(self) -> AbstractContextManager[Session]:
        return write_session(self.sessions, self.turns)

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
            reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__
            raise KioskError(f"cannot open the database {self.safe_url}: {reason}") from None

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
    """The file holds personal data: created 0600 before SQLite ever touches it (SQLite gives its -wal
    and -shm the same mode); a file restored with a wider mode is narrowed, its -wal and -shm too."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        restrict(name)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:  # DBAPI objects
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
