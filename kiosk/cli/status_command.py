"""`kiosk status [--json]`: which kiosk, at which checkpoint, on which roster (package serial and age)."""

from __future__ import annotations

import argparse
import json

from kiosk.cli.station_options import open_station


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    status = sub.add_parser("status", parents=[common], help="this kiosk and the roster it runs on")
    status.add_argument("--json", action="store_true", help="one JSON object (kiosk_id, checkpoint, roster, site)")
    status.add_argument("--now", help="the time the ages are counted at (ISO 8601)")
    status.set_defaults(handler=run_status)


def run_status(args: argparse.Namespace) -> int:
    from kiosk.station.status import status_report

    with open_station(args) as station:
        report = status_report(station)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    roster = report["roster"]
    print(f"Kiosk {report['kiosk_id']} at {report['checkpoint']} ({report['event']})")
    if roster["source"] == "package":
        print(
            f"Roster: package serial {roster['serial']} created {roster['created_at']} (key {roster['key_id']}), "
            f"applied {roster['applied_at']}; {roster['badges']} badges"
        )
    elif roster["source"] == "import":
        print(f"Roster: imported {roster['applied_at']} (unsigned); {roster['badges']} badges")
    else:
        print("Roster: none yet (kiosk roster apply FILE)")
    site = report["site"]
    if site is not None:
        state = "online" if site["online"] else f"OFFLINE since {site['offline_since'] or '?'}"
        age = "unknown" if site["data_age_s"] is None else f"{site['data_age_s']:.0f} s"
        past = " (past the limit: offline admissions need a supervisor)" if site["data_too_old"] else ""
        print(
            f"Site: {site['url']} ({site['role']}), {state}; {site['pending_uploads']} log row(s) to upload; "
            f"data age {age}{past}"
        )
        offset = site["clock_offset_s"]
        if offset is not None and site["clock_off"]:
            way = "behind" if offset > 0 else "ahead of"
            applied = (
                "sessions judged on the site's time" if site["clock_corrected"] else "too far off to correct: set it"
            )
            print(f"Clock: {abs(offset):.1f} s {way} the site's ({applied})")
    return 0
