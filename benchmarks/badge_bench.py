"""Whole-roster badge production: 2,000 accreditations printed in one run per layout, and as PNGs.

    .venv/bin/python benchmarks/badge_bench.py [--count 2000] [--repeat 3] [--only a6,png]

Target (issue 3): 2,000 badges in under 60 s. Prints seconds and badges per second; with --repeat,
the median of the runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.badges.fonts import ensure_gui_application  # noqa: E402
from kiosk.badges.layout import A6, PAGE_LAYOUTS  # noqa: E402
from kiosk.badges.pdf import write_pdf  # noqa: E402
from kiosk.badges.png import write_pngs  # noqa: E402
from kiosk.badges.production import badge_faces, select_for_printing  # noqa: E402
from kiosk.cli.progress import ProgressBar  # noqa: E402
from kiosk.demo.home import prepare_demo_home  # noqa: E402
from kiosk.domain.accreditation import Status  # noqa: E402
from kiosk.station.station import Station  # noqa: E402

TARGET_SECONDS = 60.0


def synthesise(station: Station, count: int) -> None:
    """`count` active accreditations cycled from the demo roster (names, scripts, photos and all)."""
    demo = station.roster.all()
    records = []
    for i in range(count):
        base = demo[i % len(demo)]
        records.append(replace(base, badge_number=f"B{i + 1:05d}", status=Status.ACTIVE, status_reason=""))
    station.import_records(records)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--only", default="a6,cr80,a4-sheet,png", help="comma-separated runs")
    args = parser.parse_args()
    ensure_gui_application()
    runs = [r for r in args.only.split(",") if r]
    with tempfile.TemporaryDirectory(prefix="kiosk-badge-bench-") as folder:
        paths = prepare_demo_home(Path(folder) / "home")
        with Station.open(paths.home) as station:
            # The bench roster is the synthesised one only: the demo rows are replaced.
            for acc in station.roster.all():
                station.set_badge_status(acc.badge_number, Status.REVOKED, "bench")
            synthesise(station, args.count)
            issuer = station.issuer()
            print(f"{args.count} badges, {os.cpu_count()} CPU(s), target {TARGET_SECONDS:.0f} s each")
            for run in runs:
                timings = []
                for attempt in range(args.repeat):
                    started = time.perf_counter()
                    people = select_for_printing(station.roster)
                    faces = badge_faces(people, station.event, issuer, station.paths.photos)
                    bar = ProgressBar(f"{run:>8} {attempt + 1}/{args.repeat}", force=True)
                    if run == "png":
                        out = Path(folder) / f"png-{attempt}"
                        write_pngs(out, faces, A6, len(people), progress=bar)
                        size = sum(p.stat().st_size for p in out.glob("*.png"))
                    else:
                        out = Path(folder) / f"{run}-{attempt}.pdf"
                        write_pdf(out, faces, PAGE_LAYOUTS[run], len(people), bar)
                        size = out.stat().st_size
                    timings.append(time.perf_counter() - started)
                seconds = statistics.median(timings)
                verdict = "OK" if seconds < TARGET_SECONDS else "OVER TARGET"
                runs_note = (
                    f" (median of {args.repeat}: {', '.join(f'{t:.1f}' for t in timings)})" if args.repeat > 1 else ""
                )
                print(
                    f"{run:>8}: {seconds:6.1f} s  {len(people) / seconds:6.1f} badges/s  "
                    f"{size / 1e6:7.1f} MB  {verdict}{runs_note}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
