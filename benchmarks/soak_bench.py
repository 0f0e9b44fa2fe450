"""Soak: 20,000 scans through the engine; memory growth (target < 20 MB) and exact log count.

Run: .venv/bin/python benchmarks/soak_bench.py [--scans 20000]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verify_bench import person  # noqa: E402

from kiosk.domain.clock import FixedClock  # noqa: E402
from kiosk.domain.verdict import Decision  # noqa: E402
from kiosk.station import keystore  # noqa: E402
from kiosk.station.station import Station  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=20_000)
    parser.add_argument("--roster", type=int, default=5_000)
    args = parser.parse_args()
    rng = random.Random(93)
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        clock = FixedClock(datetime.fromisoformat("2025-11-24T08:00:00+01:00"))
        with Station.open(tmp, clock=clock) as station:
            keystore.generate(station.paths.keys)
            station.import_records([person(i) for i in range(args.roster)])
            service = station.checkpoint_service()
            issuer = station.issuer()
            texts = [issuer.sign("IGA93", f"N{i:06d}", 1) for i in range(args.roster)]
            junk = ["https://example.org/menu", texts[0][:-2] + "ZZ", "B1.AAA.IGA93.X.1." + "0" * 95]
            warmup = 1000
            decisions = 0
            start_rss = 0.0
            t0 = time.perf_counter()
            for i in range(args.scans):
                if i == warmup:
                    gc.collect()
                    start_rss = rss_mb()
                clock.advance(timedelta(milliseconds=200))
                text = rng.choice(junk) if rng.random() < 0.1 else rng.choice(texts)
                verdict = service.scan(text)
                if verdict.admissible and rng.random() < 0.5:
                    service.decide(verdict.scan_id, Decision.ADMITTED, officer="")
                    decisions += 1
            elapsed = time.perf_counter() - t0
            gc.collect()
            end_rss = rss_mb()
            counts = station.log.counts(
                datetime.fromisoformat("2025-11-24T00:00:00+01:00"), clock.now() + timedelta(seconds=1)
            )
            logged_rows = len(station.log.entries())
            intact = not station.log.verify_chain()
    print(f"Soak: {args.scans} scans (+{decisions} admissions) in {elapsed:.1f} s ({args.scans / elapsed:.0f} scans/s)")
    print(
        f"RSS after {warmup} warm-up scans: {start_rss:.1f} MB; at the end: {end_rss:.1f} MB; "
        f"growth {end_rss - start_rss:+.1f} MB   (target < 20 MB)"
    )
    print(
        f"Log: {counts['scans']} scan rows for {args.scans} scans "
        f"({'exact' if counts['scans'] == args.scans else 'MISMATCH'}), {counts['admitted']} admissions "
        f"for {decisions} decisions, {logged_rows} rows in all; chain {'intact' if intact else 'BROKEN'}"
    )


if __name__ == "__main__":
    main()
