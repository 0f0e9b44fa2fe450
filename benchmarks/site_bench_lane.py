"""One lane of benchmarks/site_bench.py, as a process of its own (the kiosk's real code, no screen):

    python benchmarks/site_bench_lane.py HOME TEXTS_FILE --now ISO --real-at UNIX --scans N --seed S --out FILE

Opens the kiosk's home (its clock reads --now at the real instant --real-at, so every lane of a phase
agrees), starts its site link as `kiosk run` does, prints "ready" and waits for a line on stdin. Then it
scans N badges drawn at random from the texts and admits each valid one, as an officer at the screen
would (one scan, one decision, the screen waking the link after each write), printing {"progress": i}
every 50 scans. The claim's round trip is timed around the site the checkpoint is given (the same
AdmissionSite, wrapped); a thread notes when each new roster serial lands in the replica. At the end
it stops the link and writes what it measured and what it committed to --out as JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.domain.clock import OffsetClock  # noqa: E402
from kiosk.domain.log import DecisionError  # noqa: E402
from kiosk.domain.roster_update import RosterSourceKind  # noqa: E402
from kiosk.domain.site import AdmissionClaim, ClaimOutcome, ClaimStatus  # noqa: E402
from kiosk.domain.verdict import Decision, VerdictCode  # noqa: E402
from kiosk.station.checkpoint import AdmissionSite  # noqa: E402
from kiosk.station.site_link import SiteLink  # noqa: E402
from kiosk.station.station import Station  # noqa: E402
from kiosk.storage.roster_store import RosterStore  # noqa: E402

PROGRESS_EVERY = 50
WATCH_EVERY_S = 0.005  # how often the replica's roster serial is read: the revocation figure's resolution


class TimedSite:
    """The station's site as the checkpoint sees it, with each claim's wait timed (kiosk.station.checkpoint)."""

    def __init__(self, site: AdmissionSite) -> None:
        self.site = site
        self.data_age_limit = site.data_age_limit
        self.answered: list[float] = []  # ms, claims the site answered (won or lost)
        self.unanswered: list[float] = []  # ms the door waited before deciding offline

    def judging_offline(self) -> bool:
        return self.site.judging_offline()

    def claim(self, claim: AdmissionClaim) -> ClaimOutcome:
        started = time.perf_counter()
        outcome = self.site.claim(claim)
        waited = (time.perf_counter() - started) * 1000
        (self.unanswered if outcome.status is ClaimStatus.UNREACHABLE else self.answered).append(waited)
        return outcome

    def data_age(self) -> timedelta | None:
        return self.site.data_age()


class SerialWatch:
    """Notes the monotonic time (system-wide on Linux, so the bench compares it across processes) at which
    each roster serial is first seen applied in this kiosk's replica."""

    def __init__(self, roster: RosterStore) -> None:
        self.roster = roster
        self.seen: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="serial-watch", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        last = self.roster.last_serial(RosterSourceKind.PACKAGE)
        while not self._stop.wait(WATCH_EVERY_S):
            serial = self.roster.last_serial(RosterSourceKind.PACKAGE)
            if serial != last:
                now = time.monotonic()
                for missed in range(last + 1, serial + 1):
                    self.seen.setdefault(missed, now)
                last = serial


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("home", type=Path)
    parser.add_argument("texts", type=Path)
    parser.add_argument("--now", required=True, help="the event's time at --real-at")
    parser.add_argument("--real-at", type=float, required=True, help="a UNIX time")
    parser.add_argument("--scans", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    texts = [line for line in args.texts.read_text(encoding="utf-8").splitlines() if line]
    rng = random.Random(args.seed)
    start = datetime.fromisoformat(args.now) + timedelta(seconds=time.time() - args.real_at)
    with Station.open(args.home, clock=OffsetClock(start)) as station:
        assert station.site is not None, "the lane has not joined the site"
        service = station.checkpoint_service()
        assert service.site is not None
        timed = TimedSite(service.site)
        service = replace(service, site=timed)
        link = SiteLink(station.site, monotonic=station.monotonic)
        watch = SerialWatch(station.roster)
        link.start()
        watch.start()
        print("ready", flush=True)
        sys.stdin.readline()
        result = run_lane(service, link, texts, rng, args.scans)
        started_stop = time.monotonic()
        link_stopped = link.stop(timeout_s=30)
        watch.stop()
        result |= {
            "answered_ms": timed.answered, "unanswered_ms": timed.unanswered,
            "serial_seen": watch.seen, "link_cycles": link.cycles, "link_stopped": link_stopped,
            "link_stop_s": time.monotonic() - started_stop, "cpu_s": time.process_time(),
        }
    args.out.write_text(json.dumps(result), encoding="utf-8")
    print(json.dumps({"done": args.scans}), flush=True)


def run_lane(service: Any, link: SiteLink, texts: list[str], rng: random.Random, scans: int) -> dict[str, Any]:
    """Scan, and admit each valid verdict; what happened to each, and every row id this lane committed."""
    counts: dict[str, int] = {}
    rows: list[int] = []  # every log row id committed here (scans and decisions)
    admissions: list[dict[str, Any]] = []
    errors: list[str] = []
    started = time.monotonic()
    for index in range(scans):
        text = rng.choice(texts)
        try:
            outcome = scan_and_admit(service, text, rows, admissions)
        except Exception as exc:  # noqa: BLE001 - counted: the bench expects none
            outcome = "error"
            errors.append(f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}" if str(exc) else type(exc).__name__)
        counts[outcome] = counts.get(outcome, 0) + 1
        link.wake()
        if (index + 1) % PROGRESS_EVERY == 0:
            print(json.dumps({"progress": index + 1}), flush=True)
    return {
        "counts": counts, "rows": rows, "admissions": admissions, "errors": errors[:20], "error_count": len(errors),
        "started": started, "finished": time.monotonic(),
    }


def scan_and_admit(service: Any, text: str, rows: list[int], admissions: list[dict[str, Any]]) -> str:
    verdict = service.scan(text)
    rows.append(verdict.scan_id)
    if verdict.code is not VerdictCode.VALID:
        return f"verdict_{verdict.code.value}"
    try:
        entry = service.decide(verdict.scan_id, Decision.ADMITTED, officer="cli:bench")
    except DecisionError as exc:
        return f"refused_{exc.reason.value}"
    rows.append(entry.id)
    admissions.append({
        "badge": verdict.badge_number, "decision_id": entry.id, "client_id": entry.client_id,
        "offline": entry.offline,
    })
    return "admitted_offline" if entry.offline else "admitted_online"


if __name__ == "__main__":
    main()
