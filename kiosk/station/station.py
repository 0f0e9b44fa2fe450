"""A station: home, settings, database, event, keys and clock, opened once with named arguments."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.domain.accreditation import Accreditation, Status
from kiosk.domain.badge import BadgeIssuer, TrustedKeys
from kiosk.domain.clock import Clock, SystemClock
from kiosk.domain.gate import Gate
from kiosk.domain.programme import Event
from kiosk.domain.roster_package import PackageEntry
from kiosk.domain.roster_update import ApplyReport, RosterSourceKind
from kiosk.domain.rules import Verifier
from kiosk.domain.site import SiteRole
from kiosk.errors import UsageError
from kiosk.station import keystore
from kiosk.station.checkpoint import CheckpointService
from kiosk.station.event_file import load_event, resolve_event_path
from kiosk.station.home import Paths, resolve_db_url, resolve_home
from kiosk.station.settings import KioskSettings
from kiosk.storage.database import Database
from kiosk.storage.log_seal import LogSealer, SealFiles
from kiosk.storage.roster_store import RosterStore
from kiosk.storage.roster_swap import RosterApplier, RosterUpdate
from kiosk.storage.scan_log import ScanLog
from kiosk.storage.staff_store import StaffStore
from kiosk.storage.status_changes import StatusChanges

if TYPE_CHECKING:
    from kiosk.station.roster_import import ProgressCallback
    from kiosk.station.site import Site

_logger = logging.getLogger(__name__)


@dataclass
class Station:
    paths: Paths
    settings: KioskSettings
    database: Database
    event: Event
    clock: Clock
    monotonic: Callable[[], float] = time.monotonic  # PIN lockouts, data age: immune to the wall clock being set
    ids: Callable[[], uuid.UUID] = uuid.uuid4  # admission claims' client ids

    @classmethod
    @contextmanager
    def open(
        cls,
        home: str | Path | None = None,
        *,
        db: str | None = None,
        event: str | Path | None = None,
        clock: Clock | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        ids: Callable[[], uuid.UUID] = uuid.uuid4,
    ) -> Iterator[Station]:
        """Opens (and migrates) the station; closes its database when the block ends.

        home, db and event fall back to $KIOSK_HOME, $KIOSK_DB and $KIOSK_EVENT, then to the defaults.
        """
        paths = Paths(resolve_home(home))
        paths.create()
        loaded = load_event(resolve_event_path(event, paths))
        database = Database(resolve_db_url(db, paths))
        try:
            database.migrate()
            refreshed = RosterStore(database).refresh_search_keys()  # after a change of folding rules
            if refreshed:
                _logger.info("search keys of %d accreditations recomputed", refreshed)
            settings = KioskSettings.load_or_create(paths.settings)
            station = cls(paths, settings, database, loaded, clock or SystemClock(), monotonic, ids)
            try:
                try:
                    yield station
                except BaseException:
                    station.seal_log(quietly=True)
                    raise
                station.seal_log()
            finally:
                station.close_site()
        finally:
            database.dispose()

    def seal_log(self, quietly: bool = False) -> None:
        """On closing: seal the rows this station wrote since the last seal (when sealing is set up)."""
        if "log" not in self.__dict__ or not self.log.written:
            return
        try:
            self.log.seal(self.clock.now())
        except Exception:
            if not quietly:
                raise
            _logger.warning("the log could not be sealed on closing", exc_info=True)

    @cached_property
    def site(self) -> Site | None:
        """The site this machine belongs to ([site] in settings.toml); None: a kiosk alone."""
        settings = self.settings.site
        if settings is None:
            return None
        from kiosk.station.site import Site

        return Site(self, settings)

    def close_site(self) -> None:
        site = self.__dict__.pop("site", None)
        if site is not None:
            site.close()

    @cached_property
    def trusted_keys(self) -> TrustedKeys:
        return keystore.load_trusted(self.paths.trusted_keys)

    @cached_property
    def roster(self) -> RosterStore:
        return RosterStore(self.database)

    @cached_property
    def log(self) -> ScanLog:
        sealer = LogSealer(SealFiles(self.paths.seal_key, self.paths.seal_head))
        return ScanLog(self.database, self.settings.kiosk_id, sealer)

    @cached_property
    def staff(self) -> StaffStore:
        return StaffStore(self.database, self.settings.kiosk_id, self.monotonic)

    @cached_property
    def status_changes(self) -> StatusChanges:
        return StatusChanges(self.database, self.log)

    @cached_property
    def roster_applier(self) -> RosterApplier:
        return RosterApplier(self.database, self.log)

    def import_roster(
        self, path: Path, photos_dir: Path | None = None, progress: ProgressCallback | None = None
    ) -> ApplyReport:
        """Validates the whole file, copies its photos in, applies it in one go (an unsigned source).

        If the database write fails, the photos this import copied in are removed again.
        """
        from kiosk.station.roster_import import RosterParser, stage_photos

        parsed = RosterParser(self.event, photos_dir).parse(path, progress)
        records, new_photos = stage_photos(parsed, self.paths.photos)
        try:
            return self.import_records(records)
        except BaseException:
            for photo in new_photos:
                photo.unlink(missing_ok=True)
            raise

    def import_records(self, records: list[Accreditation]) -> ApplyReport:
        """Accreditations read from a file, as an import: absent badges and badge versions are kept."""
        update = RosterUpdate(RosterSourceKind.IMPORT, [PackageEntry(acc) for acc in records])
        return self.roster_applier.apply(update, self.clock.now())

    def set_badge_status(self, badge_number: str, status: Status, reason: str, officer: str = "") -> Accreditation:
        """By hand here (CLI or supervisor): logged, and never lowered by a package or an import."""
        return self.status_changes.set_status(badge_number, status, reason, self.clock.now(), officer)

    def issuer(self) -> BadgeIssuer:
        return keystore.load_issuer(self.paths.keys)

    def badge_text(self, badge_number: str) -> str:
        acc = self.roster.get(badge_number)
        return self.issuer().sign(self.event.code, acc.badge_number, acc.badge_version)

    def gate(self, checkpoint: str | None = None, session: str | None = None) -> Gate:
        """A checkpoint of this event (the settings' one by default), checked against the programme."""
        code = checkpoint or self.settings.checkpoint
        if code not in self.event.checkpoints:
            known = ", ".join(sorted(self.event.checkpoints))
            raise UsageError(f"unknown checkpoint {code!r} (this event has: {known})")
        if session is not None and session not in self.event.checkpoints[code].sessions:
            raise UsageError(f"checkpoint {code!r} does not admit session {session!r}")
        return Gate(code, session)

    def checkpoint_service(self, checkpoint: str | None = None, session: str | None = None) -> CheckpointService:
        verifier = Verifier(self.event, self.trusted_keys)
        site = self.site if self.site is not None and self.site.role is SiteRole.KIOSK else None
        return CheckpointService(
            verifier, self.roster, self.log, self.clock, self.gate(checkpoint, session), site, self.ids
        )
