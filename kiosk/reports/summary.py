"""Attendance figures from the log: per session and checkpoint, refusal reasons, arrivals per 10 minutes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.domain.log import LogEntry, LogKind
from kiosk.domain.verdict import Decision

BUCKET = timedelta(minutes=10)


@dataclass
class Summary:
    scans: int = 0
    admitted: Counter[tuple[str, str]] = field(default_factory=Counter)  # (session, checkpoint)
    refused: Counter[tuple[str, str]] = field(default_factory=Counter)
    denials: Counter[str] = field(default_factory=Counter)  # verdict code
    refusal_reasons: Counter[str] = field(default_factory=Counter)
    annulled: int = 0
    arrivals: Counter[datetime] = field(default_factory=Counter)  # local 10-minute buckets
    first: datetime | None = None
    last: datetime | None = None

    @property
    def total_admitted(self) -> int:
        return sum(self.admitted.values())

    @property
    def total_refused(self) -> int:
        return sum(self.refused.values())


def summarise(entries: list[LogEntry], tz: ZoneInfo) -> Summary:
    summary = Summary()
    annulled_decisions = {e.ref_id for e in entries if e.kind is LogKind.ANNULMENT}
    for e in entries:
        local = e.at.astimezone(tz)
        summary.first = min(filter(None, (summary.first, local)))
        summary.last = max(filter(None, (summary.last, local)))
        key = (e.session or "—", e.checkpoint or "—")
        if e.kind is LogKind.SCAN:
            summary.scans += 1
            if e.code != "valid":
                summary.denials[e.code] += 1
        elif e.kind is LogKind.DECISION and e.decision is Decision.ADMITTED:
            if e.id in annulled_decisions:
                continue
            summary.admitted[key] += 1
            bucket = local.replace(minute=local.minute - local.minute % 10, second=0, microsecond=0)
            summary.arrivals[bucket] += 1
        elif e.kind is LogKind.DECISION and e.decision is Decision.REFUSED:
            summary.refused[key] += 1
            summary.refusal_reasons[e.reason.value if e.reason else ""] += 1
        elif e.kind is LogKind.ANNULMENT:
            summary.annulled += 1
    return summary


def arrival_series(summary: Summary) -> list[tuple[datetime, int]]:
    """Every 10-minute bucket between the first and last arrival of each day, zeros included."""
    if not summary.arrivals:
        return []
    series: list[tuple[datetime, int]] = []
    by_day: dict[date, list[datetime]] = {}
    for bucket in summary.arrivals:
        by_day.setdefault(bucket.date(), []).append(bucket)
    for day in sorted(by_day):
        t, end = min(by_day[day]), max(by_day[day])
        while t <= end:
            series.append((t, summary.arrivals.get(t, 0)))
            t += BUCKET
    return series
