"""Setting a field in its box: shrink first, then wrap, never overflow.

Measuring and drawing use the same QTextLayout, so what was measured is what is printed: Arabic is
shaped by HarfBuzz and laid out right to left, and a fitted text never leaves its box.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

from kiosk.badges.fonts import UNITS_PER_MM, badge_font
from kiosk.badges.layout import Align, TextSpec

LINE_HEIGHT = 1.37  # Noto Sans ascent + descent, in ems: the pitch of lines, whatever the script
BASELINE = 1.069  # Noto Sans ascent: where a Latin line's baseline sits below its top
# Arabic at the same em looks a size smaller than Latin and its ink sits lower (ascent 0.73 em, descent
# 0.42 em): it is set 15 % larger with a higher baseline, so its ink fills the same line pitch.
ARABIC_SCALE = 1.15
ARABIC_BASELINE = 0.87
_PRECISION = 0.02  # mm: the step at which the size search stops
_WRAP = QTextOption.WrapMode.WordWrap
_WRAP_ANYWHERE = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute


def _alignment(align: Align, rtl: bool) -> Qt.AlignmentFlag:
    """Start and end follow the text: an Arabic name starts at the right edge of its box."""
    if align is Align.CENTER:
        return Qt.AlignmentFlag.AlignHCenter
    return _RIGHT if (align is Align.START) == rtl else _LEFT


def is_rtl(text: str) -> bool:
    """True when the first letter with a strong direction is Arabic or Hebrew."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@dataclass(frozen=True)
class FittedText:
    """A text set at one size in one box; sizes in mm."""

    text: str
    size: float
    lines: tuple[str, ...]
    width: float  # the widest line
    height: float  # all lines
    rtl: bool
    elided: bool = False
    layout: QTextLayout | None = field(default=None, compare=False, repr=False)

    def fits(self, spec: TextSpec) -> bool:
        return (
            self.width <= spec.box.w + 1e-6
            and self.height <= spec.box.h + 1e-6
            and len(self.lines) <= spec.max_lines
        )


def fit_text(text: str, spec: TextSpec) -> FittedText:
    """The largest size at which the text fits the box: one line if it can stay near full size,
    otherwise wrapped on up to max_lines lines; at the minimum size the last line is elided."""
    text = " ".join(text.split())
    rtl = is_rtl(text)
    if not text:
        return FittedText("", spec.max_size, (), 0.0, 0.0, rtl)
    one_line = _one_line(text, spec, rtl)
    if one_line is not None and one_line.size >= spec.max_size * spec.shrink_floor:
        return one_line
    wrapped = _wrapped(text, spec, rtl) if spec.max_lines > 1 else None
    best = max((f for f in (one_line, wrapped) if f is not None), key=lambda f: f.size, default=None)
    return best if best is not None else _elided(text, spec, rtl)


def _one_line(text: str, spec: TextSpec, rtl: bool) -> FittedText | None:
    reference = 10.0
    advance = QFontMetricsF(_font(reference, spec, rtl)).horizontalAdvance(text) / UNITS_PER_MM
    estimate = min(spec.max_size, spec.box.h / LINE_HEIGHT, spec.box.w * reference / max(advance, 1e-6))
    for factor in (1.0, 0.995, 0.985, 0.96, 0.92):  # widths scale with the size; allow for rounding
        size = estimate * factor
        if size < spec.min_size:
            return None
        fitted = _set(text, size, spec, rtl, _WRAP)
        if fitted.fits(spec) and len(fitted.lines) == 1:
            return fitted
    return None


def _wrapped(text: str, spec: TextSpec, rtl: bool) -> FittedText | None:
    low, high = spec.min_size, min(spec.max_size, spec.box.h / LINE_HEIGHT)
    best = None
    if low <= high:
        fitted = _set(text, low, spec, rtl, _WRAP)
        if not fitted.fits(spec):
            return None
        best = fitted
    while high - low > _PRECISION:
        middle = (low + high) / 2
        fitted = _set(text, middle, spec, rtl, _WRAP)
        if fitted.fits(spec):
            best, low = fitted, middle
        else:
            high = middle
    return best


def _elided(text: str, spec: TextSpec, rtl: bool) -> FittedText:
    """Last resort for absurd lengths: the minimum size, broken anywhere, the rest cut with an ellipsis."""
    size = spec.min_size
    lines_fit = max(1, min(spec.max_lines, int(spec.box.h / (size * LINE_HEIGHT) + 1e-6)))
    fitted = _set(text, size, spec, rtl, _WRAP_ANYWHERE)
    if len(fitted.lines) <= lines_fit and fitted.fits(spec):
        return fitted
    kept = "".join(fitted.lines[: lines_fit - 1])
    rest = text[len(kept) :]
    metrics = QFontMetricsF(_font(size, spec, rtl))
    budget = spec.box.w * UNITS_PER_MM
    while budget > 0:
        tail = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, budget)
        fitted = _set(kept + tail, size, spec, rtl, _WRAP_ANYWHERE)
        if len(fitted.lines) <= lines_fit and fitted.fits(spec):
            return FittedText(fitted.text, size, fitted.lines, fitted.width, fitted.height, rtl, True, fitted.layout)
        budget *= 0.95
    return FittedText("", size, (), 0.0, 0.0, rtl, True)


def _font(size: float, spec: TextSpec, rtl: bool) -> QFont:
    return badge_font(size * ARABIC_SCALE if rtl else size, spec.bold)


def _set(text: str, size: float, spec: TextSpec, rtl: bool, wrap: QTextOption.WrapMode) -> FittedText:
    size = round(size * UNITS_PER_MM) / UNITS_PER_MM
    layout = QTextLayout(text, _font(size, spec, rtl))
    option = QTextOption(_alignment(spec.align, rtl))
    option.setWrapMode(wrap)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    box_width = spec.box.w * UNITS_PER_MM
    pitch = size * LINE_HEIGHT * UNITS_PER_MM
    baseline = size * (ARABIC_BASELINE if rtl else BASELINE) * UNITS_PER_MM
    widest = 0.0
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(box_width)
        line.setPosition(QPointF(0.0, len(lines) * pitch + baseline - line.ascent()))
        widest = max(widest, line.naturalTextWidth())
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return FittedText(
        text, size, tuple(lines), widest / UNITS_PER_MM, len(lines) * pitch / UNITS_PER_MM, rtl, layout=layout
    )


def draw_text(painter: QPainter, fitted: FittedText, spec: TextSpec, colour: str) -> None:
    """Draws a fitted text in its box (the painter works in badge units)."""
    if fitted.layout is None or not fitted.lines:
        return
    top = spec.box.y + ((spec.box.h - fitted.height) / 2 if spec.middle else 0.0)
    painter.setPen(QColor(colour))
    fitted.layout.draw(painter, QPointF(spec.box.x * UNITS_PER_MM, top * UNITS_PER_MM))
