"""Verification latency (judge + scan-log commit) on rosters of 1k/10k/100k, and a 100k-row CSV import.

Prints figures; targets: p99 under 2 ms per verification on a SQLite file, 100k-row import under 20 s.
Run: .venv/bin/python benchmarks/verify_bench.py [--sizes 1000,10000,100000] [--scans 2000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.domain.accreditation import Accreditation, IdDocumentType, MediaType, Role  # noqa: E402
from kiosk.domain.clock import FixedClock  # noqa: E402
from kiosk.station import keystore  # noqa: E402
from kiosk.station.roster_import import RosterParser  # noqa: E402
from kiosk.station.station import Station  # noqa: E402

MORNING = datetime.fromisoformat("2025-11-24T09:00:00+01:00")
COLUMNS = (
    "badge_number;family_name;given_names;outlet;media_type;role;country;id_document_type;"
    "id_document_last4;press_card_number;press_card_issuer;mission_letter;sessions;status;attention_note"
)


def person(i: int) -> Accreditation:
    return Accreditation(
        badge_number=f"N{i:06d}", family_name=f"Family{i}", given_names="Given", outlet="Outlet",
        media_type=MediaType.PRINT, role=Role.JOURNALIST, country="MA",
        id_document_type=IdDocumentType.PASSPORT, id_document_last4=f"{i % 10000:04d}",
        sessions=frozenset({"opening", "closing"}), press_card_number=f"PC{i}", press_card_issuer="CNP",
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def bench_verify(size: int, scans: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:  # a real disk, not tmpfs
        home = Path(tmp)
        clock = FixedClock(MORNING)
        with Station.open(home, clock=clock) as station:
            keystore.generate(station.paths.keys)
            station.import_records([person(i) for i in range(size)])
            service = station.checkpoint_service()
            issuer = station.issuer()
            texts = [issuer.sign("IGA93", f"N{(i * 7919) % size:06d}", 1) for i in range(scans)]
            texts += [texts[0][:-3] + "AAA"] * (scans // 10)  # some forged ones too
            for text in texts[:50]:
                service.scan(text)  # warm-up
            times = []
            for text in texts:
                t0 = time.perf_counter()
                service.scan(text)
                times.append((time.perf_counter() - t0) * 1000)
    return {
        "p50": statistics.median(times),
        "p95": percentile(times, 0.95),
        "p99": percentile(times, 0.99),
        "n": len(times),
    }


def bench_import(rows: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        home = Path(tmp)
        csv_path = home / "big.csv"
        with csv_path.open("w", encoding="utf-8") as out:
            out.write(COLUMNS + "\n")
            for i in range(rows):
                out.write(
                    f"N{i:06d};Fämily{i};Given;Outlet;print;journalist;MA;passport;{i % 10000:04d};"
                    f"PC{i};CNP;no;opening|closing;;\n"
                )
        clock = FixedClock(MORNING)
        with Station.open(home / "h", clock=clock) as station:
            t0 = time.perf_counter()
            parsed = RosterParser(station.event).parse(csv_path)
            station.import_records(parsed.records)
            first = time.perf_counter() - t0
            t0 = time.perf_counter()
            parsed = RosterParser(station.event).parse(csv_path)
            station.import_records(parsed.records)
            again = time.perf_counter() - t0
    return first, again


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--import-rows", type=int, default=100_000)
    args = parser.parse_args()
    print("Verification latency: judge + scan-log commit (WAL, synchronous=FULL), one scan at a time")
    print(f"{'roster':>8} {'scans':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}   target p99 < 2 ms")
    for size in (int(s) for s in args.sizes.split(",")):
        r = bench_verify(size, args.scans)
        print(f"{size:>8} {r['n']:>6} {r['p50']:>8.3f} {r['p95']:>8.3f} {r['p99']:>8.3f}")
    first, again = bench_import(args.import_rows)
    print(
        f"\nImport of a {args.import_rows}-row CSV: {first:.1f} s into an empty roster, "
        f"{again:.1f} s re-import (all unchanged)   target < 20 s"
    )


if __name__ == "__main__":
    main()
