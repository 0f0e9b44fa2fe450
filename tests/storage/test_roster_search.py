"""The roster's search on SQLite and PostgreSQL: folded keys, word starts, the limit, keys made by an
older folding recomputed at start, and roster generations written with fresh keys."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from kiosk.domain.accreditation import Accreditation, IdDocumentType, MediaType, Role
from kiosk.storage.database import Database
from kiosk.storage.roster_store import SEARCH_KEY_MARK, RosterStore

from .conftest import import_into


def person(number: str, family: str, given: str, alt: str = "", outlet: str = "Le Matin") -> Accreditation:
    return Accreditation(
        badge_number=number, family_name=family, given_names=given, outlet=outlet,
        media_type=MediaType.PRINT, role=Role.JOURNALIST, country="MA",
        id_document_type=IdDocumentType.PASSPORT, id_document_last4="1234",
        sessions=frozenset({"opening"}), press_card_number="PC-1", press_card_issuer="CNP", alt_name=alt,
    )


PEOPLE = [
    person("M0001", "El Amrani", "Salma", "سلمى العمراني"),
    person("M0002", "Ben Youssef", "Karim", "كريم بن يوسف", "Al Jazeera"),
    person("M0003", "Müller-Lüdenscheidt", "Anne-Kathrin", outlet="Süddeutsche Zeitung"),
    person("M0004", "O'Sullivan", "Siobhán", outlet="RTÉ News"),
    person("M0010", "Okafor", "Chukwuemeka", outlet="Premium Times"),
    person("M0020", "Yıldız", "Elif", outlet="Anadolu"),
]


@pytest.fixture
def roster(database: Database) -> RosterStore:
    """On SQLite and on PostgreSQL (tests/fixtures/databases.py)."""
    import_into(database, PEOPLE)
    return RosterStore(database)


OLD_KEY = "UPDATE accreditation SET search_key = 'm0004 o sullivan siobhan rte news'"  # version 1: no mark


def stored_keys(roster: RosterStore, generation: str = "") -> list[str]:
    query = "SELECT search_key FROM accreditation" + (
        " WHERE generation = (SELECT generation FROM roster_state)" if generation == "current" else ""
    )
    with roster.db.read() as session:
        return list(session.execute(text(query)).scalars())


def numbers(found: list[Accreditation]) -> list[str]:
    return [a.badge_number for a in found]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("amrani", ["M0001"]),
        ("عمراني", ["M0001"]),
        ("BENYOUSSEF", ["M0002"]),
        ("osullivan", ["M0004"]),
        ("ludenscheidt", ["M0003"]),
        ("YILDIZ", ["M0020"]),
        ("0010", ["M0010"]),
        ("al jazeera", ["M0002"]),
        ("zzz", []),
    ],
)
def test_search_finds_by_folded_word_starts(roster: RosterStore, query: str, expected: list[str]) -> None:
    assert numbers(roster.search(query)) == expected


def test_search_orders_by_name_and_stops_at_the_limit(roster: RosterStore) -> None:
    everyone = numbers(roster.search("m"))  # every badge number starts with m
    assert everyone == ["M0002", "M0001", "M0003", "M0004", "M0010", "M0020"]  # Ben Youssef, El Amrani, ...
    assert numbers(roster.search("m", limit=2)) == everyone[:2]


def test_keys_of_an_older_folding_are_recomputed_and_found_again(roster: RosterStore) -> None:
    with roster.db.write() as session:
        session.execute(text(OLD_KEY))
    assert roster.search("osullivan") == []  # the old key lacks the joined form
    assert roster.refresh_search_keys() == len(PEOPLE)
    assert numbers(roster.search("osullivan")) == ["M0004"]
    assert all(k.startswith(SEARCH_KEY_MARK + " ") for k in stored_keys(roster))
    assert roster.refresh_search_keys() == 0  # nothing left to do at the next start


def test_a_new_generation_is_written_with_fresh_keys_even_for_badges_it_does_not_change(
    roster: RosterStore,
) -> None:
    with roster.db.write() as session:
        session.execute(text(OLD_KEY))  # a roster stored before the folding changed, never refreshed
    changed = [replace(PEOPLE[0], outlet="Le Matin du Sahara"), *PEOPLE[1:3]]  # the rest absent: kept as they are
    report = import_into(roster.db, changed)
    assert (report.updated, report.unchanged, report.absent) == (1, 2, 3)
    keys = stored_keys(roster, "current")
    assert len(keys) == len(PEOPLE) and all(k.startswith(SEARCH_KEY_MARK + " ") for k in keys)
    assert numbers(roster.search("osullivan")) == ["M0004"]  # absent from the file, copied with a fresh key
    assert numbers(roster.search("sahara")) == ["M0001"]
    assert roster.refresh_search_keys() == 0


def test_only_the_generation_in_force_is_refreshed(roster: RosterStore) -> None:
    with roster.db.write() as session:
        session.execute(text(OLD_KEY))
        session.execute(text(  # a generation being staged, or left over by a crash: not the roster scans see
            "INSERT INTO accreditation (badge_number, family_name, given_names, alt_name, outlet, media_type,"
            " role, country, id_document_type, id_document_last4, press_card_number, press_card_issuer,"
            " mission_letter, photo, status, status_reason, status_origin, status_event, badge_version,"
            " attention_note, search_key, updated_at, generation, edit_seq)"
            " SELECT badge_number, family_name, given_names, alt_name, outlet, media_type, role, country,"
            " id_document_type, id_document_last4, press_card_number, press_card_issuer, mission_letter, photo,"
            " status, status_reason, status_origin, status_event, badge_version, attention_note, search_key,"
            " updated_at, generation + 100, edit_seq FROM accreditation WHERE badge_number = 'M0004'"
        ))
    assert roster.refresh_search_keys() == len(PEOPLE)
    assert [k for k in stored_keys(roster) if not k.startswith(SEARCH_KEY_MARK + " ")] == [
        "m0004 o sullivan siobhan rte news"
    ]
    assert numbers(roster.search("osullivan")) == ["M0004"]  # once: the other generation is not searched
