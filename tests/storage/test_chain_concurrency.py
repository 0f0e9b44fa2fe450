"""Two OS processes appending under one kiosk id: no append fails and the chain stays one chain.

On SQLite, BEGIN IMMEDIATE serialises the writers; on PostgreSQL, each append locks its kiosk's chain
(kiosk.storage.writes.serialise) before reading the head it appends after.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kiosk.storage.database import Database
from kiosk.storage.scan_log import ScanLog

REPO = Path(__file__).resolve().parents[2]
PER_PROCESS = 200


def test_two_processes_appending_to_one_chain_lose_nothing_and_the_chain_verifies(database: Database):
    appenders = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.support.chain_appender", database.url, "gate-1", str(PER_PROCESS)],
            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(2)
    ]
    for process in appenders:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    for process in appenders:  # released together, so they really contend
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    results = []
    for process in appenders:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert [r["errors"] for r in results] == [[], []]
    assert sum(r["appended"] for r in results) == 2 * PER_PROCESS
    log = ScanLog(database, "gate-1")
    entries = log.entries()
    assert sorted(e.seq for e in entries) == list(range(1, 2 * PER_PROCESS + 1))
    assert log.verify_chain() == []
