"""The screen's language, switched at runtime: a Qt translator, a locale and a layout direction.

Installing or removing the translator makes Qt send LanguageChange to every widget; each widget
retranslates itself in changeEvent. Arabic turns the whole application right to left.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from kiosk.resources import translations_path
from kiosk.ui.wording import LOCALES

log = logging.getLogger(__name__)

TRANSLATIONS = translations_path()
LANGUAGES = ("fr", "en", "ar")  # the order of the buttons on screen
class LanguageSwitch(QObject):
    language_changed = Signal(str)

    def __init__(self, language: str = "fr", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = ""
        self._translator: QTranslator | None = None
        self.set_language(language if language in LANGUAGES else "fr")

    def set_language(self, language: str) -> None:
        if language == self.current or language not in LANGUAGES:
            return
        app = QCoreApplication.instance()
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator(self)
        if translator.load(f"kiosk_{language}", str(TRANSLATIONS)):
            QCoreApplication.installTranslator(translator)
            self._translator = translator
        elif language != "en":
            log.warning("no translation for %s in %s; showing English", language, TRANSLATIONS)
        QLocale.setDefault(QLocale(LOCALES[language]))
        direction = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        if isinstance(app, QApplication):
            app.setLayoutDirection(direction)
        self.current = language
        self.language_changed.emit(language)
