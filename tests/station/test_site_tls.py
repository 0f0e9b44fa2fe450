"""TLS as docs/site.md sets it up: the server takes TLS connections only (hostssl), and a machine with
sslmode=verify-full reaches it when the certificate is signed by the site's CA for the host it dialled,
and refuses a server whose certificate is not (a machine on the network pretending to be the site)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from kiosk.station.site import site_database
from tests.support.postgres_server import PostgresServer
from tests.support.tls_certs import Certificates, make_certificates

pytestmark = [pytest.mark.postgresql, pytest.mark.slow]


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PostgresServer, Certificates]]:
    certificates = make_certificates(tmp_path_factory.mktemp("site-ca"))

    def with_tls(server: PostgresServer) -> None:
        for name, source in (("server.crt", certificates.server_cert), ("server.key", certificates.server_key)):
            shutil.copy(source, server.data / name)
            (server.data / name).chmod(0o600)
            server.give_to_server(server.data / name)
        server.settings |= {"ssl": "on", "ssl_cert_file": "'server.crt'", "ssl_key_file": "'server.key'"}
        hba = server.data / "pg_hba.conf"
        hba.write_text("local all all trust\nhostssl all all 127.0.0.1/32 trust\n", encoding="utf-8")

    server = PostgresServer.create(prepare=with_tls)
    yield server, certificates
    server.remove()


def url(server: PostgresServer, **options: str) -> str:
    query = "&".join(f"{name}={quote(value)}" for name, value in options.items())
    return f"postgresql+psycopg://postgres@127.0.0.1:{server.port}/postgres?{query}"


def answers(database_url: str) -> bool:
    database = site_database(database_url, "lane-a")
    try:
        with database.read() as session:
            return session.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar_one()
    finally:
        database.dispose()


def test_verify_full_with_the_sites_ca_reaches_the_site_over_tls(tls_server):
    server, certificates = tls_server
    assert answers(url(server, sslmode="verify-full", sslrootcert=str(certificates.ca))) is True


def test_a_server_whose_certificate_the_sites_ca_did_not_sign_is_refused(tls_server, tmp_path: Path):
    server, _ = tls_server
    stranger = make_certificates(tmp_path / "other-ca", "Someone else's CA")
    with pytest.raises(OperationalError, match="certificate verify failed"):
        answers(url(server, sslmode="verify-full", sslrootcert=str(stranger.ca)))


def test_a_connection_without_tls_is_refused_by_the_server(tls_server):
    server, _ = tls_server
    with pytest.raises(OperationalError, match="no encryption"):
        answers(url(server, sslmode="disable"))
