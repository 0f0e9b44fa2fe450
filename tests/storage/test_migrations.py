"""Migrations build the schema from nothing, and the result matches the models exactly."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from kiosk.storage.database import Database
from kiosk.storage.models import Base


def test_migrating_an_empty_database_reaches_head_and_matches_models(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    db.migrate()
    assert db.is_current()
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    assert {"accreditation", "scan_log", "admission", "staff", "pin_attempt"} <= set(
        inspect(db.engine).get_table_names()
    )


def test_migrate_twice_is_harmless(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    db.migrate()
    db.migrate()
    assert db.is_current()


def test_database_file_is_owner_only_and_in_wal_mode(tmp_path):
    path = tmp_path / "k.db"
    db = Database(f"sqlite:///{path}")
    db.migrate()
    assert path.stat().st_mode & 0o777 == 0o600
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
