"""After the event: erase personal data, keep anonymous counts and the verifiable log chain.

What stays: badge numbers (now pointing at nobody), media type, role, country, sessions granted, status,
badge versions, and every log row untouched (they never held names or document digits, and their free
text lives beside them, in log_note, behind a digest), so counts can still be made and `kiosk log
verify` still passes. What goes: names, outlet, document digits, press card, attention notes, status
reasons, the log's notes and the key of its digests, staff names, photos, the kiosk's own log files and
exports.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, text, update

from kiosk.errors import KioskError
from kiosk.private_files import overwrite_and_delete
from kiosk.storage.database import Database
from kiosk.storage.models import AccreditationRow, LogDigestKeyRow, LogNoteRow, StaffRow, table_of

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
CHECKPOINT_WAIT_MS = 2000  # how long the checkpoint waits for another process's reads to end


class PurgeIncomplete(KioskError):
    """The purge could not make sure that nothing is left (another process holds the database open)."""


@dataclass(frozen=True)
class PurgeReport:
    accreditations: int
    photos_deleted: int
    staff: int
    notes: int = 0
    files_deleted: int = 0  # log files, crash reports, exports


def purge_personal_data(database: Database, photos_dir: Path, other_folders: Sequence[Path] = ()) -> PurgeReport:
    """Erases, then rebuilds the file and empties its write-ahead log; raises PurgeIncomplete, naming the
    process to stop, when another process keeps old pages alive (it can be run again once stopped)."""
    if database.path is not None:
        _refuse_while_held(database.path)
    with database.write() as session:
        connection = session.connection()
        if database.is_sqlite:
            connection.exec_driver_sql("PRAGMA secure_delete=ON")
        people = connection.execute(update(table_of(AccreditationRow)).values(**ERASED)).rowcount
        staff = connection.execute(update(table_of(StaffRow)).values(name="")).rowcount
        notes = connection.execute(delete(table_of(LogNoteRow))).rowcount
        connection.execute(delete(table_of(LogDigestKeyRow)))
    photos = _erase_files(photos_dir)
    files = sum(_erase_files(folder) for folder in other_folders)
    if database.is_sqlite:
        _rebuild(database)
    else:
        # PostgreSQL keeps the old row versions until the tables are rewritten (VACUUM cannot run in a
        # transaction). Its WAL and any backup still hold them until recycled: see docs/site.md.
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            for table in (AccreditationRow, StaffRow, LogNoteRow):
                connection.execute(text(f"VACUUM FULL {table_of(table).name}"))
    return PurgeReport(people, photos, staff, notes, files)


def _rebuild(database: Database) -> None:
    """Old values survive in free pages and the WAL until the file is rebuilt and the WAL emptied."""
    raw = database.engine.raw_connection()  # VACUUM cannot run inside a transaction
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("VACUUM")
        driver.execute(f"PRAGMA busy_timeout={CHECKPOINT_WAIT_MS}")
        busy, frames, _copied = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError as exc:
        raise PurgeIncomplete(f"the purge could not rebuild the database ({exc}); run it again") from None
    finally:
        raw.close()
    assert database.path is not None
    wal = database.path.with_name(database.path.name + "-wal")
    left = wal.stat().st_size if wal.exists() else 0
    if busy or frames or left:
        raise PurgeIncomplete(
            f"the purge erased the data but could not empty {wal.name}: {_held_by(database.path)} "
            "reads the database; stop it and run the purge again (old values remain in the file until then)"
        )


def _refuse_while_held(path: Path) -> None:
    holders = holders_of(path)
    if holders:
        raise PurgeIncomplete(f"{_describe(holders)} has the database open: stop it first; nothing was erased")


def holders_of(path: Path) -> list[tuple[int, str]]:
    """Other processes with the database (or its -wal/-shm) open, found through /proc (Linux); each as
    (pid, command line). Processes of other users cannot be seen without privileges."""
    names = {str(path.resolve()) + suffix for suffix in ("", "-wal", "-shm")}
    found = []
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            links = {os.readlink(fd) for fd in (entry / "fd").iterdir()}
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace").strip()
        except OSError:
            continue
        if links & names:
            found.append((int(entry.name), command[:80]))
    return sorted(found)


def _held_by(path: Path) -> str:
    holders = holders_of(path)
    return _describe(holders) if holders else "another process (not visible to this user)"


def _describe(holders: list[tuple[int, str]]) -> str:
    return ", ".join(f"process {pid} ({command or 'unknown'})" for pid, command in holders)


def _erase_files(folder: Path) -> int:
    """Every file under the folder, overwritten then deleted; links are removed, never followed."""
    if not folder.is_dir() or folder.is_symlink():
        return 0
    count = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            if path.is_symlink() or not path.is_file():
                path.unlink(missing_ok=True)
                continue
            overwrite_and_delete(path)
            count += 1
    return count
