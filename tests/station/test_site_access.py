"""Setting the site's server up is for its owner: another login is told so in one line, nothing changed."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from kiosk.station.site_access import prepare_site
from kiosk.storage.database import Database
from kiosk.storage.site_roles import SiteRolesError
from tests.fixtures.databases import PostgresDatabases
from tests.fixtures.sites import as_login

pytestmark = pytest.mark.postgresql


def test_a_login_that_is_not_the_owner_cannot_migrate_the_site(postgres_databases: PostgresDatabases):
    url = postgres_databases.create(migrated=False)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'login_stranger') THEN "
            "CREATE ROLE login_stranger LOGIN; END IF; END $$"
        ))
    stranger = Database(as_login(url, "login_stranger"))
    try:
        with pytest.raises(SiteRolesError, match=r"^cannot migrate the site .*: permission denied for schema public"):
            prepare_site(stranger)
    finally:
        stranger.dispose()
    with admin.connect() as connection:
        assert inspect(connection).get_table_names() == []
    admin.dispose()
