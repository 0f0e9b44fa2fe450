"""The state machine alone, without a window or a database: what it asks for and what it shows."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.domain.log import LogEntry, LogKind
from kiosk.domain.staff import PinCheck, StaffMember
from kiosk.domain.verdict import Decision, RefusalReason, Verdict, VerdictCode
from kiosk.ui.controller import KioskController
from kiosk.ui.vocabulary import (
    DecisionResult,
    Document,
    Failure,
    FailureKind,
    Phase,
    PinResult,
    Screen,
    SignInReason,
    Timings,
    VerdictResult,
)
from tests.ui.fakes import FakeScan

NOW = datetime(2025, 11, 24, 8, 0, tzinfo=UTC)
OFFICER = StaffMember("1001", "Officer")


class Recorder:
    """Collects what the controller emits, by signal name."""

    def __init__(self, controller: KioskController) -> None:
        self.seen: dict[str, list] = {}
        for name in ("screen_changed", "scan_submitted", "decision_submitted", "manual_submitted",
                     "banner_changed", "sign_in_prompted", "tone_requested", "became_idle"):
            owner = {"sign_in_prompted": controller.session, "banner_changed": controller.waiting}.get(name, controller)
            getattr(owner, name).connect(
                lambda *args, n=name: self.seen.setdefault(n, []).append(args[0] if args else None)
            )

    def last(self, name: str):  # noqa: ANN201
        return self.seen.get(name, [None])[-1]


@pytest.fixture
def controller(qtbot) -> tuple[KioskController, Recorder]:  # noqa: ANN001
    c = KioskController(Timings(idle_lock_ms=600_000, denial_timeout_ms=600_000, outcome_timeout_ms=600_000))
    recorder = Recorder(c)
    c.start(OFFICER)
    return c, recorder


def verdict(code: VerdictCode = VerdictCode.VALID, scan_id: int = 7) -> Verdict:
    return Verdict(
        code=code, checkpoint="media-entrance", at=NOW, badge_number="M0001", session="opening", scan_id=scan_id
    )


def answer_scan(c: KioskController, rec: Recorder, code: VerdictCode = VerdictCode.VALID) -> None:
    request = rec.last("scan_submitted")
    c.on_verdict_ready(VerdictResult(request.token, request.text, verdict(code)))


def test_a_scan_is_sent_to_the_worker_and_the_screen_waits_for_the_verdict(controller) -> None:  # noqa: ANN001
    c, rec = controller
    c.on_scan_detected(FakeScan(("TEXT-1",)))
    assert rec.last("scan_submitted").text == "TEXT-1"
    assert c.phase is Phase.JUDGING and c.screen is Screen.SCANNING
    answer_scan(c, rec)
    assert c.screen is Screen.CHECK


def test_a_verdict_for_a_check_no_longer_open_is_ignored(controller) -> None:  # noqa: ANN001
    c, rec = controller
    c.on_verdict_ready(VerdictResult(999, "OLD", verdict()))
    assert c.phase is Phase.IDLE and c.screen is Screen.SCANNING


def test_both_confirmations_send_one_admission_and_the_screen_waits_for_it(controller) -> None:  # noqa: ANN001
    c, rec = controller
    c.on_scan_detected(FakeScan(("TEXT-1",)))
    answer_scan(c, rec)
    c.on_document_answered(Document.IDENTITY, confirmed=True)
    assert "decision_submitted" not in rec.seen
    c.on_document_answered(Document.PRESS, confirmed=True)
    request = rec.last("decision_submitted")
    assert (request.scan_id, request.decision, request.officer) == (7, Decision.ADMITTED, "1001")
    assert c.phase is Phase.RECORDING and c.screen is Screen.CHECK
    record = LogEntry(
        id=11,
        kiosk_id="k",
        seq=2,
        at=NOW,
        kind=LogKind.DECISION,
        checkpoint="media-entrance",
        session="opening",
        badge_number="M0001",
        code="",
        decision=Decision.ADMITTED,
        reason=None,
        officer="1001",
        manual=False,
        ref_id=7,
        detail="",
    )
    c.on_decision_recorded(DecisionResult(request.token, record))
    assert c.screen is Screen.ADMITTED


def test_tapping_a_confirmation_twice_takes_it_back(controller) -> None:  # noqa: ANN001
    c, rec = controller
    c.on_scan_detected(FakeScan(("TEXT-1",)))
    answer_scan(c, rec)
    c.on_document_answered(Document.IDENTITY, confirmed=True)
    c.on_document_answered(Document.IDENTITY, confirmed=True)
    c.on_document_answered(Document.PRESS, confirmed=True)
    assert "decision_submitted" not in rec.seen
    assert c.check is not None and not c.check.identity_ok and c.check.press_ok


def test_a_refusal_waits_out_its_undo_window_then_carries_its_reason(controller) -> None:  # noqa: ANN001
    c, rec = controller
    c.on_scan_detected(FakeScan(("TEXT-1",)))
    answer_scan(c, rec)
    c.on_document_answered(Document.IDENTITY, confirmed=False)
    assert c.phase is Phase.REFUSING and "decision_submitted" not in rec.seen  # nothing recorded yet
    c.on_undo_requested()
    assert c.phase is Phase.CHECKING and c.check is not None and c.check.refusing is None
    c.on_refusal_chosen(RefusalReason.OTHER, "  left the queue ")
    c.on_refusal_confirmed()  # 'refuse now', or the window ran out
    request = rec.last("decision_submitted")
    assert (request.reason, request.note, request.officer) == (RefusalReason.OTHER, "left the queue", "1001")


def test_a_failed_decision_never_shows_admitted(controller) -> None:  # noqa: ANN001
    c, rec = controller
    c.on_scan_detected(FakeScan(("TEXT-1",)))
    answer_scan(c, rec)
    c.on_document_answered(Document.IDENTITY, confirmed=True)
    c.on_document_answered(Document.PRESS, confirmed=True)
    request = rec.last("decision_submitted")
    c.on_decision_failed(Failure(FailureKind.DECISION_NOT_RECORDED, "disk full", request.token))
    assert c.screen is Screen.FAILURE
    assert Screen.ADMITTED not in rec.seen["screen_changed"]
    c.on_retry_requested()
    assert rec.last("decision_submitted").token != request.token  # the same decision, sent again


def test_only_the_newest_badge_shown_during_a_check_waits_never_a_queue(controller) -> None:  # noqa: ANN001
    c, rec = controller
    c.on_scan_detected(FakeScan(("A",)))
    answer_scan(c, rec, VerdictCode.REVOKED)
    c.on_scan_detected(FakeScan(("B",)))
    c.on_scan_detected(FakeScan(("C",)))
    assert c.waiting.held is not None and c.waiting.held.text == "C"
    assert rec.last("banner_changed").waiting.text == "C"
    c.on_next_requested()
    assert rec.last("scan_submitted").text == "C"
    answer_scan(c, rec, VerdictCode.FORGED)
    c.on_next_requested()
    assert [r.text for r in rec.seen["scan_submitted"]] == ["A", "C"]  # B was never judged
    assert c.is_idle()


def test_sign_out_is_refused_while_a_check_is_open(controller) -> None:  # noqa: ANN001
    c, rec = controller
    c.on_scan_detected(FakeScan(("TEXT-1",)))
    answer_scan(c, rec)
    c.on_sign_out_requested()
    assert c.officer is not None and c.screen is Screen.CHECK


def test_the_idle_lock_prompts_for_the_same_officer(controller) -> None:  # noqa: ANN001
    c, rec = controller
    c.session.on_idle_timeout()
    prompt = rec.last("sign_in_prompted")
    assert prompt.reason is SignInReason.LOCKED and prompt.number == "1001"
    assert c.screen is Screen.SIGN_IN


def test_a_refused_pin_keeps_the_sign_in_screen(qtbot) -> None:  # noqa: ANN001
    c = KioskController()
    refused = []
    c.session.pin_refused.connect(refused.append)
    c.start()
    c.session.on_sign_in_requested("1001", "0000")
    c.session.on_pin_checked(PinResult(c.session._pin_token, False, PinCheck(None, None, 4)))
    assert c.screen is Screen.SIGN_IN and c.officer is None
    assert refused[-1].outcome.attempts_left == 4
