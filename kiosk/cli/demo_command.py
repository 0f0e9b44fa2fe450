"""`kiosk demo`: the kiosk screen on the opening morning, a simulated camera showing sample badges.

`kiosk demo --terminal` keeps the original text demo (the same engine, printed).
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import timedelta
from pathlib import Path

from kiosk.cli.run_command import add_screen_options


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = sub.add_parser("demo", parents=[common], help="run the demo on a fresh demo home")
    demo.add_argument("--terminal", action="store_true", help="the text demo, without a screen")
    add_screen_options(demo)
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    if args.terminal:
        return run_terminal_demo(args)
    return run_screen_demo(args)


def run_screen_demo(args: argparse.Namespace) -> int:
    """A fresh demo home (never the real one), a simulated clock and camera, the real kiosk screen."""
    from kiosk.app import KioskOptions, display_available, run_kiosk
    from kiosk.demo import prepare_demo_home
    from kiosk.demo_kiosk import DEMO_CREDENTIALS, DEMO_START, prepare_demo_camera, seed_demo_staff
    from kiosk.domain.clock import OffsetClock
    from kiosk.station import Station

    headless = args.headless or not display_available()
    clock = OffsetClock(DEMO_START)
    home = Path(args.home) if args.home else Path(tempfile.mkdtemp(prefix="kiosk-demo-"))
    paths = prepare_demo_home(home, clock)
    station = Station.open(argparse.Namespace(home=str(paths.home), db=None, event=args.event), clock)
    try:
        seed_demo_staff(station)
        camera = prepare_demo_camera()
        print(f"Demo home: {paths.home}  (a temporary folder; the real home is untouched)")
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
    finally:
        station.close()


def run_terminal_demo(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.demo import DEMO_MORNING, altered, prepare_demo_home
    from kiosk.domain.badge import BadgeIssuer
    from kiosk.domain.clock import FixedClock
    from kiosk.domain.verdict import Decision
    from kiosk.station import Station

    clock = FixedClock(DEMO_MORNING)
    paths = prepare_demo_home(Path(args.home) if args.home else None, clock)
    station = Station.open(argparse.Namespace(home=str(paths.home), db=None, event=None), clock)
    service = station.checkpoint_service()
    sign = station.badge_text
    event = station.event
    print(f"{event.name('en')} — {event.checkpoints[service.checkpoint].name('en')}")
    print(f"Demo home: {paths.home}  (roster: {station.roster.count()} accreditations)\n")

    stranger = BadgeIssuer(Ed25519PrivateKey.generate())
    genuine = sign("M0001")
    # The demo roster holds M0003 reprinted (DEMO_REISSUED): its first print is now superseded.
    old_badge = station.issuer().sign(event.code, "M0003", 1)
    scans = [
        ("07:45", "Salma El Amrani, before the doors open", genuine),
        ("09:02", "Salma El Amrani, doors open", genuine),
        ("09:04", "a badge signed with someone else's key", stranger.sign("IGA93", "M0001", 1)),
        ("09:05", "Salma's badge with one character edited", altered(genuine)),
        ("09:07", "Piotr Kowalski, badge revoked", sign("M0008")),
        ("09:08", "Yui Tanaka, badge suspended", sign("M0009")),
        ("09:10", "João Pedro Silva, closing ceremony only", sign("M0006")),
        ("09:12", "Anne-Kathrin Müller-Lüdenscheidt, old badge after a reprint", old_badge),
        ("09:13", "Anne-Kathrin Müller-Lüdenscheidt, new badge", sign("M0003")),
        ("09:15", "Salma El Amrani again", genuine),
        ("09:16", "a badge number not on the roster", station.issuer().sign("IGA93", "M0999", 1)),
        ("09:17", "a QR code from a restaurant menu", "https://menu.example.com/table/12"),
    ]
    for hhmm, who, text in scans:
        hour, minute = map(int, hhmm.split(":"))
        clock.set(DEMO_MORNING.replace(hour=hour, minute=minute))
        verdict = service.scan(text)
        print(f"{hhmm}  {who}")
        print(f"       → {describe(verdict, event)}")
        if verdict.admissible:
            service.decide(verdict.scan_id, Decision.ADMITTED, officer="demo")
            print("       → officer checked ID and press card: ADMITTED")
        clock.advance(timedelta(seconds=30))
    print(f"\nLog chain intact: {not station.log.verify_chain()}")
    station.close()
    return 0


def describe(verdict, event) -> str:  # noqa: ANN001 - terminal wording of a verdict
    from kiosk.domain.verdict import VerdictCode as V

    local = event.local
    holder = verdict.holder
    code = verdict.code
    if code is V.VALID:
        h = holder
        cred = f"mission letter from {h.outlet}" if h.mission_letter else f"press card {h.press_card_number} ({h.press_card_issuer})"
        return (f"VALID — check documents: {h.full_name}, {h.outlet}; "
                f"{h.id_document_type} ending {h.id_document_last4}; {cred}")
    words = {
        V.MALFORMED: "DENIED — not one of our badges",
        V.FORGED: "DENIED — forged or altered badge",
        V.OTHER_EVENT: "DENIED — badge of another event",
        V.UNKNOWN_BADGE: "DENIED — badge number not on the roster",
        V.SUPERSEDED: f"DENIED — superseded by reprint version {verdict.current_version}",
        V.SUSPENDED: f"DENIED — suspended: {verdict.status_reason}",
        V.REVOKED: f"DENIED — revoked: {verdict.status_reason}",
        V.NOT_ACCREDITED_FOR_SESSION: "DENIED — not accredited for this session",
        V.ALREADY_ADMITTED: "DENIED — already admitted",
        V.OUTSIDE_WINDOW: "DENIED — outside the access window",
    }[code]
    if code is V.OUTSIDE_WINDOW and verdict.opens_at:
        words += f" (opens {local(verdict.opens_at):%d %b %H:%M})"
    elif code is V.OUTSIDE_WINDOW and verdict.closed_at:
        words += f" (closed at {local(verdict.closed_at):%d %b %H:%M})"
    if code is V.NOT_ACCREDITED_FOR_SESSION and verdict.opens_at:
        words += f" (their session opens {local(verdict.opens_at):%d %b %H:%M})"
    if code is V.ALREADY_ADMITTED and verdict.prior:
        words += f" at {local(verdict.prior.at):%H:%M} by {verdict.prior.checkpoint}"
    who = f" [{holder.full_name}]" if holder else ""
    return f"{words}{who}  (code: {code.value})"
