"""What sealing costs a scan: verification latency (judge + log commit) on a 10k roster, unsealed and
sealed (a seal every 50 rows, its head file synced), and the time `kiosk log verify --key` takes.

Prints figures; the target is the same as verify_bench's: p99 under 2 ms per verification.
Run: .venv/bin/python benchmarks/seal_bench.py [--scans 3000]
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.domain.clock import FixedClock  # noqa: E402
from kiosk.domain.seal import SealSchedule, VerificationKey  # noqa: E402
from kiosk.station import keystore  # noqa: E402
from kiosk.station.station import Station  # noqa: E402
from kiosk.storage.log_audit import audit_log  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_bench import MORNING, percentile, person  # noqa: E402

ROSTER = 10_000


def bench(scans: int, sealed: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:  # a real disk, not tmpfs
        clock = FixedClock(MORNING)
        with Station.open(Path(tmp), clock=clock) as station:
            keystore.generate(station.paths.keys)
            station.import_records([person(i) for i in range(ROSTER)])
            key = VerificationKey(station.settings.kiosk_id, secrets.token_bytes(32), SealSchedule(clock.now()))
            if sealed:
                station.log.set_up_sealing(key.sealing_key(), clock.now())
            service = station.checkpoint_service()
            issuer = station.issuer()
            texts = [issuer.sign("IGA93", f"N{(i * 7919) % ROSTER:06d}", 1) for i in range(scans)]
            times = []
            for i, text in enumerate(texts):
                clock.set(MORNING + timedelta(seconds=i))  # an epoch of 15 minutes every 900 scans
                start = time.perf_counter()
                service.scan(text)
                times.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            audit = audit_log(station.log, {key.kiosk_id: key} if sealed else {})
            audit_s = time.perf_counter() - start
            assert audit.intact
            seals = len(station.log.seals(station.settings.kiosk_id))
    return {"p50": percentile(times, 0.5), "p99": percentile(times, 0.99), "audit": audit_s, "seals": seals}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scans", type=int, default=3000)
    args = parser.parse_args()
    for sealed in (False, True):
        figures = bench(args.scans, sealed)
        label = "sealed  " if sealed else "unsealed"
        print(
            f"{label} {args.scans} scans on {ROSTER:,} accreditations: p50 {figures['p50']:.2f} ms, "
            f"p99 {figures['p99']:.2f} ms; {figures['seals']:.0f} seals; verify {figures['audit']:.2f} s"
        )


if __name__ == "__main__":
    main()
