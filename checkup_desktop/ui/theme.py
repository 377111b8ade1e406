"""Colours, sizes and the style sheet: calm, high-contrast, large enough to read."""

from __future__ import annotations

import os

from checkup_desktop.core.models import PRIORITIES
from checkup_desktop.core.presentation import priority_style

BASE_POINT_SIZES = {"normal": 11, "large": 13, "larger": 16}
INK = "#1F2933"
MUTED = "#52606D"
PAPER = "#FFFFFF"
CANVAS = "#F5F7FA"
ACCENT = "#1D4ED8"
# Messages (something did not work, or what happened) are calm slate and blue; only the
# urgent banner of the cards is red, so it looks like nothing else in the window.
ERROR_BG = "#F1F5F9"
ERROR_EDGE = "#475569"
INFO_BG = "#EEF4FF"
INFO_EDGE = "#1D4ED8"
URGENT = "#B3261E"


def priority_colour(priority: str) -> str:
    return priority_style(priority).colour  # same colours in the window and the handout


def prefers_high_contrast(setting: bool = False) -> bool:
    """The user chose high contrast in Settings, the system asks for it (Qt 6.10+ reports
    it), or CHECKUP_DESKTOP_HIGH_CONTRAST=1."""
    if setting or os.environ.get("CHECKUP_DESKTOP_HIGH_CONTRAST") == "1":
        return True
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        hints = QGuiApplication.styleHints().accessibility()
        return hints.contrastPreference() == Qt.ContrastPreference.HighContrast
    except (AttributeError, RuntimeError):  # older Qt, or no application yet
        return False


# High contrast: black on white, no grey text, thick borders, check boxes drawn with a black
# frame, and a thick blue focus ring on everything that takes the keyboard.
_HIGH_CONTRAST = """
    QMainWindow, QWidget#view, QWidget { background: #FFFFFF; color: #000000; }
    QLabel, QLabel[role="muted"] { color: #000000; }
    QFrame#tile, QFrame#notice, QFrame#dropzone, QFrame#message { border: 2px solid #000000; }
    QFrame#message QLabel { color: #000000; }
    QFrame#tile:focus { border: 4px solid #0000CC; }
    QPushButton { border: 2px solid #000000; background: #FFFFFF; color: #000000;
        padding: 6px 14px; }
    QPushButton[role="primary"] { background: #000000; color: #FFFFFF; }
    QPushButton:focus, QPushButton[role="primary"]:focus { border: 4px solid #0000CC; }
    QComboBox, QSpinBox, QLineEdit, QListWidget, QTableWidget, QScrollArea {
        border: 2px solid #000000; }
    QComboBox:focus, QSpinBox:focus, QLineEdit:focus, QListWidget:focus,
    QTableWidget:focus, QCheckBox:focus { border: 4px solid #0000CC; }
    QCheckBox::indicator, QListWidget::indicator { width: 18px; height: 18px;
        border: 2px solid #000000; background: #FFFFFF; }
    QCheckBox::indicator:checked, QListWidget::indicator:checked {
        background: #000000; border: 2px solid #000000; }
    QListWidget::item { padding: 2px; }
    QListWidget::item:selected, QTableWidget::item:selected {
        background: #0000CC; color: #FFFFFF; }
"""


def _priority_rules() -> str:
    """The priority colours as rules keyed by a property (tiles, chips, group headings), so
    no widget needs a style sheet of its own: each one would cost a style of its own, and
    polishing it, for every tile built."""
    rules = []
    for p in PRIORITIES:
        c = priority_colour(p)
        rules.append(
            f'''QLabel[chip="{p}"] {{ background: {c}; color: white; font-weight: 600;
        padding: 3px 10px; border-radius: 4px; }}
    QFrame[stripe="{p}"] {{ background: {c}; border-top-left-radius: 8px;
        border-bottom-left-radius: 8px; }}
    QLabel[group="{p}"] {{ color: {c}; margin-top: 10px; }}''')
    return "\n    ".join(rules)


def style_sheet(base_pt: int = BASE_POINT_SIZES["normal"], high_contrast: bool = False) -> str:
    h1, h2, h3 = round(base_pt * 1.8), round(base_pt * 1.35), round(base_pt * 1.1)
    extra = _HIGH_CONTRAST if high_contrast else ""
    return f"""
    QMainWindow, QWidget#view {{ background: {CANVAS}; color: {INK}; }}
    QWidget {{ font-size: {base_pt}pt; }}
    QLabel {{ color: {INK}; }}
    QLabel[role="muted"] {{ color: {MUTED}; }}
    QLabel[role="h1"] {{ font-size: {h1}pt; font-weight: 700; }}
    QLabel[role="h2"] {{ font-size: {h2}pt; font-weight: 700; }}
    QLabel[role="h3"] {{ font-size: {h3}pt; font-weight: 700; padding: 6px 0px 0px 0px; }}
    QFrame#notice {{ background: #EEF2F6; border: 1px solid #C9D2DC; border-radius: 6px; }}
    QFrame#message[kind="error"] {{ background: {ERROR_BG}; border: 1px solid #CBD5E1;
        border-left: 6px solid {ERROR_EDGE}; }}
    QFrame#message[kind="info"] {{ background: {INFO_BG}; border: 1px solid #BFD0F5;
        border-left: 6px solid {INFO_EDGE}; }}
    QFrame#message QLabel {{ color: {INK}; }}
    QFrame#urgent {{ background: {URGENT}; border: 3px solid #7F1D1D; border-radius: 8px; }}
    QFrame#urgent QLabel {{ color: white; }}
    QFrame#warning {{ background: #FFF7E6; border: 1px solid #E8C77A; border-radius: 6px; }}
    QFrame#dropzone {{ background: {PAPER}; border: 2px dashed #9AA5B1; border-radius: 12px; }}
    QFrame#dropzone[hover="true"] {{ border-color: {ACCENT}; background: #EEF4FF; }}
    QFrame#tile {{ background: {PAPER}; border: 1px solid #D5DCE3; border-radius: 8px; }}
    QFrame#tile:focus {{ border: 2px solid {ACCENT}; }}
    QFrame#tile:hover {{ border-color: {ACCENT}; }}
    QPushButton {{ padding: 6px 14px; }}
    QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: none;
        border-radius: 6px; padding: 8px 18px; font-weight: 600; }}
    QPushButton[role="primary"]:focus {{ border: 2px solid #0B1F5C; }}
    {_priority_rules()}
    """ + extra
