"""The fonts badges are set in, shipped in data/fonts so a badge looks the same on every machine.

Noto Sans for Latin (and Greek, Cyrillic, Vietnamese), Noto Sans Arabic for Arabic; both under the
SIL Open Font License (data/fonts/OFL.txt). Qt picks the Arabic family for Arabic runs by itself.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.errors import KioskError
from kiosk.resources import data_path

FONT_DIR = data_path("fonts")
FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
)
FAMILIES = ["Noto Sans", "Noto Sans Arabic"]
UNITS_PER_MM = 100  # badges are drawn in hundredths of a millimetre: QFont pixel sizes are integers

_registered: set[Path] = set()
_application: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """Fonts and painting need a QGuiApplication; the command line has none, so make an offscreen one."""
    global _application
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise KioskError("badges need a QGuiApplication, but a QCoreApplication is already running")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication(["kiosk-badges"])
    return _application


def register_fonts(folder: Path = FONT_DIR) -> None:
    """Adds the shipped fonts to Qt's database once per process."""
    ensure_gui_application()
    for name in FONT_FILES:
        path = folder / name
        if path in _registered:
            continue
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise KioskError(f"cannot load the badge font {path}")
        _registered.add(path)


def badge_font(size_mm: float, bold: bool = False) -> QFont:
    """A font whose pixel size is in badge units (1/100 mm), unhinted so widths scale with the size."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(max(1, round(size_mm * UNITS_PER_MM)))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
