"""Badge and page geometry in millimetres, and the colour of each role. No Qt here: plain numbers.

Two badge formats share one structure (header, photo and names, role band, sessions, QR):
A6 portrait (105 x 148 mm) and the CR80 card in portrait (53.98 x 85.6 mm). Page layouts place
badges on paper: one per page, or nine CR80 cards on an A4 sheet with crop marks.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kiosk.domain.accreditation import MediaType, Role

MIN_QR_MODULE_MM = 0.5  # the smallest module a cheap webcam reads at arm's length (issue 3)
QR_QUIET_MODULES = 4


@dataclass(frozen=True)
class Box:
    """A rectangle in millimetres, from the badge's top-left corner."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def inset(self, d: float) -> Box:
        return Box(self.x + d, self.y + d, self.w - 2 * d, self.h - 2 * d)

    def contains(self, other: Box, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )


class Align(enum.Enum):
    START = "start"  # left for Latin, right for Arabic: follows the text's direction
    END = "end"
    CENTER = "center"


@dataclass(frozen=True)
class TextSpec:
    """How one field is set: the largest size it may have, how far it may shrink, how many lines."""

    box: Box
    max_size: float  # em size in mm
    min_size: float
    max_lines: int = 1
    bold: bool = False
    align: Align = Align.START
    middle: bool = False  # centred vertically (bands); otherwise set from the top
    # Below this fraction of max_size a one-line fit loses to wrapping at a larger size.
    shrink_floor: float = 0.7


@dataclass(frozen=True)
class BadgeFormat:
    name: str
    width: float
    height: float
    header: Box
    event_name: TextSpec
    event_name_alt: TextSpec | None  # the event's Arabic name, where there is room for it
    dates: TextSpec
    tag: TextSpec  # "MEDIA"
    photo: Box
    family_name: TextSpec
    given_names: TextSpec
    alt_name: TextSpec
    outlet: TextSpec
    country: TextSpec
    role_band: Box
    role: TextSpec
    media: TextSpec
    sessions: Box
    session_columns: int
    session_caption: float  # height in mm of the caption under each box
    number: TextSpec
    version: TextSpec
    qr: Box  # the whole symbol including its quiet zone

    @property
    def outline(self) -> Box:
        return Box(0, 0, self.width, self.height)

    def text_specs(self) -> dict[str, TextSpec]:
        specs = {
            name: getattr(self, name)
            for name in (
                "event_name", "dates", "tag", "family_name", "given_names", "alt_name", "outlet",
                "country", "role", "media", "number", "version",
            )
        }
        if self.event_name_alt is not None:
            specs["event_name_alt"] = self.event_name_alt
        return specs


A6 = BadgeFormat(
    name="a6",
    width=105.0,
    height=148.0,
    header=Box(0, 0, 105, 22),
    event_name=TextSpec(Box(5, 2.0, 95, 9.4), 4.0, 2.4, max_lines=2, bold=True),
    event_name_alt=TextSpec(Box(5, 11.6, 95, 4.8), 3.3, 2.2),
    dates=TextSpec(Box(5, 16.8, 62, 4.4), 3.2, 2.2),
    tag=TextSpec(Box(70, 16.4, 30, 5.0), 3.9, 2.4, bold=True, align=Align.END),
    photo=Box(5, 25, 27, 36),
    family_name=TextSpec(Box(35, 24.5, 65, 12.5), 6.4, 3.0, max_lines=2, bold=True),
    given_names=TextSpec(Box(35, 37.4, 65, 8.4), 4.6, 2.6, max_lines=2),
    alt_name=TextSpec(Box(35, 46.0, 65, 6.2), 4.6, 2.6),
    outlet=TextSpec(Box(35, 52.5, 65, 6.6), 3.3, 2.0, max_lines=2),
    country=TextSpec(Box(35, 59.3, 65, 3.8), 3.0, 2.0),
    role_band=Box(0, 63.5, 105, 10.5),
    role=TextSpec(Box(5, 64.3, 66, 9), 6.2, 3.2, bold=True, middle=True),
    media=TextSpec(Box(71, 64.3, 29, 9), 3.4, 2.0, max_lines=2, align=Align.END, middle=True),
    sessions=Box(5, 77, 29, 44),
    session_columns=2,
    session_caption=4.0,
    number=TextSpec(Box(5, 124, 29, 9), 6.4, 3.2, bold=True, middle=True),
    version=TextSpec(Box(5, 133.5, 29, 5), 3.4, 2.0, middle=True),
    # 1.42 mm modules, the symbol 14 mm clear of the lower edge a thumb holds (docs/badges.md)
    qr=Box(37, 76, 64, 64),
)

CR80 = BadgeFormat(
    name="cr80",
    width=53.98,
    height=85.6,
    header=Box(0, 0, 53.98, 11.5),
    event_name=TextSpec(Box(3, 1.2, 47.98, 5.8), 2.5, 1.5, max_lines=2, bold=True),
    event_name_alt=None,
    dates=TextSpec(Box(3, 7.6, 31, 3.2), 2.1, 1.4),
    tag=TextSpec(Box(35, 7.3, 15.98, 3.6), 2.6, 1.6, bold=True, align=Align.END),
    photo=Box(3, 13.5, 17, 22.7),
    family_name=TextSpec(Box(22, 13.2, 28.98, 8.4), 4.0, 1.8, max_lines=2, bold=True),
    given_names=TextSpec(Box(22, 21.8, 28.98, 5.4), 2.9, 1.6, max_lines=2),
    alt_name=TextSpec(Box(22, 27.3, 28.98, 4.0), 2.9, 1.6),
    outlet=TextSpec(Box(22, 31.4, 28.98, 4.9), 2.2, 1.3, max_lines=2),
    country=TextSpec(Box(3, 36.6, 47.98, 2.9), 2.0, 1.3),
    role_band=Box(0, 40, 53.98, 6.4),
    role=TextSpec(Box(3, 40.3, 33, 5.8), 3.8, 1.8, bold=True, middle=True),
    media=TextSpec(Box(36, 40.3, 14.98, 5.8), 2.0, 1.2, max_lines=2, align=Align.END, middle=True),
    sessions=Box(3, 48.5, 15.5, 21),
    session_columns=2,
    session_caption=2.2,
    number=TextSpec(Box(3, 70.5, 16, 5.4), 4.0, 2.0, bold=True, middle=True),
    version=TextSpec(Box(3, 76.2, 16, 3.2), 2.1, 1.4, middle=True),
    # 0.69 mm modules, 2.5 mm in from the right edge and 7.6 mm up from the lower one
    qr=Box(20.5, 47, 31, 31),
)

BADGE_FORMATS = {f.name: f for f in (A6, CR80)}


@dataclass(frozen=True)
class PageLayout:
    """Where badges sit on a page; the page is filled slot by slot."""

    name: str
    page_width: float
    page_height: float
    badge: BadgeFormat
    slots: tuple[tuple[float, float], ...]  # top-left corner of each badge on the page
    crop_marks: bool = False

    @property
    def per_page(self) -> int:
        return len(self.slots)


CROP_MARK_GAP = 1.0  # mm between the trim line and its mark, so a cut never shows the mark
CROP_MARK_LENGTH = 4.0


def _grid(page_w: float, page_h: float, fmt: BadgeFormat, cols: int, rows: int, gutter: float):
    left = (page_w - cols * fmt.width - (cols - 1) * gutter) / 2
    top = (page_h - rows * fmt.height - (rows - 1) * gutter) / 2
    return tuple(
        (left + c * (fmt.width + gutter), top + r * (fmt.height + gutter))
        for r in range(rows)
        for c in range(cols)
    )


PAGE_LAYOUTS = {
    "a6": PageLayout("a6", A6.width, A6.height, A6, ((0.0, 0.0),)),
    "cr80": PageLayout("cr80", CR80.width, CR80.height, CR80, ((0.0, 0.0),)),
    # Nine CR80 cards on A4; 8 mm gutters hold the corner marks, 12 mm margins keep every mark printable.
    "a4-sheet": PageLayout("a4-sheet", 210.0, 297.0, CR80, _grid(210.0, 297.0, CR80, 3, 3, 8.0), True),
}


def crop_marks(layout: PageLayout, used: int) -> list[tuple[float, float, float, float]]:
    """Corner marks (x1, y1, x2, y2 in mm) around the first `used` slots, pointing away from the cards."""
    if not layout.crop_marks:
        return []
    near, far = CROP_MARK_GAP, CROP_MARK_GAP + CROP_MARK_LENGTH
    marks = []
    for x, y in layout.slots[:used]:
        w, h = layout.badge.width, layout.badge.height
        for cx, sx in ((x, -1), (x + w, 1)):
            for cy, sy in ((y, -1), (y + h, 1)):
                marks.append((cx + sx * near, cy, cx + sx * far, cy))  # along the horizontal trim line
                marks.append((cx, cy + sy * near, cx, cy + sy * far))  # along the vertical trim line
    return marks


@dataclass(frozen=True)
class RoleStyle:
    label: str
    band: str  # colour of the band, #rrggbb
    ink: str  # text on the band: the darker or lighter of black and white, whichever reads better


def _ink_for(band: str) -> str:
    """White or near-black, whichever contrasts more with the band (WCAG relative luminance)."""
    channels = [int(band[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#ffffff" if (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.0605) else "#111111"


_ROLE_COLOURS = {
    Role.JOURNALIST: ("JOURNALIST", "#1d4ed8"),
    Role.PHOTOGRAPHER: ("PHOTOGRAPHER", "#f59e0b"),
    Role.CAMERA_OPERATOR: ("CAMERA OPERATOR", "#b91c1c"),
    Role.TECHNICIAN: ("TECHNICIAN", "#6b7280"),
    Role.PRODUCER: ("PRODUCER", "#7e22ce"),
    Role.FIXER: ("FIXER", "#15803d"),
}
ROLE_STYLES = {role: RoleStyle(label, colour, _ink_for(colour)) for role, (label, colour) in _ROLE_COLOURS.items()}

MEDIA_LABELS = {
    MediaType.PRINT: "PRINT",
    MediaType.TV: "TV",
    MediaType.RADIO: "RADIO",
    MediaType.ONLINE: "ONLINE",
    MediaType.PHOTO_AGENCY: "PHOTO AGENCY",
    MediaType.NEWS_AGENCY: "NEWS AGENCY",
}

HEADER_COLOUR = "#0f1f3d"
HEADER_INK = "#ffffff"
BODY_INK = "#111111"
MUTED_INK = "#4b5563"
SESSION_INK = "#111111"
SESSION_EMPTY = "#c7ccd3"
