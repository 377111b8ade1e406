"""The user's language: which one, its gettext catalogs, and Babel date/number formats.

Qt-free. Catalogs live in locales/<locale>/LC_MESSAGES/<domain>.po (Babel). The .mo files are
not in git, so a .po is compiled in memory on first use (cached); a packaged app ships only
the .mo files, which are read when no .po is there. Three domains keep the catalogs readable:
"ui" (the window), "cards" (fixed card sentences and vocabulary words) and "knowledge" (the
knowledge base's group texts). Every msgid is the English text, so English needs no lookup.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import io
import locale
import os
import sys
from collections.abc import Mapping
from pathlib import Path

LANGS = ("en", "zh", "es", "de")  # app codes, in the order the settings list them
LOCALES = {"en": "en", "zh": "zh_CN", "es": "es", "de": "de"}  # catalog / Babel locale
LANGUAGE_NAMES = {"en": "English", "zh": "中文", "es": "Español", "de": "Deutsch"}
DOMAINS = ("ui", "cards", "knowledge")
# English and Chinese card texts are written in the code and the knowledge base; these come from
# the gettext catalogs (msgid = the English text)
CATALOG_LANGS = ("es", "de")
DEFAULT = "en"


def N_(message: str) -> str:  # gettext convention: mark for extraction, translate later
    return message


def locales_dir() -> Path:
    """locales/ beside the package in a checkout, or inside a frozen (PyInstaller) app."""
    base = getattr(sys, "_MEIPASS", None)
    return (Path(base) if base else Path(__file__).resolve().parents[2]) / "locales"


def normalize_language(code: str | None) -> str | None:
    """The app language for a locale or language code ("de_AT.UTF-8" -> "de"); None if the
    app has no catalog for it."""
    if not code:
        return None
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGS else None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The computer's language, as gettext looks for it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
    then the locale module (Windows and macOS set no variables); English when unknown."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for code in env.get(var, "").split(":"):  # LANGUAGE may list several
            lang = normalize_language(code)
            if lang:
                return lang
    if environ is None:
        try:
            lang = normalize_language(locale.getlocale()[0])
        except ValueError:
            lang = None
        if lang:
            return lang
    return DEFAULT


def resolve_language(setting: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The settings value ("system", "en", "zh", "es", "de") as an app language."""
    return normalize_language(setting) or system_language(environ)


def babel_locale(lang: str) -> str:
    return LOCALES.get(normalize_language(lang) or DEFAULT, DEFAULT)


def catalog_path(lang: str, domain: str, suffix: str = ".po") -> Path:
    return locales_dir() / babel_locale(lang) / "LC_MESSAGES" / f"{domain}{suffix}"


@functools.lru_cache(maxsize=32)
def translation(lang: str, domain: str = "ui") -> gettext.NullTranslations:
    """The catalog of `domain` for `lang`; a NullTranslations (English) when there is none."""
    return _load(lang, domain)


def _load(lang: str, domain: str) -> gettext.NullTranslations:
    data = _mo_bytes(lang, domain)
    return gettext.GNUTranslations(io.BytesIO(data)) if data else gettext.NullTranslations()


@functools.lru_cache(maxsize=32)
def _mo_bytes(lang: str, domain: str) -> bytes:
    """The compiled catalog: the .po compiled in memory, else a shipped .mo; b"" if none."""
    po = catalog_path(lang, domain)
    if po.is_file():
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        with po.open("rb") as fh:
            catalog = read_po(fh, locale=babel_locale(lang), domain=domain)
        buf = io.BytesIO()
        write_mo(buf, catalog)
        return buf.getvalue()
    mo = catalog_path(lang, domain, ".mo")
    return mo.read_bytes() if mo.is_file() else b""


def translate(lang: str, message: str, domain: str = "cards") -> str:
    """`message` (English) in `lang`; the English text when there is no translation."""
    if not message or normalize_language(lang) in (None, "en"):
        return message
    return translation(normalize_language(lang) or DEFAULT, domain).gettext(message)


def format_date(day: dt.date, lang: str, format: str = "long") -> str:  # noqa: A002 - Babel's
    from babel.dates import format_date as babel_format_date

    return babel_format_date(day, format=format, locale=babel_locale(lang))


def format_number(number: float, lang: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(number, locale=babel_locale(lang))


def ui_translation(lang: str) -> gettext.NullTranslations:
    """The window's catalog: "ui", falling back to "cards" for texts the window shares with
    the cards (the standing notice, vocabulary words). A fresh object each call, because
    add_fallback changes the translation it is called on."""
    lang = normalize_language(lang) or DEFAULT
    ui = _load(lang, "ui")
    ui.add_fallback(_load(lang, "cards"))
    return ui
