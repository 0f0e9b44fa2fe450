"""`kiosk site roles`: the office sets up least privilege on the site's server and gives machines logins.

A password is typed at a prompt or read from standard input, never an argument: a command line is
visible to every user of the machine (ps) and kept in shell histories.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.cli.station_options import open_station
from kiosk.errors import UsageError


def register(site: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    roles = site.add_parser(
        "roles", parents=[common],
        help="office: set up the site's roles (kiosk_office, kiosk_lane) and give a machine its login",
        description="As the database's owner (this office's [site] URL, or --owner): migrates the site's "
        "database, (re)applies the grants and row-level policies, and with LOGIN makes it a kiosk's login "
        "(--kiosk ID: it appends that kiosk's rows only) or an office's (--office). Lists the logins.",
    )
    roles.add_argument("login", nargs="?", metavar="LOGIN", help="a database login (created if missing)")
    whose = roles.add_mutually_exclusive_group()
    whose.add_argument("--kiosk", metavar="ID", help="LOGIN is the login of the kiosk with this [kiosk] id")
    whose.add_argument("--office", action="store_true", help="LOGIN is this office's login (it publishes)")
    secret = roles.add_mutually_exclusive_group()
    secret.add_argument("--password", action="store_true", help="type LOGIN's new password (twice)")
    secret.add_argument("--password-stdin", action="store_true", help="read LOGIN's new password from standard input")
    roles.add_argument(
        "--owner", metavar="URL",
        help="connect as the database's owner with this URL (no password in it: a service file names it)",
    )
    roles.set_defaults(handler=run_roles)


def read_password(from_stdin: bool, login: str) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError("no terminal to type the password: use --password-stdin")
    first = getpass.getpass(f"New password for {login}: ")
    if getpass.getpass("Again: ") != first:
        raise UsageError("the two passwords differ; nothing was changed")
    return first


def run_roles(args: argparse.Namespace) -> int:
    from kiosk.station.site import checked_site_url
    from kiosk.station.site_access import set_up_roles

    if args.login is None and (args.kiosk or args.office or args.password or args.password_stdin):
        raise UsageError("--kiosk, --office and a password are for a LOGIN: name it first")
    if args.login is not None and not (args.kiosk or args.office):
        raise UsageError(f"whose login is {args.login}? --kiosk ID (a kiosk's) or --office (this office's)")
    if args.owner:
        checked_site_url(args.owner)
    password = read_password(args.password_stdin, args.login) if args.password or args.password_stdin else None
    with open_station(args) as station:
        created, logins = set_up_roles(station, args.owner, args.login, args.kiosk, password)
        office_id = station.settings.kiosk_id
    print("Site roles set up: kiosk_office publishes the roster; kiosk_lane appends its own kiosk's rows only")
    if args.login is not None:
        whose = f"kiosk {args.kiosk}" if args.kiosk else f"this office ({office_id})"
        made = "created" if created else "updated"
        note = "its password set" if password is not None else "its password unchanged"
        if created and password is None:
            note = "no password yet: set one with --password before it can log in"
        print(f"Login {args.login} {made}: the login of {whose}; {note}")
    for login in logins:
        role = login.role.value if login.role else "neither role"
        print(f"  {login.login}: {role}, writes as {login.kiosk_id or '(no kiosk)'}")
    return 0
