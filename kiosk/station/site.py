"""A station's link to its site: admission claims, uploads of its log, pulls of the change feed, and what
the screen says of it. Local first: the kiosk keeps judging on its replica whether the site answers or not.

Used by one-shot commands (`kiosk sync`, `verify`, `decide`) and by the screen's link thread
(kiosk.station.site_link) alike; its state is guarded by a lock, as both threads of the screen touch it.
See docs/site.md.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from kiosk.domain.accreditation import Status
from kiosk.domain.clock import Clock, CorrectedClock
from kiosk.domain.roster_package import PackageRefused
from kiosk.domain.roster_update import RosterSourceKind, StatusChangeSeen
from kiosk.domain.site import (
    AdmissionClaim,
    ChangeKind,
    ClaimOutcome,
    ClaimStatus,
    ClockOffset,
    Heartbeat,
    PullReport,
    SiteChange,
    SiteRole,
    SiteSettings,
    SiteState,
    SyncMark,
    SyncReport,
    UploadReport,
    correction_of,
    data_age,
    measure_offset,
    offset_now,
)
from kiosk.errors import ConfigError, KioskError
from kiosk.station.site_calls import BoundedCalls, CallTimedOut
from kiosk.storage.database import Database
from kiosk.storage.site_feed import PublishedPackage
from kiosk.storage.site_link_state import LinkState, beat, server_time
from kiosk.storage.site_log import BATCH, SiteLog, local_hash, local_head, local_rows, pending_rows
from kiosk.storage.site_seals import SiteSeals, last_local_seal, local_seals

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.station.roster_packages import BuiltPackage
    from kiosk.station.station import Station

_logger = logging.getLogger(__name__)
T = TypeVar("T")
PERSIST_MARK_EVERY_S = 5.0  # the link thread pulls twice a second; its mark reaches the disk less often
CONNECT_TIMEOUT_S = 2  # libpq's smallest
STATEMENT_TIMEOUT_MS = 30_000


class SiteUnreachable(KioskError):
    """The site did not answer; nothing on it changed because of this call (the kiosk goes on offline)."""


class SiteNotReady(KioskError):
    """The site answers but cannot be used as it is (not set up, or another version of the schema)."""


def checked_site_url(url: str) -> str:
    """A site's URL as settings.toml may keep it: parsed, and never holding a password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(f"not a database URL: {url!r}") from None
    if parsed.password is not None:
        raise ConfigError(
            "the site URL holds a password: put it in the password file (~/.pgpass) and name the server in a "
            "service file, e.g. postgresql+psycopg://?service=kiosk-site (docs/site.md)"
        )
    if parsed.get_backend_name() not in ("postgresql", "sqlite"):
        raise ConfigError(f"a site is a PostgreSQL database, not {parsed.get_backend_name()}")
    return url


def site_database(url: str, kiosk_id: str) -> Database:
    """The site's database as a machine of it opens it: short timeouts, so a cut shows in seconds."""
    options: dict[str, Any] = {
        "pool_pre_ping": True,  # a connection the server dropped (a restart) is replaced, not used
        "pool_size": 3,
        "max_overflow": 4,
        "connect_args": {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": f"kiosk {kiosk_id}"[:63],
            "keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3,
            "tcp_user_timeout": 10_000,
            "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
        },
    }
    return Database(checked_site_url(url), server_options=options)


@dataclass
class _Health:
    online: bool | None = None  # None: not tried yet in this process
    offline_since: datetime | None = None
    mark: SyncMark | None = None  # this process's last pull that reached the site
    mark_saved: float = float("-inf")  # monotonic time the mark last went to the disk
    alarms: int = 0
    dirty: bool = False  # online or offline_since changed since they were last written down
    clock: ClockOffset | None = None  # the last measurement of the site's clock (this process's, or stored)
    clock_loaded: bool = False  # the stored measurement was read (a one-shot command measures none itself)


class Site:
    def __init__(self, station: Station, settings: SiteSettings) -> None:
        self.station = station
        self.settings = settings
        self.kiosk_id = station.settings.kiosk_id
        self.database = site_database(settings.url, self.kiosk_id)
        self.log = SiteLog(self.database)
        self.claims = self.log.claims
        self.feed = self.log.feed
        self.seals = SiteSeals(self.database)
        self.link = LinkState(station.database, self.database.safe_url)
        self.data_age_limit = settings.data_age_limit
        self.link_running = False  # the screen's link thread keeps the health up to date
        self._health = _Health()
        self._lock = threading.Lock()
        self._calls = BoundedCalls()
        self._schema_checked = False
        self._head_checked = False
        self._seals_sent: int | None = None  # this process's last seal the site took (None: not compared yet)
        dbapi = self.database.engine.dialect.loaded_dbapi  # its errors escape unwrapped from a pool reconnect
        self._unreachable: tuple[type[BaseException], ...] = (
            OperationalError, InterfaceError, PoolTimeout, OSError, dbapi.OperationalError, dbapi.InterfaceError,
        )

    @property
    def role(self) -> SiteRole:
        return self.settings.role

    def close(self) -> None:
        try:
            self.save_health()
        finally:
            self.database.dispose()

    # -- reaching the site --------------------------------------------------------------------
    def reach(self, work: Callable[[], T]) -> T:
        """Runs work against the site; a failure to reach it marks the kiosk offline (SiteUnreachable)."""
        try:
            if not self._schema_checked:
                if not self.database.is_current():
                    raise SiteNotReady(
                        f"the site {self.database.safe_url} is not at this kiosk's schema: run `kiosk site init` "
                        "at the office (with this version of the kiosk)"
                    )
                self._schema_checked = True
            result = work()
        except self._unreachable as exc:
            reason = _first_line(exc)
            self._lost(reason)
            raise SiteUnreachable(f"the site {self.database.safe_url} did not answer: {reason}") from None
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            reason = _first_line(exc)
            self._lost(reason)
            raise SiteUnreachable(f"the site {self.database.safe_url} did not answer: {reason}") from None
        self._reached()
        return result

    def _reached(self) -> None:
        with self._lock:
            was = self._health.online
            self._health.online, self._health.offline_since = True, None
            self._health.dirty |= was is not True
        if was is False:
            _logger.info("site %s reached again", self.database.safe_url)

    def _lost(self, reason: str) -> None:
        """Only in memory: a claim fails inside the decision's transaction, which holds this kiosk's
        database; save_health writes it down afterwards."""
        with self._lock:
            was = self._health.online
            self._health.online = False
            if self._health.offline_since is None:
                self._health.offline_since = self.station.clock.now()
                self._health.dirty = True
        if was is not False:
            _logger.info("site %s out of reach: %s", self.database.safe_url, reason)

    def save_health(self) -> None:
        """Since when the site is out of reach (or that it is reached again), for the other processes of
        this kiosk and the next start; never called inside a transaction of the kiosk's database."""
        with self._lock:
            if not self._health.dirty:
                return
            self._health.dirty = False
            online, since = self._health.online, self._health.offline_since
        if online:
            self.link.update(offline_since=None)
            return
        stored = self.link.get().offline_since
        if stored is None:
            self.link.update(offline_since=since)
        else:
            with self._lock:
                self._health.offline_since = stored  # another process saw the cut first

    def ping(self) -> bool:
        """Reaches the site (for `kiosk status`), measuring its clock on the way: True if it answered."""
        try:
            clock = self.reach(self._measure_clock)
            with self._lock:
                self._health.clock, self._health.clock_loaded = clock, True
            self.link.update(clock=clock)
        except SiteUnreachable:
            return False
        finally:
            self.save_health()
        return True

    # -- what the checkpoint asks ---------------------------------------------------------------
    def judging_offline(self) -> bool:
        with self._lock:
            return self._health.online is not True

    def claim(self, claim: AdmissionClaim) -> ClaimOutcome:
        """Waits settings.claim_timeout_s at most; UNREACHABLE (decide offline, same client id) otherwise."""
        with self._lock:
            known_offline = self.link_running and self._health.online is False
        if known_offline:
            return ClaimOutcome(ClaimStatus.UNREACHABLE)  # the link thread is trying; the door does not wait
        try:
            return self._calls.run(lambda: self.reach(lambda: self.claims.claim(claim)), self.settings.claim_timeout_s)
        except SiteUnreachable:
            return ClaimOutcome(ClaimStatus.UNREACHABLE)
        except CallTimedOut as exc:
            self._lost(str(exc))
            return ClaimOutcome(ClaimStatus.UNREACHABLE)

    def data_age(self) -> timedelta | None:
        return data_age(self._newest_mark(), self.station.clock.now(), self.station.monotonic())

    def _newest_mark(self) -> SyncMark | None:
        with self._lock:
            mine = self._health.mark
        stored = self.link.get().synced
        if mine is None or (stored is not None and stored.monotonic > mine.monotonic):
            return stored
        return mine

    # -- replication --------------------------------------------------------------------------
    def sync(self, heartbeat: bool = True) -> SyncReport:
        """Pull, then upload (the office: take the lanes' status changes in, publish if pending).

        The pull first: a lane back online is judged online at once, so a revocation published while it
        was away must not wait for the backlog it logged meanwhile (the pull is a query and at most one
        package); what applying it logged goes up with the rest.
        """
        try:
            if self.role is SiteRole.OFFICE:
                return self._office_sync()
            pull = self.pull()
            upload = self.upload()
            if heartbeat:
                self.heartbeat()
            return SyncReport(upload, pull)
        finally:
            self.save_health()

    def upload(self) -> UploadReport:
        """This kiosk's log rows the site lacks, in order, in batches; stops at a fork (an alarm on the site).

        Rows written after it began wait for the next exchange: a lane logging faster than it uploads
        would otherwise keep its link uploading and never pulling (no revocation would arrive).
        The office keeps its log to itself: its roster changes reach the site as packages.
        """
        if self.role is SiteRole.OFFICE:
            return UploadReport()
        database, kiosk = self.station.database, self.kiosk_id
        totals = [0, 0, 0, 0, 0]
        fork_at = None
        until = local_head(database, kiosk)
        while True:
            record = self.link.get()
            if until <= record.uploaded_seq and self._head_checked:
                break
            report, head = self.reach(
                lambda: self.log.upload(
                    kiosk, lambda seq: local_rows(database, kiosk, seq, BATCH + 1),
                    partial(local_hash, database, kiosk),
                )
            )
            self._head_checked = True  # once a process: the site's head compared with ours (fork, rollback)
            if head != record.uploaded_seq:
                self.link.update(uploaded_seq=head)
            for i, value in enumerate(
                (report.rows, report.claimed, report.conflicts, report.annulled, report.status_changes)
            ):
                totals[i] += value
            if report.fork_at is not None:
                fork_at = report.fork_at
                with self._lock:
                    self._health.alarms += 1
                break
            if report.rows == 0:
                break
        rows, claimed, conflicts, annulled, statuses = totals
        seals, seal_alarm_at = self._upload_seals() if fork_at is None else (0, None)
        return UploadReport(rows, claimed, conflicts, annulled, statuses, fork_at, seals, seal_alarm_at)

    def _upload_seals(self) -> tuple[int, int | None]:
        """The seals the site lacks, once their rows are there; compared once a process even with none new
        (a seal rewritten here shows then), afterwards only when this kiosk sealed again."""
        database, kiosk = self.station.database, self.kiosk_id
        last = last_local_seal(database, kiosk)
        if self._seals_sent is not None and (last is None or last <= self._seals_sent):
            return 0, None
        result = self.reach(lambda: self.seals.upload(kiosk, partial(local_seals, database, kiosk)))
        if result.alarm_at is not None:
            with self._lock:
                self._health.alarms += 1
            return result.added, result.alarm_at
        self._seals_sent = result.last if result.last is not None else -1
        return result.added, None

    def pull(self) -> PullReport:
        """The feed after the last change applied here: the newest package (checked like a USB stick's),
        and the other lanes' stricter status changes, in the feed's order."""
        if self.role is SiteRole.OFFICE:
            return PullReport()  # the office is the packages' source: it takes the lanes' changes in sync
        wall, steady = self.station.clock.now(), self.station.monotonic()
        record = self.link.get()
        changes = self._changes_after(record.change_seq)
        mark = SyncMark(wall, steady)
        serial, refused, statuses = None, "", []
        last_package = max((i for i, c in enumerate(changes) if c.kind is ChangeKind.PACKAGE), default=None)
        for index, change in enumerate(changes):
            if index == last_package and change.package_serial is not None:
                serial, refused = self._apply_package(change.package_serial)
            elif change.kind is ChangeKind.STATUS and change.source != self.kiosk_id and change.badge_number:
                if self._adopt(change):
                    statuses.append(change.badge_number)
        self._synced(mark, changes[-1].seq if changes else None)
        return PullReport(len(changes), serial, refused, tuple(statuses))

    def _changes_after(self, seq: int) -> list[SiteChange]:
        changes: list[SiteChange] = []
        while True:
            batch = self.reach(partial(self.feed.after, seq))
            changes += batch
            if len(batch) < 500:
                return changes
            seq = batch[-1].seq

    def _apply_package(self, serial: int) -> tuple[int | None, str]:
        from kiosk.station.roster_packages import apply_data

        if serial <= self.station.roster.last_serial(RosterSourceKind.PACKAGE):
            return None, ""
        data = self.reach(lambda: self.feed.package(serial))
        if data is None:
            return None, "missing"
        try:
            apply_data(self.station, data)
        except PackageRefused as exc:
            _logger.warning("roster package serial %d from the site refused: %s", serial, exc)
            return None, exc.reason.value
        _logger.info("roster package serial %d from the site applied", serial)
        return serial, ""

    def _adopt(self, change: SiteChange) -> bool:
        try:
            status = Status(change.status)
        except ValueError:
            return False
        taken = self.station.status_changes.adopt(
            change.badge_number or "", status, change.reason, change.event, self.station.clock.now()
        )
        return taken is not None

    def _synced(self, mark: SyncMark, change_seq: int | None) -> None:
        with self._lock:
            self._health.mark = mark
            due = mark.monotonic - self._health.mark_saved >= PERSIST_MARK_EVERY_S or change_seq is not None
            if due:
                self._health.mark_saved = mark.monotonic
        if due:
            values: dict[str, Any] = {"synced": mark}
            if change_seq is not None:
                values["change_seq"] = change_seq
            self.link.update(**values)

    def heartbeat(self) -> None:
        """Measures the site's clock against this machine's, then tells the site how this machine is."""
        clock = self.reach(self._measure_clock)
        with self._lock:
            self._health.clock, self._health.clock_loaded = clock, True
        record = self.link.get()
        if record.clock != clock:
            self.link.update(clock=clock)  # for this machine's other processes (`kiosk verify`, `decide`)
        source = self.station.roster.source()
        heartbeat = Heartbeat(
            self.kiosk_id, self.role, self.station.settings.checkpoint, self.station.clock.now(),
            source.serial if source else None, record.change_seq, record.uploaded_seq,
            pending_rows(self.station.database, self.kiosk_id, record.uploaded_seq), clock,
        )
        self.reach(lambda: beat(self.database, heartbeat))

    def _measure_clock(self) -> ClockOffset:
        """Two round trips, the shorter kept (the first may carry a connection's set-up, which is not
        symmetric): NTP's way of keeping the sample whose midpoint is the most trustworthy."""
        best: ClockOffset | None = None
        for _ in range(2):
            wall, sent = self.station.clock.now(), self.station.monotonic()
            server = server_time(self.database)
            sample = measure_offset(wall, sent, server, self.station.monotonic())
            if best is None or sample.round_trip < best.round_trip:
                best = sample
        assert best is not None
        return best

    # -- time ------------------------------------------------------------------------------------
    def clock_offset(self) -> timedelta | None:
        """The site's clock minus this machine's, while the last measurement holds (kiosk.domain.site)."""
        with self._lock:
            measured, loaded = self._health.clock, self._health.clock_loaded
        if not loaded:
            measured = self.link.get().clock
            with self._lock:
                if not self._health.clock_loaded:
                    self._health.clock, self._health.clock_loaded = measured, True
        return offset_now(measured, self.station.clock.now(), self.station.monotonic())

    def clock_correction(self) -> timedelta | None:
        return correction_of(self.clock_offset())

    def corrected(self, clock: Clock) -> Clock:
        """The clock sessions are judged on: this machine's, moved onto the site's while the offset is known."""
        return CorrectedClock(clock, self.clock_correction)

    # -- the office -----------------------------------------------------------------------------
    def publish(self, built: BuiltPackage | None = None) -> BuiltPackage:
        """The office: the whole roster as a new signed package (or the one just built for a file), onto
        the site and its feed at once."""
        from kiosk.station.roster_packages import build

        built = built or build(self.station)
        self.link.update(publish_pending=True)  # kept if the site does not take it: `kiosk sync` retries
        package = PublishedPackage(built.serial, built.created_at, built.key_id, built.digest, built.data)
        self.reach(lambda: self.feed.publish_package(package, self.kiosk_id))
        self.link.update(publish_pending=False)
        return built

    def _office_sync(self) -> SyncReport:
        record = self.link.get()
        changes = self._changes_after(record.change_seq)
        seen = []
        for change in changes:
            if change.kind is not ChangeKind.STATUS or change.source == self.kiosk_id or not change.badge_number:
                continue
            try:
                status = Status(change.status)
            except ValueError:
                continue
            seen.append(StatusChangeSeen(change.event, change.badge_number, status, change.at, change.reason))
        acknowledged = self.station.status_changes.acknowledge(seen, self.station.clock.now()) if seen else None
        if changes:
            self.link.update(change_seq=changes[-1].seq)
        published = None
        if record.publish_pending or (acknowledged is not None and acknowledged.adopted):
            published = self.publish().serial
        self.heartbeat()
        return SyncReport(UploadReport(), PullReport(len(changes)), published, acknowledged.new if acknowledged else 0)

    # -- what the screen and `kiosk status` show -------------------------------------------------
    def state(self) -> SiteState:
        self.save_health()
        record = self.link.get()
        with self._lock:
            online = self._health.online is True
            since = self._health.offline_since or record.offline_since
            alarms = self._health.alarms
        return SiteState(
            online=online,
            offline_since=None if online else since,
            roster=self.station.roster.source(),
            pending_uploads=pending_rows(self.station.database, self.kiosk_id, record.uploaded_seq),
            data_age=self.data_age(),
            data_age_limit=self.data_age_limit,
            alarms=alarms,
            clock_offset=self.clock_offset(),
            clock_offset_limit=timedelta(seconds=self.settings.clock_offset_limit_s),
        )


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0][:200] if lines else type(orig).__name__
