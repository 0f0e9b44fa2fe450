"""Helpers of the storage tests; the database fixtures (SQLite and PostgreSQL) are in tests/fixtures/databases.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from kiosk.domain.accreditation import Accreditation, IdDocumentType, MediaType, Role

NOW = datetime(2025, 11, 24, 8, tzinfo=UTC)


def accreditation(number: str, **changes: object) -> Accreditation:
    base = Accreditation(
        badge_number=number, family_name="Benali", given_names="Youssef", outlet="2M",
        media_type=MediaType.TV, role=Role.JOURNALIST, country="MA",
        id_document_type=IdDocumentType.PASSPORT, id_document_last4="1234",
        sessions=frozenset({"opening"}), press_card_number="PC-1", press_card_issuer="CNP",
    )
    return replace(base, **changes)  # type: ignore[arg-type]
