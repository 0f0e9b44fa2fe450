"""Reading a roster file (CSV as Excel writes it, or XLSX) into validated accreditations.

Validation is complete before anything is written: every error names its row and field, and one bad
row means nothing is imported.
"""

from __future__ import annotations

import csv
import enum
import hashlib
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from kiosk.domain.accreditation import (
    Accreditation,
    Appointment,
    IdDocumentType,
    MediaType,
    Role,
    Status,
    UnknownReasonCode,
    split_status_reason,
)
from kiosk.domain.badge import BADGE_NUMBER
from kiosk.domain.programme import Event
from kiosk.errors import KioskError
from kiosk.station.photo_files import PhotoRefused, check_photo_file, clean_photo, read_photo
from kiosk.storage.models import AccreditationRow, table_of
from kiosk.storage.widths import widths

REQUIRED = (
    "badge_number", "family_name", "outlet", "media_type", "role", "country",
    "id_document_type", "id_document_last4", "sessions",
)
YES = {"yes", "y", "oui", "o", "true", "1", "x", "نعم"}
NO = {"no", "n", "non", "false", "0", "", "لا"}
PHOTO_TYPES = {".jpg", ".jpeg", ".png", ".webp"}
MAX_FIELD = 200
# Free text is checked against its column's width too (coded fields have their own checks).
FREE_TEXT = (
    "family_name", "given_names", "alt_name", "outlet", "country", "press_card_number",
    "press_card_issuer", "attention_note", "status_reason",
)
ROSTER_WIDTHS = widths(table_of(AccreditationRow))
MAX_FILE_BYTES = 64 * 1024 * 1024  # a CSV of 200,000 rows is about 40 MB
MAX_ROWS = 200_000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # tab and line feed aside (a note may span lines)

ProgressCallback = Callable[[int, int], None]


def _field_limit(name: str) -> int:
    """At most MAX_FIELD characters, and free text no longer than its column (PostgreSQL enforces it)."""
    if name == "appointments":
        return MAX_FIELD * 3
    if name in FREE_TEXT:
        return min(MAX_FIELD, ROSTER_WIDTHS[name])
    return MAX_FIELD


@dataclass(frozen=True)
class RowError:
    row: int  # the line number a spreadsheet shows (header = 1)
    field: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.field}: {self.message}"


class ImportFailed(KioskError):
    def __init__(self, errors: list[RowError], source: Path) -> None:
        self.errors = errors
        shown = "\n  ".join(str(e) for e in errors[:20])
        more = f"\n  … and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(
            f"{source.name}: {len(errors)} error(s); nothing was imported\n  {shown}{more}"
        )


@dataclass(frozen=True)
class ParsedRoster:
    records: list[Accreditation]
    photo_sources: dict[str, Path]  # badge number -> photo file to copy in
    photo_rows: dict[str, int] = field(default_factory=dict)  # badge number -> its row, for errors
    source: Path = Path("roster")


Table = tuple[list[str], Callable[[], tuple[Iterator[tuple[int, list[str]]], int]]]


def read_table(path: Path) -> Table:
    """The header, and a function that then reads the rows: (row number, cells) pairs and a count.

    The header comes first so that a file with a wrong header is refused before its rows are read.
    """
    if not path.exists():
        raise KioskError(f"file not found: {path}")
    if path.is_dir():
        raise KioskError(f"{path} is a folder: give the roster's .csv or .xlsx file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise KioskError(f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: not a roster")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    return _read_csv(path)


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise KioskError(
            f"{path.name}: line {line} is not UTF-8; save the file as 'CSV UTF-8' and try again"
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        raise KioskError(f"{path.name} is empty")

    def body() -> tuple[Iterator[tuple[int, list[str]]], int]:
        rows = [(i, r) for i, r in _limited(enumerate(reader, start=2), path) if any(c.strip() for c in r)]
        return iter(rows), len(rows)

    return header, body


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        first = next(rows, None)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise KioskError(f"{path.name} is not a readable XLSX file: {type(exc).__name__}") from None
    if first is None:
        raise KioskError(f"{path.name} is empty")
    if (sheet.max_row or 0) > MAX_ROWS + 1:
        raise KioskError(f"{path.name} has more than {MAX_ROWS:,} rows: not a roster")

    def body() -> tuple[Iterator[tuple[int, list[str]]], int]:
        cells = (["" if c is None else _cell_text(c) for c in r] for r in rows)
        kept = [(i, r) for i, r in _limited(enumerate(cells, start=2), path) if any(c.strip() for c in r)]
        return iter(kept), len(kept)

    return ["" if c is None else _cell_text(c) for c in first], body


def _limited(rows: Iterator[tuple[int, list[str]]], path: Path) -> Iterator[tuple[int, list[str]]]:
    for line, cells in rows:
        if line > MAX_ROWS + 1:
            raise KioskError(f"{path.name} has more than {MAX_ROWS:,} rows: not a roster")
        yield line, cells


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return str(value)


class RosterParser:
    def __init__(self, event: Event, photos_dir: Path | None = None) -> None:
        self.event = event
        self.photos_dir = photos_dir

    def parse(self, path: Path, progress: ProgressCallback | None = None) -> ParsedRoster:
        header, read_rows = read_table(path)
        columns: dict[str, int] = {}
        header_errors = []
        for i, cell in enumerate(header):
            name = cell.strip().lstrip("\ufeff").lower()
            if not name:
                continue
            if name in columns:
                twice = f"the column appears twice (columns {columns[name] + 1} and {i + 1})"
                header_errors.append(RowError(1, name, twice))
            columns.setdefault(name, i)
        header_errors += [RowError(1, c, "required column is missing") for c in REQUIRED if c not in columns]
        if header_errors:
            raise ImportFailed(header_errors, path)
        rows, total = read_rows()
        photos_dir = self.photos_dir or path.parent
        records: list[Accreditation] = []
        photos: dict[str, Path] = {}
        photo_rows: dict[str, int] = {}
        errors: list[RowError] = []
        first_row: dict[str, int] = {}
        for done, (line, cells) in enumerate(rows, start=1):
            row = {name: (cells[i].strip() if i < len(cells) and cells[i] else "") for name, i in columns.items()}
            before = len(errors)
            record = self._record(line, row, errors)
            if record is not None and len(errors) == before:
                if record.badge_number in first_row:
                    earlier = first_row[record.badge_number]
                    errors.append(RowError(line, "badge_number", f"{record.badge_number} already on row {earlier}"))
                else:
                    first_row[record.badge_number] = line
                    photo = row.get("photo", "")
                    if photo:
                        source = self._photo(line, photo, photos_dir, errors)
                        if source is not None:
                            photos[record.badge_number] = source
                            photo_rows[record.badge_number] = line
                    records.append(record)
            if progress is not None and (done % 500 == 0 or done == total):
                progress(done, total)
        if errors:
            raise ImportFailed(errors, path)
        return ParsedRoster(records, photos, photo_rows, path)

    def _record(self, line: int, row: dict[str, str], errors: list[RowError]) -> Accreditation | None:
        def err(field: str, message: str) -> None:
            errors.append(RowError(line, field, message))

        for name in REQUIRED:
            if not row.get(name) and name != "sessions":
                err(name, "is empty")
        for name, value in row.items():
            limit = _field_limit(name)
            if len(value) > limit:
                err(name, f"is longer than {limit} characters")
            if _CONTROL.search(value) or ("\n" in value and name != "attention_note"):
                err(name, "holds a control character (a NUL, or a line break in a one-line field)")
        number = row.get("badge_number", "").upper()
        if number and not BADGE_NUMBER.fullmatch(number):
            err("badge_number", f"{row['badge_number']!r}: use 1-8 letters, digits or inner hyphens")
        media = _choice(row.get("media_type", ""), MediaType, "media_type", err)
        role = _choice(row.get("role", ""), Role, "role", err)
        doc = _choice(row.get("id_document_type", ""), IdDocumentType, "id_document_type", err)
        last4 = row.get("id_document_last4", "").upper()
        if last4 and not re.fullmatch(r"[A-Z0-9]{4}", last4):
            err(
                "id_document_last4",
                "give exactly the last four letters or digits of the document, never the full number",
            )
        mission = row.get("mission_letter", "").lower()
        if mission not in YES | NO:
            err("mission_letter", f"{row['mission_letter']!r}: use yes or no")
        has_letter = mission in YES
        if not has_letter and not (row.get("press_card_number") and row.get("press_card_issuer")):
            err("press_card_number", "give the press card number and issuer, or mission_letter = yes")
        status_text = row.get("status", "").lower() or "active"
        status = _choice(status_text, Status, "status", err)
        sessions = frozenset(s.strip() for s in row.get("sessions", "").split("|") if s.strip())
        if not sessions:
            err("sessions", "grant at least one session (codes separated by |)")
        for code in sorted(sessions):
            session = self.event.sessions.get(code)
            if session is None:
                err("sessions", f"unknown session {code!r} (known: {', '.join(self.event.sessions)})")
            elif not session.admits_media:
                err("sessions", f"session {code!r} admits no media")
        try:
            split_status_reason(row.get("status_reason", ""))
        except UnknownReasonCode as exc:
            err("status_reason", str(exc))
        appointments = self._appointments(row.get("appointments", ""), err)
        if "interviews" in sessions and self.event.sessions.get("interviews", None) is not None:
            if self.event.sessions["interviews"].by_appointment and not appointments:
                err("appointments", "interviews are by appointment: give at least one slot")
        if media is None or role is None or doc is None or status is None or not number:
            return None
        return Accreditation(
            badge_number=number,
            family_name=row["family_name"],
            given_names=row.get("given_names", ""),
            outlet=row["outlet"],
            media_type=media,
            role=role,
            country=row["country"],
            id_document_type=doc,
            id_document_last4=last4,
            sessions=sessions,
            press_card_number=row.get("press_card_number", ""),
            press_card_issuer=row.get("press_card_issuer", ""),
            mission_letter=has_letter,
            photo="",
            status=status,
            status_reason=row.get("status_reason", ""),
            attention_note=row.get("attention_note", ""),
            alt_name=row.get("alt_name", ""),
            appointments=appointments,
        )

    def _appointments(self, text: str, err: Callable[[str, str], None]) -> tuple[Appointment, ...]:
        slots = []
        for part in (p.strip() for p in text.split("|") if p.strip()):
            try:
                start_text, end_text = part.split("/")
                start = self._local(start_text)
                end = self._local(end_text)
            except ValueError:
                err("appointments", f"{part!r}: write start/end like 2025-11-25T14:00/2025-11-25T14:30")
                continue
            if end <= start:
                err("appointments", f"{part!r}: the end must come after the start")
                continue
            slots.append(Appointment(start, end))
        return tuple(sorted(slots, key=lambda a: a.starts))

    def _local(self, text: str) -> datetime:
        value = datetime.fromisoformat(text.strip())
        return value if value.tzinfo else value.replace(tzinfo=self.event.tz)

    def _photo(self, line: int, name: str, folder: Path, errors: list[RowError]) -> Path | None:
        candidate = folder / name
        if Path(name).name != name or Path(name).suffix.lower() not in PHOTO_TYPES:
            errors.append(RowError(line, "photo", f"{name!r}: give a .jpg or .png file name"))
            return None
        try:
            check_photo_file(candidate)
        except PhotoRefused as refusal:
            errors.append(RowError(line, "photo", f"{name!r} {refusal}"))
            return None
        return candidate


E = TypeVar("E", bound=enum.StrEnum)


def _choice(value: str, kind: type[E], field: str, err: Callable[[str, str], None]) -> E | None:
    text = value.strip().lower().replace(" ", "_").replace("-", "_")
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        err(field, f"{value!r}: use one of {', '.join(m.value for m in kind)}")
        return None


def stage_photos(parsed: ParsedRoster, photos_home: Path) -> tuple[list[Accreditation], list[Path]]:
    """Re-encodes each photo (see kiosk.station.photo_files) into the home under a content name (old
    files are never overwritten); returns the new files too. A photo that is not a sound image refuses
    the whole import, naming its row, and leaves no new file behind."""
    from dataclasses import replace

    from kiosk.private_files import write_new

    added: list[Path] = []
    records = []
    errors: list[RowError] = []
    try:
        for record in parsed.records:
            source = parsed.photo_sources.get(record.badge_number)
            if source is None:
                records.append(record)
                continue
            try:
                data = clean_photo(read_photo(source))
            except PhotoRefused as refusal:
                row = parsed.photo_rows.get(record.badge_number, 0)
                errors.append(RowError(row, "photo", f"{source.name!r} {refusal}"))
                continue
            name = hashlib.sha256(data).hexdigest()[:20] + ".jpg"
            target = photos_home / name
            if not target.exists():
                write_new(target, data)
                added.append(target)
            records.append(replace(record, photo=name))
        if errors:
            raise ImportFailed(errors, parsed.source)
    except BaseException:
        for photo in added:
            photo.unlink(missing_ok=True)
        raise
    return records, added
