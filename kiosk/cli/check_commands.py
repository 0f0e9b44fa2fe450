"""`kiosk verify` and `kiosk decide`: the checkpoint from the command line."""

from __future__ import annotations

import argparse
import json

from kiosk.cli.station_options import accountable, open_station
from kiosk.domain.verdict import Decision, RefusalReason


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    verify = sub.add_parser(
        "verify", parents=[common], help="judge a QR text (exit 0 valid, 1 denied); records the scan"
    )
    verify.add_argument("text", nargs="?", help="the QR text (omit with --batch)")
    verify.add_argument(
        "--batch", action="store_true",
        help="read QR texts from standard input, one per line; print one JSON verdict per line",
    )
    verify.add_argument("--checkpoint")
    verify.add_argument("--session", help="pin the checkpoint to one session")
    verify.add_argument("--now", help="judge at this time (ISO 8601; local event time if no offset)")
    verify.set_defaults(handler=run_verify)

    decide = sub.add_parser("decide", parents=[common], help="record the officer's decision on a scan")
    decide.add_argument("scan_id", type=int, help="the scan_id printed by verify")
    decide.add_argument("decision", choices=["admit", "refuse"])
    decide.add_argument("--reason", choices=[r.value for r in RefusalReason])
    decide.add_argument(
        "--officer", help="the officer's staff number (default: the log records cli:<operating-system user>)"
    )
    decide.add_argument("--note", default="")
    decide.add_argument("--now", help="decision time (ISO 8601)")
    decide.set_defaults(handler=run_decide)


def run_verify(args: argparse.Namespace) -> int:
    from kiosk.errors import UsageError

    if (args.text is None) == (not args.batch):
        raise UsageError("give one QR text, or --batch to read texts from standard input")
    with open_station(args) as station:
        service = station.checkpoint_service(args.checkpoint, args.session)
        if args.batch:
            import sys

            from kiosk.cli.text_lines import read_lines

            for line in read_lines(sys.stdin.buffer):
                verdict = service.scan(line)
                print(json.dumps(verdict.to_json(), ensure_ascii=False), flush=True)  # after the commit
            return 0
        from kiosk.cli.text_lines import one_text

        verdict = service.scan(one_text(args.text))
        print(json.dumps(verdict.to_json(), ensure_ascii=False))
        return 0 if verdict.admissible else 1


def run_decide(args: argparse.Namespace) -> int:
    from kiosk.errors import UsageError
    if args.decision == "refuse" and not args.reason:
        raise UsageError("a refusal needs --reason (" + ", ".join(r.value for r in RefusalReason) + ")")
    from kiosk.domain.staff import StaffRole

    with open_station(args) as station:
        entry = station.checkpoint_service().decide(
            args.scan_id,
            Decision.ADMITTED if args.decision == "admit" else Decision.REFUSED,
            RefusalReason(args.reason) if args.reason else None,
            accountable(station, args.officer, StaffRole.OFFICER),
            args.note,
        )
        print(json.dumps({
            "decision_id": entry.id, "scan_id": args.scan_id, "decision": entry.decision,
            "reason": entry.reason or None, "badge": entry.badge_number, "session": entry.session,
            "time": entry.at.isoformat(),
        }, ensure_ascii=False))
        return 0
