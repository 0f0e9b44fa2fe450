"""The verification rules: a QR text, a checkpoint and a time in; one verdict with one reason out.

Order matters: the first failing rule names the reason. Pure: the roster and the admissions come in
through small protocols, time through the caller.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Protocol

from kiosk.domain import badge
from kiosk.domain.accreditation import Accreditation, Appointment, Status
from kiosk.domain.gate import Gate, session_now, sessions_at
from kiosk.domain.programme import Event, Session
from kiosk.domain.verdict import Holder, PriorAdmission, Verdict, VerdictCode


class RosterLookup(Protocol):
    def find(self, badge_number: str) -> Accreditation | None: ...


class AdmissionLookup(Protocol):
    def admission_for(self, badge_number: str, session: str, occurrence: str) -> PriorAdmission | None: ...


def occurrence(event: Event, session: Session, at: datetime, slot: Appointment | None) -> str:
    """What "already admitted" counts per: the session's day (event time), or the appointment slot.

    A session open on several days admits once a day; a session by appointment once per slot.
    """
    if session.by_appointment and slot is not None:
        return event.local(slot.starts).isoformat(timespec="minutes")
    window = session.window_at(at)
    return event.local(window.opens if window is not None else at).date().isoformat()


def holder_of(acc: Accreditation) -> Holder:
    return Holder(
        badge_number=acc.badge_number,
        family_name=acc.family_name,
        given_names=acc.given_names,
        full_name=acc.full_name,
        outlet=acc.outlet,
        media_type=acc.media_type.value,
        role=acc.role.value,
        country=acc.country,
        photo=acc.photo,
        id_document_type=acc.id_document_type.value,
        id_document_last4=acc.id_document_last4,
        press_card_number=acc.press_card_number,
        press_card_issuer=acc.press_card_issuer,
        mission_letter=acc.mission_letter,
        attention_note=acc.attention_note,
        alt_name=acc.alt_name,
    )


class Verifier:
    """Judges scans for one event with the keys a kiosk trusts."""

    def __init__(self, event: Event, keys: badge.TrustedKeys) -> None:
        self.event = event
        self.keys = keys

    def judge_text(
        self, text: str, gate: Gate, at: datetime, roster: RosterLookup, admissions: AdmissionLookup
    ) -> Verdict:
        base = Verdict(code=VerdictCode.MALFORMED, checkpoint=gate.checkpoint, at=at)
        try:
            claim = badge.parse(text)
        except badge.BadgeFormatError:
            return base
        known_key = claim.key_id in self.keys
        ours = claim.event_code == self.event.code
        seen = _with(base, badge_number=claim.badge_number, badge_version=claim.version)
        if not known_key and not ours:
            return _with(seen, code=VerdictCode.OTHER_EVENT, detail=claim.event_code)
        if not self.keys.signature_valid(claim):
            return _with(seen, code=VerdictCode.FORGED, detail="" if known_key else "unknown_key")
        if not ours:
            return _with(seen, code=VerdictCode.OTHER_EVENT, detail=claim.event_code)
        acc = roster.find(claim.badge_number)
        if acc is None:
            return _with(seen, code=VerdictCode.UNKNOWN_BADGE)
        if claim.version > acc.badge_version:
            # Signed by us but newer than the roster: this kiosk's roster is out of date.
            return _with(seen, code=VerdictCode.UNKNOWN_BADGE, detail="roster_out_of_date")
        return self._judge_holder(seen, acc, gate, at, admissions, version=claim.version)

    def genuine_badge(self, text: str) -> str | None:
        """The number a text carries if it is a badge of this event signed with a trusted key, else None.

        Not a verdict: no roster, no time. It tells whose badge waits behind an open check.
        """
        try:
            claim = badge.parse(text)
        except badge.BadgeFormatError:
            return None
        if claim.event_code != self.event.code or claim.key_id not in self.keys:
            return None
        return claim.badge_number if self.keys.signature_valid(claim) else None

    def judge_holder(
        self, acc: Accreditation, gate: Gate, at: datetime, admissions: AdmissionLookup
    ) -> Verdict:
        """A manual check (badge damaged or forgotten): the person was found in the roster by search."""
        base = Verdict(
            code=VerdictCode.VALID,
            checkpoint=gate.checkpoint,
            at=at,
            badge_number=acc.badge_number,
            badge_version=acc.badge_version,
            manual=True,
        )
        return self._judge_holder(base, acc, gate, at, admissions, version=acc.badge_version)

    def judge_admission(
        self, acc: Accreditation, gate: Gate, at: datetime, admissions: AdmissionLookup, version: int
    ) -> Verdict:
        """The holder rules again when the officer admits: the facts may have changed since the scan."""
        base = Verdict(
            code=VerdictCode.VALID, checkpoint=gate.checkpoint, at=at, badge_number=acc.badge_number,
            badge_version=version,
        )
        return self._judge_holder(base, acc, gate, at, admissions, version=version)

    def _judge_holder(
        self,
        seen: Verdict,
        acc: Accreditation,
        gate: Gate,
        at: datetime,
        admissions: AdmissionLookup,
        version: int,
    ) -> Verdict:
        known = _with(seen, holder=holder_of(acc))
        if acc.status is Status.REVOKED:
            return _with(known, code=VerdictCode.REVOKED, status_reason=acc.status_reason)
        if acc.status is Status.SUSPENDED:
            return _with(known, code=VerdictCode.SUSPENDED, status_reason=acc.status_reason)
        if version < acc.badge_version:
            return _with(known, code=VerdictCode.SUPERSEDED, current_version=acc.badge_version)
        self.event.checkpoint(gate.checkpoint)  # an unknown checkpoint is a configuration error
        granted = [s for s in sessions_at(self.event, gate) if s.code in acc.sessions and s.admits_media]
        if not granted:
            return _with(known, code=VerdictCode.NOT_ACCREDITED_FOR_SESSION)
        eligible = [s for s in granted if s.window_at(at) is not None]
        if not eligible:
            upcoming = _next_opening(granted, at)
            running = session_now(self.event, gate, at).open
            # Sessions by appointment are open all day for someone: they never make a badge 'wrong session'.
            if running is not None and running.window_at(at) is not None and not running.by_appointment:
                # Another session is running: this badge is for a different one.
                return _with(
                    known,
                    code=VerdictCode.NOT_ACCREDITED_FOR_SESSION,
                    session=running.code,
                    opens_at=upcoming,
                )
            closed = _last_closing(granted, at)
            return _with(known, code=VerdictCode.OUTSIDE_WINDOW, opens_at=upcoming, closed_at=closed)
        session = eligible[0]
        slot = None
        if session.by_appointment:
            slot = next((a for a in acc.appointments if a.contains(at)), None)
            if slot is None:
                later = min((a.starts for a in acc.appointments if a.starts > at), default=None)
                return _with(
                    known,
                    code=VerdictCode.OUTSIDE_WINDOW,
                    session=session.code,
                    opens_at=later,
                    closed_at=None if later else max((a.ends for a in acc.appointments), default=None),
                    detail="appointment",
                )
        key = occurrence(self.event, session, at, slot)
        prior = admissions.admission_for(acc.badge_number, session.code, key)
        if prior is not None:
            return _with(
                known, code=VerdictCode.ALREADY_ADMITTED, session=session.code, occurrence=key, prior=prior
            )
        return _with(known, code=VerdictCode.VALID, session=session.code, occurrence=key)


def _next_opening(sessions: list[Session], at: datetime) -> datetime | None:
    return min((t for s in sessions if (t := s.next_opening(at)) is not None), default=None)


def _last_closing(sessions: list[Session], at: datetime) -> datetime | None:
    return max((t for s in sessions if (t := s.last_closing(at)) is not None), default=None)


def _with(verdict: Verdict, **changes: object) -> Verdict:
    return replace(verdict, **changes)  # type: ignore[arg-type]
