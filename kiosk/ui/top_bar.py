"""The bar over every page: checkpoint and session now, today's counts, officer, the roster's age,
camera, clock.

It stays on every page, the supervisor's too. Its leading half also carries the window's notices:
whose badge waits behind the open check (with the holder's face), or a short notice such as "one
badge at a time"; officer, roster, camera, counts and clock stay in view meanwhile. Nothing in it is
cut: the event's long name is on the sign-in page instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from kiosk.domain.clock import Clock
from kiosk.domain.gate import Gate, session_now
from kiosk.domain.log import Counts
from kiosk.domain.programme import Event
from kiosk.domain.roster_update import RosterSource
from kiosk.domain.site import SiteState
from kiosk.domain.staff import StaffMember
from kiosk.scanner.status import CameraStatus
from kiosk.ui import wording
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.icons import Glyph, GlyphLabel
from kiosk.ui.pages.base import text_label
from kiosk.ui.photo import PhotoFrame
from kiosk.ui.side_line import LineWithSide
from kiosk.ui.style import PALETTE, colour
from kiosk.ui.vocabulary import Banner, BannerState


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
        self.icon = GlyphLabel(glyph, 30, colour(tone))
        self.number = QLabel("0")
        self.number.setProperty("textSize", "count")
        self.word = QLabel()
        self.word.setProperty("textSize", "small")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.icon)
        row.addWidget(self.number)
        row.addWidget(self.word)

    def show_count(self, count: int, word: str) -> None:
        self.number.setText(str(count))
        self.word.setText(word)


class Notice(QFrame):
    """What must not be missed, across the bar's leading half: the next badge waiting, with its face."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.photo = PhotoFrame(56, 70)
        self.icon = GlyphLabel(Glyph.WARNING, 52, QColor(PALETTE.amber_text), ring=False)
        self.text = text_label("strong")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 2, 14, 2)
        row.setSpacing(12)
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.text, 1)
        self.state: BannerState | None = None

    def show_state(self, state: BannerState) -> None:
        self.state = state
        waiting = state.waiting if state.banner is Banner.NEXT_WAITING else None
        face = waiting is not None and waiting.holder is not None
        self.photo.set_photo(waiting.photo if waiting is not None else None)
        self.photo.setVisible(face)
        self.icon.setVisible(not face)
        self.text.setText(wording.banner_words(state))


class OfflineStrip(QWidget):
    """A kiosk of a site cut off from it: icon, word and colour, across the bar, on every page. The same
    strip says when this kiosk's clock is further off the site's than its limit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = GlyphLabel(Glyph.WARNING, 24, colour("red"), ring=False)
        self.text = text_label("small", wrap=False, tone="error")
        self.text.setProperty("alert", True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)


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
        self.camera_stale = False
        self.officer: StaffMember | None = None
        self.notice_state: BannerState | None = None
        self.roster: RosterSource | None = None
        self.site: SiteState | None = None  # a kiosk of a site: its link's last news

        self.event_label = ElidedLabel()  # the checkpoint
        self.event_label.setProperty("textSize", "small")
        self.officer_label = QLabel()
        self.officer_label.setProperty("textSize", "small")
        self.roster_label = QLabel()
        self.roster_label.setProperty("textSize", "small")
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

        self.titles = LineWithSide(self.event_label, self.roster_label, under=self.place_label)
        self.offline = OfflineStrip()
        self.offline.setVisible(False)
        self.clock_off = OfflineStrip()  # this kiosk's clock, further off the site's than its limit
        self.clock_off.setVisible(False)
        site_line = QHBoxLayout()
        site_line.setSpacing(24)
        site_line.addWidget(self.offline)
        site_line.addWidget(self.clock_off)
        site_line.addStretch(1)
        self.notice = Notice()
        self.leading = QStackedWidget()
        self.leading.addWidget(self.titles)
        self.leading.addWidget(self.notice)
        first = QHBoxLayout()
        first.setSpacing(18)
        first.addStretch(1)
        for tile in (self.admitted_tile, self.refused_tile, self.denied_tile):
            first.addWidget(tile)
        second = QHBoxLayout()
        second.setSpacing(10)
        second.addStretch(1)
        second.addWidget(self.officer_label)
        second.addSpacing(6)
        second.addWidget(self.camera_icon)
        second.addWidget(self.camera_label)
        second.addSpacing(6)
        second.addWidget(self.day_label)
        second.addSpacing(6)
        second.addWidget(self.clock_label)
        grid = QGridLayout(self)
        grid.setContentsMargins(20, 4, 20, 6)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.leading, 0, 0, 2, 1)
        grid.addLayout(first, 0, 1)
        grid.addLayout(second, 1, 1)
        grid.addLayout(site_line, 2, 0, 1, 2)  # the whole width, only while the site is out of reach or the clock off
        grid.setColumnStretch(0, 1)
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
    def on_roster_changed(self, roster: RosterSource | None) -> None:
        self.roster = roster
        self.retranslate()

    @Slot(object)
    def on_site_changed(self, state: SiteState | None) -> None:
        """From the site link (queued to this thread): offline, the bar says since when, on every page."""
        self.site = state
        if state is not None and state.roster is not None:
            self.roster = state.roster  # a package the link applied shows at once
        self.retranslate()

    @Slot(object)
    def on_camera_status_changed(self, state: CameraStatus) -> None:
        self.camera_status = state
        self._show_camera()

    @Slot(bool)
    def on_camera_stale_changed(self, stale: bool) -> None:
        """The preview has had no frame for a while: the bar says so too, as the view does."""
        self.camera_stale = stale
        self._show_camera()

    @Slot(object)
    def on_banner_changed(self, state: BannerState | None) -> None:
        self.notice_state = state
        if state is not None:
            self.notice.show_state(state)
        self.leading.setCurrentIndex(1 if state is not None else 0)

    @Slot(str)
    def on_language_changed(self, _language: str) -> None:
        self.retranslate()

    @Slot()
    def on_tick(self) -> None:
        self._show_time()

    def retranslate(self) -> None:
        self.officer_label.setText(
            self.tr("Officer {number}").format(number=self.officer.number)
            if self.officer and self.officer.number
            else ""
        )
        offline = self.site is not None and not self.site.online
        if offline:  # the strip names the roster too: the bar grows by less than a line
            assert self.site is not None
            self.offline.text.setText(wording.site_offline_words(self.site, self._event, self._language.current))
        self.roster_label.setText(
            "" if offline else wording.roster_words(self.roster, self._event, self._language.current)
        )
        self.roster_label.setVisible(not offline)
        self.offline.setVisible(offline)
        clock_off = self.site is not None and self.site.clock_off
        if clock_off:
            assert self.site is not None
            self.clock_off.text.setText(wording.site_clock_words(self.site, self._language.current))
        self.clock_off.setVisible(clock_off)
        self.titles.fit()
        self._show_counts()
        self._show_camera()
        self._show_time()

    def _show_counts(self) -> None:
        # officers refuse people, the kiosk denies badges: two words that are never read as one
        self.admitted_tile.show_count(self.counts.admitted, self.tr("admitted"))
        self.refused_tile.show_count(self.counts.refused, self.tr("refused by officers"))
        self.denied_tile.show_count(self.counts.denied, self.tr("badges denied"))

    def _show_camera(self) -> None:
        live = self.camera_status is CameraStatus.RUNNING and not self.camera_stale
        failing = self.camera_status.is_fault or self.camera_stale
        self.camera_icon.set_glyph(
            Glyph.CAMERA, colour("green" if live else "red" if failing else "muted"), ring=False
        )
        if self.camera_status is CameraStatus.RUNNING and self.camera_stale:
            self.camera_label.setText(self.tr("No image"))
        else:
            self.camera_label.setText(wording.camera_short(self.camera_status))

    def _show_time(self) -> None:
        now = self._clock.now()
        lang = self._language.current
        self.clock_label.setText(wording.time_of(now, self._event))
        self.day_label.setText(wording.day_of(now, self._event, lang))
        state = session_now(self._event, self.gate, now)
        # two short lines rather than one cut: the checkpoint and what qualifies the session, then the session
        checkpoint = wording.checkpoint_name(self._event, self.gate.checkpoint, lang)
        if state.open is not None:
            pinned = self.tr("{checkpoint} · set by the supervisor").format(checkpoint=checkpoint)
            place = pinned if state.pinned else checkpoint
            text = state.open.name(lang)
        elif state.next is not None and state.next_at is not None:
            same_day = self._event.local(state.next_at).date() == self._event.local(now).date()
            when = (
                wording.time_of(state.next_at, self._event)
                if same_day
                else wording.when(state.next_at, self._event, lang)
            )
            place = self.tr("{checkpoint} · next session at {when}").format(checkpoint=checkpoint, when=when)
            text = state.next.name(lang)
        else:
            place, text = checkpoint, self.tr("No session open")
        if self.event_label.text() != place:
            self.event_label.setText(place)
            self.titles.fit()
        if self.place_label.text() != text:
            self.place_label.setText(text)
