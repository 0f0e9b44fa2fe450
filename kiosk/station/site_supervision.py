"""What a supervisor does with the site as a whole: sees it (`kiosk site status`, the Site panel of any
joined kiosk) and resolves its conflicts by the existing annulment, with a reason, logged.

A kiosk writes only its own chain, so it can annul only the admissions it decided itself; another
lane's admission is annulled at that lane (the view names it, with the command). See docs/site.md.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from kiosk.domain.log import LogKind
from kiosk.domain.site_view import ConflictResolution, SiteView
from kiosk.domain.verdict import Decision
from kiosk.errors import KioskError, UsageError
from kiosk.station.site import SiteUnreachable
from kiosk.storage.site_view import read_site_view

if TYPE_CHECKING:
    from kiosk.domain.clock import Clock
    from kiosk.station.site import Site
    from kiosk.station.station import Station

_logger = logging.getLogger(__name__)
NO_SITE = "this machine belongs to no site (kiosk site join URL, or kiosk site init URL)"


class NotAnnullableHere(KioskError):
    """The admission to annul is not in this kiosk's log: it is annulled at its own kiosk."""


def site_of(station: Station) -> Site:
    if station.site is None:
        raise UsageError(NO_SITE)
    return station.site


def view_site(station: Station, clock: Clock | None = None) -> SiteView:
    """The site now, "today" being the day of this machine's clock (the site's time while the offset is
    known). Raises SiteUnreachable when the site does not answer."""
    site = site_of(station)
    now = (clock or site.corrected(station.clock)).now()
    since, until = station.event.day_of(now)
    view = site.reach(lambda: read_site_view(site.database, since, until))
    return replace(view, viewer=station.settings.kiosk_id)


def resolve_conflict(
    station: Station, client_id: str, decision_id: int, reason: str, officer: str, clock: Clock
) -> ConflictResolution:
    """Annuls this kiosk's admission `decision_id` (the claim `client_id` of a conflict), then sends the
    annulment up at once, so the site lets the other admission stand; offline, the link sends it later.

    The client id must be the decision's own: a decision id names a row of one kiosk's log only, and
    the same number at this kiosk may be another admission altogether.
    """
    site_of(station)
    entry = station.log.get(decision_id)
    if (
        entry is None or entry.kind is not LogKind.DECISION or entry.decision is not Decision.ADMITTED
        or not client_id or entry.client_id != client_id
    ):
        raise NotAnnullableHere(
            f"decision #{decision_id} is not this kiosk's admission of that claim: annul it at the kiosk that "
            "admitted it"
        )
    station.log.annul_admission(decision_id, clock.now(), reason, officer)
    _logger.info("supervisor %s annulled admission #%d of a site conflict", officer, decision_id)
    site = site_of(station)
    try:
        uploaded = site.upload().fork_at is None  # a fork stops the upload: the site's alarm says why
        view = view_site(station, clock)
    except SiteUnreachable:
        return ConflictResolution(decision_id, uploaded=False, view=None)
    finally:
        site.save_health()
    return ConflictResolution(decision_id, uploaded=uploaded, view=view)
