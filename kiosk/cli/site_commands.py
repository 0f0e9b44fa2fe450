"""`kiosk site init|join|conflicts` and `kiosk sync`: a machine on a site (docs/site.md)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from kiosk.cli import site_roles_command
from kiosk.cli.station_options import open_station

if TYPE_CHECKING:
    from datetime import datetime

    from kiosk.domain.programme import Event
    from kiosk.domain.site import SiteAdmission, SyncReport
    from kiosk.station.station import Station


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    site = sub.add_parser("site", help="several kiosks on one PostgreSQL").add_subparsers(
        dest="site_command", metavar="ACTION", required=True
    )
    init = site.add_parser(
        "init", parents=[common],
        help="office: create or migrate the site's database and publish the roster to it",
        description="URL names the server without a password, e.g. postgresql+psycopg://?service=kiosk-site",
    )
    init.add_argument("url", metavar="URL")
    init.add_argument(
        "--owner", metavar="URL",
        help="migrate and set up the roles as the database's owner with this URL; URL itself may then be an "
        "office's login that only publishes (`kiosk site roles LOGIN --office`)",
    )
    init.add_argument("--now", help="the office's time (ISO 8601)")
    init.set_defaults(handler=run_init)
    site_roles_command.register(site, common)

    join = site.add_parser(
        "join", parents=[common], help="kiosk: belong to a site (recorded in settings.toml), then sync",
        description="URL names the server without a password, e.g. postgresql+psycopg://?service=kiosk-site",
    )
    join.add_argument("url", metavar="URL")
    join.add_argument(
        "--data-age", type=float, default=10.0, metavar="MINUTES",
        help="offline, admitting on data older than this needs a supervisor's PIN (default 10)",
    )
    join.add_argument(
        "--claim-timeout", type=float, default=1.5, metavar="SECONDS",
        help="how long an admission waits for the site before it is decided offline (default 1.5)",
    )
    join.add_argument("--now", help="the kiosk's time (ISO 8601)")
    join.set_defaults(handler=run_join)

    conflicts = site.add_parser(
        "conflicts", parents=[common], help="admissions made offline that another lane had also made"
    )
    conflicts.add_argument("--json", action="store_true", help="one JSON array")
    conflicts.set_defaults(handler=run_conflicts)

    from kiosk.cli import site_status_command

    site_status_command.register(site, common)  # `kiosk site status`: the site view (issue 14)

    sync = sub.add_parser("sync", parents=[common], help="upload this kiosk's log and pull the site's changes now")
    sync.add_argument("--now", help="the machine's time (ISO 8601)")
    sync.set_defaults(handler=run_sync)


def run_init(args: argparse.Namespace) -> int:
    from kiosk.station.site_setup import init_site

    with open_station(args) as station:
        built = init_site(station, args.url, args.owner)
        assert station.site is not None
        print(f"Site {station.site.database.safe_url} is ready; this machine is its office")
        print(f"Published roster serial {built.serial}: {built.badges} badges, {built.photos} photos")
        return 0


def run_join(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from kiosk.station.site_setup import join_site

    with open_station(args) as station:
        report = join_site(station, args.url, timedelta(minutes=args.data_age), args.claim_timeout)
        assert station.site is not None
        print(f"Kiosk {station.settings.kiosk_id} joined the site {station.site.database.safe_url}")
        print_sync(report, station.event)
        return 0


def run_sync(args: argparse.Namespace) -> int:
    from kiosk.errors import UsageError

    with open_station(args) as station:
        site = station.site
        if site is None:
            raise UsageError("this machine belongs to no site (kiosk site join URL, or kiosk site init URL)")
        report = site.sync()
        print_sync(report, station.event)
        if report.upload.fork_at is not None:
            print(
                f"kiosk: the site holds row {report.upload.fork_at} of this kiosk's log otherwise (another hash, or a "
                "row this kiosk no longer has): the upload stopped there and the site raised an alarm",
                file=sys.stderr,
            )
            return 1
        if report.upload.seal_alarm_at is not None:
            print(
                f"kiosk: the site holds the seal of seq {report.upload.seal_alarm_at} of this kiosk's log otherwise: "
                "the seals stopped going up there and the site raised an alarm",
                file=sys.stderr,
            )
            return 1
        return 0


def print_sync(report: SyncReport, event: Event) -> None:
    up, down = report.upload, report.pull
    if report.published_serial is not None or report.acknowledged:
        print(f"Took in {report.acknowledged} status change(s) made at the lanes")
        if report.published_serial is not None:
            print(f"Published roster serial {report.published_serial} to the site")
        return
    print(
        f"Uploaded {up.rows} log row(s): {up.claimed} offline admission(s) now standing, {up.conflicts} conflict(s), "
        f"{up.annulled} annulment(s), {up.status_changes} status change(s)"
    )
    applied = f"; roster serial {down.package_serial} applied" if down.package_serial is not None else ""
    refused = f"; a roster package was refused ({down.package_refused})" if down.package_refused else ""
    adopted = f"; stricter status from another lane: {', '.join(down.statuses)}" if down.statuses else ""
    print(f"Pulled {down.changes} change(s){applied}{refused}{adopted}")


def run_conflicts(args: argparse.Namespace) -> int:
    from kiosk.errors import UsageError

    with open_station(args) as station:
        site = station.site
        if site is None:
            raise UsageError("this machine belongs to no site (kiosk site join URL, or kiosk site init URL)")
        conflicts = site.reach(site.claims.conflicts)
        tz = station.event.tz
        if args.json:
            print(json.dumps([
                {
                    "badge": c.badge_number, "session": c.session, "occurrence": c.occurrence,
                    "conflict": _admission_json(c.conflict, tz),
                    "standing": _admission_json(c.standing, tz) if c.standing else None,
                }
                for c in conflicts
            ], ensure_ascii=False))
            return 0
        for c in conflicts:
            standing = (
                f"standing: {_admission_text(c.standing, station.event)}" if c.standing
                else "the standing admission was annulled since"
            )
            offline = _admission_text(c.conflict, station.event)
            print(f"{c.badge_number} {c.session} {c.occurrence}: offline at {offline}; {standing}")
        print(f"{len(conflicts)} conflict(s)")
        return 0


def _admission_json(admission: SiteAdmission, tz: Any) -> dict[str, Any]:
    return {
        "client_id": admission.client_id, "kiosk_id": admission.kiosk_id, "checkpoint": admission.checkpoint,
        "officer": admission.officer, "at": _iso(admission.at, tz), "server_at": _iso(admission.server_at, tz),
        "offline": admission.offline,
    }


def _admission_text(admission: SiteAdmission, event: Event) -> str:
    by = f" by {admission.officer}" if admission.officer else ""
    return f"{admission.checkpoint} ({admission.kiosk_id}) {event.local(admission.at):%H:%M:%S}{by}"


def _iso(at: datetime, tz: Any) -> str:
    return at.astimezone(tz).isoformat()


def after_roster_change(station: Station) -> None:
    """After a roster command: the office publishes to its site at once; a kiosk sends its hand change up.

    The change is made here whatever the site says; when it does not answer, `kiosk sync` (or the
    running kiosk's link) sends it later.
    """
    from kiosk.domain.site import SiteRole
    from kiosk.station.site import SiteUnreachable

    site = station.site
    if site is None:
        return
    try:
        if site.role is SiteRole.OFFICE:
            built = site.publish()
            print(f"Published roster serial {built.serial} to the site")
        else:
            site.upload()
    except SiteUnreachable as exc:
        print(f"kiosk: {exc}; the change is made here: `kiosk sync` sends it when the site is back", file=sys.stderr)
