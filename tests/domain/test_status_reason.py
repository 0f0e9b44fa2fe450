"""Roster reasons as codes: "code: the office's words", the code alone, or words alone."""

from __future__ import annotations

import pytest

from kiosk.domain.accreditation import StatusReason, UnknownReasonCode, join_status_reason, split_status_reason


@pytest.mark.parametrize(
    ("text", "code", "note"),
    [
        ("lost_or_stolen: Badge reported stolen 22 Nov", StatusReason.LOST_OR_STOLEN, "Badge reported stolen 22 Nov"),
        ("identity_check", StatusReason.IDENTITY_CHECK, ""),
        ("other: seen: twice", StatusReason.OTHER, "seen: twice"),
        ("Pending identity check", None, "Pending identity check"),
        ("Note: stolen", None, "Note: stolen"),  # capitalised, no underscore: words
        ("stolen", None, "stolen"),
        ("", None, ""),
    ],
)
def test_a_reason_splits_into_its_code_and_the_offices_words(text: str, code: StatusReason | None, note: str) -> None:
    assert split_status_reason(text) == (code, note)
    if code is not None:
        assert split_status_reason(join_status_reason(code, note)) == (code, note)


def test_a_prefix_shaped_like_a_code_that_is_none_is_refused() -> None:
    with pytest.raises(UnknownReasonCode, match="lost_stolen"):
        split_status_reason("lost_stolen: reported")
