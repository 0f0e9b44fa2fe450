"""The bar over every page: event, checkpoint and session now, today's counts, camera, clock."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.domain.clock import Clock
from kiosk.domain.gate import Gate, session_now
from kiosk.domain.log import Counts
from kiosk.domain.programme import Event
from kiosk.domain.staff import StaffMember
from kiosk.scanner.status import CameraStatus
from kiosk.ui import wording
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.icons import Glyph, GlyphLabel
from kiosk.ui.style import colour


class ElidedLabel(QLabel):
    """One line that ends in … when it does not fit, instead of pushing its neighbours off screen."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(60, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(60, super().sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt override
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        rect = self.contentsRect()
        text = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()


class CountTile(QWidget):
    """A figure of the day: icon, number and word on one line (never colour alone)."""

    def __init__(self, glyph: Glyph, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = GlyphLabel(glyph, 34, colour(tone))
        self.number = QLabel("0")
        self.number.setProperty("textSize", "count")
        self.word = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.icon)
        row.addWidget(self.number)
        row.addWidget(self.word)

    def show_count(self, count: int, word: str) -> None:
        self.number.setText(str(count))
        self.word.setText(word)


class TopBar(QFrame):
    def __init__(self, event: Event, clock: Clock, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self._event = event
        self._clock = clock
        self._language = language
        self.gate = Gate(next(iter(event.checkpoints), ""))
        self.counts = Counts()
        self.camera_status = CameraStatus.STARTING
        self.officer: StaffMember | None = None

        self.event_label = ElidedLabel()
        self.event_label.setProperty("textSize", "small")
        self.officer_label = QLabel()
        self.officer_label.setProperty("textSize", "small")
        self.camera_icon = GlyphLabel(Glyph.CAMERA, 34, colour("muted"), ring=False)
        self.camera_label = QLabel()
        self.camera_label.setProperty("textSize", "small")
        self.day_label = QLabel()
        self.day_label.setProperty("textSize", "small")
        self.place_label = ElidedLabel()
        self.place_label.setProperty("textSize", "place")
        self.admitted_tile = CountTile(Glyph.CHECK, "green")
        self.refused_tile = CountTile(Glyph.CROSS, "red")
        self.denied_tile = CountTile(Glyph.STOP, "red")
        self.clock_label = QLabel()
        self.clock_label.setProperty("textSize", "clock")

        first = QHBoxLayout()
        first.setSpacing(16)
        first.addWidget(self.event_label, 1)
        first.addWidget(self.officer_label)
        first.addSpacing(8)
        first.addWidget(self.camera_icon)
        first.addWidget(self.camera_label)
        first.addSpacing(8)
        first.addWidget(self.day_label)
        second = QHBoxLayout()
        second.setSpacing(20)
        second.addWidget(self.place_label, 1)
        for tile in (self.admitted_tile, self.refused_tile, self.denied_tile):
            second.addWidget(tile)
        second.addSpacing(4)
        second.addWidget(self.clock_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 4, 20, 6)
        column.setSpacing(0)
        column.addLayout(first)
        column.addLayout(second)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.on_tick)
        self._ticker.start()
        language.language_changed.connect(self.on_language_changed)
        self.retranslate()

    @Slot(object)
    def on_officer_changed(self, officer: StaffMember | None) -> None:
        self.officer = officer
        self.retranslate()

    @Slot(object)
    def on_counts_changed(self, counts: Counts) -> None:
        self.counts = counts
        self._show_counts()

    @Slot(object)
    def on_gate_changed(self, gate: Gate) -> None:
        self.gate = gate
        self.retranslate()

    @Slot(object)
    def on_camera_status_changed(self, state: CameraStatus) -> None:
        self.camera_status = state
        self._show_camera()

    @Slot(str)
    def on_language_changed(self, _language: str) -> None:
        self.retranslate()

    @Slot()
    def on_tick(self) -> None:
        self._show_time()

    def retranslate(self) -> None:
        lang = self._language.current
        checkpoint = wording.checkpoint_name(self._event, self.gate.checkpoint, lang)
        self.event_label.setText(f"{checkpoint} · {self._event.name(lang)}")
        self.officer_label.setText(
            self.tr("Officer {number}").format(number=self.officer.number) if self.officer else ""
        )
        self._show_counts()
        self._show_camera()
        self._show_time()

    def _show_counts(self) -> None:
        self.admitted_tile.show_count(self.counts.admitted, self.tr("admitted"))
        self.refused_tile.show_count(self.counts.refused, self.tr("refused"))
        self.denied_tile.show_count(self.counts.denied, self.tr("denied"))

    def _show_camera(self) -> None:
        live = self.camera_status is CameraStatus.RUNNING
        failing = self.camera_status.is_fault
        self.camera_icon.set_glyph(
            Glyph.CAMERA, colour("green" if live else "red" if failing else "muted"), ring=False
        )
        self.camera_label.setText(wording.camera_words(self.camera_status))

    def _show_time(self) -> None:
        now = self._clock.now()
        lang = self._language.current
        self.clock_label.setText(wording.time_of(now, self._event))
        self.day_label.setText(wording.day_of(now, self._event, lang))
        state = session_now(self._event, self.gate, now)
        if state.open is not None:
            text = state.open.name(lang)
            if state.pinned:
                text = self.tr("{session} (set by the supervisor)").format(session=text)
        elif state.next is not None and state.next_at is not None:
            same_day = self._event.local(state.next_at).date() == self._event.local(now).date()
            when = (
                wording.time_of(state.next_at, self._event)
                if same_day
                else wording.when(state.next_at, self._event, lang)
            )
            text = self.tr("Next: {session}, {when}").format(session=state.next.name(lang), when=when)
        else:
            text = self.tr("No session open")
        if self.place_label.text() != text:
            self.place_label.setText(text)
