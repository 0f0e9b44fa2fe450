"""Verdict codes and states into the officer's words. The domain only has codes; words live here.

Every string goes through QCoreApplication.translate so `pyside6-lupdate` finds it and the
translation installed at the moment of the call is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kiosk.domain.accreditation import StatusReason, UnknownReasonCode, split_status_reason
from kiosk.domain.log import DecisionRefusal
from kiosk.domain.programme import Event
from kiosk.domain.roster_update import RosterSource, RosterSourceKind
from kiosk.domain.site import SiteState
from kiosk.domain.verdict import RecentEvent, RecentKind, RefusalReason, Verdict, VerdictCode
from kiosk.scanner.status import CameraStatus
from kiosk.ui.vocabulary import Banner, BannerState, Failure, FailureKind

LOCALES = {"fr": "fr_FR", "en": "en_GB", "ar": "ar_MA"}  # ar_MA: Latin digits, as in Marrakech


@dataclass(frozen=True)
class DenialWords:
    reason: str  # the large line: what is wrong
    details: tuple[str, ...]  # times, places, the roster's reason
    action: str  # what the officer does now
    calls_supervisor: bool = False  # the action is to call the supervisor: the page can be kept on screen


LTR_EMBED, POP = "\u202a", "\u202c"  # keeps "1280 × 720" or "/dev/video0" in order inside Arabic text


def left_to_right(text: str) -> str:
    return f"{LTR_EMBED}{text}{POP}"


def decimal(value: float, language: str, places: int = 1) -> str:
    """A number as the officer's language writes it: 0,2 in French, 0.2 in English."""
    return QLocale(LOCALES.get(language, "en_GB")).toString(value, "f", places)


def time_of(at: datetime, event: Event) -> str:
    return f"{event.local(at):%H:%M}"


def day_of(at: datetime, event: Event, language: str) -> str:
    local = event.local(at)
    return QLocale(LOCALES.get(language, "en_GB")).toString(QDate(local.year, local.month, local.day), "d MMMM")


def when(at: datetime, event: Event, language: str) -> str:
    return QCoreApplication.translate("Wording", "{time} on {day}").format(time=time_of(at, event), day=day_of(at, event, language))


def session_name(event: Event, code: str | None, language: str) -> str:
    if not code:
        return ""
    session = event.sessions.get(code)
    return session.name(language) if session else code


def checkpoint_name(event: Event, code: str, language: str) -> str:
    checkpoint = event.checkpoints.get(code)
    return checkpoint.name(language) if checkpoint else code


def denial_words(verdict: Verdict, event: Event, language: str) -> DenialWords:
    words = _denial_words(verdict, event, language)
    return DenialWords(words.reason, words.details, words.action, words.action == _call())


def _call() -> str:
    return QCoreApplication.translate("Wording", "Refuse entry and call the supervisor.")


def _denial_words(verdict: Verdict, event: Event, language: str) -> DenialWords:
    code = verdict.code
    details: list[str] = []
    call = _call()
    refuse = QCoreApplication.translate("Wording", "Refuse entry.")
    if code is VerdictCode.MALFORMED:
        return DenialWords(QCoreApplication.translate("Wording", "Not a badge of this event"), (), QCoreApplication.translate("Wording", "Ask for the accreditation badge."))
    if code is VerdictCode.OTHER_EVENT:
        return DenialWords(QCoreApplication.translate("Wording", "Badge of another event"), (), refuse)
    if code is VerdictCode.FORGED:
        if verdict.detail == "unknown_key":
            details.append(QCoreApplication.translate("Wording", "Signed with a key this kiosk does not trust."))
        else:
            details.append(QCoreApplication.translate("Wording", "The signature does not match: the badge was forged or altered."))
        return DenialWords(QCoreApplication.translate("Wording", "Forged or altered badge"), tuple(details), call)
    if code is VerdictCode.UNKNOWN_BADGE:
        if verdict.detail == "roster_out_of_date":
            details.append(QCoreApplication.translate("Wording", "The badge is newer than this kiosk's roster: the roster may be out of date."))
            return DenialWords(QCoreApplication.translate("Wording", "Badge not on this kiosk's roster"), tuple(details), call)
        return DenialWords(QCoreApplication.translate("Wording", "Unknown badge: not on the roster"), (), call)
    if code is VerdictCode.REVOKED:
        details += status_reason_lines(verdict.status_reason)
        return DenialWords(QCoreApplication.translate("Wording", "Badge revoked"), tuple(details), call)
    if code is VerdictCode.SUSPENDED:
        details += status_reason_lines(verdict.status_reason)
        return DenialWords(QCoreApplication.translate("Wording", "Badge suspended"), tuple(details), call)
    if code is VerdictCode.SUPERSEDED:
        if verdict.current_version:
            details.append(
                QCoreApplication.translate("Wording", "A newer badge was printed (version {new}); this one is version {old}.").format(
                    new=verdict.current_version, old=verdict.badge_version or "?"
                )
            )
        return DenialWords(QCoreApplication.translate("Wording", "Old badge: replaced by a newer one"), tuple(details), QCoreApplication.translate("Wording", "Refuse this badge; ask for the new one."))
    if code is VerdictCode.NOT_ACCREDITED_FOR_SESSION:
        if verdict.session:
            details.append(QCoreApplication.translate("Wording", "Session now: {session}").format(session=session_name(event, verdict.session, language)))
        if verdict.opens_at:
            details.append(QCoreApplication.translate("Wording", "Their session opens at {when}.").format(when=when(verdict.opens_at, event, language)))
        return DenialWords(QCoreApplication.translate("Wording", "Wrong session: not accredited for this one"), tuple(details), refuse)
    if code is VerdictCode.OUTSIDE_WINDOW:
        appointment = verdict.detail == "appointment"
        if verdict.opens_at:
            line = QCoreApplication.translate("Wording", "Appointment at {when}.") if appointment else QCoreApplication.translate("Wording", "Doors open at {when}.")
            details.append(line.format(when=when(verdict.opens_at, event, language)))
            return DenialWords(QCoreApplication.translate("Wording", "Too early"), tuple(details), QCoreApplication.translate("Wording", "Refuse entry for now; ask them to come back."))
        if verdict.closed_at:
            line = QCoreApplication.translate("Wording", "The appointment ended at {when}.") if appointment else QCoreApplication.translate("Wording", "Entry closed at {when}.")
            details.append(line.format(when=when(verdict.closed_at, event, language)))
        return DenialWords(QCoreApplication.translate("Wording", "Entry closed"), tuple(details), refuse)
    if code is VerdictCode.ALREADY_ADMITTED:
        if verdict.prior is not None:
            details.append(
                QCoreApplication.translate("Wording", "Admitted at {time} through {checkpoint} ({session}).").format(
                    time=time_of(verdict.prior.at, event),
                    checkpoint=checkpoint_name(event, verdict.prior.checkpoint, language),
                    session=session_name(event, verdict.prior.session, language),
                )
            )
        return DenialWords(QCoreApplication.translate("Wording", "Already admitted"), tuple(details), call)
    return DenialWords(code.value, (), call)


def status_reason_words(code: StatusReason) -> str:
    return {
        StatusReason.LOST_OR_STOLEN: QCoreApplication.translate("Wording", "Badge reported lost or stolen"),
        StatusReason.IDENTITY_CHECK: QCoreApplication.translate("Wording", "Identity to be confirmed with the accreditation office"),
        StatusReason.CREDENTIAL_UNCONFIRMED: QCoreApplication.translate("Wording", "Press credential could not be confirmed"),
        StatusReason.DOCUMENTS_MISSING: QCoreApplication.translate("Wording", "Required documents missing"),
        StatusReason.DUPLICATE: QCoreApplication.translate("Wording", "Registered twice: another badge replaces this one"),
        StatusReason.WITHDRAWN: QCoreApplication.translate("Wording", "Accreditation withdrawn by the organiser"),
        StatusReason.SECURITY: QCoreApplication.translate("Wording", "Security decision"),
        StatusReason.OTHER: QCoreApplication.translate("Wording", "Other reason"),
    }[code]


def status_reason_short(code: StatusReason) -> str:
    """A few words, for the supervisor's buttons."""
    return {
        StatusReason.LOST_OR_STOLEN: QCoreApplication.translate("Wording", "Lost or stolen"),
        StatusReason.IDENTITY_CHECK: QCoreApplication.translate("Wording", "Identity to confirm"),
        StatusReason.CREDENTIAL_UNCONFIRMED: QCoreApplication.translate("Wording", "Press credential doubtful"),
        StatusReason.DOCUMENTS_MISSING: QCoreApplication.translate("Wording", "Documents missing"),
        StatusReason.DUPLICATE: QCoreApplication.translate("Wording", "Registered twice"),
        StatusReason.WITHDRAWN: QCoreApplication.translate("Wording", "Withdrawn by the organiser"),
        StatusReason.SECURITY: QCoreApplication.translate("Wording", "Security decision"),
        StatusReason.OTHER: QCoreApplication.translate("Wording", "Other reason"),
    }[code]


def status_reason_lines(text: str) -> tuple[str, ...]:
    """The roster's reason in the officer's language, and the office's own words as an extra line."""
    try:
        code, note = split_status_reason(text)
    except UnknownReasonCode:
        code, note = None, text.strip()
    lines = []
    if code is not None:
        lines.append(QCoreApplication.translate("Wording", "Reason: {reason}").format(reason=status_reason_words(code)))
    if note:
        lines.append(QCoreApplication.translate("Wording", "Roster note: “{note}”").format(note=note))
    return tuple(lines)


def recent_line(event_seen: RecentEvent, event: Event, language: str) -> str:
    """One earlier denial or refusal of the day, e.g. "REFUSED 09:02 by officer 1001 — identity document does not match"."""
    time = time_of(event_seen.time, event)
    place = checkpoint_name(event, event_seen.checkpoint, language)
    if event_seen.kind is RecentKind.REFUSED:
        why = refusal_words(event_seen.reason)
        if event_seen.note:
            why = QCoreApplication.translate("Wording", "{reason}: {note}").format(reason=why, note=event_seen.note)
        officer = event_seen.officer or "—"
        return QCoreApplication.translate("Wording", "REFUSED {time} by officer {officer}, {place} — {reason}").format(
            time=time, officer=officer, place=place, reason=why
        )
    why = short_reason(event_seen.code) if event_seen.code is not None else "?"
    return QCoreApplication.translate("Wording", "DENIED {time}, {place} — {reason}").format(time=time, place=place, reason=why)


def short_reason(code: VerdictCode) -> str:
    """One or two words, for lists and the event log on screen."""
    return {
        VerdictCode.VALID: QCoreApplication.translate("Wording", "Valid"),
        VerdictCode.MALFORMED: QCoreApplication.translate("Wording", "Not a badge"),
        VerdictCode.FORGED: QCoreApplication.translate("Wording", "Forged"),
        VerdictCode.OTHER_EVENT: QCoreApplication.translate("Wording", "Other event"),
        VerdictCode.UNKNOWN_BADGE: QCoreApplication.translate("Wording", "Unknown"),
        VerdictCode.SUPERSEDED: QCoreApplication.translate("Wording", "Superseded"),
        VerdictCode.SUSPENDED: QCoreApplication.translate("Wording", "Suspended"),
        VerdictCode.REVOKED: QCoreApplication.translate("Wording", "Revoked"),
        VerdictCode.NOT_ACCREDITED_FOR_SESSION: QCoreApplication.translate("Wording", "Wrong session"),
        VerdictCode.OUTSIDE_WINDOW: QCoreApplication.translate("Wording", "Outside hours"),
        VerdictCode.ALREADY_ADMITTED: QCoreApplication.translate("Wording", "Already admitted"),
    }[code]


def refusal_words(reason: RefusalReason | None) -> str:
    return {
        RefusalReason.ID_MISMATCH: QCoreApplication.translate("Wording", "Identity document does not match"),
        RefusalReason.NO_PRESS_CREDENTIAL: QCoreApplication.translate("Wording", "No press card or mission letter"),
        RefusalReason.SECURITY_SCREENING: QCoreApplication.translate("Wording", "Refused the security screening"),
        RefusalReason.CONDUCT: QCoreApplication.translate("Wording", "Behaviour at the door"),
        RefusalReason.OTHER: QCoreApplication.translate("Wording", "Other reason"),
        None: QCoreApplication.translate("Wording", "Refused by the officer"),
    }[reason]


def id_document_words(kind: str) -> str:
    return {
        "passport": QCoreApplication.translate("Wording", "Passport"),
        "national_id": QCoreApplication.translate("Wording", "National identity card"),
        "residence_permit": QCoreApplication.translate("Wording", "Residence permit"),
    }.get(kind, kind)


def role_words(role: str) -> str:
    return {
        "journalist": QCoreApplication.translate("Wording", "Journalist"),
        "photographer": QCoreApplication.translate("Wording", "Photographer"),
        "camera_operator": QCoreApplication.translate("Wording", "Camera operator"),
        "technician": QCoreApplication.translate("Wording", "Technician"),
        "producer": QCoreApplication.translate("Wording", "Producer"),
        "fixer": QCoreApplication.translate("Wording", "Fixer"),
    }.get(role, role)


def camera_words(status: CameraStatus) -> str:
    if status.is_fault:  # bad frames, unavailable, lost: the scanner is reconnecting
        return QCoreApplication.translate("Wording", "Camera unavailable — retrying")
    if status is CameraStatus.RUNNING:
        return QCoreApplication.translate("Wording", "Camera on")
    if status is CameraStatus.ENDED:
        return QCoreApplication.translate("Wording", "Video ended")
    return QCoreApplication.translate("Wording", "Camera starting…")  # starting, or between two cameras


def camera_short(status: CameraStatus) -> str:
    """The camera's state in two words, for the top bar (the preview says more)."""
    if status.is_fault:
        return QCoreApplication.translate("Wording", "Camera fault")
    if status is CameraStatus.RUNNING:
        return QCoreApplication.translate("Wording", "Camera on")
    if status is CameraStatus.ENDED:
        return QCoreApplication.translate("Wording", "Video ended")
    return QCoreApplication.translate("Wording", "Camera starting")


def banner_words(state: BannerState) -> str:
    if state.banner is Banner.NEXT_WAITING:
        holder = state.waiting.holder if state.waiting is not None else None
        if holder is not None:
            return QCoreApplication.translate("Wording", "Next: {name} · {badge}\nFinish this check first.").format(
                name=holder.full_name, badge=holder.badge_number
            )
        return QCoreApplication.translate("Wording", "Another badge is waiting.\nFinish this check first.")
    return {
        Banner.ONE_BADGE_AT_A_TIME: QCoreApplication.translate("Wording", "Several badges at once:\none badge at a time, please."),
        Banner.SIGN_IN_FIRST: QCoreApplication.translate("Wording", "A badge was shown:\nsign in first to check it."),
        Banner.BADGE_ON_SCREEN: QCoreApplication.translate("Wording", "This badge is already\non the screen."),
        Banner.CHECK_EXPIRED: QCoreApplication.translate("Wording", "Open too long, not recorded:\nshow the badge again."),
    }[state.banner]


def decision_refusal_words(refusal: DecisionRefusal | None) -> str:
    """What changed since the scan, after "Not admitted:"."""
    words = {
        DecisionRefusal.REVOKED: QCoreApplication.translate("Wording", "the badge was revoked since the scan"),
        DecisionRefusal.SUSPENDED: QCoreApplication.translate("Wording", "the badge was suspended since the scan"),
        DecisionRefusal.SUPERSEDED: QCoreApplication.translate("Wording", "a newer badge was printed since the scan"),
        DecisionRefusal.NOT_ACCREDITED_FOR_SESSION: QCoreApplication.translate("Wording", "not accredited for the session now"),
        DecisionRefusal.OUTSIDE_WINDOW: QCoreApplication.translate("Wording", "outside the session's hours or appointment now"),
        DecisionRefusal.ALREADY_ADMITTED: QCoreApplication.translate("Wording", "already admitted meanwhile"),
        DecisionRefusal.UNKNOWN_BADGE: QCoreApplication.translate("Wording", "the badge is no longer on the roster"),
        DecisionRefusal.SCAN_EXPIRED: QCoreApplication.translate("Wording", "the check took too long"),
        DecisionRefusal.BEFORE_SCAN: QCoreApplication.translate("Wording", "the kiosk's clock went back"),
        DecisionRefusal.UNKNOWN_OFFICER: QCoreApplication.translate("Wording", "the officer is not on this kiosk's staff list"),
        DecisionRefusal.DATA_TOO_OLD: QCoreApplication.translate("Wording", "offline, on old data"),
    }
    if refusal in words:
        return words[refusal]
    return QCoreApplication.translate("Wording", "the log refused the decision")


def failure_words(failure: Failure, event: Event, language: str) -> tuple[str, str, str]:
    """(large word, title, what to do) for a write that failed or a decision the log refused."""
    if failure.kind is FailureKind.APPROVAL_NEEDED:
        return (
            QCoreApplication.translate("Wording", "OFFLINE"),
            QCoreApplication.translate("Wording", "Not admitted yet: {reason}").format(reason=decision_refusal_words(failure.refusal)),
            QCoreApplication.translate("Wording", "The roster may be out of date. A supervisor's PIN can admit this holder (it is logged), or go back and refuse entry."),
        )
    if failure.kind is FailureKind.DECISION_CONFLICT:
        reason = decision_refusal_words(failure.refusal)
        if failure.refusal is DecisionRefusal.SCAN_EXPIRED:
            action = QCoreApplication.translate("Wording", "Nothing was recorded. Show the badge again to check it anew.")
        elif failure.refusal is DecisionRefusal.ALREADY_ADMITTED and failure.prior is not None and failure.prior.officer:
            action = QCoreApplication.translate("Wording", "Already admitted at {checkpoint} at {time} by officer {officer}. Refuse entry and call the supervisor.").format(
                checkpoint=checkpoint_name(event, failure.prior.checkpoint, language), time=time_of(failure.prior.at, event),
                officer=failure.prior.officer,
            )
        elif failure.refusal is DecisionRefusal.ALREADY_ADMITTED:
            action = QCoreApplication.translate("Wording", "This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor.")
        else:
            action = QCoreApplication.translate("Wording", "Nothing was recorded. Refuse entry and call the supervisor.")
        return (
            QCoreApplication.translate("Wording", "NOT ADMITTED"),
            QCoreApplication.translate("Wording", "Not admitted: {reason}").format(reason=reason),
            action,
        )
    return {
        FailureKind.SCAN_NOT_RECORDED: (
            QCoreApplication.translate("Wording", "ERROR"),
            QCoreApplication.translate("Wording", "Scan not recorded"),
            QCoreApplication.translate("Wording", "The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor."),
        ),
        FailureKind.DECISION_NOT_RECORDED: (
            QCoreApplication.translate("Wording", "NOT SAVED"),
            QCoreApplication.translate("Wording", "Decision not recorded"),
            QCoreApplication.translate("Wording", "Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor."),
        ),
        FailureKind.ACTION_FAILED: (
            QCoreApplication.translate("Wording", "ERROR"),
            QCoreApplication.translate("Wording", "Action failed"),
            QCoreApplication.translate("Wording", "Try again; if this repeats, call the supervisor."),
        ),
    }[failure.kind]


def roster_words(source: RosterSource | None, event: Event, language: str) -> str:
    """The roster's age, e.g. "Roster of 24 Nov 07:40 (serial 12)"; an import is an unsigned source."""
    if source is None:
        return QCoreApplication.translate("Wording", "No roster yet")
    if source.kind is RosterSourceKind.PACKAGE and source.created_at is not None:
        return QCoreApplication.translate("Wording", "Roster of {when} (serial {serial})").format(
            when=short_when(source.created_at, event, language), serial=source.serial
        )
    return QCoreApplication.translate("Wording", "Roster imported {when} (unsigned)").format(
        when=short_when(source.applied_at, event, language)
    )


def site_offline_words(state: SiteState, event: Event, language: str) -> str:
    """Every page's top bar while the site is out of reach: "OFFLINE since 09:41 · roster of 09:40 · 12 to
    upload" (the roster's day too when it is not the day the link was lost)."""
    since = time_of(state.offline_since, event) if state.offline_since is not None else "?"
    source = state.roster
    if source is None:
        roster = QCoreApplication.translate("Wording", "no roster yet")
    else:
        made = source.created_at if source.created_at is not None else source.applied_at
        same_day = state.offline_since is not None and event.local(made).date() == event.local(state.offline_since).date()
        when = time_of(made, event) if same_day else short_when(made, event, language)
        roster = QCoreApplication.translate("Wording", "roster of {when}").format(when=when)
    line = QCoreApplication.translate("Wording", "OFFLINE since {time} · {roster} · {count} to upload")
    return line.format(time=since, roster=roster, count=state.pending_uploads)  # a bare count: no plural forms


def site_clock_words(state: SiteState, language: str) -> str:
    """Every page's top bar while this kiosk's clock is further off the site's than its limit: "CLOCK 3.2 s
    FAST · sessions judged on the site's time", or, too far off to correct, that it must be set."""
    offset = state.clock_offset
    if offset is None:
        return ""
    span = _clock_span(abs(offset.total_seconds()), language)
    fast = offset.total_seconds() < 0  # the site's clock minus this one: negative, this one is ahead
    if state.clock_corrected:
        line = (
            QCoreApplication.translate("Wording", "CLOCK {span} FAST · sessions judged on the site's time")
            if fast else QCoreApplication.translate("Wording", "CLOCK {span} SLOW · sessions judged on the site's time")
        )
    else:
        line = (
            QCoreApplication.translate("Wording", "CLOCK {span} FAST: too far off to correct, have it set")
            if fast else QCoreApplication.translate("Wording", "CLOCK {span} SLOW: too far off to correct, have it set")
        )
    return line.format(span=span)


def _clock_span(seconds: float, language: str) -> str:
    if seconds < 120:
        return QCoreApplication.translate("Wording", "{seconds} s").format(seconds=decimal(seconds, language))
    minutes = int(seconds // 60)
    if minutes < 120:
        return QCoreApplication.translate("Wording", "{minutes} min").format(minutes=minutes)
    hours = minutes // 60
    if hours < 48:
        return QCoreApplication.translate("Wording", "{hours} h {minutes} min").format(hours=hours, minutes=minutes % 60)
    return QCoreApplication.translate("Wording", "{days} days").format(days=hours // 24)


def short_when(at: datetime, event: Event, language: str) -> str:
    """Day, short month and time in the event's zone: "24 Nov 07:40" (in the officer's language)."""
    local = event.local(at)
    day = QLocale(LOCALES.get(language, "en_GB")).toString(QDate(local.year, local.month, local.day), "d MMM")
    return f"{day} {local:%H:%M}"
