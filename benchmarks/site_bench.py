"""Load and chaos on a site: 8 lanes × 2,500 scans of 200 badges on a throwaway PostgreSQL, three times:
steady, with the server crash-stopped for 30 s in the middle, and with one lane's network cut for a minute.

Each lane is a process of its own with its own home (SQLite, keys, sealed log), set up and run by the
kiosk's real code: the office imports the roster and runs `site init`, each lane trusts its key and joins,
then scans and admits through the checkpoint (each admission claimed on the site) with its site link
running as `kiosk run` runs it. Every lane reaches the site through a libpq service file; cutting a lane's
network points its service at a closed port and ends its connections (so every reconnection is refused).
The office revokes badges meanwhile; each lane notes when the new roster reaches its replica.

Prints the figures next to their targets (online claim p99 < 20 ms on loopback; a revocation at every
lane < 1 s; 0 lost, 0 duplicated rows) and the checks, each PASS or FAIL with its numbers; exits 1 if one
fails. Each phase runs on a session-day of its own (opening, press conference, closing ceremony). The
lanes scan as fast as they go in phase 1 (or at --rate), and at phase 1's pace in phases 2 and 3, so the
fault falls in the middle of the same load (offline, a lane would race through its scans).

Run: .venv/bin/python benchmarks/site_bench.py [--scans 2500] [--kiosks 8] [--outage 30] [--cut 60]
(`make bench-site`). A quick run: --scans 200 --outage 5 --cut 10.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from site_bench_checks import Check, reached_at, run_checks  # noqa: E402
from verify_bench import percentile  # noqa: E402

from kiosk.domain.accreditation import Accreditation, IdDocumentType, MediaType, Role, Status  # noqa: E402
from kiosk.domain.clock import OffsetClock  # noqa: E402
from kiosk.domain.seal import KEY_BYTES, SealSchedule, VerificationKey  # noqa: E402
from kiosk.domain.site import SiteRole  # noqa: E402
from kiosk.station import keystore  # noqa: E402
from kiosk.station.home import Paths  # noqa: E402
from kiosk.station.settings import KioskSettings  # noqa: E402
from kiosk.station.site_access import set_up_roles  # noqa: E402
from kiosk.station.site_setup import init_site, join_site  # noqa: E402
from kiosk.station.station import Station  # noqa: E402
from kiosk.storage import site_roles  # noqa: E402
from kiosk.storage.database import Database  # noqa: E402
from tests.support.postgres_server import PostgresServer, free_port  # noqa: E402

HERE = Path(__file__).resolve().parent
LANE_SCRIPT = HERE / "site_bench_lane.py"
SITE_DB = "site"
BADGES = 200
SPARE = 12  # badges nobody scans, revoked one by one to time the feed
CLAIM_P99_TARGET_MS = 20.0
REVOCATION_TARGET_S = 1.0
SAMPLE_EVERY_S = 0.5
LINGER_S = 15.0  # after the scans, the links run on this long at most for the revocations to arrive


@dataclass(frozen=True)
class Phase:
    name: str
    title: str
    at: str  # the event's time when the phase starts: each phase has a session-day of its own
    session: str
    outage_s: float = 0.0  # the server crash-stopped this long, a third of the way through
    cut_s: float = 0.0  # the last lane's network cut this long, a third of the way through


@dataclass
class Revocation:
    badge: str
    started: float  # monotonic, before the office's status change
    published: float = 0.0  # monotonic, the package committed on the site
    serial: int = 0
    online: bool = True  # every lane was linked to the site meanwhile (the figure the target is about)
    note: str = ""


@dataclass
class PhaseRun:
    phase: Phase
    lanes: dict[str, dict[str, Any]] = field(default_factory=dict)  # what each lane process wrote
    stderr: dict[str, str] = field(default_factory=dict)
    revocations: list[Revocation] = field(default_factory=list)
    started: float = 0.0
    finished: float = 0.0
    connections_peak: int = 0
    connections_per_lane_peak: int = 0
    server_cpu_s: float = 0.0
    synced_at_end: int = 0  # rows the final `sync` still had to upload (the link had not caught up)
    events: list[str] = field(default_factory=list)
    restored_at: float | None = None  # monotonic: the server back, or the lane's network back
    faulted: tuple[str, ...] = ()  # the lanes the fault cut off the site


class Site:
    """The throwaway server, the office and the lanes' homes, all set up by the kiosk's own code."""

    def __init__(self, root: Path, kiosks: int) -> None:
        self.root = root
        self.server = PostgresServer.create()  # its own folder: as root, the postgres user must reach it
        self.url = self.server.url(SITE_DB)
        _admin(self.server, f"CREATE DATABASE {SITE_DB}")
        self.office = root / "office"
        self.lanes = {f"lane-{chr(ord('a') + i)}": root / f"lane-{chr(ord('a') + i)}" for i in range(kiosks)}
        self.service_file = root / "pg_service.conf"
        self.cut_lane: str | None = None
        self.closed_port = free_port()
        os.environ["PGSERVICEFILE"] = str(self.service_file)  # the lanes' processes inherit it
        self.write_services()
        self.seal_keys: dict[str, VerificationKey] = {}
        self.texts: list[str] = []
        self.spare: list[str] = []

    def write_services(self) -> None:
        """One libpq service per machine, as docs/site.md sets a lane up; a cut lane's points at a closed port."""
        sections = []
        for name in ("office", *self.lanes):
            port = self.closed_port if name == self.cut_lane else self.server.port
            sections.append(
                f"[bench-{name}]\nhost=127.0.0.1\nport={port}\ndbname={SITE_DB}\nuser={login_of(name)}\n"
            )
        temporary = self.service_file.with_suffix(".tmp")
        temporary.write_text("\n".join(sections), encoding="utf-8")
        temporary.replace(self.service_file)

    @staticmethod
    def service_url(name: str) -> str:
        return f"postgresql+psycopg://?service=bench-{name}"

    def set_up(self, at: datetime) -> None:
        clock = OffsetClock(at)
        _settings(self.office, "office")
        with Station.open(self.office, clock=clock) as office:
            kid = keystore.generate(office.paths.keys)
            numbers = [f"M{i:04d}" for i in range(1, BADGES + SPARE + 1)]
            office.import_records([_person(n) for n in numbers])
            # least privilege, as at the summit: the office and each lane log in as their own login
            set_up_roles(office, owner=self.url, login=login_of("office"))
            init_site(office, self.service_url("office"), owner=self.url)
            owner = Database(self.url)
            try:
                for name in self.lanes:
                    site_roles.add_login(owner, login_of(name), name, SiteRole.KIOSK, None)
            finally:
                owner.dispose()
            self.texts = [office.badge_text(n) for n in numbers[:BADGES]]
            self.spare = numbers[BADGES:]
        public = Paths(self.office).trusted_keys / f"{kid}.pub"
        for name, home in self.lanes.items():
            _settings(home, name)
            with Station.open(home, clock=clock) as lane:
                keystore.trust(lane.paths.trusted_keys, public)
                now = clock.now()
                key = VerificationKey(name, secrets.token_bytes(KEY_BYTES), SealSchedule(now))
                lane.log.set_up_sealing(key.sealing_key(), now)  # `kiosk log init-seal`
                self.seal_keys[name] = key
                join_site(lane, self.service_url(name))

    def cut(self, lane: str) -> None:
        """The lane's service now names a closed port, and its open connections end: nothing gets through."""
        self.cut_lane = lane
        self.write_services()
        _admin(
            self.server,
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'kiosk {lane}'",
        )

    def restore(self) -> None:
        self.cut_lane = None
        self.write_services()

    def revoke(self, badge: str, clock_at: Callable[[], datetime]) -> Revocation:
        """At the office, as `kiosk roster revoke` does: the status changed here, then published to the site."""
        with Station.open(self.office, clock=OffsetClock(clock_at())) as office:
            assert office.site is not None
            revocation = Revocation(badge, time.monotonic())
            office.set_badge_status(badge, Status.REVOKED, "lost_or_stolen: site benchmark")
            built = office.site.publish()
            revocation.published = time.monotonic()
            revocation.serial = built.serial
        return revocation

    def sync_all(self, clock_at: Callable[[], datetime]) -> int:
        """`kiosk sync` at every lane once its link stopped; the rows it still had to upload."""
        uploaded = 0
        for home in self.lanes.values():
            with Station.open(home, clock=OffsetClock(clock_at())) as lane:
                assert lane.site is not None
                uploaded += lane.site.sync().upload.rows
        return uploaded


def login_of(machine: str) -> str:
    """The machine's own login on the site (kiosk_office for the office, kiosk_lane for a lane)."""
    return "bench_" + machine.replace("-", "_")


def _settings(home: Path, kiosk_id: str) -> None:
    home.mkdir(parents=True, mode=0o700)
    KioskSettings(kiosk_id=kiosk_id, checkpoint="media-entrance").save(Paths(home).settings)


def _person(number: str) -> Accreditation:
    i = int(number[1:])
    return Accreditation(
        badge_number=number, family_name=f"Family{i}", given_names="Given", outlet="Outlet",
        media_type=MediaType.PRINT, role=Role.JOURNALIST, country="MA", id_document_type=IdDocumentType.PASSPORT,
        id_document_last4=f"{i % 10000:04d}", sessions=frozenset({"opening", "press", "closing"}),
        press_card_number=f"PC{i}", press_card_issuer="CNP",
    )


def _admin(server: PostgresServer, statement: str, database: str = "postgres") -> list[tuple[Any, ...]]:
    import psycopg

    with psycopg.connect(
        host="127.0.0.1", port=server.port, user="postgres", dbname=database, autocommit=True, connect_timeout=2
    ) as connection:
        cursor = connection.execute(statement)
        return list(cursor.fetchall()) if cursor.description else []


class ServerSampler:
    """Every half second: the lanes' connections to the site, and the server's CPU time (its processes'),
    across a crash-stop too (a new postmaster starts a new count)."""

    def __init__(self, server: PostgresServer) -> None:
        self.server = server
        self.peak = 0
        self.per_lane_peak = 0
        self.cpu_s = 0.0
        self._last: tuple[int, float] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sampler", daemon=True)

    def start(self) -> ServerSampler:
        self._sample_cpu()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)
        self._sample_cpu()

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_EVERY_S):
            self._sample_cpu()
            try:
                rows = _admin(
                    self.server,
                    "SELECT application_name, count(*) FROM pg_stat_activity "
                    "WHERE application_name LIKE 'kiosk %' GROUP BY application_name",
                )
            except Exception:  # noqa: BLE001 - the server is down (the crash phase): no sample
                continue
            self.peak = max(self.peak, sum(int(n) for _, n in rows))
            self.per_lane_peak = max([self.per_lane_peak, *(int(n) for _, n in rows)])

    def _sample_cpu(self) -> None:
        found = server_cpu(self.server)
        if found is None:
            return
        if self._last is not None and self._last[0] == found[0]:
            self.cpu_s += max(0.0, found[1] - self._last[1])
        self._last = found


def server_cpu(server: PostgresServer) -> tuple[int, float] | None:
    """(postmaster pid, CPU seconds of the postmaster, its live children and its reaped ones)."""
    try:
        pid = int((server.data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ppid = int(fields[1])
        if int(entry.name) == pid:
            total += sum(int(v) for v in fields[11:15]) / tick  # utime stime cutime cstime
        elif ppid == pid:
            total += sum(int(v) for v in fields[11:13]) / tick
    return pid, total


class LaneProcess:
    """One lane's process (benchmarks/site_bench_lane.py) and what it has told so far."""

    def __init__(
        self, site: Site, name: str, phase: Phase, texts: Path, scans: int, seed: int, real_at: float, rate: float,
        think_ms: float,
    ) -> None:
        self.name = name
        self.out = site.root / f"{phase.name}-{name}.json"
        self.err = site.root / f"{phase.name}-{name}.err"
        self.progress = 0
        self.scanned = False
        self.serials: set[int] = set()  # roster serials its link applied
        self._err_file = self.err.open("w")
        self.process = subprocess.Popen(
            [sys.executable, str(LANE_SCRIPT), str(site.lanes[name]), str(texts), "--now", phase.at,
             "--real-at", str(real_at), "--scans", str(scans), "--seed", str(seed), "--out", str(self.out),
             "--rate", str(rate), "--think-ms", str(think_ms)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._err_file, text=True,
        )

    def wait_ready(self) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if line != "ready":
            raise SystemExit(f"lane {self.name} did not start: {line or self.err.read_text()[-2000:]}")

    def tell(self) -> None:
        """The line the lane waits for: go (scan), then stop (its link)."""
        assert self.process.stdin is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()

    def go(self) -> None:
        self.tell()
        threading.Thread(target=self._read, name=f"read-{self.name}", daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            message = json.loads(line)
            if "progress" in message:
                self.progress = int(message["progress"])
            elif "serial" in message:
                self.serials.add(int(message["serial"]))
            elif "scanned" in message:
                self.scanned = True

    def finish(self) -> tuple[dict[str, Any], str]:
        self.tell()
        self.process.wait(timeout=600)
        self._err_file.close()
        stderr = self.err.read_text()
        if self.process.returncode != 0:
            raise SystemExit(f"lane {self.name} failed ({self.process.returncode}):\n{stderr[-3000:]}")
        return json.loads(self.out.read_text()), stderr


def run_phase(site: Site, phase: Phase, scans: int, seed: int, rate: float, think_ms: float) -> PhaseRun:
    """The lanes scan together while the office revokes (and the fault strikes a third of the way in);
    then their links run on until every revocation reached them (LINGER_S at most); then `kiosk sync`."""
    run = PhaseRun(phase)
    texts = site.root / "texts.txt"
    texts.write_text("\n".join(site.texts) + "\n", encoding="utf-8")
    real_at = time.time()
    start = datetime.fromisoformat(phase.at)

    def event_now() -> datetime:
        return start + timedelta(seconds=time.time() - real_at)

    lanes = [
        LaneProcess(site, name, phase, texts, scans, seed * 100 + i, real_at, rate, think_ms)
        for i, name in enumerate(site.lanes)
    ]
    for lane in lanes:
        lane.wait_ready()
    sampler = ServerSampler(site.server).start()
    run.started = time.monotonic()
    for lane in lanes:
        lane.go()
    total = scans * len(lanes)

    def progress() -> float:
        return sum(lane.progress for lane in lanes) / total

    def scanning() -> bool:
        return not any(lane.scanned for lane in lanes)

    def wait_for(fraction: float) -> bool:
        while progress() < fraction and scanning():
            time.sleep(0.05)
        return scanning()

    def revoke(online: bool = True, note: str = "") -> None:
        if online and not scanning():  # the figure is of lanes at work
            run.events.append("a revocation skipped: a lane had done its scans")
            return
        revocation = site.revoke(site.spare.pop(0), event_now)
        revocation.online, revocation.note = online, note
        run.revocations.append(revocation)

    if phase.outage_s:
        if wait_for(0.15):
            revoke()
        wait_for(1 / 3)
        site.server.stop("immediate")
        run.faulted = tuple(site.lanes)
        run.events.append(f"server crash-stopped at {progress():.0%} of the scans")
        time.sleep(phase.outage_s)
        site.server.start()
        run.restored_at = time.monotonic()
        run.events.append(f"server restarted after {phase.outage_s:g} s, at {progress():.0%} of the scans")
        if not scanning():
            run.events.append("WARNING: a lane had done its scans before the fault was over: give more --scans")
        revoke(online=False, note="published as the server came back")
        if wait_for(0.8):
            revoke()
    elif phase.cut_s:
        cut = list(site.lanes)[-1]
        if wait_for(0.15):
            revoke()
        wait_for(1 / 3)
        site.cut(cut)
        run.faulted = (cut,)
        run.events.append(f"{cut}'s network cut at {progress():.0%} of the scans")
        time.sleep(min(2.0, phase.cut_s / 2))
        revoke(online=False, note=f"published while {cut} was cut")
        time.sleep(max(0.0, phase.cut_s - min(2.0, phase.cut_s / 2)))
        site.restore()
        run.restored_at = time.monotonic()
        run.events.append(f"{cut}'s network back after {phase.cut_s:g} s, at {progress():.0%} of the scans")
        if not scanning():
            run.events.append("WARNING: a lane had done its scans before the fault was over: give more --scans")
        if wait_for(0.8):
            revoke()
    else:
        for fraction in (0.1, 0.25, 0.4, 0.55, 0.7, 0.8):
            if wait_for(fraction):
                revoke()
    while not all(lane.scanned for lane in lanes):
        time.sleep(0.05)
    run.server_cpu_s = sampler.cpu_s
    newest = max((revocation.serial for revocation in run.revocations), default=0)
    linger = time.monotonic() + LINGER_S
    while time.monotonic() < linger and not all(max(lane.serials, default=0) >= newest for lane in lanes):
        time.sleep(0.05)
    for lane in lanes:
        run.lanes[lane.name], run.stderr[lane.name] = lane.finish()
    run.finished = max(result["finished"] for result in run.lanes.values())
    sampler.stop()
    run.connections_peak, run.connections_per_lane_peak = sampler.peak, sampler.per_lane_peak
    run.synced_at_end = site.sync_all(event_now)
    return run


# -- figures ---------------------------------------------------------------------------------------
def print_figures(run: PhaseRun, kiosks: int) -> None:
    phase = run.phase
    print(f"\n== {phase.title}")
    for event in run.events:
        print(f"   {event}")
    lanes = list(run.lanes.values())
    scans = sum(sum(r["counts"].values()) for r in lanes)
    elapsed = max(r["finished"] for r in lanes) - min(r["started"] for r in lanes)
    answered = [ms for r in lanes for ms in r["answered_ms"]]
    statement = [ms for r in lanes for ms in r["statement_ms"]]
    unanswered = [ms for r in lanes for ms in r["unanswered_ms"]]
    counts: Counter[str] = Counter()
    for r in lanes:
        counts.update(r["counts"])
    print(f"   {kiosks} lanes, {scans} scans in {elapsed:.1f} s: {scans / elapsed:.0f} scans/s")
    print("   outcomes: " + ", ".join(f"{key} {value}" for key, value in sorted(counts.items())))
    print(f"   claims answered by the site: {len(answered)}, {len(answered) / elapsed:.0f} claims/s")
    if answered:
        p99 = percentile(answered, 0.99)
        verdict = "meets" if p99 < CLAIM_P99_TARGET_MS else "MISSES"
        print(f"   online claim latency (ms), at the checkpoint: {_spread(answered)}")
        print(f"      target p99 < {CLAIM_P99_TARGET_MS:g} ms on loopback: {verdict}")
        print(f"      of which the statement on the site (ms): {_spread(statement)}")
    if unanswered:
        print(
            f"   admissions decided offline: {len(unanswered)}; the door waited for the site at most "
            f"{max(unanswered):.0f} ms (median {statistics.median(unanswered):.1f} ms; the claim timeout is 1.5 s)"
        )
    print_revocations(run)
    lane_cpu = [r["cpu_s"] * 1000 / max(1, sum(r["counts"].values())) for r in lanes]
    print(
        f"   site server CPU: {run.server_cpu_s:.1f} s, {run.server_cpu_s * 1000 / max(1, scans):.2f} ms per scan; "
        f"lane CPU {statistics.median(lane_cpu):.1f} ms per scan (median lane)"
    )
    print(
        f"   connections to the site: peak {run.connections_peak} for {kiosks} lanes "
        f"(at most {run.connections_per_lane_peak} for one lane)"
    )
    print(f"   rows the final `kiosk sync` still had to upload (the link had not caught up): {run.synced_at_end}")


def _spread(values: list[float]) -> str:
    if not values:
        return "-"
    return (
        f"p50 {statistics.median(values):.1f}  p95 {percentile(values, 0.95):.1f}  p99 {percentile(values, 0.99):.1f}"
        f"  max {max(values):.1f}  (n {len(values)})"
    )


def print_revocations(run: PhaseRun) -> None:
    """Each revocation: the office's command, then each lane's replica, from the command's start."""
    online: list[float] = []
    worst_online: list[float] = []
    for revocation in run.revocations:
        seen = {name: reached_at(r["serial_seen"], revocation.serial) for name, r in run.lanes.items()}
        reach = {name: at - revocation.started for name, at in seen.items() if at is not None}
        missing = sorted(set(seen) - set(reach))
        label = f" ({revocation.note})" if revocation.note else ""
        office = _ms(revocation.published - revocation.started)
        line = f"   revocation of {revocation.badge}{label}: the office's command {office}"
        if reach:
            times = list(reach.values())
            line += (
                f"; first lane {min(times):.3f} s, every lane within {max(times):.3f} s "
                f"(median lane {statistics.median(times):.3f} s)"
            )
        print(line + (f"; never reached {', '.join(missing)}" if missing else ""))
        if revocation.online:
            online += reach.values()
            worst_online.append(max(reach.values()) if reach and not missing else float("inf"))
        elif run.restored_at is not None:
            late = [at - run.restored_at for name, at in seen.items() if at is not None and name in run.faulted]
            if late:
                print(f"      the last lane cut off had it {max(late):.1f} s after the fault was over")
    applies = [ms for r in run.lanes.values() for ms in r["apply_ms"]]
    if applies:
        print(f"   a lane's pull that applied a new roster (download, checks, swap; ms): {_spread(applies)}")
    if online:
        worst = max(worst_online)
        verdict = "meets" if worst < REVOCATION_TARGET_S else "MISSES"
        print(
            f"   revocation at the lanes (from the office's command; {len(worst_online)} revocations x each lane): "
            f"median {statistics.median(online):.3f} s, max {worst:.3f} s"
        )
        print(f"      target < {REVOCATION_TARGET_S:g} s at every lane: {verdict}")


def _load() -> str:
    """The machine's load: it is shared, and a busy machine slows every figure here."""
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def steady_rate(run: PhaseRun) -> float:
    """Scans a second at the median lane of a phase."""
    return statistics.median(
        sum(r["counts"].values()) / (r["finished"] - r["started"]) for r in run.lanes.values()
    )


def print_checks(checks: list[Check]) -> bool:
    print("\n== Checks")
    for check in checks:
        print(f"   {'PASS' if check.passed else 'FAIL'}  {check.name}: {check.detail}")
    return all(check.passed for check in checks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=2500, help="scans per lane and phase (2500)")
    parser.add_argument("--kiosks", type=int, default=8, help="lanes, each a process (8)")
    parser.add_argument("--outage", type=float, default=30.0, help="seconds the server is down in phase 2 (30)")
    parser.add_argument("--cut", type=float, default=60.0, help="seconds one lane's network is cut in phase 3 (60)")
    parser.add_argument("--rate", type=float, default=0.0, help="scans per second at each lane (0: flat out)")
    parser.add_argument("--think-ms", type=float, default=0.0, help="the officer's look before each decision (0)")
    parser.add_argument("--seed", type=int, default=93)
    parser.add_argument("--keep", action="store_true", help="keep the homes and the lanes' outputs (printed)")
    args = parser.parse_args()
    if not 1 <= args.kiosks <= 26:
        parser.error("--kiosks: between 1 and 26")
    phases = [
        Phase("steady", "Phase 1: steady", "2025-11-24T09:00:00+01:00", "opening"),
        Phase("crash", f"Phase 2: the server crash-stopped for {args.outage:g} s", "2025-11-25T13:40:00+01:00", "press",
              outage_s=args.outage),
        Phase("cut", f"Phase 3: one lane's network cut for {args.cut:g} s", "2025-11-27T09:00:00+01:00", "closing",
              cut_s=args.cut),
    ]
    began = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="site-bench-", dir=Path.cwd()))  # a real disk, not a tmpfs
    try:
        site = Site(tmp, args.kiosks)
        try:
            site.set_up(datetime.fromisoformat(phases[0].at) - timedelta(minutes=30))
            [(package_bytes,)] = _admin(
                site.server, "SELECT length(data) FROM site_package ORDER BY serial DESC LIMIT 1", SITE_DB
            )
            pace = f"{args.rate:g} scans/s" if args.rate else "as fast as they go"
            print(
                f"Site: PostgreSQL {site.server.bin_dir.parent.name} on 127.0.0.1, an office and {args.kiosks} lanes "
                f"(their own SQLite homes, sealed logs); {BADGES} badges scanned, {SPARE} kept to revoke; "
                f"{args.scans} scans per lane and phase, {pace}"
                + (f", {args.think_ms:g} ms before each decision" if args.think_ms else "")
            )
            print(
                f"The roster package (every revocation sends it whole): {package_bytes / 1024:.0f} KiB for "
                f"{BADGES + SPARE} badges, no photos. {os.cpu_count()} CPUs, load average {_load()} at the start"
            )
            runs: list[PhaseRun] = []
            rate = args.rate
            for phase in phases:
                runs.append(run_phase(site, phase, args.scans, args.seed, rate, args.think_ms))
                print_figures(runs[-1], args.kiosks)
                if not rate:  # the faults strike the same load: offline, a lane would race through its scans
                    rate = steady_rate(runs[0])
                    print(f"\n(phases 2 and 3 at phase 1's pace: {rate:.1f} scans/s at each lane)")
            checks = run_checks(site.url, site.lanes, site.seal_keys, runs)
            passed = print_checks(checks)
        finally:
            site.server.remove()
    finally:
        if args.keep:
            print(f"(the homes and the lanes' outputs are kept in {tmp})")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"\n({(time.monotonic() - began) / 60:.1f} minutes in all; load average {_load()} at the end)")
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
