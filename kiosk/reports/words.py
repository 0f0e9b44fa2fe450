"""The English words for verdict codes and refusal reasons, for everything that is not the screen.

Reports, the terminal demo and the headless narration print these; the screen translates its own.
"""

from __future__ import annotations

from kiosk.domain.verdict import RefusalReason, VerdictCode

VERDICT_WORDS: dict[VerdictCode, str] = {
    VerdictCode.VALID: "Valid",
    VerdictCode.MALFORMED: "Not one of our badges",
    VerdictCode.FORGED: "Forged or altered",
    VerdictCode.OTHER_EVENT: "Badge of another event",
    VerdictCode.UNKNOWN_BADGE: "Unknown badge number",
    VerdictCode.SUPERSEDED: "Superseded by a reprint",
    VerdictCode.SUSPENDED: "Suspended",
    VerdictCode.REVOKED: "Revoked",
    VerdictCode.NOT_ACCREDITED_FOR_SESSION: "Not accredited for the session",
    VerdictCode.OUTSIDE_WINDOW: "Outside the access window",
    VerdictCode.ALREADY_ADMITTED: "Already admitted",
}
REFUSAL_WORDS: dict[RefusalReason, str] = {
    RefusalReason.ID_MISMATCH: "Identity document does not match",
    RefusalReason.NO_PRESS_CREDENTIAL: "No press card or mission letter",
    RefusalReason.SECURITY_SCREENING: "Refused the security screening",
    RefusalReason.CONDUCT: "Behaviour at the door",
    RefusalReason.OTHER: "Other reason",
}


def verdict_words(code: str) -> str:
    """The words for a stored code; a code this version does not know is shown as it is."""
    try:
        return VERDICT_WORDS[VerdictCode(code)]
    except ValueError:
        return code


def refusal_words(reason: str) -> str:
    try:
        return REFUSAL_WORDS[RefusalReason(reason)]
    except ValueError:
        return reason
