"""The scan log as CSV or XLSX, one row per scan, decision or annulment, times in event time.

Nothing in an export runs when a spreadsheet opens it: CSV cells that a spreadsheet would read as a
formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe; XLSX cells are
written as text, never as formulas. The file is owner-only: it holds officers' notes.
"""

from __future__ import annotations

import csv
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.domain.log import LogEntry
from kiosk.errors import UsageError
from kiosk.private_files import restrict

COLUMNS = (
    "id", "kiosk_id", "seq", "time", "kind", "checkpoint", "session", "badge", "code",
    "decision", "reason", "officer", "manual", "ref_id", "detail",
)


def rows(entries: list[LogEntry], tz: ZoneInfo) -> list[list[object]]:
    return [
        [
            e.id, e.kiosk_id, e.seq, e.at.astimezone(tz).isoformat(timespec="seconds"), e.kind.value,
            e.checkpoint, e.session, e.badge_number or "", e.code,
            e.decision.value if e.decision else "", e.reason.value if e.reason else "", e.officer,
            "yes" if e.manual else "no", e.ref_id or "", e.detail,
        ]
        for e in entries
    ]


def export_log(entries: list[LogEntry], out: Path, tz: ZoneInfo, fmt: str | None = None) -> int:
    """Writes the file; returns how many rows. The format comes from --format or the file name."""
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    table = rows(entries, tz)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        with out.open("w", encoding="utf-8-sig", newline="") as handle:  # BOM: Excel reads UTF-8
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            writer.writerows([[inert(cell) for cell in row] for row in table])
    elif fmt == "xlsx":
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        book = Workbook(write_only=True)
        sheet = book.create_sheet("scan log")
        sheet.append(list(COLUMNS))
        for row in table:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # text, even when it starts with "="
                cells.append(cell)
            sheet.append(cells)
        book.save(out)
    else:
        raise UsageError(f"unknown export format {fmt!r}: use csv or xlsx")
    restrict(out)
    return len(table)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: object) -> object:
    """A CSV cell no spreadsheet runs: text that would start a formula is prefixed with an apostrophe."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell
