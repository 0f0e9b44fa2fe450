"""The demo morning as text: the same engine as the screen, each verdict printed in English."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.demo.home import DEMO_MORNING, altered, prepare_demo_home
from kiosk.domain.badge import BadgeIssuer
from kiosk.domain.clock import FixedClock
from kiosk.domain.programme import Event
from kiosk.domain.verdict import Decision, Verdict, VerdictCode
from kiosk.reports.words import VERDICT_WORDS
from kiosk.station.station import Station


def play_terminal_demo(home: Path | None = None) -> int:
    clock = FixedClock(DEMO_MORNING)
    paths = prepare_demo_home(home, clock)
    with Station.open(paths.home, clock=clock) as station:
        service = station.checkpoint_service()
        sign = station.badge_text
        event = station.event
        print(f"{event.name('en')} — {event.checkpoints[service.gate.checkpoint].name('en')}")
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
            if verdict.admissible and verdict.scan_id is not None:
                service.decide(verdict.scan_id, Decision.ADMITTED, officer="")
                print("       → officer checked ID and press card: ADMITTED")
            clock.advance(timedelta(seconds=30))
        print(f"\nLog chain intact: {not station.log.verify_chain()}")
    return 0


def describe(verdict: Verdict, event: Event) -> str:
    """One line: the verdict's words, its facts (version, reason, times), the holder and the code."""
    local = event.local
    holder = verdict.holder
    code = verdict.code
    if code is VerdictCode.VALID and holder is not None:
        cred = (
            f"mission letter from {holder.outlet}"
            if holder.mission_letter
            else f"press card {holder.press_card_number} ({holder.press_card_issuer})"
        )
        return (
            f"VALID — check documents: {holder.full_name}, {holder.outlet}; "
            f"{holder.id_document_type} ending {holder.id_document_last4}; {cred}"
        )
    words = f"DENIED — {VERDICT_WORDS[code].lower()}"
    if code is VerdictCode.SUPERSEDED:
        words += f" (version {verdict.current_version} is current)"
    elif code in (VerdictCode.SUSPENDED, VerdictCode.REVOKED) and verdict.status_reason:
        words += f": {verdict.status_reason}"
    elif code is VerdictCode.OUTSIDE_WINDOW and verdict.opens_at:
        words += f" (opens {local(verdict.opens_at):%d %b %H:%M})"
    elif code is VerdictCode.OUTSIDE_WINDOW and verdict.closed_at:
        words += f" (closed at {local(verdict.closed_at):%d %b %H:%M})"
    elif code is VerdictCode.NOT_ACCREDITED_FOR_SESSION and verdict.opens_at:
        words += f" (their session opens {local(verdict.opens_at):%d %b %H:%M})"
    elif code is VerdictCode.ALREADY_ADMITTED and verdict.prior:
        words += f" at {local(verdict.prior.at):%H:%M} by {verdict.prior.checkpoint}"
    who = f" [{holder.full_name}]" if holder else ""
    return f"{words}{who}  (code: {code.value})"
