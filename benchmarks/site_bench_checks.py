"""The checks of benchmarks/site_bench.py, read back from every lane's SQLite file and from the site's
PostgreSQL after the final sync: plain SELECTs as the witness, the kiosk's own verifiers for the chains.

Each occasion is a badge, a session and its occurrence (the session's day): what one admission is for.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, text

from kiosk.domain.seal import VerificationKey
from kiosk.station.station import Station
from kiosk.storage.database import Database
from kiosk.storage.log_audit import audit_log
from kiosk.storage.site_claims import SiteClaims
from kiosk.storage.site_log import SiteLog

if TYPE_CHECKING:
    from site_bench import PhaseRun

Occasion = tuple[str, str, str]  # badge, session, occurrence
LINK_FAILURES = ("the site link failed", "Traceback")


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    detail: str


@dataclass(frozen=True)
class LocalAdmission:
    kiosk: str
    client_id: str
    offline: bool


def reached_at(seen: Mapping[str, float], serial: int) -> float | None:
    """When a lane had the roster of `serial` or a newer one (a pull applies only the newest it finds)."""
    times = [at for applied, at in seen.items() if int(applied) >= serial]
    return min(times) if times else None


def run_checks(
    url: str, lanes: Mapping[str, Path], keys: Mapping[str, VerificationKey], runs: list[PhaseRun]
) -> list[Check]:
    local = {name: _local(home) for name, home in lanes.items()}
    site = _site(url, list(lanes))
    return [
        one_standing_admission(local, site),
        second_admissions_refused(local, runs),
        no_row_lost_or_duplicated(local, site, runs),
        chains_verify(url, lanes, keys),
        offline_doubles_are_conflicts(url, local, site),
        revocations_delivered(runs),
        lanes_never_failed(runs),
    ]


def _local(home: Path) -> dict[str, Any]:
    engine = create_engine(f"sqlite:///{home / 'kiosk.db'}")
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT id, seq, row_hash FROM scan_log ORDER BY seq")).all()
            admissions = connection.execute(text(
                "SELECT a.badge_number, a.session, a.occurrence, l.client_id, l.offline, l.kiosk_id "
                "FROM admission a JOIN scan_log l ON l.id = a.decision_log_id WHERE a.annulled_at IS NULL"
            )).all()
    finally:
        engine.dispose()
    occasions: dict[Occasion, list[LocalAdmission]] = defaultdict(list)
    for badge, session, occurrence, client_id, offline, kiosk in admissions:
        occasions[(badge, session, occurrence)].append(LocalAdmission(kiosk, client_id, bool(offline)))
    return {"rows": [(int(i), int(s), str(h)) for i, s, h in rows], "admissions": occasions}


def _site(url: str, kiosks: list[str]) -> dict[str, Any]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            claims = connection.execute(text(
                "SELECT badge_number, session, occurrence, client_id, state, offline, kiosk_id FROM site_claim"
            )).all()
            rows = {
                kiosk: [
                    (int(i), int(s), str(h)) for i, s, h in connection.execute(
                        text("SELECT local_id, seq, row_hash FROM site_log WHERE kiosk_id = :k"), {"k": kiosk}
                    )
                ]
                for kiosk in kiosks
            }
    finally:
        engine.dispose()
    by_occasion: dict[Occasion, list[tuple[str, str, bool]]] = defaultdict(list)
    for badge, session, occurrence, client_id, state, offline, _ in claims:
        by_occasion[(badge, session, occurrence)].append((client_id, state, bool(offline)))
    return {"claims": by_occasion, "rows": rows}


def _admitted(local: Mapping[str, dict[str, Any]]) -> dict[Occasion, list[LocalAdmission]]:
    merged: dict[Occasion, list[LocalAdmission]] = defaultdict(list)
    for lane in local.values():
        for occasion, admissions in lane["admissions"].items():
            merged[occasion] += admissions
    return merged


def one_standing_admission(local: Mapping[str, dict[str, Any]], site: dict[str, Any]) -> Check:
    admitted = _admitted(local)
    standing = {o: sum(state == "standing" for _, state, _ in c) for o, c in site["claims"].items()}
    none = [o for o in admitted if standing.get(o, 0) == 0]
    more = [o for o, n in standing.items() if n > 1]
    orphans = [o for o, n in standing.items() if n and o not in admitted]
    days = Counter((session, occurrence) for _, session, occurrence in admitted)
    per_day = ", ".join(f"{s} {d}: {n}" for (s, d), n in sorted(days.items(), key=lambda i: i[0][1]))
    return Check(
        "exactly one standing admission per badge and session-day",
        not none and not more and not orphans,
        f"{len(admitted)} badge-session-days admitted ({per_day}); {len(none)} without a standing admission, "
        f"{len(more)} with more than one, {len(orphans)} standing without a decision in a lane's log",
    )


def second_admissions_refused(local: Mapping[str, dict[str, Any]], runs: list[PhaseRun]) -> Check:
    admitted = _admitted(local)
    twice_online = [o for o, a in admitted.items() if sum(not x.offline for x in a) > 1]
    refused = sum(r["counts"].get("refused_already_admitted", 0) for run in runs for r in run.lanes.values())
    again_here = sum(r["counts"].get("verdict_already_admitted", 0) for run in runs for r in run.lanes.values())
    return Check(
        "a badge admitted again in the same session-day is refused (online)",
        not twice_online and (refused > 0 or len(local) == 1),  # one lane alone has no other lane to refuse
        f"{len(twice_online)} badge-session-days admitted twice online; {refused} second admissions refused by the "
        f"site's claim (another lane's stood), {again_here} by the lane's own log",
    )


def no_row_lost_or_duplicated(
    local: Mapping[str, dict[str, Any]], site: dict[str, Any], runs: list[PhaseRun]
) -> Check:
    lost = duplicated = extra = 0
    local_total = site_total = 0
    unlogged = 0
    for name, lane in local.items():
        mine = {seq: (row_id, digest) for row_id, seq, digest in lane["rows"]}
        theirs = site["rows"][name]
        local_total += len(mine)
        site_total += len(theirs)
        seqs = Counter(seq for _, seq, _ in theirs)
        ids = Counter(row_id for row_id, _, _ in theirs)
        duplicated += sum(n - 1 for n in seqs.values()) + sum(n - 1 for n in ids.values())
        uploaded = {seq: (row_id, digest) for row_id, seq, digest in theirs}
        lost += sum(1 for seq, row in mine.items() if uploaded.get(seq) != row)
        extra += sum(1 for seq in uploaded if seq not in mine)
        committed = {row_id for run in runs for row_id in run.lanes[name]["rows"]}
        unlogged += len(committed - {row_id for row_id, _ in mine.values()})
    committed_total = sum(len(r["rows"]) for run in runs for r in run.lanes.values())
    return Check(
        "no lost or duplicated log rows (each lane's log vs the site's rows)",
        lost == duplicated == extra == unlogged == 0,
        f"lanes hold {local_total} rows, the site {site_total}; lost {lost}, duplicated {duplicated}, "
        f"on the site only {extra}; of the {committed_total} scans and decisions the lanes committed, "
        f"{unlogged} missing from their logs",
    )


def chains_verify(url: str, lanes: Mapping[str, Path], keys: Mapping[str, VerificationKey]) -> Check:
    broken: list[str] = []
    seals = 0
    for name, home in lanes.items():
        with Station.open(home) as station:
            audit = audit_log(station.log, {name: keys[name]})
        mine = next(k for k in audit.kiosks if k.kiosk_id == name)
        if not audit.intact:
            why = [*audit.admissions, *audit.statuses][:2] or [
                str(mine.chain or (mine.seals.problem if mine.seals else "?"))
            ]
            broken.append(f"{name} (local: {'; '.join(why)})")
        seals += mine.seals.seals if mine.seals is not None else 0
        if mine.seals is None or not mine.seals.genuine:
            broken.append(f"{name} (seals)")
    database = Database(url)
    try:
        logs = SiteLog(database)
        broken += [f"{name} (site)" for name in lanes if logs.verify_chain(name) is not None]
        alarms = logs.alarms()
    finally:
        database.dispose()
    return Check(
        "every chain verifies (each lane's, with its seals and admissions, and each on the site)",
        not broken and not alarms,
        f"{len(lanes)} lanes' chains and {seals} seals checked, {len(lanes)} chains on the site; broken: "
        f"{', '.join(broken) or 'none'}; site alarms: {len(alarms)}",
    )


def offline_doubles_are_conflicts(url: str, local: Mapping[str, dict[str, Any]], site: dict[str, Any]) -> Check:
    """Each occasion admitted k times across the lanes is one standing claim and k - 1 conflicts on the
    site, the same client ids; every conflict an offline admission, and listed by `kiosk site conflicts`."""
    admitted = _admitted(local)
    doubles = sum(len(a) - 1 for a in admitted.values())
    occasions = sum(len(a) > 1 for a in admitted.values())
    mismatched = 0
    conflict_ids: set[str] = set()
    online_conflicts = 0
    for occasion, admissions in admitted.items():
        claims = site["claims"].get(occasion, [])
        held = {client for client, state, _ in claims if state in ("standing", "conflict")}
        conflicts = sum(state == "conflict" for _, state, _ in claims)
        if held != {a.client_id for a in admissions} or conflicts != len(admissions) - 1:
            mismatched += 1
        offline = {a.client_id: a.offline for a in admissions}
        for client, state, _ in claims:
            if state == "conflict":
                conflict_ids.add(client)
                online_conflicts += not offline.get(client, True)
    database = Database(url)
    try:
        listed = {conflict.conflict.client_id for conflict in SiteClaims(database).conflicts()}
    finally:
        database.dispose()
    unlisted = len(conflict_ids - listed)
    return Check(
        "every offline double admission listed as a conflict",
        mismatched == 0 and unlisted == 0 and online_conflicts == 0 and len(listed) == doubles,
        f"{doubles} double admissions made offline (on {occasions} badge-session-days), {len(listed)} conflicts "
        f"listed; {mismatched} badge-session-days whose site claims differ from the lanes' admissions, "
        f"{unlisted} conflicts not listed, {online_conflicts} conflicts from an online admission",
    )


def revocations_delivered(runs: list[PhaseRun]) -> Check:
    made = reached = 0
    for run in runs:
        for revocation in run.revocations:
            made += 1
            seen = [reached_at(r["serial_seen"], revocation.serial) for r in run.lanes.values()]
            reached += all(s is not None for s in seen)
    return Check(
        "every revocation reached every lane (before the lane stopped)",
        made > 0 and reached == made,
        f"{reached} of {made} revocations reached all lanes",
    )


def lanes_never_failed(runs: list[PhaseRun]) -> Check:
    errors = sum(r["error_count"] for run in runs for r in run.lanes.values())
    failures = sum(err.count(word) for run in runs for err in run.stderr.values() for word in LINK_FAILURES)
    stuck = sum(not r["link_stopped"] for run in runs for r in run.lanes.values())
    samples = [e for run in runs for r in run.lanes.values() for e in r["errors"]][:3]
    return Check(
        "no scan or decision failed, the site link never crashed and always stopped",
        errors == failures == stuck == 0,
        f"{errors} scans or decisions raised, {failures} link failures logged, {stuck} links that did not stop"
        + (f" (e.g. {'; '.join(samples)})" if samples else ""),
    )
