"""What a forger with write access to the database does to the log, for the tests that must catch it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from kiosk.storage.scan_log import GENESIS, row_hash


def rehash_chain(db: sqlite3.Connection) -> None:
    """Renumbers every kiosk's rows 1, 2, … and recomputes every hash with the project's own row_hash."""
    db.row_factory = sqlite3.Row
    try:
        kiosks = [r[0] for r in db.execute("SELECT DISTINCT kiosk_id FROM scan_log")]
        db.execute("UPDATE scan_log SET seq = -seq")  # out of the way of the unique (kiosk, seq)
        for kiosk in kiosks:
            prev = GENESIS
            rows = db.execute("SELECT * FROM scan_log WHERE kiosk_id = ? ORDER BY seq DESC", (kiosk,)).fetchall()
            for seq, row in enumerate(rows, start=1):
                values = dict(row)
                values["at"] = datetime.fromisoformat(values["at"]).replace(tzinfo=UTC)
                values["manual"] = bool(values["manual"])
                values["offline"] = bool(values["offline"])  # SQLite's 0/1, hashed as the kiosk hashes it
                values["seq"], values["prev_hash"] = seq, prev
                prev = row_hash(values)
                db.execute(
                    "UPDATE scan_log SET seq = ?, prev_hash = ?, row_hash = ? WHERE id = ?",
                    (seq, values["prev_hash"], prev, row["id"]),
                )
    finally:
        db.row_factory = None


def delete_person(db: sqlite3.Connection, badge: str) -> None:
    """Every trace of one badge in the log and the admissions: the history rewrite of the issue."""
    db.execute("DELETE FROM admission WHERE badge_number = ?", (badge,))
    db.execute("DELETE FROM log_note WHERE log_id IN (SELECT id FROM scan_log WHERE badge_number = ?)", (badge,))
    db.execute("DELETE FROM scan_log WHERE badge_number = ?", (badge,))
