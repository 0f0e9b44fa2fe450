"""`kiosk log verify|export|annul`, `kiosk report` and `kiosk purge`: the record after the doors close."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.station_options import accountable, open_station
from kiosk.domain.site import SiteRole
from kiosk.errors import KioskError, UsageError

if TYPE_CHECKING:
    from kiosk.domain.log import LogEntry
    from kiosk.domain.seal import VerificationKey
    from kiosk.station.station import Station


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    log = sub.add_parser("log", help="the tamper-evident scan log").add_subparsers(
        dest="log_command", metavar="ACTION", required=True
    )
    verify = log.add_parser(
        "verify", parents=[common], help="check every kiosk's hash chain and seals, and the admissions"
    )
    verify.add_argument(
        "--key", type=Path, action="append", default=[], metavar="FILE",
        help="a kiosk's verification key (from `kiosk log init-seal`): check its seals too; repeatable",
    )
    verify.set_defaults(handler=run_verify)

    init_seal = log.add_parser(
        "init-seal", parents=[common], help="set up forward-secure sealing of this kiosk's log (once)"
    )
    init_seal.add_argument(
        "--out", type=Path, required=True, metavar="FILE",
        help="where to write the verification key: take it away from the kiosk",
    )
    init_seal.set_defaults(handler=run_init_seal)

    export = log.add_parser("export", parents=[common], help="export the log as CSV or XLSX")
    export.add_argument("--format", choices=["csv", "xlsx"])
    export.add_argument("--out", type=Path, required=True)
    _filters(export)
    export.set_defaults(handler=run_export)

    annul = log.add_parser("annul", parents=[common], help="annul a mistaken admission (supervisor)")
    annul.add_argument("decision_id", type=int)
    annul.add_argument("--reason", required=True)
    annul.add_argument(
        "--officer", help="the supervisor's staff number (default: the log records cli:<operating-system user>)"
    )
    annul.add_argument("--now", help="the annulment's time (ISO 8601; local event time if no offset)")
    annul.set_defaults(handler=run_annul)

    report = sub.add_parser("report", parents=[common], help="attendance report (.pdf or .html)")
    report.add_argument("--out", type=Path, required=True)
    _filters(report)
    report.set_defaults(handler=run_report)

    purge = sub.add_parser("purge", parents=[common], help="after the event: erase personal data")
    purge.add_argument("--personal-data", action="store_true", required=True)
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    purge.set_defaults(handler=run_purge)


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session")
    parser.add_argument("--checkpoint")
    parser.add_argument("--date", type=_date, help="one local day, e.g. 2025-11-24")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (example: 2025-11-24)") from None


def _entries(station: Station, args: argparse.Namespace) -> list[LogEntry]:
    from kiosk.reports.log_filter import LogFilter

    chosen = LogFilter(args.session, args.checkpoint, args.date)
    since, until = chosen.span(station.event.tz)
    return [e for e in station.log.entries(since, until) if chosen.keeps(e)]


CHAIN_WORDS = {
    "edited": "does not match its hash: edited after it was written, or forged",
    "missing_before": "follows a gap: the row before it was deleted",
    "inserted": "was inserted: it does not link to the row before it",
}


def run_verify(args: argparse.Namespace) -> int:
    from kiosk.cli.site_verify import site_lines
    from kiosk.storage.log_audit import audit_log

    keys = _verification_keys(args.key)
    with open_station(args) as station:
        local_keys = keys
        if station.site is not None and station.site.role is SiteRole.OFFICE:  # the lanes' keys are for the site
            local_keys = {k: v for k, v in keys.items() if k in {*station.log.kiosks(), station.log.kiosk_id}}
        audit = audit_log(station.log, local_keys)
        head_path = station.paths.seal_head
        on_site, site_intact = site_lines(station, keys)
    rows = sum(k.rows for k in audit.kiosks)
    for kiosk in audit.kiosks:
        if kiosk.chain is not None:
            brk = kiosk.chain
            print(f"BROKEN: kiosk {brk.kiosk_id}, row id {brk.row_id} (seq {brk.seq}) {CHAIN_WORDS[brk.problem]}")
        check = kiosk.seals
        if check is None:
            print(f"Kiosk {kiosk.kiosk_id}: its log is not sealed (`kiosk log init-seal` sets sealing up)")
        elif check.problem is not None:
            where = f" (head file {head_path})" if "outside the database" in check.problem.message else ""
            print(f"BROKEN: kiosk {kiosk.kiosk_id}, {check.problem.message}{where}")
        else:
            how = "genuine" if check.genuine else "linked to the chain"
            tail = f"; {check.unsealed} row(s) written since, not sealed yet" if check.unsealed else ""
            print(f"Kiosk {kiosk.kiosk_id}: {check.seals} seal(s), all {how}{tail}")
    for problem in [*audit.admissions, *audit.statuses]:
        print(f"BROKEN: {problem}")
    for row_id in audit.changed_notes:
        print(f"BROKEN: the note of log row id {row_id} was changed after it was written")
    if not any(k.chain for k in audit.kiosks):
        print(f"Log chain intact: {rows} rows")
    for line in on_site:
        print(line)
    if not keys:
        print("Seals not checked against a verification key: give it with --key FILE")
    return 0 if audit.intact and site_intact else 1


def _verification_keys(paths: list[Path]) -> dict[str, VerificationKey]:
    from kiosk.domain.seal import SealFileError, VerificationKey

    keys: dict[str, VerificationKey] = {}
    for path in paths:
        try:
            key = VerificationKey.from_text(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read the verification key {path}: {getattr(exc, 'strerror', exc)}") from None
        except SealFileError as exc:
            raise UsageError(f"{path}: {exc}") from None
        keys[key.kiosk_id] = key
    return keys


def run_init_seal(args: argparse.Namespace) -> int:
    import secrets

    from kiosk.domain.seal import KEY_BYTES, SealSchedule, VerificationKey
    from kiosk.private_files import write_new

    with open_station(args) as station:
        kiosk_id = station.settings.kiosk_id
        if station.log.sealing_set_up():
            raise KioskError(
                f"sealing of kiosk {kiosk_id} is set up already; its verification key was written then"
            )
        now = station.clock.now()
        key = VerificationKey(kiosk_id, secrets.token_bytes(KEY_BYTES), SealSchedule(now))
        try:
            write_new(args.out, key.to_text().encode("ascii"))
        except FileExistsError:
            raise UsageError(f"{args.out} exists already: give the name of a new file") from None
        except OSError as exc:
            raise KioskError(f"cannot write {args.out}: {exc.strerror}") from None
        try:
            station.log.set_up_sealing(key.sealing_key(), now)
        except BaseException:
            args.out.unlink(missing_ok=True)
            raise
    minutes = int(key.schedule.length.total_seconds() // 60)
    print(f"Sealing of kiosk {kiosk_id} set up: epochs of {minutes} minutes from {now.isoformat(timespec='seconds')}")
    print(f"Verification key written to {args.out}. Take it away from the kiosk and keep it safe: it checks")
    print("every seal (`kiosk log verify --key FILE`), and whoever holds it could also forge them.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from kiosk.reports.export import export_log

    with open_station(args) as station:
        count = export_log(_entries(station, args), args.out, station.event.tz, args.format)
    print(f"Exported {count} log rows to {args.out}")
    return 0


def run_annul(args: argparse.Namespace) -> int:

    from kiosk.domain.staff import StaffRole

    with open_station(args) as station:
        officer = accountable(station, args.officer, StaffRole.SUPERVISOR)
        entry = station.log.annul_admission(args.decision_id, station.clock.now(), args.reason, officer)
        print(
            f"Admission of decision #{args.decision_id} annulled (log row {entry.id}); "
            f"badge {entry.badge_number} may enter again"
        )
        return 0


def run_report(args: argparse.Namespace) -> int:
    from kiosk.reports.report import write_report
    from kiosk.reports.summary import summarise

    with open_station(args) as station:
        summary = summarise(_entries(station, args), station.event.tz)
        chain_ok = not station.log.verify_chain()
        generated = station.clock.now().astimezone(station.event.tz)
        write_report(summary, station.event, chain_ok, generated, args.out, station.log.chain_heads())
    print(f"Report written to {args.out}: {summary.total_admitted} admitted, {summary.total_refused} refused")
    return 0


def run_purge(args: argparse.Namespace) -> int:
    import sys

    from kiosk.storage.purge import purge_personal_data

    with open_station(args) as station:
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError("purge erases names, photos and document digits for good: add --yes")
            answer = input("Erase all names, photos and document digits for good? Type ERASE: ")
            if answer.strip() != "ERASE":
                raise KioskError("nothing was erased")
        paths = station.paths
        report = purge_personal_data(station.database, paths.photos, [paths.logs, paths.exports])
        print(
            f"Erased personal data of {report.accreditations} accreditations and {report.staff} staff, "
            f"{report.notes} notes of the log, deleted {report.photos_deleted} photos and "
            f"{report.files_deleted} log and export files; counts and the log chain remain"
        )
        return 0
