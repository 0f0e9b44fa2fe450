"""`kiosk site status [--json]`: the whole site for its supervisor, on the office machine or any machine
of the site: every machine, today's figures per lane and session, the conflicts and what resolves each.

The JSON's keys are stable (scripts read them); times are ISO 8601 in the event's zone, spans in seconds.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from kiosk.cli.station_options import open_station
from kiosk.domain.site import ClaimState
from kiosk.domain.site_view import CLOCK_FLAG, annullable

if TYPE_CHECKING:
    from kiosk.domain.programme import Event
    from kiosk.domain.site import SiteAdmission, SiteConflict
    from kiosk.domain.site_view import KioskView, SiteView


def register(site: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    status = site.add_parser(
        "status", parents=[common],
        help="every machine of the site, today's figures per lane and session, the conflicts to resolve",
    )
    status.add_argument("--json", action="store_true", help="one JSON object (kiosks, counts, conflicts)")
    status.add_argument("--now", help="the day shown is the one of this time (ISO 8601; default: now)")
    status.set_defaults(handler=run_status)


def run_status(args: argparse.Namespace) -> int:
    from kiosk.station.site_supervision import site_of, view_site

    with open_station(args) as station:
        site = site_of(station)
        view = view_site(station, station.clock if args.now else None)
        url = site.database.safe_url
    if args.json:
        print(json.dumps(view_json(view, url, station.event), ensure_ascii=False))
    else:
        print("\n".join(view_lines(view, url, station.event)))
    return 0


# -- JSON -----------------------------------------------------------------------------------------------
def view_json(view: SiteView, url: str, event: Event) -> dict[str, Any]:
    """The one place the JSON is built: add keys here, never rename them."""

    def when(at: datetime | None) -> str | None:
        return at.astimezone(event.tz).isoformat() if at is not None else None

    def admission(a: SiteAdmission) -> dict[str, Any]:
        return {
            "client_id": a.client_id, "badge": a.badge_number, "session": a.session, "kiosk_id": a.kiosk_id,
            "checkpoint": a.checkpoint, "officer": a.officer, "at": when(a.at), "server_at": when(a.server_at),
            "offline": a.offline, "state": a.state.value, "decision_id": a.decision_id,
        }

    def kiosk(k: KioskView) -> dict[str, Any]:
        return {
            "kiosk_id": k.kiosk_id, "role": k.role.value, "checkpoint": k.checkpoint,
            "last_seen": when(k.last_seen), "seen_ago_s": _seconds(k.seen_ago), "online": k.online,
            "roster_serial": k.roster_serial,
            "roster_age_s": _seconds(k.roster_age) if k.roster_age is not None else None,
            "pending_uploads": k.pending_uploads,
            "clock_offset_s": round(k.clock_offset.total_seconds(), 3) if k.clock_offset is not None else None,
            "round_trip_ms": round(k.round_trip.total_seconds() * 1000, 1) if k.round_trip is not None else None,
            "clock_flagged": k.clock_flagged, "alarms": k.alarms,
            "admissions": [admission(a) for a in k.admissions],
        }

    def conflict(c: SiteConflict) -> dict[str, Any]:
        return {
            "badge": c.badge_number, "session": c.session, "occurrence": c.occurrence,
            "conflict": admission(c.conflict), "standing": admission(c.standing) if c.standing else None,
            "resolve": [
                {"kiosk_id": a.kiosk_id, "decision_id": a.decision_id, "command": annul_command(a)}
                for a in annullable(c)
            ],
        }

    return {
        "site": url,
        "server_now": when(view.server_now),
        "day": {"since": when(view.since), "until": when(view.until)},
        "latest_roster_serial": view.latest_serial,
        "clock_flag_s": _seconds(CLOCK_FLAG),
        "kiosks": [kiosk(k) for k in view.kiosks],
        "counts": [
            {"kiosk_id": c.kiosk_id, "checkpoint": c.checkpoint, "session": c.session,
             "admitted": c.admitted, "refused": c.refused, "denied": c.denied}
            for c in view.counts
        ],
        "conflicts": [conflict(c) for c in view.conflicts],
    }


def annul_command(admission: SiteAdmission) -> str:
    """What the supervisor runs at the admission's own kiosk: the annulment (logged there, with the
    reason), then the upload that tells the site (a running kiosk sends it by itself)."""
    return f"kiosk log annul {admission.decision_id} --reason REASON && kiosk sync"


# -- text -----------------------------------------------------------------------------------------------
def view_lines(view: SiteView, url: str, event: Event) -> list[str]:
    """What a supervisor reads: a summary line, a table of machines, the day's figures, the conflicts."""
    offline = sum(k.lane_offline for k in view.kiosks)
    flagged = [k for k in view.kiosks if k.clock_flagged]
    latest = f"newest roster serial {view.latest_serial}" if view.latest_serial is not None else "no roster published"
    lines = [
        f"Site {url} at {_local(view.server_now, event):%d %b %Y %H:%M:%S} (the site's clock); {latest}",
        f"{len(view.kiosks)} machine(s), {offline} lane(s) offline, {len(flagged)} with a clock off by more than "
        f"{CLOCK_FLAG.total_seconds():.0f} s, {len(view.conflicts)} conflict(s)",
        "",
    ]
    lines += _table(
        ("KIOSK", "ROLE", "CHECKPOINT", "LAST SEEN", "ROSTER", "TO UPLOAD", "CLOCK", "ADMITTED TODAY"),
        [_kiosk_cells(k, view, event) for k in view.kiosks],
    ) or ["No machine has reached the site yet."]
    for k in flagged:
        lines += ["", f"{k.kiosk_id}'s clock is {_offset_words(k)}: its admissions today in the site's order "
                  "(server time, then its own):"]
        lines += [f"  {_local(a.server_at, event):%H:%M:%S}  ({_local(a.at, event):%H:%M:%S})  "
                  f"{a.badge_number} {a.session}{' offline' if a.offline else ''} {a.state.value}"
                  for a in k.admissions] or ["  none"]
    day = f"{_local(view.since, event):%d %b %Y}"
    lines += ["", f"Today ({day}), per lane and session:"]
    lines += _table(
        ("KIOSK", "CHECKPOINT", "SESSION", "ADMITTED", "REFUSED", "DENIED"),
        [(c.kiosk_id, c.checkpoint, c.session or "(none)", str(c.admitted), str(c.refused), str(c.denied))
         for c in view.counts],
    ) or ["  nothing yet"]
    lines += ["", f"Conflicts ({len(view.conflicts)}):"]
    if not view.conflicts:
        lines.append("  none")
    for c in view.conflicts:
        lines += _conflict_lines(c, event)
    return lines


def _kiosk_cells(k: KioskView, view: SiteView, event: Event) -> tuple[str, ...]:
    if k.online:
        seen = f"online, seen {_span(k.seen_ago)} ago"
    elif k.lane_offline:
        seen = f"OFFLINE, last seen {_local(k.last_seen, event):%H:%M:%S} ({_span(k.seen_ago)} ago)"
    else:  # the office beats when it syncs or publishes
        seen = f"last seen {_local(k.last_seen, event):%H:%M:%S} ({_span(k.seen_ago)} ago)"
    if k.roster_serial is None:
        roster = "none"
    else:
        age = f", {_span(k.roster_age)} old" if k.roster_age is not None else ""
        behind = " (not the newest)" if view.latest_serial is not None and k.roster_serial < view.latest_serial else ""
        roster = f"serial {k.roster_serial}{age}{behind}"
    if k.clock_offset is None:
        clock = "not measured"
    else:
        clock = _offset_short(k.clock_offset) + (" FLAGGED" if k.clock_flagged else "")
    alarms = f" ({k.alarms} ALARM(S))" if k.alarms else ""
    admitted = sum(a.state is not ClaimState.ANNULLED for a in k.admissions)
    return (k.kiosk_id + alarms, k.role.value, k.checkpoint, seen, roster, str(k.pending_uploads), clock, str(admitted))


def _conflict_lines(c: SiteConflict, event: Event) -> list[str]:
    lines = [f"  badge {c.badge_number}, {c.session} {c.occurrence}: admitted twice"]
    for label, a in (("offline", c.conflict), ("standing", c.standing)):
        if a is None:
            lines.append(f"    {label}: annulled since")
            continue
        by = f" by {a.officer}" if a.officer else ""
        lines.append(f"    {label}: {a.kiosk_id} at {a.checkpoint} {_local(a.at, event):%H:%M:%S}{by}")
        if a.decision_id is None:
            lines.append(f"      its decision has not reached the site yet: `kiosk sync` at {a.kiosk_id}")
        else:
            lines.append(f"      to annul it, at {a.kiosk_id}: {annul_command(a)}")
    lines.append("    (annul the mistaken one; the reason is logged there. Its supervisor screen does the same: "
                 "Supervisor mode, Site)")
    return lines


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    if not rows:
        return []
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in (header, *rows)]


def _offset_words(k: KioskView) -> str:
    assert k.clock_offset is not None
    seconds = k.clock_offset.total_seconds()
    return f"{abs(seconds):.1f} s {'behind' if seconds > 0 else 'ahead of'} the site's"


def _offset_short(offset: timedelta) -> str:
    """The site's clock minus the machine's, as a person says it: "9.0 s fast" is a clock ahead of the site's."""
    seconds = offset.total_seconds()
    if abs(seconds) < 0.05:
        return "on time"
    return f"{abs(seconds):.1f} s {'slow' if seconds > 0 else 'fast'}"


def _span(span: timedelta) -> str:
    seconds = max(int(span.total_seconds()), 0)
    if seconds < 120:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 120:
        return f"{minutes} min"
    hours = minutes // 60
    return f"{hours} h {minutes % 60:02d}" if hours < 48 else f"{hours // 24} days"


def _seconds(span: timedelta) -> float:
    return round(span.total_seconds(), 1)


def _local(at: datetime, event: Event) -> datetime:
    return event.local(at)
