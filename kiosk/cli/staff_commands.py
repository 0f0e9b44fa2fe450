"""`kiosk supervisor set-pin` and `kiosk officers add|list`: who may run and unlock a kiosk."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.cli.station_options import cli_actor, open_station
from kiosk.errors import KioskError, UsageError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sup = sub.add_parser("supervisor", help="supervisor access").add_subparsers(
        dest="supervisor_command", metavar="ACTION", required=True
    )
    set_pin = sup.add_parser(
        "set-pin", parents=[common], help="set the supervisor PIN (Argon2-hashed)",
        description="Changing an existing supervisor's PIN asks for the current one first. A supervisor "
        "who forgot it is reset with --recover, which the log records with the operating-system user.",
    )
    set_pin.add_argument("--number", default="SUP1", help="the supervisor's staff number")
    set_pin.add_argument("--name", default="Supervisor")
    set_pin.add_argument(
        "--pin-stdin", action="store_true",
        help="read the PINs from standard input: the current one first (unless new or --recover), then the new one",
    )
    set_pin.add_argument(
        "--recover", action="store_true", help="forgotten PIN: set a new one without the current one (logged)"
    )
    set_pin.set_defaults(handler=run_set_supervisor_pin)

    officers = sub.add_parser("officers", help="officers who sign in at the kiosk").add_subparsers(
        dest="officers_command", metavar="ACTION", required=True
    )
    add = officers.add_parser("add", parents=[common], help="add an officer (or, with --replace, change a PIN)")
    add.add_argument("number")
    add.add_argument("--name", default="")
    add.add_argument("--pin-stdin", action="store_true")
    add.add_argument("--replace", action="store_true", help="change the PIN of an officer who exists already")
    add.set_defaults(handler=run_add_officer)
    lst = officers.add_parser("list", parents=[common], help="list staff")
    lst.set_defaults(handler=run_list)


def read_pin(from_stdin: bool, prompt: str = "New PIN: ", confirm: bool = True) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError("no terminal to type the PIN: use --pin-stdin")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise UsageError("the two PINs differ; nothing was changed")
    return first


def run_set_supervisor_pin(args: argparse.Namespace) -> int:
    from kiosk.domain import pins
    from kiosk.domain.staff import StaffRole

    number = args.number.strip().upper()
    with open_station(args) as station:
        existing = station.staff.find(number)
        if existing is not None and not existing.is_supervisor:
            raise UsageError(f"{number} is an officer, not a supervisor: give a supervisor's number")
        if existing is not None and not args.recover:
            current = read_pin(args.pin_stdin, "Current PIN: ", confirm=False)
            if not station.staff.check_pin(number, current, station.clock.now()).ok:
                raise KioskError(
                    f"wrong current PIN for {number} (or the pad is locked); nothing was changed. "
                    "A forgotten PIN is reset with --recover"
                )
        pin = pins.validate(read_pin(args.pin_stdin))
        station.staff.set_member(number, args.name, StaffRole.SUPERVISOR, pin, station.clock.now())
        if existing is not None and args.recover:
            station.log.record_pin_recovery(number, station.clock.now(), cli_actor())
    how = " (recovery recorded in the log)" if existing is not None and args.recover else ""
    print(f"Supervisor PIN set for {number} (stored as an Argon2 hash){how}")
    return 0


def run_add_officer(args: argparse.Namespace) -> int:
    from kiosk.domain import pins
    from kiosk.domain.staff import StaffRole

    number = args.number.strip().upper()
    with open_station(args) as station:
        existing = station.staff.find(number)
        if existing is not None and existing.is_supervisor:
            raise UsageError(f"{number} is a supervisor: change its PIN with `kiosk supervisor set-pin`")
        if existing is not None and not args.replace:
            raise UsageError(f"officer {number} exists already; add --replace to change their PIN")
        pin = pins.validate(read_pin(args.pin_stdin))
        member = station.staff.set_member(
            number, args.name, StaffRole.OFFICER, pin, station.clock.now(), replace=args.replace
        )
    print(f"Officer {member.number} can sign in" + (" with the new PIN" if existing else ""))
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        members = station.staff.members()
    for m in members:
        print(f"{m.number:<10} {m.role.value:<11} {m.name}")
    print(f"{len(members)} staff member(s)")
    return 0
