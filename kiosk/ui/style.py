"""The kiosk's look: calm greys and navy, with red, amber and green kept for verdicts.

Sizes follow the house style: body text 22 pt and more, verdict words 72 pt and more, touch
targets at least 80 px (and 15 mm on the actual screen). No hover effects: feedback is on press.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QGuiApplication

FONT_FAMILIES = ["Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans"]  # Naskh: readable, tighter lines
BODY_PT = 22
MIN_TOUCH_PX = 80
MIN_TOUCH_MM = 15.0


@dataclass(frozen=True)
class Palette:
    background: str = "#E9EDF1"
    surface: str = "#FFFFFF"
    text: str = "#17202B"
    muted: str = "#4F5B69"
    border: str = "#BCC6D0"
    primary: str = "#1F4E79"
    primary_pressed: str = "#143352"
    red: str = "#B3261E"
    red_pressed: str = "#7F1A15"
    red_soft: str = "#FBE3E1"
    amber: str = "#F4B400"
    amber_soft: str = "#FFF3CD"
    amber_text: str = "#1C1400"
    green: str = "#1B7A3A"
    green_pressed: str = "#115127"
    green_soft: str = "#DDF2E3"
    slate: str = "#37474F"
    camera_bg: str = "#10161D"


PALETTE = Palette()


def colour(name: str) -> QColor:
    return QColor(getattr(PALETTE, name))


def app_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(BODY_PT)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def touch_px() -> int:
    """The smallest touch target on this screen: 80 px, or 15 mm if the screen is denser."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return MIN_TOUCH_PX
    dpi = screen.physicalDotsPerInch()
    if not 50 <= dpi <= 400:  # virtual screens report nonsense
        return MIN_TOUCH_PX
    return max(MIN_TOUCH_PX, min(160, round(MIN_TOUCH_MM / 25.4 * dpi)))


def style_sheet(touch: int = MIN_TOUCH_PX) -> str:
    p = PALETTE
    return f"""
* {{ outline: none; }}
QWidget {{ color: {p.text}; font-size: {BODY_PT}pt; }}
QWidget#KioskWindow, QStackedWidget#Pages, QWidget[page="true"] {{ background: {p.background}; }}
QLabel {{ background: transparent; }}
QLabel[textSize="small"] {{ font-size: 18pt; color: {p.muted}; }}
QLabel[textSize="muted"] {{ font-size: {BODY_PT}pt; color: {p.muted}; }}
QLabel[textSize="title"] {{ font-size: 30pt; font-weight: 700; }}
QLabel[textSize="name"] {{ font-size: 36pt; font-weight: 700; }}
QLabel[textSize="large"] {{ font-size: 28pt; font-weight: 700; }}
QLabel[textSize="huge"] {{ font-size: 40pt; font-weight: 800; }}
QLabel[textSize="verdict"] {{ font-size: 72pt; font-weight: 800; }}
QLabel[textSize="reason"] {{ font-size: 36pt; font-weight: 700; }}
QLabel[textSize="clock"] {{ font-size: 28pt; font-weight: 700; }}
QLabel[textSize="place"] {{ font-size: 24pt; font-weight: 700; }}
QLabel[textSize="count"] {{ font-size: 24pt; font-weight: 700; }}
QLabel[textSize="detail"] {{ font-size: 24pt; }}
QLabel[textSize="cardTitle"] {{ font-size: 24pt; font-weight: 700; }}
QLabel[textSize="strong"] {{ font-size: 22pt; font-weight: 700; }}
QLabel[tone="onColour"] {{ color: #FFFFFF; }}
QLabel[tone="onAmber"] {{ color: {p.amber_text}; }}
QLabel[tone="error"] {{ color: {p.red}; }}
QLabel[alert="true"] {{ font-weight: 700; }}
QLabel[tone="good"] {{ color: {p.green}; }}

QFrame#TopBar {{ background: {p.surface}; border-bottom: 2px solid {p.border}; }}
QFrame[card="true"] {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: 14px; }}
QFrame[card="active"] {{ background: {p.surface}; border: 4px solid {p.primary}; border-radius: 14px; }}
QFrame[card="confirmed"] {{ background: {p.green_soft}; border: 3px solid {p.green}; border-radius: 14px; }}
QFrame[note="true"] {{ background: {p.amber_soft}; border: 2px solid {p.amber}; border-radius: 10px; }}
QFrame[pill="true"] {{ background: {p.background}; border-radius: 10px; }}

QFrame[band="red"] {{ background: {p.red}; }}
QFrame[band="amber"] {{ background: {p.amber}; }}
QFrame[band="green"] {{ background: {p.green}; }}
QFrame[band="slate"] {{ background: {p.slate}; }}
QWidget[verdictPage="red"] {{ background: {p.red_soft}; }}
QWidget[verdictPage="amber"] {{ background: {p.amber_soft}; }}
QWidget[verdictPage="green"] {{ background: {p.green_soft}; }}

QFrame#Banner {{ background: {p.amber}; border: 3px solid {p.amber_text}; border-radius: 12px; }}
QFrame#Banner QLabel {{ color: {p.amber_text}; font-weight: 700; font-size: 19pt; }}
QFrame[strip="red"] {{ background: {p.red_soft}; border: 3px solid {p.red}; border-radius: 10px; }}
QFrame[strip="red"] QLabel {{ color: {p.red_pressed}; }}
QFrame[strip="amber"] {{ background: {p.amber_soft}; border: 3px solid {p.amber}; border-radius: 10px; }}
QFrame[noteBand="true"] {{ background: {p.amber}; }}
QFrame[noteBand="true"] QLabel {{ color: {p.amber_text}; }}
QLabel[listRow="true"] {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: 10px; padding: 6px 12px; }}

QPushButton {{
    min-height: {touch - 12}px; min-width: {touch - 12}px; padding: 4px 14px;
    border-radius: 12px; border: 2px solid {p.border};
    background: {p.surface}; color: {p.text}; font-size: {BODY_PT}pt; font-weight: 600;
}}
QPushButton:pressed {{ background: {p.border}; border-color: {p.muted}; padding-top: 7px; padding-bottom: 1px; }}
QPushButton:disabled {{ color: #98A2AD; background: #F3F5F7; border-color: #D8DEE4; }}
QPushButton:checked {{ background: {p.primary}; color: #FFFFFF; border-color: {p.primary}; }}
QPushButton[kind="primary"] {{ background: {p.primary}; color: #FFFFFF; border-color: {p.primary}; }}
QPushButton[kind="primary"]:pressed {{ background: {p.primary_pressed}; }}
QPushButton[kind="confirm"] {{ background: {p.green}; color: #FFFFFF; border-color: {p.green}; }}
QPushButton[kind="confirm"]:pressed {{ background: {p.green_pressed}; }}
QPushButton[kind="confirm"]:checked {{ background: {p.green_pressed}; border: 4px solid #0B3319; }}
QPushButton[kind="refuse"] {{ background: {p.surface}; color: {p.red}; border: 3px solid {p.red}; }}
QPushButton[kind="refuse"]:pressed {{ background: {p.red_soft}; }}
QPushButton[kind="danger"] {{ background: {p.red}; color: #FFFFFF; border-color: {p.red}; }}
QPushButton[kind="danger"]:pressed {{ background: {p.red_pressed}; }}
QPushButton[kind="field"] {{ font-size: 30pt; font-weight: 700; border: 3px solid {p.border}; }}
QPushButton[kind="field"][active="true"] {{ border: 4px solid {p.primary}; }}
QPushButton[kind="card"] {{ background: {p.surface}; border: 3px solid {p.border}; border-radius: 14px; padding: 0px; }}
QPushButton[kind="card"]:pressed {{ background: {p.border}; border-color: {p.primary}; }}
QPushButton[kind="key"] {{ min-height: {touch - 4}px; min-width: 40px; padding: 0px; font-size: 26pt; font-weight: 600; }}
QPushButton[kind="pin"] {{ min-height: {touch + 16}px; min-width: {touch + 16}px; padding: 0px; font-size: 34pt; font-weight: 700; }}
QPushButton[kind="disabled"]:disabled {{ color: #98A2AD; background: #F3F5F7; border-color: #D8DEE4; }}
QPushButton:disabled[kind="confirm"], QPushButton:disabled[kind="primary"], QPushButton:disabled[kind="danger"] {{
    background: #C5CCD3; border-color: #C5CCD3; color: #F3F5F7;
}}

QLineEdit {{
    min-height: {touch - 6}px; border: 3px solid {p.border}; border-radius: 12px;
    background: {p.surface}; padding: 0px 16px; font-size: 28pt;
}}
QLineEdit[active="true"] {{ border-color: {p.primary}; }}

QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QScrollBar:vertical {{ width: 22px; background: {p.background}; }}
QScrollBar::handle:vertical {{ background: {p.border}; border-radius: 10px; min-height: 60px; }}
QScrollBar:horizontal {{ height: 22px; background: {p.background}; }}
QScrollBar::handle:horizontal {{ background: {p.border}; border-radius: 10px; min-width: 60px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; }}
"""
