"""Putting a machine on a site: the office sets the site's database up, a kiosk joins it (docs/site.md)."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta

from kiosk.domain.site import DEFAULT_CLAIM_TIMEOUT_S, DEFAULT_DATA_AGE_LIMIT, SiteRole, SiteSettings, SyncReport
from kiosk.errors import ConfigError
from kiosk.station.roster_packages import BuiltPackage
from kiosk.station.site import Site, SiteNotReady, SiteUnreachable, checked_site_url
from kiosk.station.site_access import as_owner, prepare_site
from kiosk.station.station import Station
from kiosk.storage.site_log import local_rows
from kiosk.storage.site_roles import current_login

_logger = logging.getLogger(__name__)


def init_site(station: Station, url: str, owner: str | None = None) -> BuiltPackage:
    """The office: creates or migrates the site's database and sets up its roles (as `owner`, by default
    `url`), records it, and publishes the roster to it through `url`."""
    checked_site_url(url)
    station.issuer()  # the office's key: a kiosk cannot set a site up
    as_owner(station, checked_site_url(owner or url), prepare_site)
    current = station.settings.site
    _record(station, replace(current, url=url, role=SiteRole.OFFICE) if current else SiteSettings(url, SiteRole.OFFICE))
    site = station.site
    assert site is not None
    site.link.forget()
    return site.publish()


def join_site(
    station: Station,
    url: str,
    data_age_limit: timedelta = DEFAULT_DATA_AGE_LIMIT,
    claim_timeout_s: float = DEFAULT_CLAIM_TIMEOUT_S,
) -> SyncReport:
    """A kiosk: checks the site answers and holds a roster, records it, then pulls and uploads once."""
    checked_site_url(url)
    if data_age_limit <= timedelta(0) or not 0 < claim_timeout_s <= 30:
        raise ConfigError("the data age limit must be positive and the claim timeout between 0 and 30 s")
    settings = SiteSettings(url, SiteRole.KIOSK, data_age_limit, claim_timeout_s)
    probe = Site(station, settings)
    try:
        if not probe.ping():
            raise SiteUnreachable(f"the site {probe.database.safe_url} did not answer: nothing was recorded")
        if probe.reach(probe.feed.latest_package) == 0:
            raise SiteNotReady("the site holds no roster yet: run `kiosk site init URL` at the office first")
        _check_login(probe, station.settings.kiosk_id)
        head, digest = probe.reach(lambda: probe.log.head(station.settings.kiosk_id))
        mine = local_rows(station.database, station.settings.kiosk_id, head, 1) if head else []
        if head and (not mine or mine[0].values["row_hash"] != digest):
            raise ConfigError(
                f"the site already holds the log of another kiosk called {station.settings.kiosk_id}: give this "
                "one an id of its own ([kiosk] id in settings.toml) before it joins"
            )
    finally:
        probe.close()
    _record(station, settings)
    site = station.site
    assert site is not None
    site.link.forget()
    return site.sync()


def _check_login(site: Site, kiosk_id: str) -> None:
    """A kiosk's login must write as this kiosk: with another kiosk's login, the site's policies would
    refuse every row it sends. A login that may do more than a kiosk (the owner) is said, not refused."""
    login = site.reach(lambda: current_login(site.database))
    if login is None:
        return
    if login.role is SiteRole.OFFICE:
        raise ConfigError(f"{login.login} is the office's login: a kiosk joins with a login of its own (docs/site.md)")
    if login.role is SiteRole.KIOSK and login.kiosk_id != kiosk_id:
        raise ConfigError(
            f"the site's login {login.login} writes as kiosk {login.kiosk_id or '(none)'}, not {kiosk_id}: "
            f"at the office, `kiosk site roles {login.login} --kiosk {kiosk_id}`"
        )
    if login.role is None:
        _logger.warning(
            "this kiosk reaches the site as %s, which is no kiosk's login and may rewrite the site's copy of the "
            "logs: give it a login of its own (`kiosk site roles LOGIN --kiosk %s` at the office)",
            login.login, kiosk_id,
        )


def _record(station: Station, settings: SiteSettings) -> None:
    updated = station.settings.with_site(settings)
    updated.save(station.paths.settings)
    station.settings = updated
    station.close_site()  # the next use opens the site just recorded
