"""The site as its supervisor sees it (a panel of any joined kiosk, `kiosk site status` at the office):
every machine's heartbeat, the day's figures per lane and session, and the conflicts to resolve.

Ages and "last seen" are on the site's clock only (its heartbeats, its packages' arrival), so a kiosk
whose clock is off cannot make itself look fresh; the day a row counts for is its kiosk's time (moved
onto the site's while the kiosk knew its offset). See docs/site.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.site import SiteAdmission, SiteConflict, SiteRole

# A running kiosk beats every 5 s (kiosk.station.site_link): three missed beats and it shows offline.
ONLINE_WITHIN = timedelta(seconds=15)
# The site view flags a machine whose clock is further off than this (its own top bar has its own limit).
CLOCK_FLAG = timedelta(seconds=2)


@dataclass(frozen=True)
class KioskView:
    """One machine of the site, as its last heartbeat left it."""

    kiosk_id: str
    role: SiteRole
    checkpoint: str
    last_seen: datetime  # the site's clock
    seen_ago: timedelta
    roster_serial: int | None
    roster_age: timedelta | None  # since the site took that package (None: no package, or unknown to the site)
    pending_uploads: int  # log rows the machine had not uploaded yet, as it said
    clock_offset: timedelta | None  # the site's clock minus the machine's (None: not measured)
    round_trip: timedelta | None
    alarms: int = 0  # forks and rollbacks of its chain the site raised
    admissions: tuple[SiteAdmission, ...] = ()  # the day's, in the order the site took them

    @property
    def online(self) -> bool:
        return self.seen_ago <= ONLINE_WITHIN

    @property
    def lane_offline(self) -> bool:
        """A lane that stopped beating: flagged. The office beats only when it syncs or publishes, so its
        silence is no fault."""
        return self.role is SiteRole.KIOSK and not self.online

    @property
    def clock_flagged(self) -> bool:
        return self.clock_offset is not None and abs(self.clock_offset) > CLOCK_FLAG


@dataclass(frozen=True)
class LaneCounts:
    """A lane's figures for one session of the day, from the log rows it uploaded."""

    kiosk_id: str
    checkpoint: str
    session: str  # "" for scans that named no session (a foreign QR code, a forged badge)
    admitted: int = 0
    refused: int = 0  # valid badges whose holder an officer refused
    denied: int = 0  # scans whose badge was denied


@dataclass(frozen=True)
class SiteView:
    server_now: datetime
    since: datetime  # the day shown, [since, until)
    until: datetime
    latest_serial: int | None  # the newest roster package on the site
    kiosks: tuple[KioskView, ...]
    counts: tuple[LaneCounts, ...]
    conflicts: tuple[SiteConflict, ...]
    viewer: str = ""  # the machine looking (a kiosk annuls only the admissions in its own log)

    def kiosk(self, kiosk_id: str) -> KioskView | None:
        return next((k for k in self.kiosks if k.kiosk_id == kiosk_id), None)


def annullable(conflict: SiteConflict) -> tuple[SiteAdmission, ...]:
    """The admissions of a conflict that an annulment can undo: each at its own kiosk, once its decision
    row reached the site (its id there is what `kiosk log annul` takes). Annulling the offline one lets
    the standing one stand alone; annulling the standing one lets the offline one stand in its place."""
    both = (conflict.conflict, conflict.standing)
    return tuple(a for a in both if a is not None and a.decision_id is not None)


@dataclass(frozen=True)
class ConflictResolution:
    """A supervisor annulled one admission of a conflict at this kiosk (logged here, with the reason)."""

    decision_id: int
    uploaded: bool  # the site has the annulment (False: out of reach; the link sends it when it is back)
    view: SiteView | None  # the site as it is after (None: out of reach)
