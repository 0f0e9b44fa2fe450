"""`kiosk log verify`: each kiosk's chain and seals, the head kept outside the database, and the tables
that must be what the log makes them (admissions today; the roster's statuses once they are logged).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from kiosk.domain.log import LogKind
from kiosk.domain.seal import ChainRow, Seal, SealCheck, SealFileError, SealProblem, VerificationKey, check_seals
from kiosk.domain.verdict import Decision
from kiosk.storage.models import AdmissionRow, LogRow
from kiosk.storage.scan_log import ChainBreak, ScanLog

SHOWN_MISMATCHES = 10


@dataclass(frozen=True)
class KioskAudit:
    kiosk_id: str
    rows: int
    chain: ChainBreak | None
    seals: SealCheck | None  # None: not sealed, and no key given for it


@dataclass(frozen=True)
class LogAudit:
    kiosks: list[KioskAudit]
    admissions: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    changed_notes: list[int] = field(default_factory=list)
    keys_given: bool = False

    @property
    def intact(self) -> bool:
        return not (
            any(k.chain or (k.seals and k.seals.problem) for k in self.kiosks)
            or self.admissions or self.statuses or self.changed_notes
        )


def audit_log(log: ScanLog, keys: Mapping[str, VerificationKey]) -> LogAudit:
    """Everything `kiosk log verify` checks; `keys` are verification keys by kiosk id."""
    breaks = {b.kiosk_id: b for b in log.verify_chain()}
    audits = []
    for kiosk in sorted({*log.kiosks(), *keys, log.kiosk_id}):  # this home's kiosk even with no row left
        rows = log.chain_rows(kiosk)
        audits.append(KioskAudit(kiosk, len(rows), breaks.get(kiosk), _seal_check(log, kiosk, rows, keys.get(kiosk))))
    return LogAudit(
        audits, admission_problems(log), roster_status_problems(log), log.note_problems(), bool(keys)
    )


def _seal_check(log: ScanLog, kiosk: str, rows: list[ChainRow], key: VerificationKey | None) -> SealCheck | None:
    """None when the kiosk is not sealed: no seals, no key file, no head, no verification key."""
    seals = log.seals(kiosk)
    home = log.sealer is not None and log.kiosk_id == kiosk
    head: Seal | None = None
    if home:
        try:
            head = _head(log)
        except SealFileError as exc:
            return SealCheck(SealProblem(kiosk, str(exc)), len(seals), 0, key is not None)
    local_key = home and log.sealer is not None and log.sealer.is_set_up()
    if not seals and key is None and not local_key and head is None:
        return None
    expected = home and (local_key or bool(seals) or key is not None)
    return check_seals(kiosk, rows, seals, head, key, head_expected=expected)


def _head(log: ScanLog) -> Seal | None:
    assert log.sealer is not None
    return log.sealer.files.read_head()


def admission_problems(log: ScanLog) -> list[str]:
    """The admission table must be exactly the log's admitted decisions, minus its annulments.

    Compared by decision, badge, session and annulled-or-not: a deleted admission row would let a used
    badge in again, an added one would keep a holder out.
    """
    with log.db.read() as session:
        decisions = session.execute(
            select(LogRow.id, LogRow.badge_number, LogRow.session).where(
                LogRow.kind == LogKind.DECISION.value,
                LogRow.decision == Decision.ADMITTED.value,
                LogRow.badge_number.is_not(None),
            )
        ).all()
        annulled = set(
            session.scalars(select(LogRow.ref_id).where(LogRow.kind == LogKind.ANNULMENT.value))
        )
        table = session.execute(
            select(
                AdmissionRow.decision_log_id, AdmissionRow.badge_number, AdmissionRow.session,
                AdmissionRow.annulled_at,
            )
        ).all()
    expected = {row_id: (badge, code, row_id in annulled) for row_id, badge, code in decisions}
    problems: list[str] = []
    seen: set[int] = set()
    for decision_id, badge, code, annulled_at in sorted(table, key=lambda r: r[0]):
        actual = (badge, code, annulled_at is not None)
        if decision_id in seen:
            problems.append(f"admission table: decision #{decision_id} has more than one admission row")
            continue
        seen.add(decision_id)
        wanted = expected.get(decision_id)
        if wanted is None:
            problems.append(
                f"admission table: an admission of badge {badge} to {code} (decision #{decision_id}) "
                "is not an admitted decision of the log"
            )
        elif wanted[:2] != actual[:2]:
            problems.append(
                f"admission table: the row of decision #{decision_id} says badge {badge}, {code}; "
                f"the log says badge {wanted[0]}, {wanted[1]}"
            )
        elif wanted[2] != actual[2]:
            state = (
                "annulled in the table but not in the log" if actual[2]
                else "annulled in the log but standing in the table"
            )
            problems.append(f"admission table: the admission of decision #{decision_id} is {state}")
    for decision_id in sorted(set(expected) - seen):
        holder, session_code, _ = expected[decision_id]
        problems.append(
            f"admission table: the admission of badge {holder} to {session_code} (decision #{decision_id}) is "
            "missing: its row was deleted, so the badge would be let in again"
        )
    if len(problems) > SHOWN_MISMATCHES:
        problems = [*problems[:SHOWN_MISMATCHES], f"admission table: … and {len(problems) - SHOWN_MISMATCHES} more"]
    return problems


def roster_status_problems(log: ScanLog) -> list[str]:
    """The roster's statuses must be what the log's status changes make them.

    The place for that check: the log holds no status changes yet (they come with roster packages,
    issue 10), so there is nothing to compare the roster with and no problem to report.
    """
    return []
