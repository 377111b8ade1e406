"""Gettext catalogs for Checkup Desktop (Babel): extract, update, compile, check.

    python scripts/i18n.py extract   # locales/<domain>.pot from the code and the knowledge base
    python scripts/i18n.py update    # merge the templates into every locales/<loc>/.../*.po
    python scripts/i18n.py compile   # write .mo files (packaging; the app compiles .po itself)
    python scripts/i18n.py check     # every catalog compiles, is complete and consistent

Domains: "ui" (strings wrapped in _() / N_() in the window), "cards" (N_() in the fixed card
sentences and vocabulary words) and "knowledge" (the [[group]] texts of resources/knowledge).
Each msgid is the English text. The Chinese msgstrs of "knowledge" and of the "cards"
vocabulary are generated from the Chinese the code and TOML already hold, so the two never
disagree; "update" rewrites them and "check" fails if they drift.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tomllib
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checkup_desktop.core.i18n import DOMAINS, LOCALES  # noqa: E402

LOCALES_DIR = ROOT / "locales"
KNOWLEDGE_DIR = ROOT / "resources" / "knowledge"
PKG = ROOT / "checkup_desktop"
SOURCES = {
    "ui": sorted((PKG / "ui").glob("*.py")) + [PKG / "app.py"],
    "cards": [PKG / "core" / n for n in ("textnotes.py", "presentation.py", "export.py",
                                         "trends.py")],
}
KEYWORDS = {"ui": {"_": None, "N_": None}, "cards": {"N_": None}}
PROJECT = "Checkup Desktop"
_FIELD = re.compile(r"\{(\w*)\}")


# ----------------------------------------------------------------------------- templates


def _group_entries() -> list[tuple[str, str, dict, dict]]:
    """(file, group key, en texts, zh texts) of every [[group]] in the knowledge base."""
    index = tomllib.loads((KNOWLEDGE_DIR / "index.toml").read_text("utf-8"))
    out = []
    for name in index["files"]:
        data = tomllib.loads((KNOWLEDGE_DIR / name).read_text("utf-8"))
        for group in data.get("group", []):
            if "en" in group:
                out.append((name, group["key"], group["en"], group.get("zh", {})))
    return out


def _text_pairs(en: dict, zh: dict) -> list[tuple[str, str]]:
    pairs = [(en[f], zh.get(f, "")) for f in ("abnormal", "high", "low", "explanation")
             if en.get(f)]
    zq = zh.get("questions", [])
    pairs += [(q, zq[i] if i < len(zq) else "") for i, q in enumerate(en.get("questions", []))]
    return pairs


def template(domain: str) -> Catalog:
    """The catalog template of `domain`: every msgid, where it comes from."""
    cat = Catalog(project=PROJECT, domain=domain, fuzzy=False)
    if domain == "knowledge":
        for name, key, en, _zh in _group_entries():
            for msgid, _z in _text_pairs(en, {}):
                cat.add(msgid, locations=[(f"resources/knowledge/{name}", 0)],
                        auto_comments=[f"group {key}"])
        return cat
    if domain == "cards":  # a constant of the shared contract, not marked with N_ there
        from checkup_desktop.core.models import STANDING_NOTICE

        cat.add(STANDING_NOTICE, locations=[("checkup_desktop/core/models.py", 0)])
    for path in SOURCES[domain]:
        rel = path.relative_to(ROOT).as_posix()
        for lineno, message, comments, _ctx in extract_from_file(
                "python", path, keywords=KEYWORDS[domain], comment_tags=("TRANSLATORS:",)):
            if isinstance(message, str) and message:
                cat.add(message, locations=[(rel, lineno)], auto_comments=comments)
    return cat


def chinese_from_sources(domain: str) -> dict[str, str]:
    """English -> Chinese pairs that the code or the TOML already holds."""
    pairs: dict[str, str] = {}
    if domain == "knowledge":
        for _name, _key, en, zh in _group_entries():
            for msgid, text in _text_pairs(en, zh):
                if text:
                    pairs.setdefault(msgid, text)
        return pairs
    if domain == "cards":
        from checkup_desktop.core import export, presentation, textnotes
        from checkup_desktop.core.models import STANDING_NOTICE

        pairs[STANDING_NOTICE] = textnotes.NOTICE_ZH
        pairs[textnotes._URGENT["en"]] = textnotes._URGENT["zh"]
        for prio, style in presentation._PRIORITY["en"].items():
            zh_style = presentation._PRIORITY["zh"][prio]
            for field in ("word", "meaning"):  # the heading is made of these two
                pairs[getattr(style, field)] = getattr(zh_style, field)
        for table in (presentation._DEPARTMENT, presentation._FOLLOW_UP, presentation._ORIGIN,
                      presentation._FLAG, export._WORDS):
            for key, text in table["en"].items():
                pairs[text] = table["zh"][key]
    return pairs


def _po_path(loc: str, domain: str) -> Path:
    return LOCALES_DIR / loc / "LC_MESSAGES" / f"{domain}.po"


def _read(path: Path, loc: str, domain: str) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh, locale=loc, domain=domain)


def _write(path: Path, cat: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    write_po(buf, cat, width=100, sort_output=False, omit_header=False, include_previous=False)
    path.write_bytes(buf.getvalue())


# ----------------------------------------------------------------------------- commands


def extract() -> list[Path]:
    out = []
    for domain in DOMAINS:
        path = LOCALES_DIR / f"{domain}.pot"
        _write(path, template(domain))
        out.append(path)
    return out


def update() -> list[Path]:
    """Merge each template into its catalogs; English and generated Chinese filled in."""
    out = []
    for domain in DOMAINS:
        tmpl = template(domain)
        zh = chinese_from_sources(domain)
        for loc in LOCALES.values():
            path = _po_path(loc, domain)
            cat = _read(path, loc, domain) if path.is_file() else Catalog(
                locale=loc, domain=domain, project=PROJECT, fuzzy=False)
            cat.update(tmpl, no_fuzzy_matching=True, update_creation_date=False)
            cat.obsolete.clear()
            cat.fuzzy = False
            cat.header_comment = (f"# {loc} translations for {PROJECT} (domain \"{domain}\").\n"
                                  "# Edit msgstr only; run `python scripts/i18n.py update` "
                                  "after changing the code or the knowledge base.")
            cat.last_translator = cat.language_team = f"{PROJECT} team"
            for msg in cat:
                if not msg.id:
                    continue
                if loc == "en":
                    msg.string = msg.id
                elif loc == LOCALES["zh"] and msg.id in zh:
                    msg.string = zh[msg.id]
            _write(path, cat)
            out.append(path)
    return out


def compile_all() -> list[Path]:
    out = []
    for po in sorted(LOCALES_DIR.glob("*/LC_MESSAGES/*.po")):
        loc = po.parent.parent.name
        cat = _read(po, loc, po.stem)
        with po.with_suffix(".mo").open("wb") as fh:
            write_mo(fh, cat)
        out.append(po.with_suffix(".mo"))
    return out


def check() -> list[str]:
    """Problems in the catalogs (empty: all good)."""
    problems: list[str] = []
    for domain in DOMAINS:
        wanted = [m.id for m in template(domain) if m.id]
        zh = chinese_from_sources(domain)
        for loc in LOCALES.values():
            path = _po_path(loc, domain)
            rel = path.relative_to(LOCALES_DIR.parent).as_posix()
            if not path.is_file():
                problems.append(f"{rel}: missing")
                continue
            try:
                cat = _read(path, loc, domain)
                write_mo(io.BytesIO(), cat)
            except Exception as exc:  # any parse or compile error is a problem to report
                problems.append(f"{rel}: does not compile: {exc}")
                continue
            for msg, errors in cat.check():
                problems += [f"{rel}: {msg.id!r}: {e}" for e in errors]
            for msgid in wanted:
                msg = cat.get(msgid)
                if msg is None or not msg.string:
                    problems.append(f"{rel}: no translation for {msgid!r}")
                    continue
                if msg.fuzzy:
                    problems.append(f"{rel}: fuzzy translation for {msgid!r}")
                if set(_FIELD.findall(msgid)) != set(_FIELD.findall(msg.string)):
                    problems.append(f"{rel}: placeholders differ in {msgid!r}")
                if loc == LOCALES["zh"] and msgid in zh and msg.string != zh[msgid]:
                    problems.append(f"{rel}: Chinese differs from the source for {msgid!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["extract", "update", "compile", "check"])
    args = parser.parse_args(argv)
    if args.command == "check":
        problems = check()
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        return 1 if problems else 0
    done = {"extract": extract, "update": update, "compile": compile_all}[args.command]()
    for path in done:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
