"""Badge geometry: every field inside the badge, QR modules large enough, sheets and marks on paper."""

from __future__ import annotations

import itertools

import pytest

from kiosk.badges.layout import (
    BADGE_FORMATS,
    MIN_QR_MODULE_MM,
    PAGE_LAYOUTS,
    QR_QUIET_MODULES,
    ROLE_STYLES,
    Box,
    crop_marks,
)
from kiosk.domain.accreditation import Role

QR_VERSION_7_MODULES = 45


@pytest.mark.parametrize("fmt", BADGE_FORMATS.values(), ids=lambda f: f.name)
def test_every_field_lies_inside_the_badge(fmt):
    outline = fmt.outline
    boxes = [spec.box for spec in fmt.text_specs().values()]
    boxes += [fmt.header, fmt.photo, fmt.role_band, fmt.sessions, fmt.qr]
    assert all(outline.contains(b) for b in boxes)


@pytest.mark.parametrize("fmt", BADGE_FORMATS.values(), ids=lambda f: f.name)
def test_qr_modules_are_at_least_half_a_millimetre(fmt):
    modules = QR_VERSION_7_MODULES + 2 * QR_QUIET_MODULES
    assert fmt.qr.w == fmt.qr.h
    assert fmt.qr.w / modules >= MIN_QR_MODULE_MM


@pytest.mark.parametrize("fmt", BADGE_FORMATS.values(), ids=lambda f: f.name)
def test_the_qr_code_overlaps_no_other_field(fmt):
    qr = fmt.qr
    for name, spec in fmt.text_specs().items():
        b = spec.box
        apart = b.right <= qr.x or b.x >= qr.right or b.bottom <= qr.y or b.y >= qr.bottom
        assert apart, name


@pytest.mark.parametrize("layout", PAGE_LAYOUTS.values(), ids=lambda layout: layout.name)
def test_badges_sit_on_the_page_without_overlapping(layout):
    page = Box(0, 0, layout.page_width, layout.page_height)
    cards = [Box(x, y, layout.badge.width, layout.badge.height) for x, y in layout.slots]
    assert all(page.contains(c) for c in cards)
    for a, b in itertools.combinations(cards, 2):
        assert a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y


def test_the_a4_sheet_holds_nine_cards_with_crop_marks_off_the_cards():
    layout = PAGE_LAYOUTS["a4-sheet"]
    assert layout.per_page == 9
    cards = [Box(x, y, layout.badge.width, layout.badge.height) for x, y in layout.slots]
    marks = crop_marks(layout, 9)
    assert len(marks) == 9 * 8
    for x1, y1, x2, y2 in marks:
        assert 5 <= min(x1, x2) and max(x1, x2) <= 205 and 5 <= min(y1, y2) and max(y1, y2) <= 292
        mark = Box(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
        for card in cards:  # a mark may touch a trim line's extension, never a card's inside
            inside = (mark.x < card.right - 1e-6 and mark.right > card.x + 1e-6
                      and mark.y < card.bottom - 1e-6 and mark.bottom > card.y + 1e-6)
            assert not inside


def test_every_role_has_its_own_colour_and_a_label():
    assert set(ROLE_STYLES) == set(Role)
    assert len({s.band for s in ROLE_STYLES.values()}) == len(Role)
    assert all(s.label for s in ROLE_STYLES.values())
