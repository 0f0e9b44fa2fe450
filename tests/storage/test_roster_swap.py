"""A roster update stages a new generation in short transactions and swaps it in at once: a failure or a
crash leaves the old roster in force, scans never see half of one, hand edits made meanwhile survive."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import text

from kiosk.domain.accreditation import Accreditation, IdDocumentType, MediaType, Role, Status
from kiosk.domain.clock import FixedClock
from kiosk.domain.roster_package import PackageEntry
from kiosk.domain.roster_update import RosterSourceKind
from kiosk.domain.verdict import VerdictCode
from kiosk.station import keystore
from kiosk.station.station import Station
from kiosk.storage.roster_swap import RosterApplier, RosterChangedMeanwhile, RosterUpdate
from kiosk.storage.scan_log import ScanLog

NOW = datetime.fromisoformat("2025-11-24T07:00:00+01:00")
MORNING = datetime.fromisoformat("2025-11-24T09:00:00+01:00")


def person(i: int, **changes: object) -> Accreditation:
    base = Accreditation(
        badge_number=f"N{i:04d}", family_name=f"Family{i}", given_names="Given", outlet="Outlet",
        media_type=MediaType.PRINT, role=Role.JOURNALIST, country="MA", id_document_type=IdDocumentType.PASSPORT,
        id_document_last4="1234", sessions=frozenset({"opening"}), press_card_number="PC", press_card_issuer="CNP",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def package(serial: int, people: list[Accreditation]) -> RosterUpdate:
    return RosterUpdate(RosterSourceKind.PACKAGE, [PackageEntry(p) for p in people], serial, NOW, "KZD", "d" * 64)


@pytest.fixture
def station(tmp_path):  # noqa: ANN001, ANN201
    with Station.open(tmp_path / "kiosk", clock=FixedClock(NOW)) as opened:
        opened.roster_applier.chunk_rows = 3
        opened.roster_applier.pause_s = 0.0  # the door's turn between chunks: the benchmark's concern
        opened.roster_applier.apply(package(1, [person(i) for i in range(10)]), NOW)
        yield opened


def rows_in_table(station: Station) -> int:
    with station.database.engine.connect() as c:
        return c.execute(text("SELECT count(*) FROM accreditation")).scalar_one()


def test_a_failure_while_staging_leaves_the_old_roster_and_no_rows_behind(station, monkeypatch):
    applier: RosterApplier = station.roster_applier
    staged = []
    original = RosterApplier._stage

    def failing_stage(self, generation, chunk):  # noqa: ANN001, ANN202
        if staged:
            raise OSError("disk full (simulated)")
        staged.append(generation)
        original(self, generation, chunk)

    monkeypatch.setattr(RosterApplier, "_stage", failing_stage)
    with pytest.raises(OSError, match="disk full"):
        applier.apply(package(2, [person(i, outlet="New") for i in range(10)]), NOW)
    assert {a.outlet for a in station.roster.all()} == {"Outlet"}
    assert rows_in_table(station) == 10, "the staged rows were swept"
    assert station.roster.last_serial(RosterSourceKind.PACKAGE) == 1
    monkeypatch.undo()
    applier.apply(package(2, [person(i, outlet="New") for i in range(10)]), NOW)  # and serial 2 can come again
    assert {a.outlet for a in station.roster.all()} == {"New"}


def test_after_a_crash_mid_staging_scans_see_the_old_roster_and_the_next_update_sweeps(station):
    applier: RosterApplier = station.roster_applier
    crashed = package(2, [person(i, outlet="Half") for i in range(10)])
    generation = applier._claim(crashed)
    plan = applier._plan(crashed, applier._read_base(), NOW)
    applier._stage(generation, list(plan.badges.values())[:3])  # then the power went
    assert rows_in_table(station) == 13
    assert station.roster.get("N0000").outlet == "Outlet"
    assert station.roster.count() == 10
    applier.apply(package(3, [person(i, outlet="Whole") for i in range(10)]), NOW)
    assert {a.outlet for a in station.roster.all()} == {"Whole"}
    assert rows_in_table(station) == 10


def test_scans_never_see_half_an_update(station, monkeypatch):
    seen = []
    original = RosterApplier._stage

    def watching_stage(self, generation, chunk):  # noqa: ANN001, ANN202
        original(self, generation, chunk)
        seen.append({a.outlet for a in station.roster.all()})  # what a scan between two chunks reads

    monkeypatch.setattr(RosterApplier, "_stage", watching_stage)
    station.roster_applier.apply(package(2, [person(i, outlet="New") for i in range(10)]), NOW)
    assert len(seen) == 4 and all(outlets == {"Outlet"} for outlets in seen)
    assert {a.outlet for a in station.roster.all()} == {"New"}


def test_a_revocation_by_hand_while_an_update_stages_is_kept(station, monkeypatch):
    original = RosterApplier._stage
    calls = []

    def revoking_stage(self, generation, chunk):  # noqa: ANN001, ANN202
        original(self, generation, chunk)
        if not calls:  # the supervisor revokes a badge whose row was already staged
            station.set_badge_status("N0001", Status.REVOKED, "stolen", "SUP1")
            station.roster.bump_version("N0002", NOW)
        calls.append(1)

    monkeypatch.setattr(RosterApplier, "_stage", revoking_stage)
    report = station.roster_applier.apply(package(2, [person(i, outlet="New") for i in range(10)]), NOW)
    assert station.roster.get("N0001").status is Status.REVOKED
    assert station.roster.get("N0002").badge_version == 2
    assert [k.badge_number for k in report.kept] == ["N0001"]
    assert station.roster.get("N0001").outlet == "New"


def test_an_update_taken_over_by_another_stops_and_changes_nothing(station, monkeypatch):
    original = RosterApplier._stage
    other = RosterApplier(station.database, ScanLog(station.database, "other"))

    def overtaken_stage(self, generation, chunk):  # noqa: ANN001, ANN202
        if self is not other:
            other._claim(package(9, []))  # a second apply starts (or a crashed one is replaced)
        original(self, generation, chunk)

    monkeypatch.setattr(RosterApplier, "_stage", overtaken_stage)
    with pytest.raises(RosterChangedMeanwhile):
        station.roster_applier.apply(package(2, [person(i, outlet="New") for i in range(10)]), NOW)
    assert {a.outlet for a in station.roster.all()} == {"Outlet"}


def test_a_package_raises_versions_and_never_lowers_them(station):
    applier: RosterApplier = station.roster_applier
    applier.apply(package(2, [person(0, badge_version=3)] + [person(i) for i in range(1, 10)]), NOW)
    assert station.roster.get("N0000").badge_version == 3
    applier.apply(package(3, [person(i) for i in range(10)]), NOW)
    assert station.roster.get("N0000").badge_version == 3


def test_the_door_scans_between_two_staging_transactions_and_each_holds_one_chunk(station, monkeypatch):
    keystore.generate(station.paths.keys)  # this home signs its own test badge
    text = station.issuer().sign("IGA93", "N0001", 1)
    verdicts, writes = [], []
    original_stage, original_write = RosterApplier._stage, station.database.write

    @contextmanager
    def counting_write():  # noqa: ANN202
        with original_write() as session:
            writes.append(1)
            yield session

    def stage_then_scan(self, generation, chunk):  # noqa: ANN001, ANN202
        assert len(chunk) <= self.chunk_rows
        original_stage(self, generation, chunk)
        verdicts.append(door.scan(text))  # through another engine and connection, as another process would

    with Station.open(station.paths.home, clock=FixedClock(MORNING)) as other:
        door = other.checkpoint_service()
        monkeypatch.setattr(RosterApplier, "_stage", stage_then_scan)
        monkeypatch.setattr(station.database, "write", counting_write)
        station.roster_applier.apply(package(2, [person(i, outlet="New") for i in range(10)]), NOW)
    assert [v.code for v in verdicts] == [VerdictCode.VALID] * 4
    assert len(writes) >= 1 + 4 + 1 + 1  # claim, four chunks, swap, sweep: never one long transaction


def test_an_update_that_changes_nothing_writes_no_generation_but_is_recorded(station):
    with station.database.engine.connect() as c:
        before = c.execute(text("SELECT generation FROM roster_state")).scalar_one()
    report = station.roster_applier.apply(package(2, [person(i) for i in range(10)]), NOW)
    assert (report.unchanged, report.updated, report.source.serial) == (10, 0, 2)
    with station.database.engine.connect() as c:
        assert c.execute(text("SELECT generation, staging FROM roster_state")).one() == (before, None)
    assert station.roster.source().serial == 2
    assert rows_in_table(station) == 10


@pytest.mark.parametrize(("badges", "collected"), [(10, False), (12, True)])
def test_a_big_plan_is_collected_before_and_never_during_its_transactions(station, monkeypatch, badges, collected):
    """A full collection inside a transaction would hold the door; a small plan skips the one before (it
    cost most of a small revocation's apply) and leaves the collector as it was."""
    import gc

    from kiosk.storage import roster_swap

    monkeypatch.setattr(roster_swap, "COLLECT_FROM_BADGES", 12)
    full, enabled_while_staging = [], []
    original_stage = RosterApplier._stage

    def watching_stage(self, generation, chunk):  # noqa: ANN001, ANN202
        enabled_while_staging.append(gc.isenabled())
        original_stage(self, generation, chunk)

    def on_collect(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    monkeypatch.setattr(RosterApplier, "_stage", watching_stage)
    gc.callbacks.append(on_collect)
    try:
        station.roster_applier.apply(package(2, [person(i, outlet="New") for i in range(badges)]), NOW)
    finally:
        gc.callbacks.remove(on_collect)
    assert enabled_while_staging and all(e is not collected for e in enabled_while_staging)
    assert (len(full) >= 2) is collected  # once before staging, once before sweeping
    assert gc.isenabled()
