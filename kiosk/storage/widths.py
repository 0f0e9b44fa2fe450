"""What a text column holds, checked before writing, so SQLite and PostgreSQL refuse the same values alike.

SQLite keeps a text longer than its column, and any character; PostgreSQL refuses the whole statement
(a value too long, a NUL character) with an error naming neither the field nor the row. Writes check
their values here first: both databases then refuse in one line that names the field, never the value.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from sqlalchemy import String, Table

from kiosk.errors import KioskError


class FieldDoesNotFit(KioskError):
    pass


@cache
def widths(table: Table) -> dict[str, int]:
    """Column name -> the most characters it holds, for the String(n) columns of a table."""
    return {
        column.name: column.type.length
        for column in table.columns
        if isinstance(column.type, String) and column.type.length is not None
    }


def check_fits(
    table: Table, values: Mapping[str, object], where: str = "", labels: Mapping[str, str] | None = None
) -> None:
    """Refuses the first text that its column cannot hold; `where` prefixes the message (e.g. a badge)."""
    limits = widths(table)
    for name, value in values.items():
        if not isinstance(value, str):
            continue
        label = (labels or {}).get(name, name)
        limit = limits.get(name)
        if limit is not None and len(value) > limit:
            raise FieldDoesNotFit(f"{where}{label} is longer than {limit} characters")
        if "\x00" in value:
            raise FieldDoesNotFit(f"{where}{label} contains a NUL character")
