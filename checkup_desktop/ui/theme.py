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
ERROR_BG = "#FDECEA"
ERROR_INK = "#7A1C14"


def priority_colour(priority: str) -> str:
    return priority_style(priority).colour  # same colours in the window and the handout


def prefers_high_contrast() -> bool:
    """The system asks for high contrast (Qt 6.10+ reports it), or the user set
    CHECKUP_DESKTOP_HIGH_CONTRAST=1."""
    if os.environ.get("CHECKUP_DESKTOP_HIGH_CONTRAST") == "1":
        return True
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        hints = QGuiApplication.styleHints().accessibility()
        return hints.contrastPreference() == Qt.ContrastPreference.HighContrast
    except (AttributeError, RuntimeError):  # older Qt, or no application yet
        return False


# High contrast: black on white, no grey text, thick borders and focus rings.
_HIGH_CONTRAST = """
    QMainWindow, QWidget#view, QWidget { background: #FFFFFF; color: #000000; }
    QLabel, QLabel[role="muted"] { color: #000000; }
    QFrame#tile, QFrame#notice, QFrame#dropzone { border: 2px solid #000000; }
    QFrame#tile:focus, QPushButton:focus { border: 3px solid #0000CC; }
    QPushButton { border: 2px solid #000000; background: #FFFFFF; color: #000000; }
    QPushButton[role="primary"] { background: #000000; color: #FFFFFF; }
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
    QLabel[role="h1"] {{ font-size: {h1}pt; font-weight: 600; }}
    QLabel[role="h2"] {{ font-size: {h2}pt; font-weight: 600; }}
    QLabel[role="h3"] {{ font-size: {h3}pt; font-weight: 600; padding: 6px 0px 0px 0px; }}
    QFrame#notice {{ background: #EEF2F6; border: 1px solid #C9D2DC; border-radius: 6px; }}
    QFrame#banner {{ background: {ERROR_BG}; border: 1px solid #E6B0AA; border-radius: 6px; }}
    QFrame#banner QLabel {{ color: {ERROR_INK}; }}
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
