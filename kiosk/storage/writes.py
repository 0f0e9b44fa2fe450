"""Write transactions, and the locks that keep two writers from interleaving (a log chain never forks).

SQLite: a writer's BEGIN IMMEDIATE takes the database's one write lock, so writers never interleave and
`serialise` has nothing to add. PostgreSQL lets writers run side by side: a read-then-write that must
not interleave (reading a chain's head, then appending after it) first takes a named lock with
`serialise`, held until its transaction ends.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from sqlalchemy import BigInteger, Column, Table, bindparam, event, func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk.storage.write_turns import WriteTurns

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
def write_session(sessions: sessionmaker[Session], turns: WriteTurns | None = None) -> Iterator[Session]:
    """One atomic write: committed on success, rolled back on any exception. turns: SQLite's writers of
    this process queue there first (kiosk.storage.write_turns), so none starves behind another."""
    with turns.turn() if turns is not None else nullcontext(), sessions() as session:
        session.connection(execution_options={IMMEDIATE: True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def serialise(session: Session, name: str) -> None:
    """Waits for the lock called `name` and holds it until the session's transaction ends.

    PostgreSQL: a transaction-level advisory lock (released by commit or rollback, never left behind
    by a killed process). Two names may share a lock number: they then merely wait for each other.
    """
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(_ADVISORY_LOCK, {"number": lock_number(name)})


def lock_number(name: str) -> int:
    """The advisory lock's 64-bit signed key: the first 8 bytes of the name's SHA-256."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)


_ADVISORY_LOCK = select(func.pg_advisory_xact_lock(bindparam("number", type_=BigInteger)))


def insert_new(
    db: Session | Connection, table: Table, values: dict[str, Any], keys: list[Column[Any]] | None, where: Any = None
) -> bool:
    """INSERT … ON CONFLICT DO NOTHING on a unique index (partial when `where` is given): False if it stood.

    keys None: on a conflict with any unique constraint of the table. The database decides "exactly
    once", never a read followed by a write; SQLite and PostgreSQL both speak this form.
    """
    connection = db.connection() if isinstance(db, Session) else db
    name = connection.dialect.name
    if name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    elif name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert  # type: ignore[assignment]
    else:  # pragma: no cover - the kiosk supports SQLite and PostgreSQL
        raise NotImplementedError(f"INSERT … ON CONFLICT is not available on {name}")
    statement = (
        dialect_insert(table)
        .values(**values)
        .on_conflict_do_nothing(index_elements=keys, index_where=where if keys else None)
        .returning(*table.primary_key.columns)  # a row back means inserted (rowcount is -1 on PostgreSQL)
    )
    return connection.execute(statement).first() is not None
