"""Translation hook for UI strings.

Every user-visible string in the UI goes through `_()` so the gettext catalogs (built with
Babel, see core/i18n.py and scripts/i18n.py) can translate it. Until a catalog is installed,
`_` returns the English text. Install the language before the widgets are built: they
translate their texts once, when they are created.
"""

from __future__ import annotations

import gettext
from functools import lru_cache

from checkup_desktop.core import i18n

_translation: gettext.NullTranslations = gettext.NullTranslations()
_lang = "en"


def install(translation: gettext.NullTranslations, lang: str = "en") -> None:
    global _translation, _lang
    _translation = translation
    _lang = lang


def install_language(lang: str) -> None:
    """The window's catalog for `lang` ("ui" domain, falling back to the card words)."""
    install(i18n.ui_translation(lang), lang)


def language() -> str:
    return _lang


def _(message: str) -> str:
    return _translation.gettext(message)


def N_(message: str) -> str:  # gettext convention: mark now, translate later
    return message


def number(n: float) -> str:
    """A count as the user's locale writes it (Babel)."""
    return _format_number(n, _lang)


@lru_cache(maxsize=512)
def _format_number(n: float, lang: str) -> str:
    # progress lines format the same few page and card counts over and over
    return i18n.format_number(n, lang)


_qt_translators: list = []


def install_window_language(lang: str) -> None:
    """Switch a running window's language: the app's catalog, number and date formats, and
    Qt's own words (standard buttons, dialogs). The window then builds its texts again."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    install_language(lang)
    QLocale.setDefault(QLocale(i18n.babel_locale(lang)))
    app = QCoreApplication.instance()
    if app is None:
        return
    for old in [*_qt_translators, *getattr(app, "_checkup_translators", [])]:
        app.removeTranslator(old)
    _qt_translators.clear()
    app._checkup_translators = []
    if lang != "en":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{i18n.babel_locale(lang)}", folder):
            app.installTranslator(qt)
            _qt_translators.append(qt)
