"""Removable drives a supervisor can write the log export to: what the desktop mounted for a USB stick.

Desktops mount them under /media/$USER (Debian, Ubuntu) or /run/media/$USER (Fedora); only mounted,
writable folders there count. The file is written owner-only (on a drive whose file system has no
owners, such as FAT, the permission cannot be kept: the drive itself must be kept safe).
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk.domain.log import ExportTarget


def default_roots(user: str | None = None) -> tuple[Path, ...]:
    name = user or getpass.getuser()
    return (Path("/media") / name, Path("/run/media") / name)


def removable_drives(
    roots: Sequence[Path] | None = None, mounted: Callable[[Path], bool] = os.path.ismount
) -> list[ExportTarget]:
    """The writable mount points under the roots, by name."""
    found: list[ExportTarget] = []
    for root in roots if roots is not None else default_roots():
        try:
            entries = sorted(root.iterdir())
        except OSError:  # no such folder, or not ours to list
            continue
        for entry in entries:
            if entry.is_dir() and mounted(entry) and os.access(entry, os.W_OK):
                found.append(ExportTarget(entry.name, entry))
    return found


def copy_owner_only(source: Path, folder: Path) -> Path:
    """Copies the file into the folder, created with owner-only permissions and flushed to the drive."""
    target = folder / source.name
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(descriptor, source.read_bytes())
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    try:
        target.chmod(0o600)  # a file that was there already keeps no wider mode
    except OSError:  # file systems without owners (FAT) refuse: see the module docstring
        pass
    return target
