"""Log appends per second on SQLite and PostgreSQL, with processes sharing one kiosk's chain or not.

Each append is one committed transaction (fsync on both databases). Processes under one kiosk id take
turns on the chain's lock; under their own ids they only share the database. Prints errors too, which
must be 0. Run: .venv/bin/python benchmarks/chain_bench.py [--rows 300] [--processes 1,2,4]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.storage.database import Database  # noqa: E402
from kiosk.storage.scan_log import ScanLog  # noqa: E402
from tests.support.postgres_server import PostgresServer, PostgresUnavailable  # noqa: E402


def run(url: str, processes: int, rows: int, shared: bool) -> tuple[float, int, bool]:
    """Appends per second over all processes, the errors, and whether every chain verifies."""
    database = Database(url)
    database.migrate()
    kiosks = ["gate-1" if shared else f"gate-{i}" for i in range(processes)]
    appenders = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.support.chain_appender", url, kiosk, str(rows)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        for kiosk in kiosks
    ]
    for process in appenders:
        assert process.stdout is not None
        process.stdout.readline()  # "ready"
    started = time.perf_counter()
    for process in appenders:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    results = [json.loads(process.communicate()[0].splitlines()[-1]) for process in appenders]
    elapsed = time.perf_counter() - started
    errors = sum(len(r["errors"]) for r in results)
    intact = ScanLog(database, "gate-1").verify_chain() == []
    database.dispose()
    return processes * rows / elapsed, errors, intact


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=300, help="appends per process")
    parser.add_argument("--processes", default="1,2,4")
    args = parser.parse_args()
    counts = [int(n) for n in args.processes.split(",")]
    try:
        server: PostgresServer | None = PostgresServer.create()
    except PostgresUnavailable as exc:
        print(f"PostgreSQL skipped: {exc}")
        server = None
    databases = iter(range(1000))
    with tempfile.TemporaryDirectory() as tmp:
        try:
            for dialect in ("sqlite", "postgresql"):
                if dialect == "postgresql" and server is None:
                    continue
                for processes in counts:
                    for shared in (True, False):
                        name = f"bench_{next(databases)}"
                        if dialect == "sqlite":
                            url = f"sqlite:///{Path(tmp) / name}.db"
                        else:
                            assert server is not None
                            admin = Database(server.url())
                            with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                                c.exec_driver_sql(f"CREATE DATABASE {name}")
                            admin.dispose()
                            url = server.url(name)
                        rate, errors, intact = run(url, processes, args.rows, shared)
                        layout = "one chain " if shared else "own chains"
                        print(
                            f"{dialect:10} {processes} process(es), {layout}: {rate:7.0f} appends/s, "
                            f"{errors} errors, chains {'intact' if intact else 'BROKEN'}"
                        )
        finally:
            if server is not None:
                server.remove()


if __name__ == "__main__":
    main()
