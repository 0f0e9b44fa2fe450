"""After the event: erase personal data, keep anonymous counts and the verifiable log chain.

What stays: badge numbers (now pointing at nobody), media type, role, country, sessions granted, status,
badge versions, and every log row untouched (they never held names or document digits), so counts can
still be made and `kiosk log verify` still passes. What goes: names, outlet, document digits, press
card, attention notes, appointments' link to a person stays only as times, photos, staff names.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text, update

from kiosk.storage.database import Database
from kiosk.storage.models import AccreditationRow, StaffRow, table_of

ERASED = {
    "family_name": "",
    "given_names": "",
    "alt_name": "",
    "outlet": "",
    "id_document_last4": "",
    "press_card_number": "",
    "press_card_issuer": "",
    "photo": "",
    "attention_note": "",
    "status_reason": "",
    "search_key": "",
}


@dataclass(frozen=True)
class PurgeReport:
    accreditations: int
    photos_deleted: int
    staff: int


def purge_personal_data(database: Database, photos_dir: Path) -> PurgeReport:
    with database.write() as session:
        connection = session.connection()
        if database.is_sqlite:
            connection.exec_driver_sql("PRAGMA secure_delete=ON")
        people = connection.execute(update(table_of(AccreditationRow)).values(**ERASED)).rowcount
        staff = connection.execute(update(table_of(StaffRow)).values(name="")).rowcount
    photos = 0
    for photo in photos_dir.glob("*"):
        if photo.is_file():
            _overwrite_and_delete(photo)
            photos += 1
    if database.is_sqlite:
        # Old values survive in free pages and the WAL until the file is rebuilt and the WAL emptied.
        raw = database.engine.raw_connection()  # VACUUM cannot run inside a transaction
        try:
            driver = raw.driver_connection
            assert driver is not None
            driver.execute("VACUUM")
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    else:
        # PostgreSQL keeps the old row versions until the tables are rewritten (VACUUM cannot run in a
        # transaction). Its WAL and any backup still hold them until recycled: see docs/site.md.
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            for table in (AccreditationRow, StaffRow):
                connection.execute(text(f"VACUUM FULL {table_of(table).name}"))
    return PurgeReport(people, photos, staff)


def _overwrite_and_delete(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.write(b"\0" * size)
    path.unlink()
