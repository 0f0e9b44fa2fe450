"""Small inputs that used to crash or mislead: each gets one clear line or a `malformed` verdict."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zipfile

import pytest
from openpyxl import Workbook

from tests.fixtures.homes import HEADER, badge_texts, kiosk_cli, person, write_roster

MORNING = "2025-11-24T09:00+01:00"


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("inputs") / "home"
    assert kiosk_cli(home, "keys", "generate").returncode == 0
    rows = [person(f"M000{i}", family_name="Belkadiri") for i in range(1, 4)]
    assert kiosk_cli(home, "roster", "import", str(write_roster(home.parent / "r.csv", rows))).returncode == 0
    return home


def genuine(home, number="M0001"):
    return badge_texts(home, [number])[0]


def run_bytes(home, *args, stdin: bytes):
    env = {**os.environ, "KIOSK_HOME": str(home)}
    command = [sys.executable, "-m", "kiosk", *args]
    return subprocess.run(command, input=stdin, capture_output=True, env=env, timeout=120)


def scans(home):
    with sqlite3.connect(home / "kiosk.db") as db:
        return db.execute("SELECT code, qr_text, qr_length FROM scan_log WHERE kind = 'scan' ORDER BY id").fetchall()


def test_a_batch_goes_on_past_bytes_that_are_not_utf8_and_reads_crlf_lines(home):
    before = len(scans(home))
    lines = b"\xff\xfe\x00 not text\r\n" + genuine(home).encode() + b"\r\n" + genuine(home, "M0002").encode() + b"\n"
    result = run_bytes(home, "verify", "--batch", "--now", MORNING, stdin=lines)
    assert result.returncode == 0, result.stderr
    codes = [json.loads(line)["code"] for line in result.stdout.splitlines()]
    assert codes == ["malformed", "valid", "valid"]
    logged = scans(home)[before:]
    assert [c for c, _, _ in logged] == codes and logged[0][1:] == ("", 12)


def test_a_huge_line_is_judged_malformed_without_being_held_whole(home):
    """200 MB on one line: the command's peak memory stays that of any other run."""
    big = b"A" * (200 * 1024 * 1024) + b"\n" + genuine(home, "M0003").encode() + b"\n"
    measured = (  # VmHWM: this process's peak resident memory since it started (not its parent's)
        "import runpy, sys\n"
        f"sys.argv = ['kiosk', 'verify', '--batch', '--now', {MORNING!r}]\n"
        "try:\n    runpy.run_module('kiosk', run_name='__main__')\n"
        "except SystemExit as end:\n    code = end.code\n"
        "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
        "print('peak', peak, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "KIOSK_HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", measured], input=big, capture_output=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["code"] for line in result.stdout.splitlines()] == ["malformed", "valid"]
    peak_kib = int(result.stderr.decode().rsplit("peak ", 1)[1])
    assert peak_kib < 150 * 1024, f"peak memory {peak_kib // 1024} MB"


def test_a_text_argument_that_is_not_utf8_is_malformed_and_logged(home):
    before = len(scans(home))
    result = run_bytes(home, "verify", os.fsdecode(b"B1.\xff\xfe"), "--now", MORNING, stdin=b"")
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["code"] == "malformed"
    assert len(scans(home)) == before + 1


def test_a_crlf_at_the_end_of_a_text_argument_is_no_reason_to_deny(home):
    result = kiosk_cli(home, "verify", genuine(home) + "\r\n", "--now", MORNING)
    assert json.loads(result.stdout)["code"] in ("valid", "already_admitted")


@pytest.mark.parametrize("now", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00+14:00", ""])
def test_absurd_or_empty_times_are_refused_in_one_line(home, now):
    result = kiosk_cli(home, "verify", "x", "--now", now)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_folder_given_as_the_roster_is_refused_in_one_line(home, tmp_path):
    result = kiosk_cli(home, "roster", "import", str(tmp_path))
    assert result.returncode == 1 and "is a folder" in result.stderr and result.stderr.count("\n") == 1


def test_a_closed_pipe_ends_the_command_quietly(home):
    env = {**os.environ, "KIOSK_HOME": str(home)}
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "roster", "list"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    proc.stdout.close()  # the reader is gone before the first line is printed
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) != 0
    assert "unexpected error" not in stderr and "Traceback" not in stderr


def test_a_roster_with_a_column_twice_is_refused(home, tmp_path):
    path = tmp_path / "twice.csv"
    row = person("Z0001")
    path.write_text(",".join([*HEADER, "outlet"]) + "\n" + ",".join([*(row[k] for k in HEADER), "Other"]) + "\n")
    result = kiosk_cli(home, "roster", "import", str(path))
    assert result.returncode == 1 and "row 1, outlet: the column appears twice" in result.stderr


def test_a_roster_with_a_nul_character_is_refused(home, tmp_path):
    roster = write_roster(tmp_path / "nul.csv", [person("Z0002", family_name="Bel\x00kadiri")])
    result = kiosk_cli(home, "roster", "import", str(roster))
    assert result.returncode == 1 and "row 2, family_name: holds a control character" in result.stderr


def test_an_xlsx_of_millions_of_rows_is_refused_by_its_size_before_its_rows_are_read(home, tmp_path):
    book = Workbook()
    book.active.append(HEADER)
    book.active.append([person("Z0003")[k] for k in HEADER])
    small = tmp_path / "small.xlsx"
    book.save(small)
    big = tmp_path / "big.xlsx"
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(big, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:O2"', b'<dimension ref="A1:O3000000"')
            target.writestr(item, data)
    result = kiosk_cli(home, "roster", "import", str(big))
    assert result.returncode == 1 and "more than 200,000 rows" in result.stderr


def test_a_bad_header_is_reported_before_any_row_is_looked_at(home, tmp_path):
    path = tmp_path / "no-outlet.csv"
    columns = [k for k in HEADER if k != "outlet"]
    rows = [person(f"Y{i:04d}", media_type="carrier-pigeon") for i in range(5000)]
    path.write_text("\n".join([",".join(columns), *(",".join(r[k] for k in columns) for r in rows)]) + "\n")
    result = kiosk_cli(home, "roster", "import", str(path))
    assert result.returncode == 1 and "row 1, outlet: required column is missing" in result.stderr
    assert "media_type" not in result.stderr


def test_a_database_error_during_import_is_one_line_without_roster_data(home, tmp_path):
    with sqlite3.connect(home / "kiosk.db") as db:
        db.execute("CREATE TRIGGER full BEFORE INSERT ON accreditation BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    try:
        rows = [person("N0001", family_name="Zyxwvuts", press_card_number="PC-77Q")]
        roster = write_roster(tmp_path / "new.csv", rows)
        result = kiosk_cli(home, "roster", "import", str(roster))
    finally:
        with sqlite3.connect(home / "kiosk.db") as db:
            db.execute("DROP TRIGGER full")
    assert result.returncode == 3 and result.stderr.count("\n") == 1
    assert "disk full" in result.stderr
    for secret in ("Zyxwvuts", "PC-77Q", "INSERT", "SELECT"):
        assert secret not in result.stderr
    crash = result.stderr.rsplit("details: ", 1)[1].rstrip(")\n")
    assert crash.startswith(str(home / "logs"))
    report = open(crash, encoding="utf-8").read()
    assert "Traceback" in report and "Zyxwvuts" not in report and "PC-77Q" not in report
    assert os.stat(crash).st_mode & 0o777 == 0o600
