"""Verdict codes and states into the officer's words. The domain only has codes; words live here.

Every string goes through QCoreApplication.translate so `pyside6-lupdate` finds it and the
translation installed at the moment of the call is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kiosk.domain.programme import Event
from kiosk.domain.verdict import Decision, RefusalReason, Verdict, VerdictCode
from kiosk.ui.controller import Banner, BannerState
from kiosk.ui.ports import CameraState
from kiosk.ui.worker import FailureKind

LOCALES = {"fr": "fr_FR", "en": "en_GB", "ar": "ar_MA"}  # ar_MA: Latin digits, as in Marrakech


def _t(text: str) -> str:
    return QCoreApplication.translate("Wording", text)


@dataclass(frozen=True)
class DenialWords:
    reason: str  # the large line: what is wrong
    details: tuple[str, ...]  # times, places, the roster's reason
    action: str  # what the officer does now


def time_of(at: datetime, event: Event) -> str:
    return f"{event.local(at):%H:%M}"


def day_of(at: datetime, event: Event, language: str) -> str:
    local = event.local(at)
    return QLocale(LOCALES.get(language, "en_GB")).toString(QDate(local.year, local.month, local.day), "d MMMM")


def when(at: datetime, event: Event, language: str) -> str:
    return _t("{time} on {day}").format(time=time_of(at, event), day=day_of(at, event, language))


def session_name(event: Event, code: str | None, language: str) -> str:
    if not code:
        return ""
    session = event.sessions.get(code)
    return session.name(language) if session else code


def checkpoint_name(event: Event, code: str, language: str) -> str:
    checkpoint = event.checkpoints.get(code)
    return checkpoint.name(language) if checkpoint else code


def denial_words(verdict: Verdict, event: Event, language: str) -> DenialWords:
    code = verdict.code
    details: list[str] = []
    call = _t("Refuse entry and call the supervisor.")
    refuse = _t("Refuse entry.")
    if code is VerdictCode.MALFORMED:
        return DenialWords(_t("Not a badge of this event"), (), _t("Ask for the accreditation badge."))
    if code is VerdictCode.OTHER_EVENT:
        return DenialWords(_t("Badge of another event"), (), refuse)
    if code is VerdictCode.FORGED:
        if verdict.detail == "unknown_key":
            details.append(_t("Signed with a key this kiosk does not trust."))
        else:
            details.append(_t("The signature does not match: the badge was forged or altered."))
        return DenialWords(_t("Forged or altered badge"), tuple(details), call)
    if code is VerdictCode.UNKNOWN_BADGE:
        if verdict.detail == "roster_out_of_date":
            details.append(_t("The badge is newer than this kiosk's roster: the roster may be out of date."))
            return DenialWords(_t("Badge not on this kiosk's roster"), tuple(details), call)
        return DenialWords(_t("Unknown badge: not on the roster"), (), call)
    if code is VerdictCode.REVOKED:
        if verdict.status_reason:
            details.append(_t("Reason: {reason}").format(reason=verdict.status_reason))
        return DenialWords(_t("Badge revoked"), tuple(details), call)
    if code is VerdictCode.SUSPENDED:
        if verdict.status_reason:
            details.append(_t("Reason: {reason}").format(reason=verdict.status_reason))
        return DenialWords(_t("Badge suspended"), tuple(details), call)
    if code is VerdictCode.SUPERSEDED:
        if verdict.current_version:
            details.append(
                _t("A newer badge was printed (version {new}); this one is version {old}.").format(
                    new=verdict.current_version, old=verdict.badge_version or "?"
                )
            )
        return DenialWords(_t("Old badge: replaced by a newer one"), tuple(details), _t("Refuse this badge; ask for the new one."))
    if code is VerdictCode.NOT_ACCREDITED_FOR_SESSION:
        if verdict.session:
            details.append(_t("Session now: {session}").format(session=session_name(event, verdict.session, language)))
        if verdict.opens_at:
            details.append(_t("Their session opens at {when}.").format(when=when(verdict.opens_at, event, language)))
        return DenialWords(_t("Wrong session: not accredited for this one"), tuple(details), refuse)
    if code is VerdictCode.OUTSIDE_WINDOW:
        appointment = verdict.detail == "appointment"
        if verdict.opens_at:
            line = _t("Appointment at {when}.") if appointment else _t("Doors open at {when}.")
            details.append(line.format(when=when(verdict.opens_at, event, language)))
            return DenialWords(_t("Too early"), tuple(details), _t("Refuse entry for now; ask them to come back."))
        if verdict.closed_at:
            line = _t("The appointment ended at {when}.") if appointment else _t("Entry closed at {when}.")
            details.append(line.format(when=when(verdict.closed_at, event, language)))
        return DenialWords(_t("Entry closed"), tuple(details), refuse)
    if code is VerdictCode.ALREADY_ADMITTED:
        if verdict.prior is not None:
            details.append(
                _t("Admitted at {time} through {checkpoint} ({session}).").format(
                    time=time_of(verdict.prior.at, event),
                    checkpoint=checkpoint_name(event, verdict.prior.checkpoint, language),
                    session=session_name(event, verdict.prior.session, language),
                )
            )
        return DenialWords(_t("Already admitted"), tuple(details), call)
    return DenialWords(code.value, (), call)


def short_reason(code: VerdictCode) -> str:
    """One or two words, for lists and the event log on screen."""
    return {
        VerdictCode.VALID: _t("Valid"),
        VerdictCode.MALFORMED: _t("Not a badge"),
        VerdictCode.FORGED: _t("Forged"),
        VerdictCode.OTHER_EVENT: _t("Other event"),
        VerdictCode.UNKNOWN_BADGE: _t("Unknown"),
        VerdictCode.SUPERSEDED: _t("Superseded"),
        VerdictCode.SUSPENDED: _t("Suspended"),
        VerdictCode.REVOKED: _t("Revoked"),
        VerdictCode.NOT_ACCREDITED_FOR_SESSION: _t("Wrong session"),
        VerdictCode.OUTSIDE_WINDOW: _t("Outside hours"),
        VerdictCode.ALREADY_ADMITTED: _t("Already admitted"),
    }[code]


def refusal_words(reason: RefusalReason | None) -> str:
    return {
        RefusalReason.ID_MISMATCH: _t("Identity document does not match"),
        RefusalReason.NO_PRESS_CREDENTIAL: _t("No press card or mission letter"),
        RefusalReason.OTHER: _t("Refused by the officer"),
        None: _t("Refused by the officer"),
    }[reason]


def decision_words(decision: Decision) -> str:
    return _t("Admitted") if decision is Decision.ADMITTED else _t("Refused")


def id_document_words(kind: str) -> str:
    return {
        "passport": _t("Passport"),
        "national_id": _t("National identity card"),
        "residence_permit": _t("Residence permit"),
    }.get(kind, kind)


def role_words(role: str) -> str:
    return {
        "journalist": _t("Journalist"),
        "photographer": _t("Photographer"),
        "camera_operator": _t("Camera operator"),
        "technician": _t("Technician"),
        "producer": _t("Producer"),
        "fixer": _t("Fixer"),
    }.get(role, role)


def camera_words(state: CameraState) -> str:
    return {
        CameraState.STARTING: _t("Camera starting…"),
        CameraState.LIVE: _t("Camera on"),
        CameraState.RETRYING: _t("Camera unavailable — retrying"),
        CameraState.ENDED: _t("Video ended"),
    }[state]


def banner_words(state: BannerState) -> str:
    if state.banner is Banner.FINISH_CHECK_FIRST:
        if state.waiting > 1:
            return _t("{n} more badges are waiting. Finish this check first; they will be checked next.").format(
                n=state.waiting
            )
        return _t("Another badge is waiting. Finish this check first; it will be checked next.")
    return {
        Banner.ONE_BADGE_AT_A_TIME: _t("Several badges seen at once: one badge at a time, please."),
        Banner.SIGN_IN_FIRST: _t("A badge was shown: sign in first to check it."),
        Banner.BADGE_ON_SCREEN: _t("This badge is already on the screen."),
    }[state.banner]


def failure_words(kind: FailureKind) -> tuple[str, str, str]:
    """(large word, title, what to do) for a write that failed."""
    return {
        FailureKind.SCAN_NOT_RECORDED: (
            _t("ERROR"),
            _t("Scan not recorded"),
            _t("The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor."),
        ),
        FailureKind.DECISION_NOT_RECORDED: (
            _t("NOT SAVED"),
            _t("Decision not recorded"),
            _t("Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor."),
        ),
        FailureKind.DECISION_CONFLICT: (
            _t("NOT ADMITTED"),
            _t("Badge already used elsewhere"),
            _t("This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor."),
        ),
        FailureKind.ACTION_FAILED: (
            _t("ERROR"),
            _t("Action failed"),
            _t("Try again; if this repeats, call the supervisor."),
        ),
    }[kind]
