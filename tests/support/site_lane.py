"""One lane of a site as a process of its own, for the site's acceptance tests:

    python -m tests.support.site_lane HOME TEXTS_FILE --now ISO [--link] [--pause-ms N] [--officer cli:NAME]

Opens the kiosk's home (its clock runs on from --now), starts the site link thread if asked, prints
"ready", waits for a line on stdin (so several lanes start together), then for each QR text of the file
scans it and, when the verdict is valid, admits the holder, printing one JSON line per badge after its
commit: {"badge", "code", "scan_id", "admitted", "decision_id", "offline", "refusal", "message", "prior"}.
A refusal is printed with its reason, never raised; anything else is printed as {"error": ...} and the
lane goes on (the test counts them). Last line: {"done": n}.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.domain.clock import OffsetClock
from kiosk.domain.log import DecisionError
from kiosk.domain.verdict import Decision, VerdictCode
from kiosk.station.site_link import SiteLink
from kiosk.station.station import Station


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("home", type=Path)
    parser.add_argument("texts", type=Path)
    parser.add_argument("--now", required=True)
    parser.add_argument("--link", action="store_true")
    parser.add_argument("--pause-ms", type=float, default=0.0)
    parser.add_argument("--officer", default="", help="recorded with each admission (cli:<name> needs no PIN)")
    args = parser.parse_args()
    texts = [line for line in args.texts.read_text(encoding="utf-8").splitlines() if line]
    with Station.open(args.home, clock=OffsetClock(datetime.fromisoformat(args.now))) as station:
        service = station.checkpoint_service()
        link = None
        if args.link and station.site is not None:
            link = SiteLink(station.site, monotonic=station.monotonic)
            link.start()
        print("ready", flush=True)
        sys.stdin.readline()
        done = 0
        for text in texts:
            try:
                print(json.dumps(lane_step(service, text, args.officer)), flush=True)
            except Exception as exc:  # noqa: BLE001 - counted by the test, which expects none
                print(json.dumps({"error": f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"}), flush=True)
            done += 1
            if link is not None:
                link.wake()
            if args.pause_ms:
                time.sleep(args.pause_ms / 1000)
        if link is not None:
            link.stop()
        print(json.dumps({"done": done}), flush=True)


def lane_step(service: Any, text: str, officer: str) -> dict[str, Any]:
    verdict = service.scan(text)
    result: dict[str, Any] = {
        "badge": verdict.badge_number, "code": verdict.code.value, "scan_id": verdict.scan_id, "admitted": False,
        "offline": verdict.offline,
    }
    if verdict.prior is not None:
        result["prior"] = {"checkpoint": verdict.prior.checkpoint, "at": verdict.prior.at.isoformat()}
    if verdict.code is not VerdictCode.VALID:
        return result
    try:
        entry = service.decide(verdict.scan_id, Decision.ADMITTED, officer=officer)
    except DecisionError as exc:
        result |= {"refusal": exc.reason.value, "message": str(exc)}
        if exc.prior is not None:
            result["prior"] = {"checkpoint": exc.prior.checkpoint, "at": exc.prior.at.isoformat()}
        return result
    return result | {"admitted": True, "decision_id": entry.id, "offline": entry.offline, "client_id": entry.client_id}


if __name__ == "__main__":
    main()
