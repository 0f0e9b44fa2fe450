"""Migrations build the schema from nothing on SQLite and PostgreSQL, and the result matches the models."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from kiosk.storage.database import Database, _alembic_config
from kiosk.storage.models import Base

POSTGRESQL_NAME_LIMIT = 63  # longer identifiers are cut short by PostgreSQL, and then differ from the models
ALEMBIC_VERSION_WIDTH = 32  # alembic_version.version_num is VARCHAR(32): PostgreSQL refuses a longer id


def test_migrating_an_empty_database_reaches_head_and_matches_models(empty_db_url):
    db = Database(empty_db_url)
    db.migrate()
    assert db.is_current()
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    assert {"accreditation", "scan_log", "admission", "staff", "pin_attempt"} <= set(
        inspect(db.engine).get_table_names()
    )
    db.dispose()


def test_migrate_twice_is_harmless(empty_db_url):
    db = Database(empty_db_url)
    db.migrate()
    db.migrate()
    assert db.is_current()
    db.dispose()


def test_every_migration_downgrades_to_nothing_and_back(empty_db_url):
    db = Database(empty_db_url)
    db.migrate()
    with db.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    db.migrate()
    assert db.is_current()
    db.dispose()


def test_revision_ids_fit_alembic_version_on_postgresql():
    ids = [script.revision for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions()]
    assert ids and all(len(revision) <= ALEMBIC_VERSION_WIDTH for revision in ids), ids


def test_table_constraint_and_index_names_fit_postgresql():
    names = [table.name for table in Base.metadata.sorted_tables]
    for table in Base.metadata.sorted_tables:
        names += [str(c.name) for c in table.constraints] + [str(i.name) for i in table.indexes]
        names += [column.name for column in table.columns]
    assert [n for n in names if len(n) > POSTGRESQL_NAME_LIMIT] == []


def test_database_file_is_owner_only_and_in_wal_mode(tmp_path):
    path = tmp_path / "k.db"
    db = Database(f"sqlite:///{path}")
    db.migrate()
    assert path.stat().st_mode & 0o777 == 0o600
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
