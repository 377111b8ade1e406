"""Translation hook for UI strings.

Every user-visible string in the UI goes through `_()` so the gettext catalogs (built with
Babel) can translate it. Until a catalog is installed, `_` returns the English text.
"""

from __future__ import annotations

import gettext

_translation: gettext.NullTranslations = gettext.NullTranslations()


def install(translation: gettext.NullTranslations) -> None:
    global _translation
    _translation = translation


def _(message: str) -> str:
    return _translation.gettext(message)


def N_(message: str) -> str:  # gettext convention: mark now, translate later
    return message
