"""`kiosk badges …`: signed badge texts and reprints."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    badges = sub.add_parser("badges", help="signed badges").add_subparsers(
        dest="badges_command", metavar="ACTION", required=True
    )
    payload = badges.add_parser("payload", parents=[common], help="the signed QR text of a badge")
    payload.add_argument("badge_number")
    payload.set_defaults(handler=run_payload)
    reissue = badges.add_parser("reissue", parents=[common], help="reprint: older badges become superseded")
    reissue.add_argument("badge_number")
    reissue.set_defaults(handler=run_reissue)


def run_payload(args: argparse.Namespace) -> int:
    from kiosk.station import Station

    print(Station.open(args).badge_text(args.badge_number.upper()))
    return 0


def run_reissue(args: argparse.Namespace) -> int:
    from kiosk.station import Station

    station = Station.open(args)
    station.issuer()  # refuse before bumping if this machine cannot sign the new badge
    acc = station.roster.bump_version(args.badge_number.upper(), station.clock.now())
    print(f"{acc.badge_number} ({acc.full_name}) is now at version {acc.badge_version}; older badges are superseded")
    print(station.badge_text(acc.badge_number))
    return 0
