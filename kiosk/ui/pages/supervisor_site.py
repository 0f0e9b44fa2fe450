"""The supervisor's Site panel on a kiosk of a site: every kiosk (online or not, its roster, what it has
to upload, its clock), today's figures per lane and session, and the conflicts, each resolved here by
the existing annulment with the supervisor's reason when the admission to undo was made at this kiosk.

Everything it shows comes from the site through the worker (kiosk.station.site_supervision); ages and
"last seen" are on the site's clock. A flag is a word and an icon as well as a colour.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.programme import Event
from kiosk.domain.site import ClaimState, SiteAdmission
from kiosk.domain.site_view import CLOCK_FLAG, ConflictResolution, KioskView, SiteView, annullable
from kiosk.ui import wording
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.pages.base import text_label
from kiosk.ui.pages.site_rows import ConflictCard, KioskRow, SiteLine, clear_rows, scrolling
from kiosk.ui.pages.supervisor_parts import Panel, TypedFields, choice_button, field_button
from kiosk.ui.touch import GAP, TouchButton, repolish
from kiosk.ui.vocabulary import Failure


class SitePanel(Panel):
    view_requested = Signal()
    resolution_requested = Signal(str, int, str)  # client id, decision id at this kiosk, reason

    OVERVIEW, KIOSK, REASON = 0, 1, 2
    KIOSKS, TODAY, CONFLICTS = 0, 1, 2

    def __init__(self, event: Event, language: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self.view: SiteView | None = None
        self.failed = ""  # the last read failed: why (the last view stays, marked as old)
        self.kiosk_rows: list[KioskRow] = []
        self.count_rows: list[SiteLine] = []
        self.conflict_cards: list[ConflictCard] = []
        self.admission_rows: list[SiteLine] = []
        self.shown_kiosk: str = ""  # the kiosk whose admissions the KIOSK step lists
        self.chosen: SiteAdmission | None = None  # the admission to annul (REASON step)

        self.refresh = TouchButton()
        self.refresh.clicked.connect(self.on_refresh_clicked)
        self.summary = text_label("strong")

        # the overview: three lists behind three tabs
        self.tabs: list[TouchButton] = []
        tab_row = QHBoxLayout()
        tab_row.setSpacing(10)
        self._tab_group = QButtonGroup(self)
        self.lists = QStackedWidget()
        self._kiosk_column, self._count_column, self._conflict_column = QVBoxLayout(), QVBoxLayout(), QVBoxLayout()
        for index, column in enumerate((self._kiosk_column, self._count_column, self._conflict_column)):
            column.setSpacing(10)
            tab = choice_button()
            tab.setProperty("tab", index)
            tab.clicked.connect(self.on_tab_clicked)
            self._tab_group.addButton(tab)
            tab_row.addWidget(tab)
            self.tabs.append(tab)
            self.lists.addWidget(scrolling(column))
        tab_row.addStretch(1)
        tab_row.addWidget(self.refresh)
        self.tabs[0].setChecked(True)
        self.empty = text_label("muted")
        overview = QWidget()
        overview_column = QVBoxLayout(overview)
        overview_column.setContentsMargins(0, 0, 0, 0)
        overview_column.setSpacing(10)
        overview_column.addLayout(tab_row)
        overview_column.addWidget(self.empty)
        overview_column.addWidget(self.lists, 1)

        # one kiosk's admissions today, in the site's order
        self.kiosk_title = text_label("strong")
        self.back = TouchButton()
        self.back.clicked.connect(self.on_back_clicked)
        self._admission_column = QVBoxLayout()
        self._admission_column.setSpacing(8)
        self.kiosk_empty = text_label("muted")
        kiosk_page = QWidget()
        kiosk_column = QVBoxLayout(kiosk_page)
        kiosk_column.setContentsMargins(0, 0, 0, 0)
        kiosk_column.setSpacing(10)
        kiosk_header = QHBoxLayout()
        kiosk_header.setSpacing(GAP)
        kiosk_header.addWidget(self.kiosk_title, 1)
        kiosk_header.addWidget(self.back)
        kiosk_column.addLayout(kiosk_header)
        kiosk_column.addWidget(self.kiosk_empty)
        kiosk_column.addWidget(scrolling(self._admission_column), 1)

        # the reason for annulling this kiosk's admission of a conflict
        self.chosen_label = text_label("strong")
        self.reason_field = field_button()
        self.keyboard = OnScreenKeyboard()
        language.language_changed.connect(self.keyboard.set_language)
        self.keyboard.set_language(language.current)
        self.form = TypedFields(self.keyboard, [self.reason_field])
        self.confirm = TouchButton("danger")
        self.confirm.clicked.connect(self.on_confirm_clicked)
        self.cancel = TouchButton()
        self.cancel.clicked.connect(self.on_cancel_clicked)
        reason_page = QWidget()
        reason_column = QVBoxLayout(reason_page)
        reason_column.setContentsMargins(0, 0, 0, 0)
        reason_column.setSpacing(10)
        reason_header = QHBoxLayout()
        reason_header.setSpacing(GAP)
        reason_header.addWidget(self.chosen_label, 1)
        reason_header.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignTop)
        reason_header.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignTop)
        reason_column.addLayout(reason_header)
        reason_column.addWidget(self.reason_field)  # across the panel: a reason reads whole
        reason_column.addStretch(1)
        reason_column.addWidget(self.keyboard)

        self.steps = QStackedWidget()
        self.steps.addWidget(overview)
        self.steps.addWidget(kiosk_page)
        self.steps.addWidget(reason_page)
        self.message = text_label("muted")
        self.heading = QWidget()  # the summary: out of the way while a reason is typed
        heading_column = QVBoxLayout(self.heading)
        heading_column.setContentsMargins(0, 0, 0, 0)
        heading_column.setSpacing(6)
        heading_column.addWidget(self.summary)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.heading)
        column.addWidget(self.steps, 1)
        column.addWidget(self.message)
        self.message.hide()
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.view_requested.emit()  # fresh each time it opens
        super().showEvent(event)

    # -- from the worker ------------------------------------------------------------------------
    @Slot(object)
    def on_site_viewed(self, view: SiteView | None) -> None:
        self.view = view
        self.failed = ""
        self._build()

    @Slot(object)
    def on_conflict_resolved(self, resolution: ConflictResolution) -> None:
        self.chosen = None
        self._show_step(self.OVERVIEW)
        if resolution.uploaded:
            self._say(self.tr("Annulled here, with your reason. The other admission stands; the conflict is resolved."))
        else:
            self._say(self.tr(
                "Annulled here, with your reason. The site is out of reach: it learns of it when the link is back."
            ))
        if resolution.view is not None:
            self.view = resolution.view
            self.failed = ""
        self._build()

    @Slot(object)
    def on_action_failed(self, failure: Failure) -> None:
        if self.steps.currentIndex() == self.REASON:
            self._say(self.tr("Not annulled: {detail}").format(detail=failure.detail))
            return
        self.failed = failure.detail  # in the kiosk's log too, in full; the screen says it in its language
        self.retranslate()

    # -- taps ---------------------------------------------------------------------------------------
    @Slot()
    def on_refresh_clicked(self) -> None:
        self._say("")
        self.failed = ""
        self.view_requested.emit()

    @Slot()
    def on_tab_clicked(self) -> None:
        tab = self.sender()
        if isinstance(tab, TouchButton):
            self.show_tab(int(tab.property("tab")))

    def show_tab(self, index: int) -> None:
        self.lists.setCurrentIndex(index)
        self.tabs[index].setChecked(True)
        self.retranslate()

    @Slot()
    def on_kiosk_clicked(self) -> None:
        row = self.sender()
        if isinstance(row, KioskRow):
            self.shown_kiosk = row.kiosk_id
            self._build_admissions()
            self._show_step(self.KIOSK)
            self.retranslate()

    @Slot()
    def on_back_clicked(self) -> None:
        self._show_step(self.OVERVIEW)

    @Slot()
    def on_annul_clicked(self) -> None:
        button = self.sender()
        if not isinstance(button, TouchButton) or self.view is None:
            return
        client = str(button.property("client"))
        found = [a for c in self.view.conflicts for a in annullable(c) if a.client_id == client]
        if not found:
            return
        self.chosen = found[0]
        self.form.reset()
        self._say("")
        self._show_step(self.REASON)
        self.retranslate()

    @Slot()
    def on_confirm_clicked(self) -> None:
        if self.chosen is None or self.chosen.decision_id is None:
            return
        reason = self.form.values[0]
        if not reason.strip():
            self._say(self.tr("Give a reason: it goes into the log."))
            return
        self.resolution_requested.emit(self.chosen.client_id, self.chosen.decision_id, reason)

    @Slot()
    def on_cancel_clicked(self) -> None:
        self.chosen = None
        self._show_step(self.OVERVIEW)
        self._say("")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.heading.setVisible(step != self.REASON)

    # -- building the lists ---------------------------------------------------------------------------
    def _build(self) -> None:
        clear_rows(self._kiosk_column, self.kiosk_rows)
        clear_rows(self._count_column, self.count_rows)
        clear_rows(self._conflict_column, self.conflict_cards)
        view = self.view
        if view is not None:
            for kiosk in self._kiosks_in_order():
                row = KioskRow(kiosk.kiosk_id)
                row.clicked.connect(self.on_kiosk_clicked)
                self._kiosk_column.addWidget(row)
                self.kiosk_rows.append(row)
            for _ in view.counts:
                line = SiteLine()
                self._count_column.addWidget(line)
                self.count_rows.append(line)
            for conflict in view.conflicts:
                card = ConflictCard(conflict, view.viewer)
                for button in card.annul_buttons.values():
                    button.clicked.connect(self.on_annul_clicked)
                self._conflict_column.addWidget(card)
                self.conflict_cards.append(card)
        self._build_admissions()
        self.retranslate()

    def _build_admissions(self) -> None:
        clear_rows(self._admission_column, self.admission_rows)
        kiosk = self.view.kiosk(self.shown_kiosk) if self.view is not None else None
        for _ in kiosk.admissions if kiosk is not None else ():
            line = SiteLine()
            self._admission_column.addWidget(line)
            self.admission_rows.append(line)

    # -- words ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        view = self.view
        self.refresh.setText(self.tr("Refresh"))
        self.back.setText(self.tr("Back"))
        self.confirm.setText(self.tr("Annul"))
        self.cancel.setText(self.tr("Cancel"))
        self.form.placeholders = [self.tr("Reason…")]
        self.form.show()
        conflicts = len(view.conflicts) if view is not None else 0
        for tab, label in zip(
            self.tabs,
            (self.tr("Kiosks"), self.tr("Today"), self.tr("Conflicts: {count}").format(count=conflicts)),
            strict=True,
        ):
            tab.setText(label)
        self.summary.setText(self._summary())
        self.summary.setProperty("tone", "error" if self.failed or self._needs_attention() else "")
        repolish(self.summary)
        if self.failed:
            self._say(self.tr("The site could not be read (the kiosk's log says why). Refresh tries again."))
        self.empty.setText(self._empty_words())
        self.empty.setVisible(bool(self.empty.text()))
        if view is None:
            return
        for kiosk_row, each in zip(self.kiosk_rows, self._kiosks_in_order(), strict=True):
            kiosk_row.words.show(self._kiosk_title(each), self._kiosk_lines(each, view), self._kiosk_flagged(each))
        for count_line, counts in zip(self.count_rows, view.counts, strict=True):
            session = (
                wording.session_name(self._event, counts.session, self._language.current) if counts.session
                else self.tr("No session (not a badge, or a forged one)")
            )
            count_line.words.show(
                self.tr("{kiosk} · {session}").format(kiosk=counts.kiosk_id, session=session),
                self.tr("{admitted} admitted · {refused} refused by officers · {denied} badges denied").format(
                    admitted=counts.admitted, refused=counts.refused, denied=counts.denied
                ),
                None,
            )
        for card in self.conflict_cards:
            self._conflict_words(card, view)
        shown = view.kiosk(self.shown_kiosk)
        if shown is not None:
            self.kiosk_title.setText(
                self.tr("{kiosk}: admissions today, in the order the site took them").format(kiosk=shown.kiosk_id)
            )
            self.kiosk_empty.setText("" if shown.admissions else self.tr("No admission today."))
            self.kiosk_empty.setVisible(not shown.admissions)
            for admission_line, admission in zip(self.admission_rows, shown.admissions, strict=True):
                conflicting = admission.state is ClaimState.CONFLICT
                admission_line.words.show(*self._admission_words(admission), True if conflicting else None)
        if self.chosen is not None:
            self.chosen_label.setText(
                self.tr("Annul the admission of {badge} made here at {time}?").format(
                    badge=self.chosen.badge_number, time=self._clock(self.chosen.at)
                )
            )

    def _needs_attention(self) -> bool:
        view = self.view
        return view is not None and (
            bool(view.conflicts) or any(k.lane_offline or k.clock_flagged or k.alarms for k in view.kiosks)
        )

    def _summary(self) -> str:
        view = self.view
        if view is None:
            return self.tr("Nothing to show: the site has not answered yet.") if self.failed else (
                self.tr("Reading the site…")
            )
        line = self.tr("Kiosks: {kiosks} · offline: {offline} · clock off: {clock} · conflicts: {conflicts}").format(
            kiosks=len(view.kiosks), offline=sum(k.lane_offline for k in view.kiosks),
            clock=sum(k.clock_flagged for k in view.kiosks), conflicts=len(view.conflicts),
        )
        if self.failed:
            when = self.tr("as it was at {time}")
        else:
            when = self.tr("at {time}, the site's clock")
        return f"{line} · {when.format(time=self._clock(view.server_now))}"

    def _empty_words(self) -> str:
        view = self.view
        if view is None or self.steps.currentIndex() != self.OVERVIEW:
            return ""
        index = self.lists.currentIndex()
        if index == self.KIOSKS and not view.kiosks:
            return self.tr("No kiosk has reached the site yet.")
        if index == self.TODAY and not view.counts:
            return self.tr("Nothing logged today yet.")
        if index == self.CONFLICTS and not view.conflicts:
            return self.tr("No conflict: every badge was admitted once.")
        return ""

    def _kiosks_in_order(self) -> list[KioskView]:
        """The kiosks that need the supervisor first, then the others, each group in the site's order."""
        kiosks = self.view.kiosks if self.view is not None else ()
        return sorted(kiosks, key=lambda k: not self._kiosk_flagged(k))

    def _kiosk_flagged(self, kiosk: KioskView) -> bool:
        return kiosk.lane_offline or kiosk.clock_flagged or bool(kiosk.alarms)

    def _kiosk_title(self, kiosk: KioskView) -> str:
        place = wording.checkpoint_name(self._event, kiosk.checkpoint, self._language.current)
        title = self.tr("{kiosk} · {checkpoint}").format(kiosk=kiosk.kiosk_id, checkpoint=place)
        if self.view is not None and kiosk.kiosk_id == self.view.viewer:
            title = self.tr("{kiosk} (this kiosk)").format(kiosk=title)
        return title

    def _kiosk_lines(self, kiosk: KioskView, view: SiteView) -> str:
        admitted = sum(a.state is not ClaimState.ANNULLED for a in kiosk.admissions)
        if kiosk.online:
            seen = self.tr("Online · seen {ago} ago").format(ago=self._span(kiosk.seen_ago))
        elif kiosk.lane_offline:
            seen = self.tr("OFFLINE · last seen at {time} ({ago} ago)").format(
                time=self._clock(kiosk.last_seen), ago=self._span(kiosk.seen_ago)
            )
        else:  # the office: it reaches the site when it syncs or publishes
            seen = self.tr("Office · last seen {ago} ago").format(ago=self._span(kiosk.seen_ago))
        first = self.tr("{seen} · {count} to upload · admitted today: {admitted}").format(
            seen=seen, count=kiosk.pending_uploads, admitted=admitted
        )
        if kiosk.roster_serial is None:
            roster = self.tr("No roster")
        elif kiosk.roster_age is None:
            roster = self.tr("Roster serial {serial}").format(serial=kiosk.roster_serial)
        else:
            roster = self.tr("Roster serial {serial}, {age} old").format(
                serial=kiosk.roster_serial, age=self._span(kiosk.roster_age)
            )
        latest = view.latest_serial
        if kiosk.roster_serial is not None and latest is not None and kiosk.roster_serial < latest:
            roster = self.tr("{roster} (serial {latest} is out)").format(roster=roster, latest=latest)
        lines = [first]
        if kiosk.clock_flagged:
            lines += [roster, self._clock_words(kiosk)]
        else:
            lines.append(f"{roster} · {self._clock_words(kiosk)}")
        if kiosk.alarms:
            lines.append(self.tr("ALARM: the site holds {count} fork or rollback alarm(s) on its log").format(
                count=kiosk.alarms
            ))
        return "\n".join(lines)

    def _clock_words(self, kiosk: KioskView) -> str:
        offset = kiosk.clock_offset
        if offset is None:
            return self.tr("Clock not measured")
        seconds = wording.decimal(abs(offset.total_seconds()), self._language.current)
        if kiosk.clock_flagged:
            limit = wording.decimal(CLOCK_FLAG.total_seconds(), self._language.current, 0)
            if offset > timedelta(0):
                return self.tr("CLOCK {seconds} s SLOW (more than {limit} s off the site's)").format(
                    seconds=seconds, limit=limit
                )
            return self.tr("CLOCK {seconds} s FAST (more than {limit} s off the site's)").format(
                seconds=seconds, limit=limit
            )
        return self.tr("Clock within {seconds} s of the site's").format(seconds=seconds)

    def _conflict_words(self, card: ConflictCard, view: SiteView) -> None:
        c = card.conflict
        lang = self._language.current
        card.title.setText(self.tr("Badge {badge} admitted twice · {session} · {day}").format(
            badge=c.badge_number, session=wording.session_name(self._event, c.session, lang),
            day=wording.day_of(c.conflict.at, self._event, lang),
        ))
        card.offline.setText(self.tr("Offline: {where}").format(where=self._where(c.conflict, view)))
        card.standing.setText(
            self.tr("Standing: {where}").format(where=self._where(c.standing, view)) if c.standing is not None
            else self.tr("The standing admission was annulled since.")
        )
        for button in card.annul_buttons.values():
            button.setText(self.tr("Annul…"))
        hints = []
        for admission in (c.conflict, c.standing):
            if admission is None or admission.client_id in card.annul_buttons:
                continue
            if admission.decision_id is None:
                hints.append(self.tr("The decision at {kiosk} has not reached the site yet.").format(
                    kiosk=admission.kiosk_id
                ))
            else:
                hints.append(self.tr("To annul the one at {kiosk}: its supervisor mode, The site (or kiosk log "
                                     "annul {id} there).").format(kiosk=admission.kiosk_id, id=admission.decision_id))
        if not card.annul_buttons:
            hints.append(self.tr("Neither was admitted here: annul the mistaken one at its own kiosk."))
        card.hint.setText("\n".join(hints))
        card.hint.setVisible(bool(hints))

    def _where(self, admission: SiteAdmission, view: SiteView) -> str:
        kiosk = (
            self.tr("{kiosk} (this kiosk)").format(kiosk=admission.kiosk_id) if admission.kiosk_id == view.viewer
            else admission.kiosk_id
        )
        if admission.officer:
            return self.tr("{kiosk} at {time}, officer {officer}").format(
                kiosk=kiosk, time=self._clock(admission.at), officer=admission.officer
            )
        return self.tr("{kiosk} at {time}").format(kiosk=kiosk, time=self._clock(admission.at))

    def _admission_words(self, admission: SiteAdmission) -> tuple[str, str]:
        lang = self._language.current
        title = self.tr("{time} on the site's clock · badge {badge}").format(
            time=self._clock(admission.server_at), badge=admission.badge_number
        )
        facts = [
            wording.session_name(self._event, admission.session, lang),
            self.tr("its own clock said {time}").format(time=self._clock(admission.at)),
        ]
        if admission.offline:
            facts.append(self.tr("admitted offline"))
        if admission.state is ClaimState.CONFLICT:
            facts.append(self.tr("CONFLICT"))
        elif admission.state is ClaimState.ANNULLED:
            facts.append(self.tr("annulled"))
        return title, " · ".join(facts)

    def _clock(self, at: datetime) -> str:
        return f"{self._event.local(at):%H:%M:%S}"

    def _span(self, span: timedelta) -> str:
        seconds = max(int(span.total_seconds()), 0)
        if seconds < 120:
            return self.tr("{n} s").format(n=seconds)
        minutes = seconds // 60
        if minutes < 120:
            return self.tr("{n} min").format(n=minutes)
        hours = minutes // 60
        if hours < 48:
            return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes % 60)
        return self.tr("{n} days").format(n=hours // 24)

