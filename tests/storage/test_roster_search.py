"""The roster's search on a real SQLite file: folded keys, word starts, the limit, and keys made by an
older folding recomputed at start."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.domain.accreditation import Accreditation, IdDocumentType, MediaType, Role
from kiosk.storage.database import Database
from kiosk.storage.roster_store import SEARCH_KEY_MARK, RosterStore

NOW = datetime(2025, 11, 24, 8, 0, tzinfo=UTC)


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
def roster(tmp_path: Path) -> RosterStore:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    db.migrate()
    store = RosterStore(db)
    store.apply_import(PEOPLE, NOW)
    return store


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
    with roster.db.write() as session:  # what version 1 stored: plain folded words, no mark
        session.execute(text("UPDATE accreditation SET search_key = 'm0004 o sullivan siobhan rte news'"))
    assert roster.search("osullivan") == []  # the old key lacks the joined form
    assert roster.refresh_search_keys() == len(PEOPLE)
    assert numbers(roster.search("osullivan")) == ["M0004"]
    with roster.db.read() as session:
        keys = session.execute(text("SELECT search_key FROM accreditation")).scalars().all()
    assert all(k.startswith(SEARCH_KEY_MARK + " ") for k in keys)
    assert roster.refresh_search_keys() == 0  # nothing left to do at the next start
