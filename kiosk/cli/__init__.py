"""The `kiosk` command: parses, calls the core, prints. Each command group lives in its own module."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from kiosk.errors import KioskError
from kiosk.private_files import use_private_umask

# Each module has register(subparsers, common) adding its sub-commands.
COMMAND_MODULES: tuple[str, ...] = (
    "kiosk.cli.setup_commands",
    "kiosk.cli.keys_commands",
    "kiosk.cli.roster_commands",
    "kiosk.cli.badge_commands",
    "kiosk.cli.check_commands",
    "kiosk.cli.status_command",
    "kiosk.cli.staff_commands",
    "kiosk.cli.log_commands",
    "kiosk.cli.demo_command",
    "kiosk.cli.decode_command",
    "kiosk.cli.run_command",
)


def common_options(in_subcommand: bool) -> argparse.ArgumentParser:
    """Options every sub-command accepts, before or after its name.

    A sub-command's copy has no default, so `kiosk --home X cmd` is not reset by the sub-parser.
    """
    default = argparse.SUPPRESS if in_subcommand else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", default=default, help="data directory (default: $KIOSK_HOME or the user data dir)")
    common.add_argument("--db", default=default, help="database URL (default: $KIOSK_DB or sqlite in the home)")
    common.add_argument("--event", default=default, help="event configuration TOML (default: the reference event)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options(in_subcommand=True)
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Badge verification for the media entrance.",
        parents=[common_options(in_subcommand=False)],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    use_private_umask()  # everything this process creates is owner-only
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except KioskError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kiosk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _quiet_stdout()  # the reader went away (`kiosk roster list | head`): nothing more to say
        return 141
    except OSError as exc:  # a file the command was given or must write: the system's words, one line
        where = f": {exc.filename}" if exc.filename else ""
        print(f"kiosk: {exc.strerror or summary(exc)}{where}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, details in a file
        report = _write_crash_report(args)
        print(f"kiosk: unexpected error: {summary(exc)} (details: {report})", file=sys.stderr)
        return 3


def summary(exc: BaseException) -> str:
    """One line, never a SQL statement or its parameters: for a database error, the driver's first line."""
    orig = getattr(exc, "orig", None)
    if orig is not None and type(exc).__module__.startswith("sqlalchemy"):
        exc = orig
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0][:200]}" if lines else type(exc).__name__


def _quiet_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush does not fail again
    except (OSError, ValueError):
        pass


def _write_crash_report(args: argparse.Namespace) -> str:
    """The traceback, in the home's logs/ (owner-only; the purge erases it) or else a private temp file.

    The database engine hides statement parameters, so the traceback holds no roster row.
    """
    import tempfile
    import traceback

    folder = None
    try:
        from kiosk.station.home import resolve_home

        logs = resolve_home(getattr(args, "home", None)) / "logs"
        folder = str(logs) if logs.is_dir() else None
    except Exception:  # noqa: BLE001 - a crash report must never fail for want of a home
        folder = None
    fd, name = tempfile.mkstemp(prefix="kiosk-error-", suffix=".txt", dir=folder)
    with open(fd, "w", encoding="utf-8") as handle:
        traceback.print_exc(file=handle)
    return name
