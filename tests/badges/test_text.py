"""Fitting a field in its box: shrink, then wrap, never overflow; Arabic runs right to left."""

from __future__ import annotations

import pytest

from kiosk.badges.fonts import UNITS_PER_MM
from kiosk.badges.layout import A6, BADGE_FORMATS, Align, Box, TextSpec
from kiosk.badges.text import fit_text, is_rtl

LONG_NAMES = [
    "MÜLLER-LÜDENSCHEIDT",
    "WOLFESCHLEGELSTEINHAUSENBERGERDORFF",
    "FERNÁNDEZ DE CÓRDOBA Y VILLALOBOS-SANTISTEBAN",
    "NGUYỄN THỊ MINH KHAI-PHẠM",
    "الإدريسي الحسني بن عبد الرحمن العلوي المراكشي",
    "Maria de los Ángeles Inmaculada Concepción",
    "عبد الرحمن محمد الأمين",
    "Al-Mu'tamid Broadcasting Corporation — International Service for Africa and the Middle East",
    "X" * 200,
]


@pytest.mark.parametrize("fmt", BADGE_FORMATS.values(), ids=lambda f: f.name)
@pytest.mark.parametrize("field", ["family_name", "given_names", "alt_name", "outlet", "role", "number"])
@pytest.mark.parametrize("text", LONG_NAMES, ids=range(len(LONG_NAMES)))
def test_a_long_text_never_overflows_its_box(fmt, field, text):
    spec = getattr(fmt, field)
    fitted = fit_text(text, spec)
    assert fitted.width <= spec.box.w + 1e-6
    assert fitted.height <= spec.box.h + 1e-6
    assert 1 <= len(fitted.lines) <= spec.max_lines
    assert fitted.size >= spec.min_size - 1e-6
    rect = fitted.layout.boundingRect()  # what Qt will actually draw
    assert rect.width() <= spec.box.w * UNITS_PER_MM + 1


def test_a_short_name_keeps_the_full_size_on_one_line():
    fitted = fit_text("EL AMRANI", A6.family_name)
    assert fitted.size == pytest.approx(A6.family_name.max_size, abs=0.01)
    assert fitted.lines == ("EL AMRANI",)


def test_a_long_name_shrinks_before_it_wraps():
    spec = A6.family_name
    fitted = fit_text("MÜLLER-LÜDENSCHEIDT", spec)
    assert len(fitted.lines) == 1
    assert spec.max_size * spec.shrink_floor <= fitted.size < spec.max_size


def test_a_very_long_name_wraps_at_a_word_or_hyphen_rather_than_shrinking_further():
    spec = A6.family_name
    fitted = fit_text("FERNÁNDEZ DE CÓRDOBA Y VILLALOBOS-SANTISTEBAN", spec)
    assert len(fitted.lines) == 2
    assert all(line.rstrip()[-1].isalpha() or line.rstrip().endswith("-") for line in fitted.lines)
    assert not fitted.elided


def test_an_absurdly_long_word_is_elided_at_the_minimum_size():
    spec = TextSpec(Box(0, 0, 30, 5), 4.0, 2.0)
    fitted = fit_text("Z" * 200, spec)
    assert fitted.elided and fitted.text.endswith("…")
    assert fitted.size == pytest.approx(2.0) and fitted.width <= 30


@pytest.mark.parametrize(
    ("text", "rtl"),
    [("سلمى العمراني", True), ("Salma", False), ("93 مراكش", True), ("M0001", False), ("", False)],
)
def test_direction_follows_the_first_strong_letter(text, rtl):
    assert is_rtl(text) is rtl


def test_arabic_starts_at_the_right_edge_and_latin_at_the_left():
    spec = A6.alt_name
    arabic_layout = fit_text("سلمى العمراني", spec).layout  # a QTextLine lives only with its layout
    latin_layout = fit_text("Salma", spec).layout
    arabic = _drawn(arabic_layout)
    latin = _drawn(latin_layout)
    right_edge = spec.box.w * UNITS_PER_MM
    assert arabic.right() == pytest.approx(right_edge, abs=2) and arabic.left() > 0
    assert latin.left() == pytest.approx(0, abs=2)


def _drawn(layout):
    rect = None
    for run in layout.glyphRuns():
        rect = run.boundingRect() if rect is None else rect.united(run.boundingRect())
    return rect


def test_arabic_is_shaped_into_joined_forms():
    # Shaped Arabic uses contextual glyphs: fewer, joined glyphs than isolated letters would need,
    # and the same letter takes different glyphs in different positions.
    layout = fit_text("سسس", A6.alt_name).layout
    glyphs = [g for run in layout.glyphRuns() for g in run.glyphIndexes()]
    assert len(glyphs) == 3 and len(set(glyphs)) == 3


def test_centre_alignment_centres():
    spec = TextSpec(Box(0, 0, 40, 10), 5.0, 1.0, align=Align.CENTER)
    layout = fit_text("O", spec).layout
    rect = layout.lineAt(0).naturalTextRect()
    assert rect.center().x() == pytest.approx(20 * UNITS_PER_MM, abs=5)
