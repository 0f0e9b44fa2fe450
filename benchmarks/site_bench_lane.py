"""One lane of benchmarks/site_bench.py, as a process of its own (the kiosk's real code, no screen):

    python benchmarks/site_bench_lane.py HOME TEXTS_FILE --now ISO --real-at UNIX --scans N --seed S --out FILE

Opens the kiosk's home (its clock reads --now at the real instant --real-at, so every lane of a phase
agrees), starts its site link as `kiosk run` does, prints "ready" and waits for a line on stdin. Then it
scans N badges drawn at random from the texts (--rate a second, or as fast as it goes) and admits each
valid one, as an officer at the screen would (one scan, one decision, the screen waking the link after
each write), printing {"progress": i} every 50 scans and {"serial": n} when the link applies a new
roster. Each claim is timed around the site the checkpoint is given and around the site's statement
(the same objects, wrapped). When done it prints {"scanned": n} and waits for a line again, its link
running on; then it stops the link and writes what it measured and committed to --out as JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.domain.clock import OffsetClock  # noqa: E402
from kiosk.domain.log import DecisionError  # noqa: E402
from kiosk.domain.site import AdmissionClaim, ClaimOutcome, ClaimStatus, PullReport  # noqa: E402
from kiosk.domain.verdict import Decision, VerdictCode  # noqa: E402
from kiosk.station.checkpoint import AdmissionSite  # noqa: E402
from kiosk.station.site_link import SiteLink  # noqa: E402
from kiosk.station.station import Station  # noqa: E402

PROGRESS_EVERY = 50


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


class TimedStatement:
    """The site's claims as the Site calls them (kiosk.storage.site_claims.SiteClaims): the statement's own
    round trip, without the wait for the call's thread and the lane's CPU around it."""

    def __init__(self, claims: Any) -> None:
        self.claims = claims
        self.statement: list[float] = []  # ms

    def claim(self, claim: AdmissionClaim) -> ClaimOutcome:
        started = time.perf_counter()
        outcome = self.claims.claim(claim)  # raises when the site does not answer: not counted
        self.statement.append((time.perf_counter() - started) * 1000)
        return outcome

    def __getattr__(self, name: str) -> Any:
        return getattr(self.claims, name)


class TimedPull:
    """The site's pull as the link calls it (kiosk.station.site.Site.pull): when each new roster serial was
    applied here, by the monotonic clock (system-wide on Linux, so the bench compares it across processes)."""

    def __init__(self, pull: Callable[[], PullReport], say: Callable[[dict[str, Any]], None]) -> None:
        self.pull = pull
        self.say = say
        self.seen: dict[int, float] = {}
        self.apply_ms: list[float] = []  # pulls that applied a package: the download, its checks, the swap

    def __call__(self) -> PullReport:
        started = time.perf_counter()
        report = self.pull()
        if report.package_serial is not None:
            self.apply_ms.append((time.perf_counter() - started) * 1000)
            self.seen[report.package_serial] = time.monotonic()
            self.say({"serial": report.package_serial})
        return report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("home", type=Path)
    parser.add_argument("texts", type=Path)
    parser.add_argument("--now", required=True, help="the event's time at --real-at")
    parser.add_argument("--real-at", type=float, required=True, help="a UNIX time")
    parser.add_argument("--scans", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--rate", type=float, default=0.0, help="scans per second (0: as fast as it goes)")
    parser.add_argument("--think-ms", type=float, default=0.0, help="the officer's look between verdict and decision")
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
        statement = TimedStatement(station.site.claims)
        station.site.claims = statement  # type: ignore[assignment]
        pull = TimedPull(station.site.pull, say)
        station.site.pull = pull  # type: ignore[method-assign]
        link = SiteLink(station.site, monotonic=station.monotonic)
        link.start()
        say("ready")
        if not sys.stdin.readline():  # the bench went away before the start
            link.stop()
            return
        cpu = time.process_time()
        result = run_lane(service, link, texts, rng, args.scans, args.rate, args.think_ms / 1000)
        result["cpu_s"] = time.process_time() - cpu
        say({"scanned": args.scans})
        sys.stdin.readline()  # the bench lets the link run on until every revocation could arrive
        started_stop = time.monotonic()
        link_stopped = link.stop(timeout_s=30)
        result |= {
            "answered_ms": timed.answered, "unanswered_ms": timed.unanswered, "statement_ms": statement.statement,
            "serial_seen": pull.seen, "apply_ms": pull.apply_ms, "link_cycles": link.cycles,
            "link_stopped": link_stopped, "link_stop_s": time.monotonic() - started_stop,
        }
    args.out.write_text(json.dumps(result), encoding="utf-8")
    say({"done": args.scans})


_said = threading.Lock()


def say(message: object) -> None:
    """One line to the bench, from any thread (the link's tells of serials, the lane's of progress)."""
    line = message if isinstance(message, str) else json.dumps(message)
    with _said:
        print(line, flush=True)


def run_lane(
    service: Any, link: SiteLink, texts: list[str], rng: random.Random, scans: int, rate: float, think_s: float
) -> dict[str, Any]:
    """Scan, and admit each valid verdict; what happened to each, and every row id this lane committed."""
    counts: dict[str, int] = {}
    rows: list[int] = []  # every log row id committed here (scans and decisions)
    admissions: list[dict[str, Any]] = []
    errors: list[str] = []
    started = time.monotonic()
    for index in range(scans):
        if rate:
            time.sleep(max(0.0, started + index / rate - time.monotonic()))
        text = rng.choice(texts)
        try:
            outcome = scan_and_admit(service, link, text, rows, admissions, think_s)
        except Exception as exc:  # noqa: BLE001 - counted: the bench expects none
            outcome = "error"
            errors.append(f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}" if str(exc) else type(exc).__name__)
        counts[outcome] = counts.get(outcome, 0) + 1
        link.wake()
        if (index + 1) % PROGRESS_EVERY == 0:
            say({"progress": index + 1})
    return {
        "counts": counts, "rows": rows, "admissions": admissions, "errors": errors[:20], "error_count": len(errors),
        "started": started, "finished": time.monotonic(),
    }


def scan_and_admit(
    service: Any, link: SiteLink, text: str, rows: list[int], admissions: list[dict[str, Any]], think_s: float
) -> str:
    verdict = service.scan(text)
    rows.append(verdict.scan_id)
    link.wake()
    if verdict.code is not VerdictCode.VALID:
        return f"verdict_{verdict.code.value}"
    if think_s:
        time.sleep(think_s)
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
