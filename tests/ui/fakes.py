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


def site_view(viewer: str, now, mine=None):  # noqa: ANN001, ANN201 - datetime, LogEntry | None -> SiteView
    """A site of five machines as the Site panel shows it: the viewer, a lane online, one offline for four
    minutes on an older roster, one whose clock runs 3.4 s fast, and the office; a conflict on `mine`
    (an admission this kiosk made offline, which another lane had made first)."""
    from datetime import timedelta

    from kiosk.domain.site import ClaimState, SiteAdmission, SiteConflict, SiteRole
    from kiosk.domain.site_view import KioskView, LaneCounts, SiteView

    def ago(**kwargs: float):  # noqa: ANN202
        return now - timedelta(**kwargs)

    def admission(kiosk: str, badge: str, at, server_at, **more: object) -> SiteAdmission:  # noqa: ANN001
        return SiteAdmission(f"{kiosk}-{badge}", kiosk, "media-entrance", "1002", at, server_at, False, badge,
                             "opening", **more)  # type: ignore[arg-type]

    standing = admission("media-2", "M0014", ago(minutes=9), ago(minutes=9), decision_id=41)
    press = (
        admission("press-room", "M0021", ago(minutes=20, seconds=-3.4), ago(minutes=20)),
        admission("press-room", "M0022", ago(minutes=12, seconds=-3.4), ago(minutes=12)),
    )
    conflicts = ()
    own: tuple[SiteAdmission, ...] = ()
    if mine is not None:
        offline = SiteAdmission(mine.client_id, viewer, mine.checkpoint, mine.officer, mine.at, now, True,
                                mine.badge_number or "", mine.session, ClaimState.CONFLICT, mine.id)
        conflicts = (SiteConflict(offline.badge_number, offline.session, "2025-11-24", offline, standing),)
        own = (offline,)

    def kiosk(kiosk_id: str, seen: timedelta, serial: int, pending: int, offset: float | None, admissions=(),
              role: SiteRole = SiteRole.KIOSK) -> KioskView:  # noqa: ANN001
        return KioskView(kiosk_id, role, "media-entrance", now - seen, seen, serial, timedelta(minutes=80), pending,
                         None if offset is None else timedelta(seconds=offset), timedelta(milliseconds=3),
                         admissions=tuple(admissions))

    kiosks = (
        kiosk("media-2", timedelta(seconds=3), 12, 0, 0.3, (standing,)),
        kiosk("media-3", timedelta(minutes=4), 11, 7, 0.8),
        kiosk(viewer, timedelta(seconds=2), 12, 0, 0.1, own),
        kiosk("office", timedelta(seconds=40), 12, 0, None, role=SiteRole.OFFICE),
        kiosk("press-room", timedelta(seconds=1), 12, 0, -3.4, press),
    )
    counts = (
        LaneCounts("media-2", "media-entrance", "opening", admitted=31, refused=2, denied=4),
        LaneCounts("media-3", "media-entrance", "opening", admitted=18, refused=0, denied=1),
        LaneCounts(viewer, "media-entrance", "", denied=2),
        LaneCounts(viewer, "media-entrance", "opening", admitted=9, refused=3, denied=5),
        LaneCounts("press-room", "media-entrance", "opening", admitted=2),
    )
    return SiteView(now, ago(hours=9), ago(hours=-15), 12, kiosks, counts, conflicts, viewer)


class SiteBackend:
    """The kiosk's real backend, on a site the test describes (`view`): the Site panel reads it, and
    resolving a conflict annuls the kiosk's own admission for real (the log keeps the reason)."""

    def __init__(self, backend, view=None) -> None:  # noqa: ANN001
        self._backend = backend
        self.view = view
        self.reachable = True
        self.resolved: list[tuple[str, int, str, str]] = []

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._backend, name)

    def site_view(self):  # noqa: ANN201
        from kiosk.errors import KioskError

        if not self.reachable:
            raise KioskError("the site postgresql+psycopg://?service=kiosk-site did not answer: connection refused")
        return self.view

    def resolve_conflict(self, client_id: str, decision_id: int, reason: str, officer: str):  # noqa: ANN201
        from dataclasses import replace

        from kiosk.domain.site import ClaimState
        from kiosk.domain.site_view import ConflictResolution

        self._backend.annul(decision_id, reason, officer)
        self.resolved.append((client_id, decision_id, reason, officer))
        if not self.reachable:
            return ConflictResolution(decision_id, uploaded=False, view=None)
        view = self.view
        kiosks = tuple(
            replace(k, admissions=tuple(
                replace(a, state=ClaimState.ANNULLED) if a.client_id == client_id else a for a in k.admissions
            ))
            for k in view.kiosks
        )
        conflicts = tuple(c for c in view.conflicts if c.conflict.client_id != client_id)
        self.view = replace(view, kiosks=kiosks, conflicts=conflicts)
        return ConflictResolution(decision_id, uploaded=True, view=self.view)
