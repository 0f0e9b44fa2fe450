"""The live preview: the newest frame only, a target frame, the instruction, or the camera's status.

Frames are never queued: on preview_ready the view takes the scanner's newest frame (the
scanner's one-slot mailbox may then be empty until the next frame) and keeps it for repaints.
When the camera is not live, or no frame came for a while, the status is drawn instead of a
frozen image.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.scanner.status import CameraStatus
from kiosk.ui import wording
from kiosk.ui.icons import Glyph, paint_glyph
from kiosk.ui.style import PALETTE

STALE_AFTER_MS = 3000


class CameraView(QWidget):
    stale_changed = Signal(bool)  # no frame for a while: the top bar says so too

    def __init__(
        self, frame_source: Callable[[], QImage | None], guides: bool = True, parent: QWidget | None = None
    ) -> None:
        """guides: the target frame and "Present your badge" (the scanning page; not the supervisor's preview)."""
        super().__init__(parent)
        self._frame_source = frame_source
        self._guides = guides
        self._image: QImage | None = None
        self.state = CameraStatus.STARTING
        self._since_frame = QElapsedTimer()
        self._stale = False
        self._watch = QTimer(self)
        self._watch.setInterval(1000)
        self._watch.timeout.connect(self.on_watch_tick)
        self._watch.start()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def stale(self) -> bool:
        return self._stale

    @Slot()
    def on_preview_ready(self) -> None:
        image = self._frame_source()
        if image is None or image.isNull():
            return
        self._image = image
        self._since_frame.start()
        self._set_stale(False)
        if self.isVisible():
            self.update()

    @Slot(object)
    def on_camera_status_changed(self, state: CameraStatus) -> None:
        self.state = state
        if state is CameraStatus.RUNNING:
            self._since_frame.start()
            self._set_stale(False)
        self.update()

    @Slot()
    def on_watch_tick(self) -> None:
        stale = (
            self.state is CameraStatus.RUNNING
            and self._since_frame.isValid()
            and self._since_frame.elapsed() > STALE_AFTER_MS
        )
        if stale != self._stale:
            self._set_stale(stale)
            self.update()

    def _set_stale(self, stale: bool) -> None:
        if stale != self._stale:
            self._stale = stale
            self.stale_changed.emit(stale)

    def showing_status(self) -> bool:
        """True when the status is drawn instead of a picture."""
        return self.state is not CameraStatus.RUNNING or self._stale

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(self.rect())
        painter.fillRect(rect, QColor(PALETTE.camera_bg))
        if self.showing_status():
            self._paint_status(painter, rect)
        else:
            image = self._image
            if image is not None:
                scaled = image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRectF(0, 0, scaled.width(), scaled.height())
                target.moveCenter(rect.center())
                painter.drawImage(target, image)
            if self._guides:
                self._paint_target(painter, rect)
        painter.end()

    def _paint_target(self, painter: QPainter, rect: QRectF) -> None:
        side = min(rect.width(), rect.height()) * 0.62
        box = QRectF(0, 0, side, side)
        box.moveCenter(QPointF(rect.center().x(), rect.center().y() - rect.height() * 0.05))
        arm = side * 0.18
        painter.setPen(QPen(QColor("#FFFFFF"), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for cx, cy, dx, dy in (
            (box.left(), box.top(), 1, 1),
            (box.right(), box.top(), -1, 1),
            (box.left(), box.bottom(), 1, -1),
            (box.right(), box.bottom(), -1, -1),
        ):
            path = QPainterPath(QPointF(cx + dx * arm, cy))
            path.lineTo(QPointF(cx, cy))
            path.lineTo(QPointF(cx, cy + dy * arm))
            painter.drawPath(path)
        self._paint_caption(painter, rect, self.tr("Present your badge"), QColor("#FFFFFF"))

    def _paint_caption(self, painter: QPainter, rect: QRectF, text: str, colour: QColor) -> None:
        font = QFont(self.font())
        font.setPointSize(34)
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = min(rect.width() - 40, metrics.horizontalAdvance(text) + 60)
        height = metrics.height() + 28
        band = QRectF(0, 0, width, height)
        band.moveCenter(QPointF(rect.center().x(), rect.bottom() - height / 2 - 20))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(band, 16, 16)
        painter.setPen(colour)
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_status(self, painter: QPainter, rect: QRectF) -> None:
        side = min(rect.width(), rect.height()) * 0.3
        icon = QRectF(0, 0, side, side)
        icon.moveCenter(QPointF(rect.center().x(), rect.center().y() - side * 0.35))
        failing = self.state.is_fault or self._stale
        paint_glyph(painter, Glyph.CAMERA, icon, QColor(PALETTE.amber if failing else "#C9D1DA"), ring=False)
        if self._stale:
            text = self.tr("No image from the camera")
        else:
            text = wording.camera_words(self.state)
        colour = QColor(PALETTE.amber if failing else "#FFFFFF")
        self._paint_caption(painter, rect.adjusted(0, 0, 0, -rect.height() * 0.22), text, colour)

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if event.type() == event.Type.LanguageChange:
            self.update()
        super().changeEvent(event)
