"""`kiosk supervisor set-pin` and `kiosk officers add|list`: who may run and unlock a kiosk."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.cli.station_options import open_station
from kiosk.errors import UsageError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sup = sub.add_parser("supervisor", help="supervisor access").add_subparsers(
        dest="supervisor_command", metavar="ACTION", required=True
    )
    set_pin = sup.add_parser("set-pin", parents=[common], help="set the supervisor PIN (Argon2-hashed)")
    set_pin.add_argument("--number", default="SUP1", help="the supervisor's staff number")
    set_pin.add_argument("--name", default="Supervisor")
    set_pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    set_pin.set_defaults(handler=run_set_supervisor_pin)

    officers = sub.add_parser("officers", help="officers who sign in at the kiosk").add_subparsers(
        dest="officers_command", metavar="ACTION", required=True
    )
    add = officers.add_parser("add", parents=[common], help="add an officer or change their PIN")
    add.add_argument("number")
    add.add_argument("--name", default="")
    add.add_argument("--pin-stdin", action="store_true")
    add.set_defaults(handler=run_add_officer)
    lst = officers.add_parser("list", parents=[common], help="list staff")
    lst.set_defaults(handler=run_list)


def read_pin(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        raise UsageError("no terminal to type the PIN: use --pin-stdin")
    first = getpass.getpass("New PIN: ")
    if getpass.getpass("Again: ") != first:
        raise UsageError("the two PINs differ; nothing was changed")
    return first


def run_set_supervisor_pin(args: argparse.Namespace) -> int:
    from kiosk.domain.staff import StaffRole

    pin = read_pin(args.pin_stdin)
    with open_station(args) as station:
        station.staff.set_member(args.number, args.name, StaffRole.SUPERVISOR, pin, station.clock.now())
    print(f"Supervisor PIN set for {args.number.upper()} (stored as an Argon2 hash)")
    return 0


def run_add_officer(args: argparse.Namespace) -> int:
    from kiosk.domain.staff import StaffRole

    pin = read_pin(args.pin_stdin)
    with open_station(args) as station:
        member = station.staff.set_member(args.number, args.name, StaffRole.OFFICER, pin, station.clock.now())
    print(f"Officer {member.number} can sign in")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        members = station.staff.members()
    for m in members:
        print(f"{m.number:<10} {m.role.value:<11} {m.name}")
    print(f"{len(members)} staff member(s)")
    return 0
