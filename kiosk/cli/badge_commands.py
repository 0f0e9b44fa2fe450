"""`kiosk badges …`: signed badge texts, print-ready PDFs, PNG images and reprints."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.progress import ProgressBar
from kiosk.cli.site_commands import after_roster_change
from kiosk.cli.station_options import open_station

if TYPE_CHECKING:
    from kiosk.station.station import Station

LAYOUT_NAMES = ("a6", "cr80", "a4-sheet")
IMAGE_FORMATS = ("a6", "cr80")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    badges = sub.add_parser("badges", help="signed badges").add_subparsers(
        dest="badges_command", metavar="ACTION", required=True
    )
    payload = badges.add_parser("payload", parents=[common], help="the signed QR text of a badge")
    payload.add_argument("badge_number")
    payload.set_defaults(handler=run_payload)
    reissue = badges.add_parser("reissue", parents=[common], help="reprint: older badges become superseded")
    reissue.add_argument("badge_number")
    reissue.set_defaults(handler=run_reissue)

    pdf = badges.add_parser(
        "print", parents=[common],
        help="print-ready PDF of the named badges, or of every active badge",
        description="Named badges must be active: reinstate a suspended or revoked badge before printing it.",
    )
    pdf.add_argument("numbers", nargs="*", metavar="NUMBER", help="badge numbers (default: every active badge)")
    pdf.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    pdf.add_argument(
        "--layout",
        choices=LAYOUT_NAMES,
        default="a6",
        help="a6: one A6 badge per page; cr80: one card per page; a4-sheet: nine cards per A4 with crop marks",
    )
    pdf.add_argument("--progress", action="store_true", help="draw the progress bar even when piped")
    pdf.set_defaults(handler=run_print)

    png = badges.add_parser("png", parents=[common], help="one PNG per badge, named NUMBER_vVERSION.png")
    png.add_argument("numbers", nargs="*", metavar="NUMBER", help="badge numbers (default: every active badge)")
    png.add_argument("--out", required=True, type=Path, metavar="DIR")
    png.add_argument("--format", choices=IMAGE_FORMATS, default="a6", dest="badge_format")
    png.add_argument("--dpi", type=int, default=150, help="image resolution (default 150)")
    png.add_argument("--progress", action="store_true", help="draw the progress bar even when piped")
    png.set_defaults(handler=run_png)


def run_payload(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        print(station.badge_text(args.badge_number.upper()))
    return 0


def run_reissue(args: argparse.Namespace) -> int:

    with open_station(args) as station:
        station.issuer()  # refuse before bumping if this machine cannot sign the new badge
        acc = station.roster.bump_version(args.badge_number.upper(), station.clock.now())
        print(
            f"{acc.badge_number} ({acc.full_name}) is now at version {acc.badge_version}; older badges are superseded"
        )
        print(station.badge_text(acc.badge_number))
        after_roster_change(station)
        return 0


def run_print(args: argparse.Namespace) -> int:
    from kiosk.badges.layout import PAGE_LAYOUTS
    from kiosk.badges.pdf import write_pdf
    from kiosk.errors import UsageError

    if args.out.suffix.lower() != ".pdf":
        raise UsageError(f"--out {args.out}: give a file name ending in .pdf")
    layout = PAGE_LAYOUTS[args.layout]
    with open_station(args) as station:
        people, faces = _prepare(station, args)
        pages = write_pdf(args.out, faces, layout, len(people), _bar(args, "printing", people))
    print(f"{len(people)} badge(s) on {pages} page(s), layout {layout.name}: {args.out}")
    return 0


def run_png(args: argparse.Namespace) -> int:
    from kiosk.badges.layout import BADGE_FORMATS
    from kiosk.badges.png import write_pngs
    from kiosk.errors import UsageError

    if not 72 <= args.dpi <= 1200:
        raise UsageError(f"--dpi {args.dpi}: use 72 to 1200")
    fmt = BADGE_FORMATS[args.badge_format]
    with open_station(args) as station:
        people, faces = _prepare(station, args)
        written = write_pngs(args.out, faces, fmt, len(people), args.dpi, _bar(args, "drawing", people))
    print(f"{len(written)} image(s) in {args.out}")
    return 0


def _prepare(station: Station, args: argparse.Namespace):  # noqa: ANN202 - (people, faces)
    from kiosk.badges.production import badge_faces, select_for_printing

    issuer = station.issuer()  # refuse at once on a kiosk, which has no signing key
    people = select_for_printing(station.roster, args.numbers)
    return people, badge_faces(people, station.event, issuer, station.paths.photos)


def _bar(args: argparse.Namespace, label: str, people: list) -> ProgressBar | None:
    """The bar is for whole-roster runs; a handful of named badges needs none."""
    if args.numbers and len(people) < 50 and not args.progress:
        return None
    return ProgressBar(label, force=args.progress)
