"""The badge layouts as printed before the door redesign (issue 15), kept to measure what it bought:
the QR box in the lower right corner, at the card's edges (A6 53 mm, CR80 26.5 mm)."""

from __future__ import annotations

from kiosk.badges.layout import Align, BadgeFormat, Box, TextSpec

A6_BEFORE = BadgeFormat(
    name="a6",
    width=105.0,
    height=148.0,
    header=Box(0, 0, 105, 25),
    event_name=TextSpec(Box(5, 2.5, 95, 10.5), 4.4, 2.4, max_lines=2, bold=True),
    event_name_alt=TextSpec(Box(5, 13.2, 95, 5.4), 3.6, 2.2),
    dates=TextSpec(Box(5, 19.2, 62, 4.8), 3.5, 2.2),
    tag=TextSpec(Box(70, 18.6, 30, 5.6), 4.2, 2.4, bold=True, align=Align.END),
    photo=Box(5, 29, 30, 40),
    family_name=TextSpec(Box(38, 28.5, 62, 14.5), 7.0, 3.0, max_lines=2, bold=True),
    given_names=TextSpec(Box(38, 43.5, 62, 9.5), 5.0, 2.6, max_lines=2),
    alt_name=TextSpec(Box(38, 53.3, 62, 7.2), 5.0, 2.6),
    outlet=TextSpec(Box(38, 61, 62, 9.0), 3.8, 2.2, max_lines=2),
    country=TextSpec(Box(38, 70.2, 62, 4.8), 3.5, 2.2),
    role_band=Box(0, 77, 105, 13),
    role=TextSpec(Box(5, 78, 66, 11), 7.0, 3.2, bold=True, middle=True),
    media=TextSpec(Box(71, 78, 29, 11), 3.6, 2.0, max_lines=2, align=Align.END, middle=True),
    sessions=Box(5, 94, 43, 40),
    session_columns=2,
    session_caption=4.2,
    number=TextSpec(Box(5, 136, 32, 9.5), 7.0, 3.5, bold=True, middle=True),
    version=TextSpec(Box(37, 136, 11, 9.5), 3.5, 2.0, align=Align.END, middle=True),
    qr=Box(51, 93, 53, 53),
)

CR80_BEFORE = BadgeFormat(
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
    sessions=Box(3, 48, 47.98, 10.6),
    session_columns=4,
    session_caption=2.4,
    number=TextSpec(Box(3, 62, 23.5, 6.0), 4.6, 2.2, bold=True, middle=True),
    version=TextSpec(Box(3, 68.2, 23.5, 3.4), 2.2, 1.4, middle=True),
    qr=Box(27.48, 59.1, 26.5, 26.5),
)

BEFORE = {"a6": A6_BEFORE, "cr80": CR80_BEFORE}
