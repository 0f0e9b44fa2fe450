"""A site of several kiosks sharing one PostgreSQL: the values that cross between a kiosk and the site.

Local first: a kiosk judges against its own replica and writes its own log, then replicates it; only an
admission claim waits on the site. The rules that stay pure live here: how old a kiosk's data is (and
when that cannot be known), what an outcome of a claim is, and what the screen and `kiosk status` show.
See docs/site.md.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.roster_update import RosterSource
from kiosk.domain.verdict import PriorAdmission

DEFAULT_DATA_AGE_LIMIT = timedelta(minutes=10)
DEFAULT_CLAIM_TIMEOUT_S = 1.5
DEFAULT_POLL_S = 0.5
# The wall clock may be slewed by NTP; a jump back larger than this makes the data age unknown.
CLOCK_TOLERANCE = timedelta(seconds=2)
DEFAULT_CLOCK_OFFSET_LIMIT_S = 2.0  # a kiosk further off the site's clock says so on its top bar
# A measured offset holds this long (by the monotonic clock): a quartz clock drifts well under 1 s in it.
OFFSET_VALID = timedelta(hours=1)
# ntpd's panic threshold: an offset this large is not drift but a clock set wrong (a day, a time zone).
# It is shown, never applied: a person sets the clock (or finds out which of the two is wrong).
PANIC_OFFSET = timedelta(seconds=1000)


class SiteRole(enum.StrEnum):
    OFFICE = "office"  # keeps the roster and its key: its roster commands publish to the site
    KIOSK = "kiosk"  # a lane: replicates its log up, pulls the roster's changes down


class ClaimState(enum.StrEnum):
    """A claim on the site: the one standing admission of its occasion, a conflict, or annulled."""

    STANDING = "standing"
    CONFLICT = "conflict"  # an admission made offline that another lane had also made: kept, listed
    ANNULLED = "annulled"


class ChangeKind(enum.StrEnum):
    PACKAGE = "package"  # the office published a signed roster package (its serial)
    STATUS = "status"  # a lane's supervisor (or CLI) set a badge's status by hand


class AlarmKind(enum.StrEnum):
    FORK = "fork"  # a kiosk uploaded a row whose sequence number the site holds with another hash
    ROLLBACK = "rollback"  # the site holds more of a kiosk's chain than the kiosk itself
    SEAL = "seal"  # a kiosk's seal is not the one it uploaded before, or seals a row the site holds otherwise


@dataclass(frozen=True)
class SiteSettings:
    """The [site] table of settings.toml: where the site is, and the kiosk's limits when it is not there."""

    url: str  # never with a password: a libpq service file names the server (docs/site.md)
    role: SiteRole = SiteRole.KIOSK
    data_age_limit: timedelta = DEFAULT_DATA_AGE_LIMIT
    claim_timeout_s: float = DEFAULT_CLAIM_TIMEOUT_S
    poll_s: float = DEFAULT_POLL_S
    clock_offset_limit_s: float = DEFAULT_CLOCK_OFFSET_LIMIT_S


@dataclass(frozen=True)
class AdmissionClaim:
    """An admission as the site is asked to take it: the client id makes a retry (or an upload) a no-op."""

    client_id: str
    badge_number: str
    session: str
    occurrence: str
    kiosk_id: str
    checkpoint: str
    officer: str
    at: datetime
    offline: bool = False  # made while the site was out of reach, uploaded afterwards


class ClaimStatus(enum.Enum):
    WON = "won"  # this claim stands (or stood already: a retry of our own claim)
    LOST = "lost"  # another lane's admission stands: `winner` says where, when and by whom
    UNREACHABLE = "unreachable"  # no answer in time: the kiosk decides offline, with the same client id


@dataclass(frozen=True)
class ClaimOutcome:
    status: ClaimStatus
    winner: PriorAdmission | None = None

    @property
    def won(self) -> bool:
        return self.status is ClaimStatus.WON


@dataclass(frozen=True)
class SyncMark:
    """When the kiosk last had the site's changes: its wall clock and its monotonic clock then."""

    wall: datetime
    monotonic: float


def data_age(mark: SyncMark | None, wall_now: datetime, monotonic_now: float) -> timedelta | None:
    """How old the kiosk's view of the roster is; None when it cannot be known (which fails closed).

    Unknown: never synced, or the wall clock went backwards since (compared with itself, and with the
    monotonic clock, which nobody sets). The monotonic clock restarts at a reboot; its difference then
    understates the time that passed, never overstates it, so the larger of the two is the age.
    """
    if mark is None:
        return None
    wall = wall_now - mark.wall
    if wall < -CLOCK_TOLERANCE:
        return None
    if monotonic_now >= mark.monotonic:
        steady = timedelta(seconds=monotonic_now - mark.monotonic)
        if wall < steady - CLOCK_TOLERANCE:
            return None  # the wall clock was set back meanwhile
        return max(wall, steady)
    return max(wall, timedelta(0))


@dataclass(frozen=True)
class ClockOffset:
    """The site's clock minus this machine's, measured around one round trip (NTP's midpoint: the
    server's time is taken to be read halfway through), and this machine's clocks at that midpoint."""

    offset: timedelta
    round_trip: timedelta
    wall: datetime
    monotonic: float


def measure_offset(
    sent_wall: datetime, sent_monotonic: float, server: datetime, received_monotonic: float
) -> ClockOffset:
    """The round trip is timed on the monotonic clock, so a wall clock set meanwhile does not skew it."""
    half = max(received_monotonic - sent_monotonic, 0.0) / 2
    midpoint = sent_wall + timedelta(seconds=half)
    return ClockOffset(server - midpoint, timedelta(seconds=2 * half), midpoint, sent_monotonic + half)


def offset_now(measured: ClockOffset | None, wall_now: datetime, monotonic_now: float) -> timedelta | None:
    """The measured offset if it still holds; None when unknown: never measured, measured longer than
    OFFSET_VALID ago, the monotonic clock restarted (a reboot), or the wall clock set since (it no longer
    keeps pace with the monotonic clock, which nobody sets)."""
    if measured is None:
        return None
    elapsed = monotonic_now - measured.monotonic
    if not 0 <= elapsed <= OFFSET_VALID.total_seconds():
        return None
    if abs((wall_now - measured.wall).total_seconds() - elapsed) > CLOCK_TOLERANCE.total_seconds():
        return None
    return measured.offset


def correction_of(offset: timedelta | None) -> timedelta | None:
    """What the kiosk's judging clock is moved by: the known offset, unless it is past PANIC_OFFSET."""
    if offset is None or abs(offset) > PANIC_OFFSET:
        return None
    return offset


@dataclass(frozen=True)
class SiteState:
    """What the screen's top bar and `kiosk status` say of the site: "OFFLINE since 09:41 · roster of
    09:40 · 12 to upload"."""

    online: bool
    offline_since: datetime | None
    roster: RosterSource | None
    pending_uploads: int
    data_age: timedelta | None  # None: unknown (never synced, or the clock went backwards)
    data_age_limit: timedelta
    alarms: int = 0  # fork alarms the site holds for this kiosk
    clock_offset: timedelta | None = None  # the site's clock minus this kiosk's, while known
    clock_offset_limit: timedelta = timedelta(seconds=DEFAULT_CLOCK_OFFSET_LIMIT_S)

    @property
    def clock_off(self) -> bool:
        """The top bar says so: this kiosk's clock is further off the site's than the limit."""
        return self.clock_offset is not None and abs(self.clock_offset) > self.clock_offset_limit

    @property
    def clock_corrected(self) -> bool:
        """Sessions are judged on the site's time (False: not known, or too far off to apply)."""
        return correction_of(self.clock_offset) is not None

    @property
    def data_too_old(self) -> bool:
        """Offline admissions need a supervisor's PIN: the data is older than the limit, or of unknown age."""
        return self.data_age is None or self.data_age > self.data_age_limit


@dataclass(frozen=True)
class SiteConflict:
    """An admission made offline at one lane while another lane's admission stood: both kept, listed."""

    badge_number: str
    session: str
    occurrence: str
    conflict: SiteAdmission
    standing: SiteAdmission | None  # None: the standing one was annulled since


@dataclass(frozen=True)
class SiteAdmission:
    client_id: str
    kiosk_id: str
    checkpoint: str
    officer: str
    at: datetime  # the kiosk's time of the decision
    server_at: datetime  # the site's time when it took the claim (or the upload)
    offline: bool
    badge_number: str = ""
    session: str = ""
    state: ClaimState = ClaimState.STANDING
    decision_id: int | None = None  # the decision's log row at its kiosk (`kiosk log annul` there), once uploaded


@dataclass(frozen=True)
class SiteChange:
    """One entry of the site's change feed, in the order of `seq` (its writers take turns)."""

    seq: int
    kind: ChangeKind
    source: str  # the kiosk (or office) id that made it
    at: datetime
    package_serial: int | None = None
    badge_number: str | None = None
    status: str = ""
    reason: str = ""
    event: str = ""  # a status change: its log row at the source, `<kiosk id>#<seq>`


@dataclass(frozen=True)
class UploadReport:
    rows: int = 0  # log rows the site did not have
    claimed: int = 0  # offline admissions that now stand on the site
    conflicts: int = 0  # offline admissions another lane's admission beat: stored as conflicts
    annulled: int = 0
    status_changes: int = 0  # hand status changes put on the change feed
    fork_at: int | None = None  # the sequence number the site holds with another hash
    seals: int = 0  # seals the site did not have
    seal_alarm_at: int | None = None  # the seq of a seal the site holds otherwise (kiosk.storage.site_seals)


@dataclass(frozen=True)
class PullReport:
    changes: int = 0
    package_serial: int | None = None  # the package applied, if any
    package_refused: str = ""  # why a package of the feed was refused (nothing changed)
    statuses: tuple[str, ...] = ()  # badges whose stricter status was adopted from another lane


@dataclass(frozen=True)
class SyncReport:
    upload: UploadReport
    pull: PullReport
    published_serial: int | None = None  # the office: the package it published to the site
    acknowledged: int = 0  # the office: lanes' hand status changes it took in


@dataclass(frozen=True)
class LinkRecord:
    """How far a machine's link to its site got, as its own database keeps it (kiosk and office)."""

    site: str
    uploaded_seq: int = 0
    change_seq: int = 0
    synced: SyncMark | None = None
    offline_since: datetime | None = None
    publish_pending: bool = False
    clock: ClockOffset | None = None  # the last measurement of the site's clock against this machine's


@dataclass(frozen=True)
class Heartbeat:
    """What a machine tells the site of itself on each exchange (the site view of issue 14 reads it)."""

    kiosk_id: str
    role: SiteRole
    checkpoint: str
    kiosk_time: datetime
    roster_serial: int | None
    change_seq: int
    uploaded_seq: int
    pending_uploads: int
    clock: ClockOffset | None = None  # measured just before this heartbeat
