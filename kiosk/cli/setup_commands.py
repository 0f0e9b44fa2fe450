"""`kiosk init`: create the data directory and database."""

from __future__ import annotations

import argparse

from kiosk.cli.station_options import open_station


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    init = sub.add_parser("init", parents=[common], help="create the data directory and database")
    init.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        print(f"Data directory: {station.paths.home}")
        print(f"Database: {station.database.safe_url}")
        return 0
