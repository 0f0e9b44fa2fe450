"""`kiosk verify` and `kiosk decide`: the checkpoint from the command line."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from kiosk.cli.station_options import accountable, open_station
from kiosk.domain.verdict import Decision, RefusalReason

if TYPE_CHECKING:
    from kiosk.station.station import Station


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
    decide.add_argument(
        "--supervisor", metavar="NUMBER",
        help="a kiosk of a site, offline on data past its age limit: the supervisor approving the admission "
        "(their PIN is read from standard input)",
    )
    decide.add_argument("--now", help="decision time (ISO 8601)")
    decide.set_defaults(handler=run_decide)


def run_verify(args: argparse.Namespace) -> int:
    from kiosk.errors import UsageError

    if (args.text is None) == (not args.batch):
        raise UsageError("give one QR text, or --batch to read texts from standard input")
    with open_station(args) as station:
        service = station.checkpoint_service(args.checkpoint, args.session)
        site = service.site  # a kiosk of a site (not the office)
        if args.batch:
            import sys

            from kiosk.cli.text_lines import read_lines

            with _site_link(station):  # a batch is a running kiosk: changes keep coming in meanwhile
                for line in read_lines(sys.stdin.buffer):
                    verdict = service.scan(line)
                    print(json.dumps(verdict.to_json(), ensure_ascii=False), flush=True)  # after the commit
            return 0
        from kiosk.cli.text_lines import one_text

        lane = station.site if site is not None else None
        if lane is not None:
            _quietly(lane.pull)  # the newest roster and statuses first; offline if the site does not answer
        verdict = service.scan(one_text(args.text))
        print(json.dumps(verdict.to_json(), ensure_ascii=False))
        if lane is not None and not lane.judging_offline():
            _quietly(lane.upload)
        return 0 if verdict.admissible else 1


@contextmanager
def _site_link(station: Station) -> Iterator[None]:
    """The site link thread for as long as the block runs (nothing for a kiosk alone or the office)."""
    from kiosk.domain.site import SiteRole

    site = station.site
    if site is None or site.role is not SiteRole.KIOSK:
        yield
        return
    from kiosk.station.site_link import SiteLink

    _quietly(site.pull)
    link = SiteLink(site, monotonic=station.monotonic)
    link.start()
    try:
        yield
    finally:
        link.stop()
        _quietly(site.upload)


def _quietly(work: Callable[[], object]) -> None:
    """A call to the site whose failure only means "offline": the kiosk goes on with what it has."""
    from kiosk.station.site import SiteUnreachable

    try:
        work()
    except SiteUnreachable:
        pass


def run_decide(args: argparse.Namespace) -> int:
    from kiosk.errors import UsageError
    if args.decision == "refuse" and not args.reason:
        raise UsageError("a refusal needs --reason (" + ", ".join(r.value for r in RefusalReason) + ")")
    from kiosk.domain.staff import StaffRole

    with open_station(args) as station:
        service = station.checkpoint_service()
        approved_by = _supervisor_approval(station, args.supervisor) if args.supervisor else ""
        entry = service.decide(
            args.scan_id,
            Decision.ADMITTED if args.decision == "admit" else Decision.REFUSED,
            RefusalReason(args.reason) if args.reason else None,
            accountable(station, args.officer, StaffRole.OFFICER),
            args.note,
            approved_by,
        )
        result = {
            "decision_id": entry.id, "scan_id": args.scan_id, "decision": entry.decision,
            "reason": entry.reason or None, "badge": entry.badge_number, "session": entry.session,
            "time": entry.at.isoformat(),
        }
        if service.site is not None:
            result |= {"offline": entry.offline, "client_id": entry.client_id or None}
        print(json.dumps(result, ensure_ascii=False))
        lane = station.site if service.site is not None else None
        if lane is not None and not entry.offline:
            _quietly(lane.upload)
        return 0


def _supervisor_approval(station: Station, number: str) -> str:
    """The supervisor's PIN, from standard input, checked (and the attempt recorded) like at the pad."""
    import sys

    from kiosk.errors import KioskError

    pin = sys.stdin.readline().strip()
    check = station.staff.check_pin(number, pin, station.clock.now(), supervisor_only=True)
    if check.member is None:
        locked = f"; the pad is locked until {check.locked_until:%H:%M}" if check.locked_until else ""
        raise KioskError(f"supervisor {number.strip().upper()}: wrong PIN or not a supervisor{locked}")
    return check.member.number
