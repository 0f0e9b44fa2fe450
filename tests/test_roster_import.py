"""Import: Excel's CSV dialects and XLSX, errors naming row and field, all or nothing, updates in place.

What goes through the database runs on SQLite and on PostgreSQL (the db_url fixture).
"""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from kiosk.domain.accreditation import Status
from kiosk.station.event_file import REFERENCE_EVENT, load_event
from kiosk.station.roster_import import ImportFailed, RosterParser
from kiosk.station.station import Station

from .fixtures.homes import HEADER, person, write_roster

EVENT = load_event(REFERENCE_EVENT)


def parse(path):
    return RosterParser(EVENT).parse(path).records


@pytest.mark.parametrize("delimiter, bom", [(",", False), (";", True), (";", False), (",", True)])
def test_reads_excel_csv_dialects(tmp_path, delimiter, bom):
    path = write_roster(tmp_path / "r.csv", [person("P1"), person("P2")], delimiter, bom)
    assert [r.badge_number for r in parse(path)] == ["P1", "P2"]


def test_headers_any_order_and_case(tmp_path):
    path = tmp_path / "r.csv"
    row = person("P1")
    keys = list(reversed(HEADER))
    path.write_text(",".join(k.upper() for k in keys) + "\n" + ",".join(row[k] for k in keys) + "\n")
    (record,) = parse(path)
    assert record.outlet == "2M" and record.sessions == {"opening", "closing"}


def test_reads_xlsx(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append([person("X1")[k] for k in HEADER])
    sheet.append([person("X2", id_document_last4="0042")[k] for k in HEADER])
    book.save(tmp_path / "r.xlsx")
    records = parse(tmp_path / "r.xlsx")
    assert [r.badge_number for r in records] == ["X1", "X2"]
    assert records[1].id_document_last4 == "0042"


def test_unicode_names_survive_the_round_trip_through_the_database(tmp_path, db_url):
    rows = [
        person("A1", family_name="Ben Saïd-El Ouafi", given_names="Zoé"),
        person("A2", family_name="العلوي", given_names="مريم"),
        person("A3", family_name="O'Brien", outlet="L'Économiste"),
    ]
    with Station.open(tmp_path / "home", db=db_url) as station:
        station.import_records(parse(write_roster(tmp_path / "r.csv", rows, ";", True)))
        stored = station.roster.all()
        assert [(r.family_name, r.given_names) for r in stored] == [
            ("Ben Saïd-El Ouafi", "Zoé"), ("العلوي", "مريم"), ("O'Brien", "Youssef")
        ]
        assert stored[2].outlet == "L'Économiste"


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"media_type": "blog"}, "media_type"),
        ({"role": "influencer"}, "role"),
        ({"id_document_last4": "AB12345"}, "id_document_last4"),
        ({"sessions": "opening|gala"}, "sessions"),
        ({"sessions": "plenary"}, "sessions"),
        ({"sessions": ""}, "sessions"),
        ({"mission_letter": "maybe"}, "mission_letter"),
        ({"press_card_number": "", "mission_letter": "no"}, "press_card_number"),
        ({"status": "banned"}, "status"),
        ({"family_name": ""}, "family_name"),
        ({"badge_number": "M 01"}, "badge_number"),
        ({"sessions": "interviews"}, "appointments"),
    ],
)
def test_each_error_names_row_and_field(tmp_path, changes, field):
    rows = [person("P1"), person("P2", **changes)]
    with pytest.raises(ImportFailed) as exc:
        parse(write_roster(tmp_path / "r.csv", rows))
    assert (exc.value.errors[0].row, exc.value.errors[0].field) == (3, field)
    assert f"row 3, {field}" in str(exc.value)


def test_duplicate_badge_number_is_an_error(tmp_path):
    with pytest.raises(ImportFailed, match="already on row 2"):
        parse(write_roster(tmp_path / "r.csv", [person("P1"), person("p1")]))


def test_missing_column_is_reported(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("badge_number,family_name\nP1,X\n")
    with pytest.raises(ImportFailed, match="outlet: required column is missing"):
        parse(path)


def test_non_utf8_file_is_explained(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes(",".join(HEADER).encode() + b"\nP1,M\xe9ndez\n")
    with pytest.raises(Exception, match="not UTF-8"):
        parse(path)


def test_appointments_are_read_in_event_time(tmp_path):
    row = person("I1", sessions="interviews", appointments="2025-11-25T14:00/2025-11-25T14:30")
    (record,) = parse(write_roster(tmp_path / "r.csv", [row]))
    assert record.appointments[0].starts.isoformat() == "2025-11-25T14:00:00+01:00"


def test_reimport_updates_in_place_and_counts(tmp_path, db_url):
    with Station.open(tmp_path / "home", db=db_url) as station:
        first = [person("P1"), person("P2"), person("P3")]
        report = station.import_records(parse(write_roster(tmp_path / "a.csv", first)))
        assert (report.added, report.updated, report.unchanged, report.absent) == (3, 0, 0, 0)
        second = [person("P1"), person("P2", outlet="Médi1 TV", status="suspended"), person("P4")]
        report = station.import_records(parse(write_roster(tmp_path / "b.csv", second)))
        assert (report.added, report.updated, report.unchanged, report.absent) == (1, 1, 1, 1)
        p2 = station.roster.get("P2")
        assert (p2.outlet, p2.status) == ("Médi1 TV", Status.SUSPENDED)
        assert station.roster.count() == 4


def test_search_ignores_case_accents_and_matches_either_script(tmp_path, db_url):
    with Station.open(tmp_path / "home", db=db_url) as station:
        rows = [
            person("S1", family_name="Lefèvre", given_names="Hélène"),
            person("S2", family_name="El Fassi", given_names="Omar", alt_name="عمر الفاسي"),
        ]
        station.import_records(parse(write_roster(tmp_path / "s.csv", rows)))
        assert [a.badge_number for a in station.roster.search("helene LEFEVRE")] == ["S1"]
        assert [a.badge_number for a in station.roster.search("الفاسي")] == ["S2"]
        assert [a.badge_number for a in station.roster.search("fassi")] == ["S2"]
        assert [a.badge_number for a in station.roster.search("s2")] == ["S2"]
        assert station.roster.search("zzz") == []


def test_a_status_reason_code_is_kept_and_a_mistyped_code_is_refused(tmp_path):
    from kiosk.domain.accreditation import StatusReason, split_status_reason
    from tests.fixtures.homes import kiosk_cli, person, write_roster

    assert kiosk_cli(tmp_path, "init").returncode == 0
    good = person("M0001", status="revoked", status_reason="lost_or_stolen: reported 22 Nov")
    bad = person("M0002", status="suspended", status_reason="lost_stolen: reported")
    refused = kiosk_cli(tmp_path, "roster", "import", str(write_roster(tmp_path / "bad.csv", [good, bad])))
    assert refused.returncode != 0
    assert "status_reason" in refused.stderr and "lost_stolen" in refused.stderr
    accepted = kiosk_cli(tmp_path, "roster", "import", str(write_roster(tmp_path / "good.csv", [good])))
    assert accepted.returncode == 0, accepted.stderr
    shown = kiosk_cli(tmp_path, "roster", "show", "M0001").stdout
    assert "lost_or_stolen: reported 22 Nov" in shown
    assert split_status_reason("lost_or_stolen: reported 22 Nov") == (StatusReason.LOST_OR_STOLEN, "reported 22 Nov")
    wrong = kiosk_cli(tmp_path, "roster", "suspend", "M0001", "--reason", "identity_chek: office")
    assert wrong.returncode == 2 and wrong.stderr.startswith("kiosk: unknown reason code 'identity_chek'")


def test_free_text_longer_than_its_database_column_names_row_and_field(tmp_path):
    rows = [person("P1"), person("P2", press_card_number="9" * 65)]
    with pytest.raises(ImportFailed, match="row 3, press_card_number: is longer than 64 characters"):
        parse(write_roster(tmp_path / "r.csv", rows))
