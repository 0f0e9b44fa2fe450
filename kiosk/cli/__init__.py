"""The `kiosk` command: parses, calls the core, prints. Each command group lives in its own module."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from kiosk.errors import KioskError

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
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, details in a file
        report = _write_crash_report()
        print(
            f"kiosk: unexpected error: {type(exc).__name__}: {exc} (details: {report})",
            file=sys.stderr,
        )
        return 3


def _write_crash_report() -> str:
    import tempfile
    import traceback

    with tempfile.NamedTemporaryFile(
        "w", prefix="kiosk-error-", suffix=".txt", delete=False, encoding="utf-8"
    ) as handle:
        traceback.print_exc(file=handle)
        return handle.name
