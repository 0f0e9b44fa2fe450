"""Issue 13's acceptance on a real PostgreSQL with real processes: lanes are processes of their own
(tests/support/site_lane.py) or the `kiosk` command itself."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kiosk.domain.site import ClaimState
from kiosk.storage.database import Database
from kiosk.storage.scan_log import ScanLog
from kiosk.storage.site_claims import SiteClaims
from kiosk.storage.site_log import SiteLog
from tests.fixtures.homes import kiosk_cli
from tests.fixtures.sites import make_site

pytestmark = [pytest.mark.postgresql, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]
NOW = "2025-11-24T09:00:00+01:00"


def start_lane(home: Path, texts: list[str], *flags: str) -> subprocess.Popen[str]:
    listing = home / f"texts-{random.random()}.txt"
    listing.write_text("\n".join(texts) + "\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.site_lane", str(home), str(listing), "--now", NOW, *flags],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line == "ready", process.stderr.read() if process.stderr else line
    return process


def release(processes: list[subprocess.Popen[str]]) -> None:
    for process in processes:  # released together, so they really contend
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()


def results(process: subprocess.Popen[str], timeout: float = 120) -> list[dict]:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert lines and "done" in lines[-1], out
    return lines[:-1]


def local_admissions(home: Path) -> int:
    database = Database(f"sqlite:///{home / 'kiosk.db'}")
    try:
        with database.read() as session:
            return int(session.execute(text("SELECT count(*) FROM admission WHERE annulled_at IS NULL")).scalar_one())
    finally:
        database.dispose()


def test_eight_processes_admitting_the_same_200_badges_at_four_lanes_admit_each_once(tmp_path, postgres_url: str):
    lanes = ("lane-a", "lane-b", "lane-c", "lane-d")
    site = make_site(tmp_path, postgres_url, lanes=lanes, badges=200)
    numbers = [f"M{i:04d}" for i in range(1, 201)]
    texts = [site.badge(n) for n in numbers]
    processes = []
    for index, name in enumerate(lanes * 2):
        order = texts[:]
        random.Random(index).shuffle(order)
        processes.append(start_lane(site.lanes[name], order, "--officer", f"cli:{name}-{index}"))
    release(processes)
    lines = [line for process in processes for line in results(process)]
    assert [line for line in lines if "error" in line] == []
    admitted = Counter(line["badge"] for line in lines if line["admitted"])
    assert sorted(admitted) == numbers and set(admitted.values()) == {1}
    losers = [line for line in lines if not line["admitted"]]
    assert len(losers) == 8 * 200 - 200
    for line in losers:  # every loser told why: the other lane's admission, or this lane's own
        assert line["code"] == "already_admitted" or line.get("refusal") == "already_admitted", line
        assert line["prior"]["checkpoint"] == "media-entrance", line
    with site.database() as database:
        assert SiteClaims(database).counts()[ClaimState.STANDING] == 200
    assert sum(local_admissions(site.lanes[name]) for name in lanes) == 200
    assert all(not line["offline"] for line in lines if line["admitted"])


def test_two_processes_under_one_kiosk_id_append_and_upload_without_an_error(tmp_path, postgres_url: str):
    site = make_site(tmp_path, postgres_url, lanes=("lane-a",), badges=1)
    forged = [f"B2.AAAAAAAA.IGA93.M{i:04d}.1.{'0' * 95}" for i in range(150)]
    processes = [start_lane(site.lanes["lane-a"], forged, "--link") for _ in range(2)]
    release(processes)
    lines = [line for process in processes for line in results(process)]
    assert [line for line in lines if "error" in line] == []
    assert kiosk_cli(site.lanes["lane-a"], "sync").returncode == 0
    with site.at_lane("lane-a") as lane:
        assert lane.log.verify_chain() == []
        local = lane.log.count()
    assert local == 1 + 300  # the roster applied when it joined, and every scan
    with site.database() as database:
        logs = SiteLog(database)
        assert logs.count("lane-a") == local
        assert logs.verify_chain("lane-a") is None
        assert logs.alarms() == []


def scan_in_batch(process: subprocess.Popen[str], badge_text: str) -> dict:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(badge_text + "\n")
    process.stdin.flush()
    return json.loads(process.stdout.readline())


def running_batch(home: Path) -> subprocess.Popen[str]:
    """`kiosk verify --batch` on a lane: a kiosk without a screen, its site link running meanwhile."""
    import os

    env = {**os.environ, "KIOSK_HOME": str(home)}
    env.pop("KIOSK_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "verify", "--batch", "--now", NOW],
        cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def listener_pids(url: str) -> list[int]:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            return list(connection.execute(text(
                "SELECT pid FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
            )).scalars())
    finally:
        engine.dispose()


@pytest.mark.parametrize("listener", ["listening", "listener_killed"])
def test_a_revocation_published_while_a_kiosk_runs_is_revoked_on_its_next_scan_within_a_second(
    tmp_path, postgres_url: str, listener: str
):
    site = make_site(tmp_path, postgres_url, lanes=("lane-b",))
    badge = site.badge("M0002")
    lane = running_batch(site.lanes["lane-b"])
    try:
        assert scan_in_batch(lane, badge)["code"] == "valid"
        deadline = time.monotonic() + 10
        while not listener_pids(postgres_url) and time.monotonic() < deadline:
            time.sleep(0.05)
        [pid] = listener_pids(postgres_url)
        if listener == "listener_killed":
            admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            admin.dispose()
        revoked = kiosk_cli(site.office, "roster", "revoke", "M0002", "--reason", "reported stolen")
        assert revoked.returncode == 0, revoked.stderr
        assert "Published roster serial 2 to the site" in revoked.stdout
        time.sleep(1.0)
        verdict = scan_in_batch(lane, badge)
        assert (verdict["code"], verdict["offline"]) == ("revoked", False)
    finally:
        assert lane.stdin is not None
        lane.stdin.close()
        lane.wait(30)
    assert lane.returncode == 0, lane.stderr.read() if lane.stderr else ""


def test_two_roster_writers_committing_out_of_order_reach_every_lane(tmp_path, postgres_url: str):
    """A lane's suspension holds the feed's lock while the office publishes: the office's change waits,
    commits second and is numbered second, so lanes reading "after the last seq" miss neither."""
    import threading

    from kiosk.domain.accreditation import Status
    from kiosk.domain.site import ChangeKind
    from kiosk.storage.site_feed import SiteFeed

    site = make_site(tmp_path, postgres_url, lanes=("lane-a", "lane-b", "lane-c"))
    with site.at_office() as office:
        office.set_badge_status("M0001", Status.REVOKED, "reported stolen")
    published = threading.Event()

    def office_publishes() -> None:
        with site.at_office() as office:
            assert office.site is not None
            office.site.publish()
        published.set()

    database = Database(postgres_url)
    writer = threading.Thread(target=office_publishes)
    try:
        with database.write() as session:
            SiteFeed(database).append(
                session, "lane-a#99", ChangeKind.STATUS, "lane-a", site.clocks.wall.now(), badge_number="M0002",
                status="suspended", reason="card to be checked",
            )
            writer.start()
            time.sleep(0.5)
            assert not published.is_set()
            for name in ("lane-b", "lane-c"):  # lanes pulling meanwhile see neither change yet
                with site.at_lane(name) as lane:
                    assert lane.site is not None and lane.site.pull().changes == 0
        writer.join(30)
        assert published.is_set()
    finally:
        database.dispose()
    for name in ("lane-b", "lane-c"):
        with site.at_lane(name) as lane:
            assert lane.site is not None
            report = lane.site.pull()
            assert (report.changes, report.package_serial, report.statuses) == (2, 2, ("M0002",)), name
            assert lane.roster.get("M0001").status is Status.REVOKED
            assert lane.roster.get("M0002").status is Status.SUSPENDED


def cli_json(home: Path, *args: str) -> dict:
    result = kiosk_cli(home, *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_partition_keeps_both_admissions_one_standing_one_conflict_and_every_row(tmp_path, postgres_url: str):
    from tests.fixtures.sites import proxied
    from tests.support.tcp_proxy import TcpProxy

    port = Database(postgres_url).engine.url.port
    assert port is not None
    proxy = TcpProxy(("127.0.0.1", port)).start()
    try:
        site = make_site(tmp_path, postgres_url, lane_urls={"lane-a": proxied(postgres_url, proxy.port)})
        badge = site.badge("M0001")
        lane_a, lane_b = site.lanes["lane-a"], site.lanes["lane-b"]
        proxy.cut()
        scan_a = cli_json(lane_a, "verify", badge, "--now", "2025-11-24T09:00+01:00")
        assert scan_a["offline"] is True
        decided_a = cli_json(lane_a, "decide", str(scan_a["scan_id"]), "admit", "--now", "2025-11-24T09:01+01:00")
        assert decided_a["offline"] is True
        scan_b = cli_json(lane_b, "verify", badge, "--now", "2025-11-24T09:02+01:00")
        assert scan_b["offline"] is False
        decided_b = cli_json(lane_b, "decide", str(scan_b["scan_id"]), "admit", "--now", "2025-11-24T09:03+01:00")
        assert decided_b["offline"] is False
        status = cli_json(lane_a, "status", "--json")
        assert status["site"]["online"] is False and status["site"]["pending_uploads"] == 2
        assert status["site"]["offline_since"].startswith("2025-11-24T09:00")
        proxy.restore()
        synced = kiosk_cli(lane_a, "sync", "--now", "2025-11-24T09:10+01:00")
        assert synced.returncode == 0, synced.stderr
        assert "1 conflict(s)" in synced.stdout
        [conflict] = cli_json(lane_b, "site", "conflicts", "--json")
        assert (conflict["badge"], conflict["conflict"]["kiosk_id"], conflict["standing"]["kiosk_id"]) == (
            "M0001", "lane-a", "lane-b"
        )
        assert conflict["conflict"]["client_id"] == decided_a["client_id"]
        for home in (lane_a, lane_b):
            assert kiosk_cli(home, "log", "verify").returncode == 0
        with site.database() as database:
            logs, claims = SiteLog(database), SiteClaims(database)
            for name, home in site.lanes.items():
                local = ScanLog(Database(f"sqlite:///{home / 'kiosk.db'}"), name)
                assert logs.count(name) == local.count(), f"{name}: nothing lost"
                assert logs.verify_chain(name) is None
            assert claims.counts() == {ClaimState.STANDING: 1, ClaimState.CONFLICT: 1, ClaimState.ANNULLED: 0}
    finally:
        proxy.close()


def test_every_verdict_printed_through_a_crash_stop_of_the_site_is_on_it_once_after_sync(tmp_path):
    """The site's server crash-stopped (pg_ctl -m immediate) in the middle of a lane's burst, then
    restarted: the lane goes on offline and catches up by itself; after `kiosk sync` every scan and
    decision it printed is on the site exactly once, every admission it printed stands once."""
    from tests.support.postgres_server import PostgresServer

    server = PostgresServer.create()  # its own: the session's server must not be crash-stopped
    try:
        admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("CREATE DATABASE site"))
        admin.dispose()
        url = server.url("site")
        site = make_site(tmp_path, url, lanes=("lane-a",), badges=120)
        texts = [site.badge(f"M{i:04d}") for i in range(1, 121)]
        lane = start_lane(site.lanes["lane-a"], texts, "--link", "--pause-ms", "15", "--officer", "cli:lane-a")
        release([lane])
        assert lane.stdout is not None
        printed = [json.loads(lane.stdout.readline()) for _ in range(30)]
        server.stop("immediate")
        printed += [json.loads(lane.stdout.readline()) for _ in range(40)]
        server.start()
        lines = printed + results(lane)
        assert [line for line in lines if "error" in line] == []
        assert all(line["admitted"] for line in lines), "one lane, each badge once: all admitted"
        assert any(line["offline"] for line in lines) and not all(line["offline"] for line in lines)
        synced = kiosk_cli(site.lanes["lane-a"], "sync")
        assert synced.returncode == 0, synced.stderr
        with site.database() as database, database.read() as session:
            uploaded = session.execute(text("SELECT local_id FROM site_log WHERE kiosk_id = 'lane-a'")).scalars()
            on_site = Counter(uploaded)
            standing = session.execute(text("SELECT client_id FROM site_claim WHERE state = 'standing'")).scalars()
            claims = Counter(standing)
        printed_rows = [line["scan_id"] for line in lines] + [line["decision_id"] for line in lines]
        assert {row: on_site[row] for row in printed_rows} == dict.fromkeys(printed_rows, 1)
        assert sorted(claims) == sorted(line["client_id"] for line in lines) and set(claims.values()) == {1}
        with site.database() as database:
            assert SiteLog(database).verify_chain("lane-a") is None
            assert SiteClaims(database).counts()[ClaimState.CONFLICT] == 0
    finally:
        server.remove()
