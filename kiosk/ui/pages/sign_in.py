"""Officer sign-in: number, then PIN, on our own keypad. Wrong PINs count down; too many lock the pad."""

from __future__ import annotations

import enum
import math
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.clock import Clock
from kiosk.domain.programme import Event
from kiosk.domain.staff import DemoCredentials
from kiosk.ui.i18n import LanguageSwitch
from kiosk.ui.icons import Glyph
from kiosk.ui.pages.base import Page, text_label
from kiosk.ui.pages.common import LanguageButtons
from kiosk.ui.touch import GAP, PinDots, PinPad, TouchButton, repolish
from kiosk.ui.vocabulary import PinResult, SignInPrompt, SignInReason

MAX_NUMBER = 10
MAX_PIN = 8


class Field(enum.Enum):
    NUMBER = "number"
    PIN = "pin"


class PadLock:
    """Shared by the sign-in and supervisor pages: is the pad locked now, and for how long."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self.until: datetime | None = None

    def seconds_left(self) -> int:
        if self.until is None:
            return 0
        left = (self.until - self._clock.now()).total_seconds()
        if left <= 0:
            self.until = None
            return 0
        return math.ceil(left)


class SignInPage(Page):
    sign_in_requested = Signal(str, str)
    supervisor_requested = Signal()

    def __init__(
        self,
        clock: Clock,
        language: LanguageSwitch,
        event: Event,
        demo: DemoCredentials | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self.number = ""
        self.pin = ""
        self.active = Field.NUMBER
        self.prompt = SignInPrompt(SignInReason.START)
        self.lock = PadLock(clock)
        self._refusal: PinResult | None = None
        self._demo = demo

        self.event_name = text_label("muted")  # the event's full name: the top bar has no room for it
        self.title = text_label("title")
        self.explain = text_label("muted")
        self.number_field = TouchButton("field")
        self.number_field.clicked.connect(self.on_number_field_clicked)
        self.number_caption = text_label("muted", wrap=False)
        self.pin_caption = text_label("muted", wrap=False)
        self.pin_dots = PinDots()
        self.pin_dots.mousePressEvent = self._pin_field_pressed  # type: ignore[method-assign]
        self.status = text_label("cardTitle", tone="error")
        self.demo = text_label("small")
        self.demo_box = QFrame()
        self.demo_box.setProperty("note", "true")
        box = QVBoxLayout(self.demo_box)
        box.addWidget(self.demo)
        self.languages = LanguageButtons(language)
        self.supervisor_button = TouchButton("", Glyph.LOCK, "#17202B")
        self.supervisor_button.clicked.connect(self.supervisor_requested)

        self.pad = PinPad()
        self.pad.digit_pressed.connect(self.on_digit)
        self.pad.erase_pressed.connect(self.on_erase)
        self.pad.ok_pressed.connect(self.on_ok)

        form = QVBoxLayout()
        form.setSpacing(6)
        form.addWidget(self.event_name)
        form.addWidget(self.title)
        form.addWidget(self.explain)
        form.addSpacing(8)
        form.addWidget(self.number_caption)
        form.addWidget(self.number_field)
        form.addSpacing(8)
        form.addWidget(self.pin_caption)
        form.addWidget(self.pin_dots)
        form.addSpacing(8)
        form.addWidget(self.status)
        form.addStretch(1)

        pad_column = QVBoxLayout()
        pad_column.addStretch(1)
        pad_column.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignCenter)
        pad_column.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(48)
        body.addLayout(form, 3)
        body.addLayout(pad_column, 2)

        footer = QHBoxLayout()
        footer.setSpacing(GAP)
        footer.addWidget(self.languages)
        footer.addWidget(self.demo_box, 1)
        if demo is None:
            self.demo_box.hide()  # never setVisible(True) on a widget without a parent: it becomes a window
            footer.addStretch(1)
        footer.addWidget(self.supervisor_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(40, 16, 40, GAP)
        column.setSpacing(GAP)
        column.addLayout(body, 1)
        column.addLayout(footer)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.on_tick)
        self._activate(Field.NUMBER)
        self.retranslate()

    # -- from the controller -------------------------------------------------------------------
    @Slot(object)
    def on_sign_in_prompted(self, prompt: SignInPrompt) -> None:
        self.prompt = prompt
        self.number = prompt.number
        self.pin = ""
        self._refusal = None
        self._activate(Field.PIN if self.number else Field.NUMBER)
        self.retranslate()

    @Slot(object)
    def on_pin_refused(self, result: PinResult) -> None:
        if result.supervisor_only:
            return
        self._refusal = result
        self.pin = ""
        self.lock.until = result.outcome.locked_until
        if self.lock.until is not None:
            self._ticker.start()
        self.retranslate()

    # -- keypad --------------------------------------------------------------------------------
    @Slot(str)
    def on_digit(self, digit: str) -> None:
        if self.active is Field.NUMBER and len(self.number) < MAX_NUMBER:
            self.number += digit
        elif self.active is Field.PIN and len(self.pin) < MAX_PIN:
            self.pin += digit
        self._show_fields()

    @Slot()
    def on_erase(self) -> None:
        if self.active is Field.NUMBER:
            self.number = self.number[:-1]
        else:
            self.pin = self.pin[:-1]
        self._show_fields()

    @Slot()
    def on_ok(self) -> None:
        if self.active is Field.NUMBER:
            if self.number:
                self._activate(Field.PIN)
            return
        if not self.number:
            self._activate(Field.NUMBER)
            return
        if self.pin and not self.locked():
            self.sign_in_requested.emit(self.number, self.pin)

    @Slot()
    def on_number_field_clicked(self) -> None:
        self._activate(Field.NUMBER)

    def _pin_field_pressed(self, _event) -> None:  # noqa: ANN001
        if self.number:
            self._activate(Field.PIN)

    @Slot()
    def on_tick(self) -> None:
        if not self.locked():
            self._ticker.stop()
        self.retranslate()

    def locked(self) -> bool:
        return self.lock.seconds_left() > 0

    def _activate(self, field: Field) -> None:
        self.active = field
        self.number_field.setProperty("active", "true" if field is Field.NUMBER else "false")
        self.pin_dots.setProperty("card", "active" if field is Field.PIN else "true")
        repolish(self.number_field)
        repolish(self.pin_dots)
        self._show_fields()

    def _show_fields(self) -> None:
        self.number_field.setText(self.number or "—")
        self.pin_dots.set_count(len(self.pin))

    def retranslate(self) -> None:
        locked_for = self.lock.seconds_left()
        self.pad.setEnabled(locked_for == 0)
        self.event_name.setText(self._event.name(self._language.current))
        self.event_name.setVisible(self.prompt.reason is not SignInReason.LOCKED)  # the lock explains instead
        if self.prompt.reason is SignInReason.LOCKED:
            self.title.setText(self.tr("Locked"))
            self.explain.setText(self.tr("The kiosk locked itself after a few idle minutes. Sign in again to go on."))
        else:
            self.title.setText(self.tr("Officer sign-in"))
            self.explain.setText("")
        self.explain.setVisible(bool(self.explain.text()))
        self.number_caption.setText(self.tr("Officer number"))
        self.pin_caption.setText(self.tr("PIN"))
        self.supervisor_button.setText(self.tr("Supervisor"))
        if self._demo is not None:
            self.demo.setText(
                self.tr("Demo only: officer {number}, PIN {pin}. Supervisor PIN {supervisor}.").format(
                    number=self._demo.officer, pin=self._demo.pin, supervisor=self._demo.supervisor_pin
                )
            )
        if locked_for:
            locked = self.tr("Too many wrong PINs. The keypad is locked for {seconds} s.")
            self.status.setText(locked.format(seconds=locked_for))
        elif self._refusal is not None:
            left = self._refusal.outcome.attempts_left
            self.status.setText(self.tr("Wrong number or PIN. %n attempt(s) left before the keypad locks.", "", left))
        else:
            self.status.setText("")
        self._show_fields()
