"""`kiosk demo`: the kiosk screen on the opening morning, a simulated camera showing sample badges.

`kiosk demo --terminal` keeps the original text demo (the same engine, printed).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from kiosk.cli.run_command import add_screen_options


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = sub.add_parser("demo", parents=[common], help="run the demo on a fresh demo home")
    demo.add_argument("--terminal", action="store_true", help="the text demo, without a screen")
    add_screen_options(demo)
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    """On a fresh temporary home, removed when the demo ends, unless --home named one to keep."""
    home = Path(args.home) if args.home else Path(tempfile.mkdtemp(prefix="kiosk-demo-"))
    try:
        if args.terminal:
            from kiosk.demo.terminal import play_terminal_demo

            return play_terminal_demo(home)
        return run_screen_demo(args, home)
    finally:
        if not args.home:
            shutil.rmtree(home, ignore_errors=True)


def run_screen_demo(args: argparse.Namespace, home: Path) -> int:
    """A fresh demo home (never the real one), a simulated clock and camera, the real kiosk screen."""
    from kiosk.app import KioskOptions, display_available, run_kiosk
    from kiosk.demo.door import DEMO_CREDENTIALS, DEMO_START, prepare_demo_camera, seed_demo_staff
    from kiosk.demo.home import prepare_demo_home
    from kiosk.domain.clock import OffsetClock
    from kiosk.station.station import Station

    headless = args.headless or not display_available()
    clock = OffsetClock(DEMO_START)
    paths = prepare_demo_home(home, clock)
    with Station.open(paths.home, event=args.event, clock=clock) as station:
        seed_demo_staff(station)
        camera = prepare_demo_camera()
        kept = "kept after the demo" if args.home else "a temporary folder, removed when the demo ends"
        print(f"Demo home: {paths.home}  ({kept}; the real home is untouched)")
        print(f"Simulated camera: {camera} ({len(list(camera.glob('*.png')))} badge images)")
        if not headless:
            print(
                f"Sign in as officer {DEMO_CREDENTIALS.officer} with PIN {DEMO_CREDENTIALS.pin}; "
                f"supervisor PIN {DEMO_CREDENTIALS.supervisor_pin}."
            )
        options = KioskOptions(
            source=str(camera),
            fullscreen=args.fullscreen,
            headless=headless,
            auto_confirm=headless or args.auto_confirm,
            out=args.out,
            events_out=args.events_out,
            language=args.language,
            demo=DEMO_CREDENTIALS,
            show_cursor=args.show_cursor or not args.fullscreen,
            camera_after_sign_in=True,
            loop_source=True,
        )
        return run_kiosk(options, station)
