"""Removable drives for the export: mounted, writable folders under the desktop's media roots."""

from __future__ import annotations

from pathlib import Path

from kiosk.station.removable import copy_owner_only, default_roots, removable_drives


def test_only_mounted_folders_under_the_roots_count(tmp_path: Path) -> None:
    media, run_media = tmp_path / "media" / "officer", tmp_path / "run" / "media" / "officer"
    for folder in (media / "KINGSTON", media / "not-mounted", run_media / "SANDISK"):
        folder.mkdir(parents=True)
    (media / "a-file").write_text("not a drive")
    mounted = {media / "KINGSTON", run_media / "SANDISK"}
    found = removable_drives([media, run_media, tmp_path / "missing"], mounted=lambda p: p in mounted)
    assert [(d.label, d.path) for d in found] == [("KINGSTON", media / "KINGSTON"), ("SANDISK", run_media / "SANDISK")]


def test_the_default_roots_are_the_users_media_folders() -> None:
    assert default_roots("officer") == (Path("/media/officer"), Path("/run/media/officer"))


def test_the_copy_on_the_drive_is_owner_only_even_over_an_older_file(tmp_path: Path) -> None:
    source, drive = tmp_path / "log.csv", tmp_path / "drive"
    drive.mkdir()
    source.write_text("id,kind\n1,scan\n", encoding="utf-8")
    (drive / "log.csv").write_text("old")
    (drive / "log.csv").chmod(0o644)
    copied = copy_owner_only(source, drive)
    assert copied.read_text(encoding="utf-8") == "id,kind\n1,scan\n"
    assert copied.stat().st_mode & 0o777 == 0o600
