"""A 100k-badge roster package applied while another process scans without pause.

Prints the scan latency (p50/p99/max) before and during the apply, scans that failed, the apply time and
the longest write-lock hold of the apply (each of its write transactions, lock taken to commit done).
Target: every scan during the apply completes with a verdict; p99 well under the 5 s busy timeout.
Run: .venv/bin/python benchmarks/apply_bench.py [--rows 100000] [--chunk 1000] [--pause 0.03] [--scan-every 0]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.domain.accreditation import Accreditation, IdDocumentType, MediaType, Role, Status  # noqa: E402
from kiosk.domain.clock import FixedClock  # noqa: E402
from kiosk.station import keystore, roster_packages  # noqa: E402
from kiosk.station.station import Station  # noqa: E402

MORNING = datetime.fromisoformat("2025-11-24T09:00:00+01:00")


def person(i: int) -> Accreditation:
    return Accreditation(
        badge_number=f"N{i:06d}", family_name=f"Family{i}", given_names="Given", outlet="Outlet",
        media_type=MediaType.PRINT, role=Role.JOURNALIST, country="MA",
        id_document_type=IdDocumentType.PASSPORT, id_document_last4=f"{i % 10000:04d}",
        sessions=frozenset({"opening", "closing"}), press_card_number=f"PC{i}", press_card_issuer="CNP",
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


def scanner(home: Path, texts_file: Path, out: Path, stop: Path, every_s: float) -> None:
    """The door: scans one badge after another until told to stop; one JSON line per scan."""
    texts = texts_file.read_text().split()
    with Station.open(home, clock=FixedClock(MORNING)) as station, out.open("w") as log:
        service = station.checkpoint_service()
        i = 0
        while not stop.exists():
            text = texts[i % len(texts)]
            started = time.time()
            t0 = time.perf_counter()
            try:
                code = service.scan(text).code.value
            except Exception as exc:  # noqa: BLE001 - a failed scan is what we count
                code = f"error: {exc}"
            log.write(json.dumps({"at": started, "ms": (time.perf_counter() - t0) * 1000, "code": code}) + "\n")
            i += 1
            time.sleep(every_s)


@contextmanager
def timed_writes(station: Station, holds: list[tuple[float, str]], waits: list[float]) -> Iterator[None]:
    """Times each write transaction of the station: waiting for the lock, then holding it until the commit."""
    original = station.database.write

    @contextmanager
    def write():  # noqa: ANN202
        step = _step_of(sys._getframe(2))
        asked = time.perf_counter()
        with original() as session:
            t0 = time.perf_counter()  # BEGIN IMMEDIATE has returned: the lock is ours
            waits.append(t0 - asked)
            yield session
        holds.append((time.perf_counter() - t0, step))

    station.database.write = write  # type: ignore[method-assign]
    try:
        yield
    finally:
        station.database.write = original  # type: ignore[method-assign]


def _step_of(frame: object) -> str:
    """The applier's step that opened a transaction (claim, stage, swap, sweep), for the figures."""
    while frame is not None:
        code = frame.f_code  # type: ignore[attr-defined]
        if code.co_filename.endswith("roster_swap.py"):
            return code.co_name.strip("_")
        frame = frame.f_back  # type: ignore[attr-defined]
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--chunk", type=int, default=1000, help="badges per staging transaction")
    parser.add_argument("--pause", type=float, default=0.03, help="seconds the apply leaves the door after each")
    parser.add_argument("--scan-every", type=float, default=0.0, help="seconds between two scans (0: none)")
    parser.add_argument("--scanner", nargs=4, metavar=("HOME", "TEXTS", "OUT", "STOP"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scanner:
        scanner(*(Path(a) for a in args.scanner), every_s=args.scan_every)
        return
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:  # a real disk, not tmpfs
        root = Path(tmp)
        office, kiosk = root / "office", root / "kiosk"
        clock = FixedClock(MORNING - timedelta(hours=2))
        people = [person(i) for i in range(args.rows)]
        with Station.open(office, clock=clock) as station:
            kid = keystore.generate(station.paths.keys)
            station.import_records(people)
            first = root / "first.krp"
            roster_packages.publish(station, first)
            changed = [replace(p, outlet="Changed") for p in people[: args.rows // 100]]
            revoked = [replace(p, status=Status.REVOKED, status_reason="bench") for p in people[-100:]]
            station.import_records(changed + revoked)
            second = root / "second.krp"
            clock.advance(timedelta(minutes=5))
            roster_packages.publish(station, second)
            issuer = station.issuer()
            texts = [issuer.sign("IGA93", f"N{(i * 7919) % args.rows:06d}", 1) for i in range(500)]
        (root / "texts.txt").write_text("\n".join(texts))
        with Station.open(kiosk, clock=FixedClock(MORNING)) as station:
            keystore.trust(station.paths.trusted_keys, office / "keys" / "trusted" / f"{kid}.pub")
            station.roster_applier.chunk_rows = args.chunk
            t0 = time.perf_counter()
            roster_packages.apply(station, first)
            first_apply = time.perf_counter() - t0
        stop, out = root / "stop", root / "scans.jsonl"
        door = subprocess.Popen(
            [sys.executable, __file__, "--scanner", str(kiosk), str(root / "texts.txt"), str(out), str(stop),
             "--scan-every", str(args.scan_every)]
        )
        time.sleep(3)  # the door is busy before the office's package arrives
        holds: list[tuple[float, str]] = []
        waits: list[float] = []
        with Station.open(kiosk, clock=FixedClock(MORNING)) as station:
            station.roster_applier.chunk_rows = args.chunk
            station.roster_applier.pause_s = args.pause
            with timed_writes(station, holds, waits):
                began = time.time()
                t0 = time.perf_counter()
                report = roster_packages.apply(station, second)
                apply_time = time.perf_counter() - t0
                ended = time.time()
        time.sleep(1)
        stop.touch()
        door.wait(timeout=60)
        scans = [json.loads(line) for line in out.read_text().splitlines()]
        size = second.stat().st_size
    before = [s["ms"] for s in scans if s["at"] < began]
    during = [s["ms"] for s in scans if began <= s["at"] <= ended]
    failed = [s for s in scans if s["code"].startswith("error")]
    print(
        f"Roster package of {args.rows} badges ({size / 1e6:.1f} MB), staged {args.chunk} badges per transaction, "
        f"{args.pause * 1000:.0f} ms pause after each; the door scans "
        + (f"every {args.scan_every * 1000:.0f} ms" if args.scan_every else "without pause")
    )
    print(f"  first apply into an empty kiosk: {first_apply:.1f} s")
    spans = [h for h, _ in holds]
    print(
        f"  apply while scanning: {apply_time:.1f} s ({report.updated} updated, {report.unchanged} unchanged); "
        f"{len(holds)} write transactions, write-lock hold p50 {statistics.median(spans) * 1000:.0f} ms, "
        f"p99 {percentile(spans, 0.99) * 1000:.0f} ms, longest {max(spans) * 1000:.0f} ms; "
        f"{sum(spans):.1f} s holding the lock in all, {sum(waits):.1f} s waiting for it (the door held it)"
    )
    longest = sorted(holds, reverse=True)[:3]
    print("  longest holds: " + ", ".join(f"{h * 1000:.0f} ms ({step})" for h, step in longest))
    swap = [h for h, step in holds if step == "swap"]
    print(f"  the swap itself: {swap[0] * 1000:.0f} ms" if swap else "  no swap timed")
    for label, values in (("before the apply", before), ("during the apply", during)):
        print(
            f"  scans {label}: {len(values)}, p50 {statistics.median(values):.2f} ms, "
            f"p99 {percentile(values, 0.99):.2f} ms, max {max(values):.1f} ms"
        )
    print(f"  scans that failed: {len(failed)}" + (f" (first: {failed[0]['code']})" if failed else ""))
    slow = [s["ms"] for s in scans if began <= s["at"] <= ended and s["ms"] > 100]
    print(f"  scans over 100 ms during the apply: {len(slow)}, over 500 ms: {sum(1 for ms in slow if ms > 500)}")
    slowest = sorted((s for s in scans if began <= s["at"] <= ended), key=lambda s: -s["ms"])[:3]
    print("  slowest during the apply: " + ", ".join(f"{s['ms']:.0f} ms at +{s['at'] - began:.2f} s" for s in slowest))


if __name__ == "__main__":
    main()
