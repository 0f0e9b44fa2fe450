"""An accreditation office and a kiosk, each a real home (SQLite file, keys), and the package between them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.domain.clock import FixedClock
from kiosk.domain.roster_update import RosterSourceKind
from kiosk.station import keystore, roster_packages
from kiosk.station.station import Station
from tests.fixtures.homes import person, write_roster

EARLY = datetime.fromisoformat("2025-11-24T07:40:00+01:00")  # the office publishes before the doors open
MORNING = datetime.fromisoformat("2025-11-24T09:00:00+01:00")
ROSTER_TABLES = (
    "accreditation", "session_grant", "appointment", "scan_log", "admission", "roster_state", "roster_source",
    "status_acknowledgement",
)
PHOTO = cv2.imencode(".png", np.full((48, 36, 3), 180, np.uint8))[1].tobytes()  # a small stand-in for a face


def rows() -> list[dict[str, str]]:
    return [
        person("M0001", photo="m0001.png"),
        person("M0002", family_name="Ould Ahmed"),
        person("M0003", sessions="interviews", appointments="2025-11-25T14:00/2025-11-25T14:30|"
               "2025-11-26T10:00/2025-11-26T10:30"),
        person("M0004", status="suspended", status_reason="awaiting a press card"),
    ]


@dataclass
class Pair:
    """The office (issuing key, imports from its spreadsheet) and one kiosk that trusts its key."""

    office: Path
    kiosk: Path
    clock: FixedClock
    packages: Path

    @contextmanager
    def at_office(self) -> Iterator[Station]:
        with Station.open(self.office, clock=self.clock) as station:
            yield station

    @contextmanager
    def at_kiosk(self) -> Iterator[Station]:
        with Station.open(self.kiosk, clock=self.clock) as station:
            yield station

    def publish(self, name: str = "") -> Path:
        """The office publishes a package now (the clock moves on a minute, so serials have their times)."""
        with self.at_office() as station:
            serial = station.roster.last_serial(RosterSourceKind.PUBLISHED) + 1
            path = self.packages / (name or f"roster-{serial}.krp")
            roster_packages.publish(station, path)
        self.clock.advance(timedelta(minutes=1))
        return path

    def apply(self, path: Path):  # noqa: ANN201 - ApplyReport
        with self.at_kiosk() as station:
            return roster_packages.apply(station, path)

    def import_at_office(self, people: list[dict[str, str]]) -> None:
        write_roster(self.office / "roster.csv", people)
        with self.at_office() as station:
            station.import_roster(self.office / "roster.csv", self.office / "incoming-photos")


def make_pair(tmp_path: Path) -> Pair:
    office, kiosk = tmp_path / "office", tmp_path / "kiosk"
    clock = FixedClock(EARLY)
    packages = tmp_path / "usb-stick"
    packages.mkdir()
    (office / "incoming-photos").mkdir(parents=True)
    (office / "incoming-photos" / "m0001.png").write_bytes(PHOTO)
    result = Pair(office, kiosk, clock, packages)
    with result.at_office() as station:
        kid = keystore.generate(station.paths.keys)
    with result.at_kiosk() as station:
        keystore.trust(station.paths.trusted_keys, office / "keys" / "trusted" / f"{kid}.pub")
    result.import_at_office(rows())
    return result


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    return make_pair(tmp_path)


def roster_dump(home: Path) -> list[str]:
    """The roster and log tables as SQL text: equal dumps mean nothing was changed."""
    with sqlite3.connect(home / "kiosk.db") as db:
        return [line for line in db.iterdump() if any(f'"{t}"' in line for t in ROSTER_TABLES)]
