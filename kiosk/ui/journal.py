"""`--events-out`: every scan, verdict and decision as one JSON line, written as it happens."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QObject, Slot

from kiosk.domain import badge
from kiosk.domain.clock import Clock
from kiosk.private_files import restrict
from kiosk.ui.ports import ScanLike
from kiosk.ui.vocabulary import Failure, Outcome, VerdictResult

log = logging.getLogger(__name__)


def badge_number_of(text: str) -> str | None:
    """The number a badge text claims, before any check; None for anything else."""
    try:
        return badge.parse(text).badge_number
    except badge.BadgeFormatError:
        return None


class EventJournal(QObject):
    def __init__(self, path: Path, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._clock = clock
        path.parent.mkdir(parents=True, exist_ok=True)
        self._handle: IO[str] | None = path.open("w", encoding="utf-8")
        restrict(path)

    def write(self, record: dict[str, Any]) -> None:
        if self._handle is None:
            return
        self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._handle.flush()

    @Slot(object)
    def on_scan_received(self, scan: ScanLike) -> None:
        texts = [t for t in dict.fromkeys(scan.texts) if t]
        numbers = [badge_number_of(t) for t in texts]
        self.write(
            {
                "time": self._clock.now().isoformat(),
                "event": "scan",
                "badge": numbers[0] if len(texts) == 1 else None,
                "texts": len(texts),
                "badges": numbers if len(texts) > 1 else None,
                "source_at": round(float(scan.at), 3),
            }
        )

    @Slot(object)
    def on_verdict_shown(self, result: VerdictResult) -> None:
        verdict = result.verdict
        self.write(
            {
                "time": verdict.at.isoformat(),
                "event": "verdict",
                "badge": verdict.badge_number,
                "code": verdict.code.value,
                "session": verdict.session,
                "manual": verdict.manual,
                "scan_id": verdict.scan_id,
            }
        )

    @Slot(object)
    def on_decision_made(self, outcome: Outcome) -> None:
        record = outcome.record.record
        self.write(
            {
                "time": record.at.isoformat(),
                "event": "decision",
                "badge": record.badge_number,
                "decision": record.decision.value if record.decision else None,
                "reason": record.reason.value if record.reason else None,
                "officer": record.officer,
                "session": record.session,
                "scan_id": record.ref_id,
                "decision_id": record.id,
            }
        )

    @Slot(object)
    def on_failure_shown(self, failure: Failure) -> None:
        self.write(
            {
                "time": self._clock.now().isoformat(),
                "event": "failure",
                "badge": None,
                "kind": failure.kind.value,
                "refusal": failure.refusal.value if failure.refusal else None,
                "detail": failure.detail,
            }
        )

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
