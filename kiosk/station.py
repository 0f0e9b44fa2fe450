"""Composition for the command line: home, settings, database, event, keys and clock, opened once."""

from __future__ import annotations

import argparse
import secrets
import socket
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import keystore
from kiosk.checkpoint import CheckpointService
from kiosk.domain.badge import BadgeIssuer, TrustedKeys
from kiosk.domain.clock import Clock, FixedClock, SystemClock
from kiosk.domain.programme import Event
from kiosk.domain.rules import Verifier
from kiosk.errors import ConfigError, UsageError
from kiosk.settings import Paths, load_event, resolve_db_url, resolve_event_path, resolve_home
from kiosk.storage.database import Database
from kiosk.storage.roster_store import ImportReport, RosterStore
from kiosk.storage.scan_log import ScanLog

if TYPE_CHECKING:
    from kiosk.roster_import import ProgressCallback

DEFAULT_CHECKPOINT = "media-entrance"


@dataclass(frozen=True)
class KioskSettings:
    """settings.toml in the home: written once by init, edited by the supervisor."""

    kiosk_id: str
    checkpoint: str = DEFAULT_CHECKPOINT
    language: str = "fr"
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load_or_create(cls, path: Path) -> KioskSettings:
        if path.exists():
            try:
                raw = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"settings file {path} is not valid TOML: {exc}") from None
            kiosk = raw.get("kiosk", {})
            if "id" in kiosk:
                return cls(
                    kiosk_id=str(kiosk["id"]),
                    checkpoint=str(kiosk.get("checkpoint", DEFAULT_CHECKPOINT)),
                    language=str(kiosk.get("language", "fr")),
                    extra={k: v for k, v in raw.items() if k != "kiosk"},
                )
        settings = cls(kiosk_id=f"{socket.gethostname()[:40]}-{secrets.token_hex(3)}")
        settings.save(path)
        return settings

    def save(self, path: Path) -> None:
        path.write_text(
            "[kiosk]\n"
            f'id = "{self.kiosk_id}"\n'
            f'checkpoint = "{self.checkpoint}"\n'
            f'language = "{self.language}"\n',
            encoding="utf-8",
        )


@dataclass
class Station:
    paths: Paths
    settings: KioskSettings
    database: Database
    event: Event
    clock: Clock

    @classmethod
    def open(cls, args: argparse.Namespace, clock: Clock | None = None) -> Station:
        paths = Paths(resolve_home(getattr(args, "home", None)))
        paths.create()
        event = load_event(resolve_event_path(getattr(args, "event", None), paths))
        database = Database(resolve_db_url(getattr(args, "db", None), paths))
        database.migrate()
        settings = KioskSettings.load_or_create(paths.settings)
        return cls(paths, settings, database, event, clock or clock_from(args, event.tz))

    @cached_property
    def trusted_keys(self) -> TrustedKeys:
        return keystore.load_trusted(self.paths.trusted_keys)

    @cached_property
    def roster(self) -> RosterStore:
        return RosterStore(self.database)

    @cached_property
    def log(self) -> ScanLog:
        return ScanLog(self.database, self.settings.kiosk_id)

    def import_roster(
        self, path: Path, photos_dir: Path | None = None, progress: ProgressCallback | None = None
    ) -> ImportReport:
        """Validates the whole file, copies its photos in, applies it in one transaction.

        If the database write fails, the photos this import copied in are removed again.
        """
        from kiosk.roster_import import RosterParser, stage_photos

        parsed = RosterParser(self.event, photos_dir).parse(path, progress)
        records, new_photos = stage_photos(parsed, self.paths.photos)
        try:
            return self.roster.apply_import(records, self.clock.now())
        except BaseException:
            for photo in new_photos:
                photo.unlink(missing_ok=True)
            raise

    def issuer(self) -> BadgeIssuer:
        return keystore.load_issuer(self.paths.keys)

    def badge_text(self, badge_number: str) -> str:
        acc = self.roster.get(badge_number)
        return self.issuer().sign(self.event.code, acc.badge_number, acc.badge_version)

    def checkpoint_service(self, checkpoint: str | None = None, session: str | None = None) -> CheckpointService:
        code = checkpoint or self.settings.checkpoint
        if code not in self.event.checkpoints:
            known = ", ".join(sorted(self.event.checkpoints))
            raise UsageError(f"unknown checkpoint {code!r} (this event has: {known})")
        if session is not None and session not in self.event.checkpoints[code].sessions:
            raise UsageError(f"checkpoint {code!r} does not admit session {session!r}")
        verifier = Verifier(self.event, self.trusted_keys)
        return CheckpointService(verifier, self.roster, self.log, self.clock, code, session)

    def close(self) -> None:
        self.database.dispose()


def clock_from(args: argparse.Namespace, tz: Any = None) -> Clock:
    now = getattr(args, "now", None)
    if not now:
        return SystemClock()
    return FixedClock(parse_time(now, tz))


def parse_time(text: str, tz: Any = None) -> datetime:
    """ISO 8601; a time without offset is read in the given zone (the event's) or refused."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"not an ISO time: {text!r} (example: 2025-11-24T09:00+01:00)") from None
    if value.tzinfo is None:
        if tz is None:
            raise UsageError(f"give a time zone offset in {text!r} (example: 2025-11-24T09:00+01:00)")
        value = value.replace(tzinfo=tz)
    return value
