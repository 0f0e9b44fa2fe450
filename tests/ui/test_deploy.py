"""The systemd unit and autostart entry start the kiosk full screen and restart it."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

from kiosk.cli import build_parser

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(DEPLOY / "kiosk.service", encoding="utf-8")
    return parser


def test_the_unit_runs_the_kiosk_full_screen_and_restarts_it() -> None:
    service = unit()["Service"]
    assert service["Restart"] == "always"
    assert service["RestartPreventExitStatus"] == "0"  # a supervisor's deliberate quit
    command = shlex.split(service["ExecStart"])
    assert command[0].endswith("/kiosk")
    args = build_parser().parse_args(command[1:])  # the options exist and parse
    assert args.command == "run" and args.fullscreen and not args.headless


def test_the_unit_runs_the_installed_kiosk_not_a_checkout() -> None:
    command = shlex.split(unit()["Service"]["ExecStart"])
    assert command[0] == "/opt/kiosk/bin/kiosk"  # where docs/deploy.md installs the wheelhouse


def test_the_autostart_entry_starts_the_unit() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment, method-assign]
    entry.read(DEPLOY / "kiosk-autostart.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == "systemctl --user start kiosk.service"
