"""Roster packages at the office (publish, acknowledge the kiosks' hand changes) and at a kiosk (apply).

The office → kiosk flow: docs/roster-package.md and docs/deploy.md.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from kiosk.domain.accreditation import Status
from kiosk.domain.log import LogKind, StatusSource
from kiosk.domain.roster_package import (
    MAX_PACKAGE_BYTES,
    MAX_PHOTO_BYTES,
    PackageEntry,
    PackageRefusal,
    PackageRefused,
    build_body,
    check_size,
    open_package,
    photo_name,
    seal,
)
from kiosk.domain.roster_update import (
    AcknowledgeReport,
    ApplyReport,
    RosterSourceKind,
    StatusChangeSeen,
    event_ref,
)
from kiosk.errors import KioskError
from kiosk.station.station import Station
from kiosk.storage.roster_swap import RosterUpdate


@dataclass(frozen=True)
class Published:
    path: Path
    serial: int
    created_at: datetime
    key_id: str
    badges: int
    photos: int
    size: int


def publish(station: Station, out: Path) -> Published:
    """Writes the whole roster as a package signed with the office's key, under the next serial."""
    issuer = station.issuer()  # refuses at once on a kiosk, which has no issuing key
    people = station.roster.all()
    seen = station.roster.acknowledged()
    entries, photos = [], {}
    for acc in people:
        if acc.photo:
            data = _photo_bytes(station.paths.photos / acc.photo, acc.badge_number)
            name = photo_name(data, Path(acc.photo).suffix)
            photos[name] = data
            acc = replace(acc, photo=name)
        entries.append(PackageEntry(acc, seen.get(acc.badge_number, frozenset())))
    now = station.clock.now().replace(microsecond=0)
    serial = station.roster.take_serial(issuer.key_id, len(entries), now)
    body = build_body(station.event.code, serial, now, issuer.key_id, entries, photos)
    data = seal(issuer, body)
    if len(data) > MAX_PACKAGE_BYTES:
        raise KioskError(f"the package would be {len(data)} bytes, over the limit of {MAX_PACKAGE_BYTES}")
    _write_private(out, data)
    return Published(out, serial, now, issuer.key_id, len(entries), len(photos), len(data))


def apply(station: Station, path: Path) -> ApplyReport:
    """Checks a package against the trusted keys and applies it in one go; refuses with nothing changed."""
    try:
        size = path.stat().st_size
    except OSError:
        raise KioskError(f"cannot read {path}") from None
    check_size(size)
    package = open_package(path.read_bytes(), station.trusted_keys, station.event)
    last = station.roster.last_serial(RosterSourceKind.PACKAGE)
    if package.serial <= last:
        raise PackageRefused(
            PackageRefusal.NOT_NEWER, f"serial {package.serial} is not newer than serial {last}, applied here"
        )
    added = _store_photos(station.paths.photos, package.photos)
    update = RosterUpdate(
        RosterSourceKind.PACKAGE, package.entries, package.serial, package.created_at, package.key_id, package.digest
    )
    try:
        return station.roster_applier.apply(update, station.clock.now())
    except BaseException:
        for photo in added:
            photo.unlink(missing_ok=True)
        raise


def acknowledge(station: Station, export: Path) -> AcknowledgeReport:
    """At the office: reads a kiosk's log export; its hand status changes are recorded as seen."""
    changes = read_status_changes(export, station.settings.kiosk_id)
    return station.status_changes.acknowledge(changes, station.clock.now())


def read_status_changes(path: Path, own_kiosk_id: str) -> list[StatusChangeSeen]:
    """The status_change rows made by hand at other machines, from a `kiosk log export` CSV or XLSX."""
    rows = _export_rows(path)
    changes = []
    for line, row in enumerate(rows, start=2):
        if row.get("kind") != LogKind.STATUS_CHANGE.value or row.get("reason") != StatusSource.KIOSK.value:
            continue
        if row.get("kiosk_id") == own_kiosk_id:
            continue
        try:
            changes.append(
                StatusChangeSeen(
                    event=event_ref(str(row["kiosk_id"]), int(str(row["seq"]))),
                    badge_number=str(row["badge"]),
                    status=Status(str(row["code"])),
                    at=datetime.fromisoformat(str(row["time"])),
                    reason=str(row.get("detail") or ""),
                )
            )
        except (KeyError, ValueError):
            raise KioskError(f"{path.name}, row {line}: not a status change of a kiosk's log export") from None
    return changes


def _export_rows(path: Path) -> list[dict[str, object]]:
    if not path.is_file():
        raise KioskError(f"file not found: {path}")
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True).worksheets[0]
        table = [["" if c is None else c for c in r] for r in sheet.iter_rows(values_only=True)]
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
    if not table or "kind" not in table[0]:
        raise KioskError(f"{path.name} is not a log export (`kiosk log export`)")
    header = [str(h) for h in table[0]]
    return [dict(zip(header, r, strict=False)) for r in table[1:]]


def _photo_bytes(path: Path, badge_number: str) -> bytes:
    try:
        data = path.read_bytes()
    except OSError:
        raise KioskError(f"the photo of badge {badge_number} is missing from {path.parent}") from None
    if len(data) > MAX_PHOTO_BYTES:
        raise KioskError(f"the photo of badge {badge_number} is over {MAX_PHOTO_BYTES} bytes: make it smaller")
    return data


def _store_photos(folder: Path, photos: Mapping[str, bytes]) -> list[Path]:
    """Writes the package's photos under their content names; returns the files that are new."""
    added = []
    for name, data in photos.items():
        target = folder / name
        if target.exists():
            continue
        _write_private(target, data)
        added.append(target)
    return added


def _write_private(path: Path, data: bytes) -> None:
    """Owner-only (the roster is personal data), written whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)
