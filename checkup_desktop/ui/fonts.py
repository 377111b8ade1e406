"""Chinese text must show even on a computer without Chinese fonts (minimal Linux installs):
Qt gets the Droid Sans Fallback font that ships inside PyMuPDF, the same one the handout
embeds."""

from __future__ import annotations

import functools
import logging

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)


@functools.cache
def install_cjk_fallback() -> str | None:
    """Register the font once per process; return its family name (None when unavailable)."""
    try:
        import pymupdf

        font_id = QFontDatabase.addApplicationFontFromData(pymupdf.Font("cjk").buffer)
    except Exception:  # an old PyMuPDF without the font: Chinese may show as boxes
        log.warning("no built-in CJK font; Chinese text depends on system fonts")
        return None
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None
