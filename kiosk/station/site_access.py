"""Who may do what on the site's server: the office sets up its roles and gives each machine a login.

Done as the database's owner (the role that migrates it): the URL the office records by default, or
another one given for this alone (`--owner`), so the office's daily login can be one that only
publishes. See kiosk.storage.site_roles for the roles themselves and docs/site.md for the set-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.exc import InterfaceError, OperationalError, ProgrammingError

from kiosk.domain.site import SiteRole
from kiosk.errors import ConfigError, UsageError
from kiosk.station.site import SiteUnreachable, site_database
from kiosk.storage import site_roles
from kiosk.storage.database import Database
from kiosk.storage.site_roles import SiteLogin, SiteRolesError

if TYPE_CHECKING:
    from kiosk.station.station import Station

T = TypeVar("T")


def owner_url(station: Station, given: str | None) -> str:
    """The owner's URL: the one given, else the site this office recorded."""
    if given:
        return given
    settings = station.settings.site
    if settings is None or settings.role is not SiteRole.OFFICE:
        raise UsageError(
            "only the office sets up the site's roles: `kiosk site init URL` first, or name the database's owner "
            "with --owner URL"
        )
    return settings.url


def as_owner(station: Station, url: str, work: Callable[[Database], T]) -> T:
    """Runs work on the site's database as its owner; a server that does not answer is one line."""
    database = site_database(url, station.settings.kiosk_id)
    try:
        return work(database)
    except (OperationalError, InterfaceError) as exc:
        lines = str(exc.orig).strip().splitlines()
        raise SiteUnreachable(
            f"the site {database.safe_url} did not answer: {lines[0][:200] if lines else type(exc.orig).__name__}"
        ) from None
    finally:
        database.dispose()


def prepare_site(database: Database) -> None:
    """The schema at this version, then the roles, grants and policies that go with it."""
    try:
        database.migrate()
    except ProgrammingError as exc:  # not the owner: permission denied to create or alter a table
        lines = str(exc.orig).strip().splitlines()
        raise SiteRolesError(
            f"cannot migrate the site {database.safe_url}: {lines[0][:200] if lines else 'refused'} (migrating is "
            "for the database's owner: --owner URL)"
        ) from None
    site_roles.set_up(database)


def set_up_roles(
    station: Station, owner: str | None = None, login: str | None = None, kiosk_id: str | None = None,
    password: str | None = None,
) -> tuple[bool, list[SiteLogin]]:
    """Migrates and (re)applies the roles; with `login`, makes it the login of kiosk `kiosk_id` (or, with
    no kiosk id, of this office). Returns whether the login was created, and every login afterwards."""
    role = SiteRole.KIOSK if kiosk_id is not None else SiteRole.OFFICE
    if login is not None and kiosk_id == station.settings.kiosk_id:
        raise ConfigError(f"{kiosk_id} is this office's id: a kiosk's login writes as the kiosk's own id")

    def work(database: Database) -> tuple[bool, list[SiteLogin]]:
        prepare_site(database)
        created = False
        if login is not None:
            created = site_roles.add_login(
                database, login, kiosk_id or station.settings.kiosk_id, role, password
            )
        return created, site_roles.logins(database)

    return as_owner(station, owner_url(station, owner), work)
