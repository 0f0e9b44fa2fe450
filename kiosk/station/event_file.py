"""The event a kiosk works for (sessions, windows, checkpoints): read from TOML once, validated, frozen."""

from __future__ import annotations

import os
import tomllib
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.domain.programme import Checkpoint, Event, Session, Window
from kiosk.errors import ConfigError
from kiosk.resources import data_path
from kiosk.station.home import Paths

REFERENCE_EVENT = data_path("event.toml")


def resolve_event_path(option: str | Path | None, paths: Paths) -> Path:
    if option:
        return Path(option).expanduser()
    if env := os.environ.get("KIOSK_EVENT"):
        return Path(env).expanduser()
    local = paths.home / "event.toml"
    return local if local.exists() else REFERENCE_EVENT


def load_event(path: Path) -> Event:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"event file not found: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"event file {path} is not valid TOML: {exc}") from None
    try:
        return _event_from(raw)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"event file {path}: {_describe(exc)}") from None


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing setting {exc.args[0]!r}"
    return str(exc)


def _names(table: dict[str, Any], code: str) -> dict[str, str]:
    names = table.get("name", {})
    if isinstance(names, str):
        return {"en": names}
    if not isinstance(names, dict):
        raise ValueError(f"{code}: name must be a string or a table of languages")
    return {str(k): str(v) for k, v in names.items()}


def _event_from(raw: dict[str, Any]) -> Event:
    meta = raw["event"]
    code = str(meta["code"])
    try:
        tz = ZoneInfo(str(meta["time_zone"]))
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {meta['time_zone']!r}") from None
    sessions: dict[str, Session] = {}
    for table in raw.get("sessions", []):
        session = _session_from(table, tz)
        if session.code in sessions:
            raise ValueError(f"session {session.code!r} is defined twice")
        sessions[session.code] = session
    checkpoints: dict[str, Checkpoint] = {}
    for table in raw.get("checkpoints", []):
        cp_code = str(table["code"])
        admitted = tuple(str(s) for s in table["sessions"])
        for s in admitted:
            if s not in sessions:
                raise ValueError(f"checkpoint {cp_code!r} admits unknown session {s!r}")
        checkpoints[cp_code] = Checkpoint(cp_code, _names(table, cp_code), admitted)
    if not checkpoints:
        raise ValueError("at least one checkpoint is needed")
    first, last = meta.get("first_day"), meta.get("last_day")
    dates = (first, last) if isinstance(first, date) and isinstance(last, date) else (date.min, date.min)
    return Event(code, _names(meta, code), tz.key, sessions, checkpoints, dates)


def _session_from(table: dict[str, Any], tz: ZoneInfo) -> Session:
    code = str(table["code"])
    opens, closes = _time(table, "doors_open", code), _time(table, "entry_closes", code)
    if closes <= opens:
        raise ValueError(f"session {code!r}: entry_closes must come after doors_open")
    days = table["dates"]
    if not isinstance(days, list) or not days or not all(isinstance(d, date) for d in days):
        raise ValueError(f"session {code!r}: dates must be a list of dates like 2025-11-24")
    windows = tuple(
        Window(datetime.combine(d, opens, tzinfo=tz), datetime.combine(d, closes, tzinfo=tz))
        for d in sorted(days)
    )
    starts = table.get("starts")
    return Session(
        code=code,
        names=_names(table, code),
        windows=windows,
        admits_media=bool(table.get("admits_media", True)),
        starts=datetime.combine(days[0], _time(table, "starts", code), tzinfo=tz) if starts else None,
        by_appointment=bool(table.get("by_appointment", False)),
    )


def _time(table: dict[str, Any], key: str, code: str) -> time:
    value = table[key]
    if not isinstance(value, time):
        raise ValueError(f"session {code!r}: {key} must be a time like 08:00:00")
    return value
