"""Colours, sizes and the style sheet: calm, high-contrast, large enough to read."""

from __future__ import annotations

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


def style_sheet(base_pt: int = BASE_POINT_SIZES["normal"]) -> str:
    h1, h2, h3 = round(base_pt * 1.8), round(base_pt * 1.35), round(base_pt * 1.1)
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
    """
