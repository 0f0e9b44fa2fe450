"""`kiosk run`: the full-screen kiosk on a camera, or on a video or images (headless for tests)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.errors import UsageError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    run = sub.add_parser("run", parents=[common], help="run the kiosk screen")
    add_screen_options(run)
    source = run.add_mutually_exclusive_group()
    source.add_argument("--camera", metavar="N", help="camera index or device path (default: 0)")
    source.add_argument("--source", metavar="FILE_OR_DIR", help="a video file, an image or a folder of images")
    run.add_argument("--checkpoint", help="the checkpoint this kiosk guards (default: from settings)")
    run.add_argument("--session", help="pin the checkpoint to one session (default: by the programme)")
    run.add_argument("--now", help="start the clock at this time (ISO 8601; event time if no offset); it then runs")
    run.set_defaults(handler=run_kiosk_command)


def add_screen_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--fullscreen", action="store_true", help="full screen, frameless (the kiosk at a door)")
    parser.add_argument("--headless", action="store_true", help="no screen: Qt offscreen, play the source once, exit")
    parser.add_argument("--auto-confirm", action="store_true", help="headless only: confirm documents automatically")
    parser.add_argument("--out", type=Path, metavar="DIR", help="write a screenshot of each verdict screen here")
    parser.add_argument(
        "--events-out", type=Path, metavar="FILE", help="write scans, verdicts, decisions as JSON lines"
    )
    parser.add_argument("--language", choices=["fr", "en", "ar"], help="the screen's first language")
    parser.add_argument("--show-cursor", action="store_true", help="show the mouse cursor (development)")


def run_kiosk_command(args: argparse.Namespace) -> int:
    from kiosk.app import KioskOptions, display_available, run_kiosk
    from kiosk.cli.station_options import open_station
    from kiosk.scanner.sources import IMAGE_SUFFIXES, image_files

    if args.auto_confirm and not args.headless:
        raise UsageError("--auto-confirm is only for --headless runs: at a door, officers confirm documents")
    if args.headless and not args.source:
        raise UsageError("--headless plays a file source once: give --source VIDEO_OR_IMAGES")
    if not args.headless and not display_available():
        raise UsageError("no display found: run on the kiosk's screen, or use --headless --source FILE")
    if args.source and not Path(args.source).exists():
        raise UsageError(f"no such source: {args.source}")
    if args.source and Path(args.source).is_dir() and not image_files(args.source):
        suffixes = ", ".join(sorted(s.lstrip(".") for s in IMAGE_SUFFIXES))
        raise UsageError(f"no images to play in {args.source} (looked for {suffixes})")
    with open_station(args, running_clock=True) as station:
        station.gate(args.checkpoint, args.session)  # fails early on a wrong name
        options = KioskOptions(
            source=args.source or args.camera or "0",
            checkpoint=args.checkpoint,
            session=args.session,
            fullscreen=args.fullscreen,
            headless=args.headless,
            auto_confirm=args.auto_confirm,
            out=args.out,
            events_out=args.events_out,
            language=args.language,
            show_cursor=args.show_cursor,
            # a video or images at a screen play once: not before an officer is there to see them
            camera_after_sign_in=bool(args.source) and not args.headless,
        )
        return run_kiosk(options, station)
