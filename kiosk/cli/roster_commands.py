"""`kiosk roster …`: import, publish, apply, acknowledge, list, show, search, revoke, suspend, reinstate."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.progress import ProgressBar
from kiosk.cli.site_commands import after_roster_change
from kiosk.cli.station_options import open_station
from kiosk.domain.accreditation import (
    Accreditation,
    Status,
    StatusReason,
    UnknownReasonCode,
    split_status_reason,
)
from kiosk.domain.site import SiteRole

if TYPE_CHECKING:
    from datetime import datetime

    from kiosk.domain.programme import Event
    from kiosk.domain.roster_update import ApplyReport


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    roster = sub.add_parser("roster", help="the roster of accredited press").add_subparsers(
        dest="roster_command", metavar="ACTION", required=True
    )
    imp = roster.add_parser("import", parents=[common], help="import or update from CSV or XLSX")
    imp.add_argument("file", type=Path)
    imp.add_argument("--photos", type=Path, help="folder holding the photo files the rows name")
    imp.add_argument("--progress", action="store_true", help="draw the progress bar even when piped")
    imp.set_defaults(handler=run_import)

    publish = roster.add_parser(
        "publish", parents=[common], help="office: write the whole roster as a signed package (next serial)"
    )
    publish.add_argument("--out", required=True, type=Path, metavar="FILE")
    publish.set_defaults(handler=run_publish)

    apply = roster.add_parser("apply", parents=[common], help="kiosk: check a signed roster package and apply it")
    apply.add_argument("file", type=Path)
    apply.set_defaults(handler=run_apply)

    ack = roster.add_parser(
        "acknowledge", parents=[common],
        help="office: read a kiosk's log export; its hand status changes are seen (stricter ones adopted)",
    )
    ack.add_argument("export", type=Path, metavar="LOG_EXPORT")
    ack.set_defaults(handler=run_acknowledge)

    lst = roster.add_parser("list", parents=[common], help="list accreditations")
    lst.add_argument("--status", choices=[s.value for s in Status])
    lst.set_defaults(handler=run_list)

    show = roster.add_parser("show", parents=[common], help="one accreditation in full")
    show.add_argument("badge_number")
    show.set_defaults(handler=run_show)

    search = roster.add_parser(
        "search", parents=[common], help="find people as the screen's search does (names, outlet, number)"
    )
    search.add_argument("query")
    search.add_argument("--json", action="store_true", help="one JSON object per match")
    search.set_defaults(handler=run_search)

    for action, status in (("revoke", Status.REVOKED), ("suspend", Status.SUSPENDED)):
        cmd = roster.add_parser(action, parents=[common], help=f"{action} a badge at once")
        cmd.add_argument("badge_number")
        cmd.add_argument(
            "--reason", required=True, help='"CODE: words" (codes: ' + ", ".join(StatusReason) + "), or words"
        )
        cmd.add_argument("--officer", default="", help="who decided it (a staff number)")
        cmd.set_defaults(handler=run_status, status=status)
    back = roster.add_parser(
        "reinstate", parents=[common], help="make a badge active again (lifts a suspension or revocation made here)"
    )
    back.add_argument("badge_number")
    back.add_argument("--reason", default="reinstated")
    back.add_argument("--officer", default="", help="who decided it (a staff number)")
    back.set_defaults(handler=run_status, status=Status.ACTIVE)


def run_import(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        report = station.import_roster(args.file, args.photos, ProgressBar("checking", force=args.progress))
        print(
            f"Imported {args.file.name} (an unsigned roster source): {report.added} added, {report.updated} "
            f"updated, {report.unchanged} unchanged, {report.absent} on the roster but absent from the file"
        )
        _print_kept(report)
        if station.settings.site is not None and station.settings.site.role is SiteRole.OFFICE:
            after_roster_change(station)
        return 0


def run_publish(args: argparse.Namespace) -> int:
    from kiosk.station.roster_packages import build, publish

    with open_station(args) as station:
        site = station.site if station.settings.site and station.settings.site.role is SiteRole.OFFICE else None
        built = build(station)
        done = publish(station, args.out, built)
        print(
            f"Published roster serial {done.serial} of {_when(done.created_at, station.event)} (key {done.key_id}): "
            f"{done.badges} badges, {done.photos} photos, {done.size} bytes in {done.path}"
        )
        if site is not None:
            from kiosk.station.site import SiteUnreachable

            try:
                site.publish(built)
                print(f"The same package, serial {done.serial}, is on the site")
            except SiteUnreachable as exc:
                print(f"kiosk: {exc}; `kiosk sync` publishes the roster when the site is back", file=sys.stderr)
        return 0


def run_apply(args: argparse.Namespace) -> int:
    from kiosk.station.roster_packages import apply

    with open_station(args) as station:
        report = apply(station, args.file)
        source = report.source
        created = _when(source.created_at, station.event) if source.created_at is not None else "?"
        print(
            f"Applied roster serial {source.serial} of {created} (key {source.key_id}): {report.added} added, "
            f"{report.updated} updated, {report.unchanged} unchanged, {report.removed} removed"
        )
        _print_kept(report)
        return 0


def run_acknowledge(args: argparse.Namespace) -> int:
    from kiosk.station.roster_packages import acknowledge

    with open_station(args) as station:
        report = acknowledge(station, args.export)
        print(
            f"{report.new} kiosk status change(s) acknowledged, {report.already} seen before; "
            "the next package names them as seen"
        )
        for change in report.adopted:
            print(f"  {change.badge_number} now {change.status.value} here too (from {change.event})")
        for number in report.unknown:
            print(f"  {number} is not on this roster")
        if report.adopted:
            after_roster_change(station)
        return 0


def _print_kept(report: ApplyReport) -> None:
    if report.kept:
        print(f"Kept {len(report.kept)} stricter status(es) set by hand here:")
        for kept in report.kept:
            print(f"  {kept.explain()}")


def _when(at: datetime, event: Event) -> str:
    return f"{event.local(at):%d %b %H:%M}"


def run_list(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        people = station.roster.all(Status(args.status) if args.status else None)
        for acc in people:
            sessions = "|".join(sorted(acc.sessions))
            print(
                f"{acc.badge_number:<9} v{acc.badge_version:<3} {acc.status.value:<9} "
                f"{acc.full_name[:34]:<34} {acc.outlet[:28]:<28} {sessions}"
            )
        print(f"{len(people)} accreditation(s)")
        return 0


def run_show(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        print(describe(station.roster.get(args.badge_number.upper())))
        return 0


def run_search(args: argparse.Namespace) -> int:
    """The screen's search (RosterStore.search, same folding, same limit), for scripts and checks."""
    with open_station(args) as station:
        found = station.roster.search(args.query)
        for acc in found:
            if args.json:
                record = {
                    "badge_number": acc.badge_number,
                    "full_name": acc.full_name,
                    "alt_name": acc.alt_name,
                    "outlet": acc.outlet,
                    "status": acc.status.value,
                }
                print(json.dumps(record, ensure_ascii=False))
            else:
                print(f"{acc.badge_number:<9} {acc.status.value:<9} {acc.full_name[:34]:<34} {acc.outlet}")
        if not args.json:
            print(f"{len(found)} match(es)")
        return 0


def run_status(args: argparse.Namespace) -> int:
    from kiosk.errors import UsageError

    try:
        split_status_reason(args.reason)  # "code: words" or words; a mistyped code is refused
    except UnknownReasonCode as exc:
        raise UsageError(str(exc)) from None
    with open_station(args) as station:
        acc = station.set_badge_status(args.badge_number.upper(), args.status, args.reason, args.officer)
        print(f"{acc.badge_number} ({acc.full_name}) is now {acc.status.value}: {acc.status_reason}")
        after_roster_change(station)
        return 0


def describe(acc: Accreditation) -> str:
    credential = (
        f"mission letter from {acc.outlet}"
        if acc.mission_letter
        else f"press card {acc.press_card_number} ({acc.press_card_issuer})"
    )
    lines = [
        f"Badge        {acc.badge_number} (version {acc.badge_version})",
        f"Name         {acc.full_name}" + (f"  /  {acc.alt_name}" if acc.alt_name else ""),
        f"Outlet       {acc.outlet} ({acc.media_type.value})",
        f"Role         {acc.role.value}",
        f"Country      {acc.country}",
        f"ID document  {acc.id_document_type.value} ending {acc.id_document_last4}",
        f"Credential   {credential}",
        f"Sessions     {', '.join(sorted(acc.sessions))}",
        f"Status       {acc.status.value}" + (f" — {acc.status_reason}" if acc.status_reason else ""),
    ]
    if acc.appointments:
        slots = ", ".join(f"{a.starts:%d %b %H:%M}–{a.ends:%H:%M}" for a in acc.appointments)
        lines.append(f"Appointments {slots}")
    if acc.attention_note:
        lines.append(f"Attention    {acc.attention_note}")
    if acc.photo:
        lines.append(f"Photo        {acc.photo}")
    return "\n".join(lines)
