"""The bar over every page: event, checkpoint and session now, today's counts, camera, clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.domain.clock import Clock
from kiosk.domain.programme import Event, Session
from kiosk.ui import wording
from kiosk.ui.guard import guarded
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.icons import Glyph, GlyphLabel
from kiosk.ui.ports import CameraState, Counts, Gate
from kiosk.ui.style import colour


@dataclass(frozen=True)
class SessionNow:
    open: Session | None  # the session being admitted now
    next: Session | None  # otherwise, the next one to open
    next_at: datetime | None
    pinned: bool


def session_now(event: Event, gate: Gate, now: datetime) -> SessionNow:
    """Which session this checkpoint admits at this moment (by the programme, or as pinned)."""
    if gate.session:
        pinned = event.sessions.get(gate.session)
        return SessionNow(pinned, None, None, True)
    checkpoint = event.checkpoints.get(gate.checkpoint)
    sessions = [event.sessions[c] for c in (checkpoint.sessions if checkpoint else ()) if c in event.sessions]
    sessions = [s for s in sessions if s.admits_media]
    running = [s for s in sessions if s.window_at(now) is not None]
    running.sort(key=lambda s: s.by_appointment)  # ceremonies before interview slots
    if running:
        return SessionNow(running[0], None, None, False)
    upcoming = [(t, s) for s in sessions if (t := s.next_opening(now)) is not None]
    if upcoming:
        at, session = min(upcoming, key=lambda pair: pair[0])
        return SessionNow(None, session, at, False)
    return SessionNow(None, None, None, False)


class CountTile(QWidget):
    """A figure of the day: icon, number, word (never colour alone)."""

    def __init__(self, glyph: Glyph, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = GlyphLabel(glyph, 36, colour(tone))
        self.number = QLabel("0")
        self.number.setProperty("textSize", "count")
        self.word = QLabel()
        self.word.setProperty("textSize", "small")
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.number)
        text.addWidget(self.word)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.icon)
        row.addLayout(text)

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
        self.camera_state = CameraState.STARTING

        self.event_label = QLabel()
        self.event_label.setProperty("textSize", "small")
        self.place_label = QLabel()
        self.place_label.setProperty("textSize", "place")
        where = QVBoxLayout()
        where.setSpacing(0)
        where.addWidget(self.event_label)
        where.addWidget(self.place_label)

        self.admitted_tile = CountTile(Glyph.CHECK, "green")
        self.refused_tile = CountTile(Glyph.CROSS, "red")
        self.denied_tile = CountTile(Glyph.STOP, "red")
        self.camera_icon = GlyphLabel(Glyph.CAMERA, 48, colour("muted"), ring=False)
        self.camera_label = QLabel()
        self.camera_label.setWordWrap(True)
        self.camera_label.setMaximumWidth(220)
        self.camera_label.setProperty("textSize", "small")
        self.clock_label = QLabel()
        self.clock_label.setProperty("textSize", "clock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.day_label = QLabel()
        self.day_label.setProperty("textSize", "small")
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        time_box = QVBoxLayout()
        time_box.setSpacing(0)
        time_box.addWidget(self.clock_label)
        time_box.addWidget(self.day_label)

        row = QHBoxLayout(self)
        row.setContentsMargins(24, 8, 24, 8)
        row.setSpacing(16)
        row.addLayout(where, 1)
        for tile in (self.admitted_tile, self.refused_tile, self.denied_tile):
            row.addWidget(tile)
        row.addSpacing(8)
        row.addWidget(self.camera_icon)
        row.addWidget(self.camera_label)
        row.addSpacing(12)
        row.addLayout(time_box)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.on_tick)
        self._ticker.start()
        language.language_changed.connect(self.on_language_changed)
        self.retranslate()

    @Slot(object)
    @guarded
    def on_counts_changed(self, counts: Counts) -> None:
        self.counts = counts
        self._show_counts()

    @Slot(object)
    @guarded
    def on_gate_changed(self, gate: Gate) -> None:
        self.gate = gate
        self.retranslate()

    @Slot(object)
    @guarded
    def on_camera_state_changed(self, state: CameraState) -> None:
        self.camera_state = state
        self._show_camera()

    @Slot(str)
    @guarded
    def on_language_changed(self, _language: str) -> None:
        self.retranslate()

    @Slot()
    @guarded
    def on_tick(self) -> None:
        self._show_time()

    def retranslate(self) -> None:
        lang = self._language.current
        self.event_label.setText(self._event.name(lang))
        self._show_counts()
        self._show_camera()
        self._show_time()

    def _show_counts(self) -> None:
        self.admitted_tile.show_count(self.counts.admitted, self.tr("admitted"))
        self.refused_tile.show_count(self.counts.refused, self.tr("refused"))
        self.denied_tile.show_count(self.counts.denied, self.tr("denied"))

    def _show_camera(self) -> None:
        live = self.camera_state is CameraState.LIVE
        failing = self.camera_state is CameraState.RETRYING
        self.camera_icon.set_glyph(
            Glyph.CAMERA, colour("green" if live else "red" if failing else "muted"), ring=False
        )
        self.camera_label.setText(wording.camera_words(self.camera_state))

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
            text = self.tr("No session open · next: {session}, {when}").format(
                session=state.next.name(lang), when=wording.when(state.next_at, self._event, lang)
            )
        else:
            text = self.tr("No session open")
        place = f"{wording.checkpoint_name(self._event, self.gate.checkpoint, lang)} · {text}"
        if self.place_label.text() != place:
            self.place_label.setText(place)
