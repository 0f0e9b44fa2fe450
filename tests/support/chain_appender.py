"""One process appending scans to one kiosk's log chain, for the concurrency tests and benchmarks.

    python -m tests.support.chain_appender URL KIOSK_ID COUNT

Connects, prints "ready", waits for a line on stdin (so several processes start appending together),
appends COUNT scans as fast as it can, then prints one JSON line: {"appended": n, "errors": [...]}.
An append that fails is counted and named, never retried: the test is whether appends fail at all.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta

from kiosk.domain.verdict import Verdict, VerdictCode
from kiosk.storage.database import Database
from kiosk.storage.scan_log import ScanLog

T0 = datetime(2025, 11, 24, 8, 0, tzinfo=UTC)


def main(url: str, kiosk_id: str, count: int) -> None:
    database = Database(url)
    log = ScanLog(database, kiosk_id)
    with database.engine.connect():
        pass  # the pool holds a live connection before the start signal
    print("ready", flush=True)
    sys.stdin.readline()
    appended, errors = 0, []
    for i in range(count):
        verdict = Verdict(VerdictCode.FORGED, "media-entrance", T0 + timedelta(milliseconds=i))
        try:
            log.record_scan(verdict, f"process-scan-{i}")
            appended += 1
        except Exception as exc:  # noqa: BLE001 - every failure is counted and named, which is the point
            errors.append(f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
    database.dispose()
    print(json.dumps({"appended": appended, "errors": errors}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
