"""Where a kiosk keeps its state: one home folder holding the database, keys, photos, settings and logs."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import ConfigError
from kiosk.private_files import restrict, restrict_tree


@dataclass(frozen=True)
class Paths:
    """Everything the kiosk keeps lives under one home: database, keys, photos, settings."""

    home: Path

    @property
    def database(self) -> Path:
        return self.home / "kiosk.db"

    @property
    def keys(self) -> Path:
        return self.home / "keys"

    @property
    def trusted_keys(self) -> Path:
        return self.home / "keys" / "trusted"

    @property
    def photos(self) -> Path:
        return self.home / "photos"

    @property
    def settings(self) -> Path:
        return self.home / "settings.toml"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    @property
    def seal_key(self) -> Path:
        """The log's sealing key of the current epoch (see kiosk.domain.seal)."""
        return self.home / "keys" / "log-seal.key"

    @property
    def seal_head(self) -> Path:
        """The last seal, kept apart from the database: an older database put back shows."""
        return self.home / "log-head.json"

    def create(self) -> None:
        """Owner-only folders (they hold personal data and keys) and owner-only files, those already there
        included. A folder anyone may write to is refused, never changed: it is not the kiosk's."""
        for folder in (self.home, self.keys, self.trusted_keys, self.photos, self.logs):
            try:
                info = folder.stat()
            except FileNotFoundError:
                folder.mkdir(mode=0o700, parents=True)
                continue
            if not stat.S_ISDIR(info.st_mode):
                raise ConfigError(f"{folder} is not a folder")
            if info.st_mode & stat.S_IWOTH:
                raise ConfigError(
                    f"{folder} can be written by anyone: give the kiosk a folder of its own (--home)"
                )
        for name in ("kiosk.db", "kiosk.db-wal", "kiosk.db-shm", "settings.toml", "event.toml", "log-head.json"):
            restrict(self.home / name)
        for folder in (self.keys, self.logs, self.exports):
            restrict_tree(folder)


def resolve_home(option: str | Path | None) -> Path:
    if option:
        return Path(option).expanduser().resolve()
    if env := os.environ.get("KIOSK_HOME"):
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir("kiosk", appauthor=False))


def resolve_db_url(option: str | None, paths: Paths) -> str:
    return option or os.environ.get("KIOSK_DB") or f"sqlite:///{paths.database}"
