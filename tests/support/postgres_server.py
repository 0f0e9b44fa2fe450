"""A throwaway PostgreSQL server for tests and benchmarks: its own cluster in a temporary folder.

initdb and pg_ctl refuse to run as root, so as root they run as the `postgres` user (runuser), who then
owns the cluster folder. fsync and synchronous_commit stay on, so a kill test means what it says; only
initdb skips syncing the files it creates (`--no-sync`), which a crash of the test machine would take
with it anyway. The server listens on 127.0.0.1 only, on a free port, with its socket in the cluster's
folder, and trusts local connections: it holds nothing but test data and lives as long as the session.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "on",
    "synchronous_commit": "on",
    "full_page_writes": "on",
    "max_connections": "200",  # concurrency tests start many processes, each with its own pool
    "log_min_messages": "warning",
}


class PostgresUnavailable(Exception):
    """No PostgreSQL binaries here, or the server would not start: the reason says which."""


def find_bin_dir() -> Path:
    """Debian's /usr/lib/postgresql/<version>/bin (newest version first), else initdb on the PATH."""
    candidates = sorted(
        (Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")),
        key=lambda p: _version_key(p.parent.name),
        reverse=True,
    )
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise PostgresUnavailable("initdb and pg_ctl not found (Debian package: postgresql)")


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    """One cluster: `create()` makes and starts it, `remove()` stops it and deletes its folder."""

    folder: Path
    bin_dir: Path
    port: int
    as_postgres: bool  # we are root: every server command runs as the postgres user
    settings: dict[str, str] = field(default_factory=dict)  # beyond SETTINGS (TLS, say)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log_file(self) -> Path:
        return self.folder / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    @classmethod
    def create(
        cls, parent: Path | None = None, prepare: Callable[[PostgresServer], None] | None = None
    ) -> PostgresServer:
        """prepare(server), between initdb and the first start: a test's own files and settings (TLS)."""
        bin_dir = find_bin_dir()
        as_postgres = os.geteuid() == 0
        folder = Path(tempfile.mkdtemp(prefix="kiosk-pg-", dir=parent))  # short: the socket path is limited
        if as_postgres:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                shutil.rmtree(folder)
                raise PostgresUnavailable("running as root and there is no postgres user to run the server") from None
            os.chown(folder, owner.pw_uid, owner.pw_gid)
        server = cls(folder, bin_dir, 0, as_postgres)
        try:
            server._initdb()
            if prepare is not None:
                prepare(server)
            server._start_on_a_free_port()
        except BaseException:
            server.remove()
            raise
        return server

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [*(["runuser", "-u", "postgres", "--"] if self.as_postgres else []), *args]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=self.folder)
        if result.returncode != 0:
            last = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
            raise PostgresUnavailable(f"{Path(args[0]).name} failed: {last[0]}")
        return result

    def _initdb(self) -> None:
        self._run(
            str(self.bin_dir / "initdb"), "-D", str(self.data), "--no-sync", "--auth=trust",
            f"--username={SUPERUSER}", "--encoding=UTF8", "--no-locale", "--no-instructions",
        )

    def _start_on_a_free_port(self) -> None:
        """Another process may take the port between probe and bind: then try another one."""
        for attempt in range(3):
            self.port = free_port()
            try:
                self.start()
                return
            except PostgresUnavailable:
                if attempt == 2:
                    raise

    def _write_settings(self) -> None:
        settings = SETTINGS | self.settings | {"port": str(self.port), "unix_socket_directories": f"'{self.folder}'"}
        lines = "".join(f"{name} = {value}\n" for name, value in settings.items())
        conf = self.data / "postgresql.auto.conf"  # read last, after postgresql.conf
        conf.write_text("# written by tests/support/postgres_server.py\n" + lines)
        self.give_to_server(conf)

    def give_to_server(self, path: Path) -> None:
        """A file the server must own (its settings, its TLS key): the postgres user's when we are root."""
        if self.as_postgres:
            owner = pwd.getpwnam("postgres")
            os.chown(path, owner.pw_uid, owner.pw_gid)

    def start(self) -> None:
        """Starts (or restarts, after a crash-stop) the server on its port and waits until it accepts."""
        self._write_settings()
        self._run(str(self.bin_dir / "pg_ctl"), "start", "-D", str(self.data), "-l", str(self.log_file), "-w", "-s")

    def stop(self, mode: str = "fast") -> None:
        """mode "immediate" is a crash-stop: no checkpoint, recovery from the WAL on the next start."""
        self._run(str(self.bin_dir / "pg_ctl"), "stop", "-D", str(self.data), "-m", mode, "-w", "-s")

    def require_password(self, role: str) -> None:
        """Connections of `role` over TCP must then give its password (SCRAM), as on the site's server;
        every other role stays trusted. pg_hba.conf's first matching line decides."""
        hba = self.data / "pg_hba.conf"
        line = f"host all {role} 127.0.0.1/32 scram-sha-256\n"
        current = hba.read_text(encoding="utf-8")
        if line not in current:
            hba.write_text(line + current, encoding="utf-8")  # rewritten in place: it keeps its owner
        self.reload()

    def reload(self) -> None:
        """The server reads its settings and pg_hba.conf again (new connections follow them)."""
        self._run(str(self.bin_dir / "pg_ctl"), "reload", "-D", str(self.data), "-s")

    def is_running(self) -> bool:
        command = [str(self.bin_dir / "pg_ctl"), "status", "-D", str(self.data)]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, timeout=30).returncode == 0

    def remove(self) -> None:
        """Stops without a checkpoint (the data is thrown away next) and deletes the cluster."""
        if self.data.exists() and self.is_running():
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

