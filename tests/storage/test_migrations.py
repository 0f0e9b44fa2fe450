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


def test_an_older_database_keeps_its_roster_and_admissions_through_the_roster_packages_migration(tmp_path):
    from alembic import command
    from sqlalchemy import text

    from kiosk.storage.database import _alembic_config
    from kiosk.storage.roster_store import RosterStore
    from kiosk.storage.scan_log import ScanLog

    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    with db.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(text(
            "INSERT INTO accreditation (id, badge_number, family_name, given_names, alt_name, outlet, media_type,"
            " role, country, id_document_type, id_document_last4, press_card_number, press_card_issuer,"
            " mission_letter, photo, status, status_reason, badge_version, attention_note, search_key, updated_at)"
            " VALUES (1, 'M1', 'F', 'G', '', 'O', 'tv', 'journalist', 'MA', 'passport', '1234', 'P', 'C', 0, '',"
            " 'revoked', 'stolen', 2, '', 'm1', '2025-11-01 00:00:00')"
        ))
        connection.execute(text("INSERT INTO session_grant VALUES (1, 'opening')"))
        connection.execute(text(
            "INSERT INTO scan_log (id, kiosk_id, seq, at, kind, checkpoint, session, code, decision, reason,"
            " officer, manual, qr_text, detail, prev_hash, row_hash) VALUES (1, 'k', 1, '2025-11-24 08:00:00',"
            " 'decision', 'media-entrance', 'opening', '', 'admitted', '', '', 0, '', '', 'x', 'y')"
        ))
        connection.execute(text(
            "INSERT INTO admission (badge_number, session, checkpoint, at, decision_log_id)"
            " VALUES ('M1', 'opening', 'media-entrance', '2025-11-24 08:00:00', 1)"
        ))
    db.migrate()
    acc = RosterStore(db).get("M1")
    assert (acc.sessions, acc.badge_version, acc.status_reason) == ({"opening"}, 2, "stolen")
    assert ScanLog(db, "k").admission_for("M1", "opening", "2025-11-24") is not None
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on after the copy
