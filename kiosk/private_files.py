"""Files only their owner may read: everything the kiosk writes holds personal data, keys or both.

The commands set a umask of 077 on start, so every file they create is 0600 and every folder 0700;
these helpers also narrow files that existed before (a database restored as 0644 stays 0644 otherwise)
and replace small files atomically.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_UMASK = 0o077
FILE_MODE = 0o600


def use_private_umask() -> None:
    """From here on this process creates owner-only files and folders."""
    os.umask(PRIVATE_UMASK)


def restrict(path: Path) -> None:
    """An existing regular file becomes owner-only (never follows a symbolic link)."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077:
        os.chmod(path, FILE_MODE)


def restrict_tree(folder: Path) -> None:
    """Every regular file in a folder the kiosk owns (its home's photos, keys, logs, exports)."""
    if not folder.is_dir() or folder.is_symlink():
        return
    for root, _dirs, files in os.walk(folder):
        for name in files:
            restrict(Path(root) / name)


def write_atomically(path: Path, data: bytes) -> None:
    """Written in full and synced under a temporary name, then renamed over the old file (owner-only)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def write_new(path: Path, data: bytes) -> None:
    """A file that must not exist yet (a key): refused, never overwritten, if it does."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def overwrite_and_delete(path: Path) -> None:
    """Zeros over the content, synced, then unlinked: the purge and a destroyed key leave no copy behind."""
    fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW)
    try:
        size = os.fstat(fd).st_size
        os.write(fd, b"\0" * size)
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()
