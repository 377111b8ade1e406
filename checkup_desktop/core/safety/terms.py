"""Disease, drug and procedure terms in card text, and term grounding (DESIGN §2).

The vocabulary is resources/safety/terms.tsv, extracted by scripts/build_safety_vocab.py from
published lists (MeSH diseases and medicines, ICD-10-CM categories, translated names; see
resources/safety/SOURCES.md). Words the list does not know are still recognised as disease
names by their form: English "-itis", "-osis", "-aemia", "... disease"; Chinese "…病", "…炎",
"…癌"; German "…erkrankung", "…unterfunktion"; Spanish "enfermedad …", "…itis" (term_forms.py).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from checkup_desktop.core.safety.term_forms import (
    _DE_MORPH,
    _EN_MORPH,
    _ES_MORPH,
    _TEST_AFTER,
    _TEST_BEFORE,
    _TEST_COMPOUND,
    _ZH_MORPH,
    _ZH_STOP,
    _ZH_TEST_AFTER,
)
from checkup_desktop.paths import resources_dir

TERMS_FILE = "safety/terms.tsv"
MAX_WORDS = 4

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+[\w-]*")


@dataclass(frozen=True)
class Term:
    text: str
    kind: str  # condition | drug | procedure
    start: int
    end: int


def normalize(text: str) -> str:
    """NFKC, lower case; keeps the length of NFKC text, so positions match (no casefold:
    "ß" -> "ss" would shift them)."""
    return unicodedata.normalize("NFKC", text).replace("’", "'").lower()


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, dict[str, str]]:
    """{lang: {term: kind}} ('en' terms are matched in every Latin-script language)."""
    out: dict[str, dict[str, str]] = {"en": {}, "es": {}, "de": {}, "zh": {}}
    path = resources_dir() / TERMS_FILE
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            table = out.setdefault(row["lang"], {})
            table.setdefault(normalize(row["term"]), row["kind"])
    return out


@lru_cache(maxsize=1)
def _zh_vocab_rx() -> re.Pattern:
    words = sorted(vocabulary()["zh"], key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@lru_cache(maxsize=1)
def test_names() -> frozenset[str]:
    """Names and aliases of the knowledge base's lab tests: a drug word that is a test's name
    ("insulin", "vitamin D", "胰岛素") is not advice on its own."""
    names: set[str] = set()
    try:
        from checkup_desktop.core.knowledge import load_knowledge

        kb = load_knowledge()
        for a in getattr(kb, "analytes", {}).values():
            for n in [*getattr(a, "aliases", []), *dict(getattr(a, "name", {}) or {}).values()]:
                names.add(normalize(str(n)))
    except Exception:  # noqa: BLE001 - the checker works without the knowledge base
        pass
    return frozenset(names)


_NUTRIENT = re.compile(
    r"^(?:vitamin[ae]?|vitamine|folate|folato|folat|folic acid|folsäure|ácido fólico|iron|hierro|"
    r"eisen|"
    r"calcium|calcio|kalzium|potassium|potasio|kalium|sodium|sodio|natrium|magnesium|magnesio|"
    r"zinc|zink|iodine|yodo|jod|ferritin|ferritina|insulin|insulina|cholesterol|colesterol|"
    r"glucose|glucosa|glukose|albumin|albúmina|urea|harnstoff|thyroxine?|tiroxina|oxygen|oxígeno|"
    r"sauerstoff|water|agua|wasser|叶酸|维生素|铁|钙|钾|钠|镁|锌|碘|胰岛素|胆固醇|葡萄糖|白蛋白|"
    r"甲状腺素)\b")


def is_test_substance(term: str) -> bool:
    parts = re.split(r"[-\s]+", normalize(term))
    if len(parts) > 1 and any(_is_test_substance(p) for p in parts if len(p) >= 3):
        return True
    return _is_test_substance(term)


def _is_test_substance(term: str) -> bool:
    t = normalize(term)
    return bool(_NUTRIENT.match(t)) or t in test_names() or any(
        re.search(rf"(?<!\w){re.escape(t)}(?!\w)", n) for n in test_names() if len(t) >= 4
        and t in n)


def _variant_kind(table: dict[str, str], phrase: str, lang: str) -> str | None:
    """The Spanish and German lists hold one form of a name: "catarata" finds "cataratas",
    "Bluthochdrucks" (genitive) finds "Bluthochdruck". Conditions only, words of 6 letters or
    more ("gotas" is not "gota")."""
    last = phrase.rsplit(" ", 1)[-1]
    if len(last) < 6:
        return None
    ends = ("s", "es") if lang == "es" else ("s", "es", "n", "en")
    forms = [phrase + "s"] + [phrase[:-len(e)] for e in ends if phrase.endswith(e)]
    for form in forms:
        if table.get(form) == "condition":
            return "condition"
    return None


def _latin_terms(text: str, lang: str) -> list[Term]:
    vocab = vocabulary()
    tables = [vocab.get(lang, {})] + ([vocab["en"]] if lang != "en" else [])
    low = normalize(text)
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(low)]
    out: list[Term] = []
    i = 0
    while i < len(toks):
        hit = None
        for n in range(min(MAX_WORDS, len(toks) - i), 0, -1):
            start, end = toks[i][0], toks[i + n - 1][1]
            phrase = " ".join(t for _, _, t in toks[i:i + n])
            for table in tables:
                kind = table.get(phrase) or table.get(low[start:end])
                if not kind and lang in ("es", "de") and table is vocab.get(lang):
                    kind = _variant_kind(table, phrase, lang)
                if not kind and n == 1 and table is vocab["en"] and lang in ("es", "de"):
                    # a Spanish or German form of an English medicine name (biotina, Statine,
                    # Prednisolon)
                    for word in phrase.split("-"):
                        for cut in ("as", "os", "a", "o", "e", "en", ""):
                            base = word[:-len(cut)] if cut and word.endswith(cut) else word
                            found = (table.get(base), table.get(base + "e"))
                            if len(base) >= 5 and "drug" in found:
                                kind = "drug"
                                break
                        if kind:
                            break
                # short English words are matched only in English text (Spanish "gota")
                if kind and (table is vocab.get(lang) or len(phrase) >= 6):
                    hit = Term(text[start:end], kind, start, end)
                    break
            if hit:
                break
        if hit:
            out.append(hit)
            i += len(hit.text.split()) or 1
        else:
            i += 1
    morph = {"en": _EN_MORPH, "es": _ES_MORPH, "de": _DE_MORPH}.get(lang, _EN_MORPH)
    for rx in {morph, _EN_MORPH}:
        for m in rx.finditer(low):
            over = [t for t in out
                    if t.start <= m.start() < t.end or m.start() <= t.start < m.end()]
            # a nutrient inside a deficiency's name ("déficit de vitamina B12") is the disease's
            if over and not all(t.kind == "drug" and m.start() <= t.start and t.end <= m.end()
                                for t in over):
                continue
            out = [t for t in out if t not in over]
            out.append(Term(text[m.start():m.end()], "condition", m.start(), m.end()))
    return sorted(out, key=lambda t: t.start)


def _zh_terms(text: str) -> list[Term]:
    out: list[Term] = []
    norm = unicodedata.normalize("NFKC", text)
    if vocabulary()["zh"]:
        for m in _zh_vocab_rx().finditer(norm):
            out.append(Term(m.group(0), vocabulary()["zh"][m.group(0)], m.start(), m.end()))
    for m in _ZH_MORPH.finditer(norm):
        s, e = m.start(), m.end()
        # grammar is cut from the words before the morpheme, never inside it ("综合征": 合)
        cut = max((i for i in range(s, m.start(1)) if norm[i] in _ZH_STOP), default=s - 1)
        s = max(s, cut + 1)
        # an early stage is said of the disease, not part of its name ("早期脂肪肝": "早期" is
        # the diagnosis rules' cue)
        if norm[s:s + 2] in ("早期", "初期") and s + 2 <= m.start(1):
            s += 2
        overlap = [t for t in out if t.start <= s < t.end or s <= t.start < e]
        if any(t.end - t.start >= e - s for t in overlap):
            continue
        # a longer disease name wins over a word inside it (胰岛素抵抗 over 胰岛素)
        out = [t for t in out if t not in overlap]
        out.append(Term(norm[s:e], "condition", s, e))
    return sorted(out, key=lambda t: t.start)


# disease abbreviations, matched in capitals only (TSH, ALT and other test names are not here)
_ACRONYM = re.compile(
    r"(?<![A-Za-z])(?:ITP|PTI|CKD|ERC|NAFLD|NASH|MASLD|COPD|EPOC|IBD|IBS|PCOS|SOP|GERD|ERGE|UTI|"
    r"ITU|"
    r"HWI|DVT|TVP|CHF|T2DM?|DM2|CLL|LLC|CML|LMC|AML|MGUS|MDS|PMR|SLE|TIA|HFrEF|HFpEF|NIDDM|IDDM)"
    # "CKD-EPI" and "MDRD" name the formula an eGFR is computed with, not a disease
    r"(?![A-Za-z]|-EPI)")


# a label quoted from the report („Steatosis hepatis Grad I“, “fatty liver”, 「脂肪肝」): the
# report's words, not the card's (DESIGN §2)
_QUOTED = re.compile(r"„[^“”„\n]{1,80}[“”]|“[^“”\n]{1,80}”|\"[^\"\n]{1,80}\"|«[^»\n]{1,80}»|"
                     r"「[^」\n]{1,80}」|『[^』\n]{1,80}』")


def find_terms(text: str, lang: str = "en") -> list[Term]:
    """Disease, drug and procedure terms in `text` (vocabulary first, then word forms).
    Positions are in the NFKC form of `text`."""
    return list(_find_terms(unicodedata.normalize("NFKC", text), lang))


@lru_cache(maxsize=4096)
def _find_terms(text: str, lang: str) -> tuple[Term, ...]:
    terms = _zh_terms(text) if re.search(r"[\u4e00-\u9fff]", text) else []
    terms += [t for t in _latin_terms(text, "en" if lang == "zh" else lang)
              if not any(z.start <= t.start < z.end for z in terms)]
    out = []
    for m in _ACRONYM.finditer(text):
        if not any(t.start <= m.start() < t.end for t in terms):
            terms.append(Term(m.group(0), "condition", m.start(), m.end()))
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    for t in sorted(terms, key=lambda t: t.start):
        if t.kind == "condition" and any(s < t.start and t.end < e for s, e in quoted):
            continue
        after = text[t.end:t.end + 40]
        if t.kind == "condition" and (_TEST_AFTER.match(after) or _ZH_TEST_AFTER.match(after)
                                      or _TEST_COMPOUND.search(t.text)
                                      or _TEST_BEFORE.search(text[max(0, t.start - 45):t.start])):
            continue  # "tumour marker", "hepatitis B antigen", "Diabetesrisiko": a test's name
        out.append(t)
    return tuple(out)


def conditions(text: str, lang: str = "en") -> list[Term]:
    return [t for t in find_terms(text, lang) if t.kind == "condition"]


# Lay names of a class of medicines the lists file as medicines ("Schmerzmittel", "analgésicos",
# "止痛药", as "painkillers"; "anticoagulantes", as "blood thinners"): the treatment rules judge
# them in context (one the person takes, or one named as a cause of a result, is no advice), as
# they judge "painkillers"
LAY_CLASSES = frozenset({"schmerzmittel", "analgésicos", "analgésico", "anticoagulantes",
                         "anticoagulante", "止痛药"})


def drugs(text: str, lang: str = "en") -> list[Term]:
    """Medicine names that are not also the name of a lab test ("metformin", not "insulin"), nor a
    lay name of a class of medicines (LAY_CLASSES)."""
    return [t for t in find_terms(text, lang) if t.kind == "drug"
            and not is_test_substance(t.text) and normalize(t.text) not in LAY_CLASSES]


def _stem(word: str) -> str:
    w = normalize(word)
    for suffix in ("'s", "es", "s", "en", "n", "e"):
        if len(w) > 5 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def ungrounded_terms(text: str, allowed_text: str, lang: str = "en") -> list[str]:
    """Disease, drug and procedure terms of `text` that `allowed_text` (the card's knowledge-base
    entry and evidence) does not contain: model text may use only those."""
    allowed = normalize(allowed_text)
    allowed_terms = {_stem(t.text) for t in find_terms(allowed_text, lang)}
    allowed_words = {_stem(w) for w in _TOKEN.findall(allowed)}
    out = []
    for t in find_terms(text, lang):
        word = normalize(t.text)
        if word in allowed or _stem(word) in allowed_terms or _stem(word) in allowed:
            continue
        words = [_stem(w) for w in _TOKEN.findall(word)]
        if len(words) > 1 and all(w in allowed_words for w in words):
            continue  # "heart disease" where the entry says "heart and blood vessel disease"
        if t.text not in out:
            out.append(t.text)
    return out
