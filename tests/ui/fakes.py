"""A fake scanner QObject with the ScannerPort signals: tests show badges by calling show()."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk.scanner.cameras import CameraChoice
from kiosk.scanner.status import CameraFeed, CameraStatus


@dataclass(frozen=True)
class FakeScan:
    texts: tuple[str, ...]
    at: float = 0.0


class FakeScanner(QObject):
    scan_detected = Signal(object)
    preview_ready = Signal()
    camera_status_changed = Signal(object)
    source_finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.frame = _frame()
        self._t = 0.0
        self.acknowledged = 0
        self.status = CameraStatus.STARTING
        self.frame_age: float | None = None  # what feed() reports; tests set it
        self.spec = "/dev/video0"
        self.chosen: list[str] = []

    # CameraSwitch: two cameras, as a kiosk with a spare webcam would have
    def choices(self) -> list[CameraChoice]:
        return [CameraChoice("/dev/video0", "/dev/video0"), CameraChoice("/dev/video2", "/dev/video2")]

    def current(self) -> str:
        return self.spec

    def choose(self, spec: str) -> None:
        self.chosen.append(spec)
        self.spec = spec

    def latest_preview(self) -> QImage | None:
        return self.frame

    def feed(self) -> CameraFeed:
        width, height = (self.frame.width(), self.frame.height()) if self.frame_age is not None else (0, 0)
        return CameraFeed(self.spec, self.status, width, height, self.frame_age)

    def acknowledge_scan(self) -> None:
        self.acknowledged += 1

    def show(self, *texts: str) -> None:
        self._t += 1.0
        self.scan_detected.emit(FakeScan(tuple(texts), self._t))

    def set_state(self, state: CameraStatus) -> None:
        self.status = state
        self.camera_status_changed.emit(state)

    def tick(self) -> None:
        self.frame_age = 0.2
        self.preview_ready.emit()


def _frame() -> QImage:
    """A calm stand-in for a camera picture: a desk, a hand-held card."""
    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    image.fill(QColor("#5a5148"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#8d7f70"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRect(0, 520, 1280, 200)
    painter.setBrush(QColor("#f4f1ea"))
    painter.drawRoundedRect(500, 180, 300, 400, 16, 16)
    painter.setBrush(QColor("#222222"))
    for row in range(7):
        for col in range(7):
            if (row * 3 + col * 5) % 4:
                painter.drawRect(560 + col * 26, 230 + row * 26, 24, 24)
    painter.end()
    return image


@dataclass
class FakeSite:
    """The site as a checkpoint of one of its kiosks sees it (kiosk.station.checkpoint.AdmissionSite):
    out of reach (each admission decided offline, on data of `age`), or answering that `winner` stands."""

    age: object = None  # timedelta | None: how old the kiosk's data is; None, unknown
    winner: object = None  # PriorAdmission | None: another lane's admission, standing
    data_age_limit: object = None

    def __post_init__(self) -> None:
        from datetime import timedelta

        if self.data_age_limit is None:
            self.data_age_limit = timedelta(minutes=10)

    def judging_offline(self) -> bool:
        return self.winner is None

    def claim(self, claim):  # noqa: ANN001, ANN201 - AdmissionClaim -> ClaimOutcome
        from kiosk.domain.site import ClaimOutcome, ClaimStatus

        if self.winner is not None:
            return ClaimOutcome(ClaimStatus.LOST, self.winner)
        return ClaimOutcome(ClaimStatus.UNREACHABLE)

    def data_age(self):  # noqa: ANN201
        return self.age
