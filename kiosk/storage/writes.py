"""Write transactions that take the database's write lock first, so two processes never fork the log chain."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

IMMEDIATE = "kiosk_write_lock"


def install_write_lock(engine: Engine) -> None:
    """SQLite: let us issue BEGIN ourselves, IMMEDIATE for writers (the pysqlite recipe)."""

    @event.listens_for(engine, "connect")
    def _no_auto_begin(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def write_session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One atomic write: committed on success, rolled back on any exception."""
    with sessions() as session:
        session.connection(execution_options={IMMEDIATE: True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
