"""The safety checker (DESIGN §2): no diagnosis, no treatment, no dismissal, no alarm without a
next step, no certainty, and only the card's language.

It runs on every card whatever wrote it (knowledge-base template or local model). A card with a
violation is never shown raw: the pipeline replaces it with the knowledge-base template. It
judges only the app's own words: the report's labels and sentences quoted on a card (its
evidence) are masked first. Model cards are also checked for term grounding: every disease,
drug or procedure name must already be in the card's knowledge-base entry or evidence.

- `check_text(text, kind, lang, grounding=None)` -> list of reasons (empty: safe);
- `check_card(card, grounding="")` -> list of problems of a whole card;
- `ungrounded_terms(text, allowed_text, lang)` -> the names `allowed_text` does not contain;
- `grounding_from_card(rules_card)` -> the knowledge-base text a model card may draw on;
- `safety_check_main(lang, kind, stdin, stdout)` -> the `safety-check` command.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from typing import IO, Literal

from checkup_desktop.core.models import ActionCard
from checkup_desktop.core.safety import joint, langid, learned
from checkup_desktop.core.safety.rules import violations
from checkup_desktop.core.safety.terms import find_terms, ungrounded_terms

__all__ = ["NOTICE_MARKS", "check_card", "check_text", "classify", "evidence_strings",
           "find_terms", "grounding_from_card", "mask_quotes", "notice_language",
           "safety_check_main", "ungrounded_terms"]

TextKind = Literal["title", "explanation", "question"]
LANGS = ("en", "zh", "es", "de")

# The standing notice in each card language; it also tells which language a card is in.
NOTICE_MARKS = {"en": "not medical advice", "zh": "不是医疗建议",
                "es": "no es un consejo médico", "de": "keine medizinische Beratung"}

_LANG_NAMES = {"en": "English", "zh": "Chinese", "es": "Spanish", "de": "German", "fr": "French",
               "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "ja": "Japanese",
               "ko": "Korean", "no": "Norwegian", "sv": "Swedish", "da": "Danish",
               "pl": "Polish", "ca": "Catalan", "ro": "Romanian", "gl": "Galician",
               "lb": "Luxembourgish", "af": "Afrikaans", "fy": "Frisian", "vi": "Vietnamese",
               "ru": "Russian", "tr": "Turkish", "cs": "Czech", "hu": "Hungarian",
               "id": "Indonesian", "sco": "Scots", "zh-Hant": "Traditional Chinese",
               "yue": "Cantonese", "other": "another language"}


def notice_language(notice: str) -> str | None:
    return next((lang for lang, mark in NOTICE_MARKS.items() if mark in notice), None)


# Words that give what follows in quotation marks as the report's own ("the report says",
# 报告写着, el informe dice, im Befund steht): a sentence quoting its report is judged on the
# words around the quote.
_REPORT_CUE = re.compile(
    r"\b(?:report|reports|reported|lab|laboratory|radiologist|letter|sheet|summary|conclusion|"
    r"findings?|informe|hoja|nota|conclusión|radiólogo|laboratorio|labor|vermerkt|steht|"
    # German compounds: "Urinbefund", "Ultraschallbefund", "Arztbericht", "Laborbericht"
    # ("Brief" alone is English "brief", not a letter)
    r"\w*befund|\w*bericht|\w+brief)\b|报告|结论|原话|原文|写着|注明|检查单|化验单", re.IGNORECASE)


# the report named right after the quote, as where it stands ("„Status nach …“ im Befund",
# '"borderline" on your report', «…» en el informe)
_REPORT_PLACE_AFTER = re.compile(
    # with a verb of standing or appearing between ("„…“ steht so im Ultraschallbefund",
    # '"…" appears on your report', «…» aparece en el informe)
    r"\W{0,3}\s*(?:(?:steht|stand|erscheint|appears|is written|is printed|aparece|figura|"
    r"consta)(?:\s+(?:so|dort|exactly|así|tal cual))?\s+)?(?:im|in|on|en|auf|aus)\s+"
    r"(?:(?:the|your|my|dem|der|Ihrem|Ihrer|meinem|el|la|su|"
    r"mi)\s+)?(?:\w+\s+)?(?:" + _REPORT_CUE.pattern + ")", re.IGNORECASE)


def mask_report_quotes(text: str) -> str:
    """Quoted words after a cue that they are the report's are masked (standalone sentences,
    such as those of `safety-check`; check_card knows the report's words and masks those)."""
    out, pos = [], 0
    for m in _QUOTE_SPAN.finditer(text):
        if _REPORT_CUE.search(text[:m.start()]) or _REPORT_PLACE_AFTER.match(text, m.end()):
            out += [text[pos:m.start()], _PLACEHOLDER_WORD]
            pos = m.end()
    return "".join(out) + text[pos:]


def classify(text: str, kind: TextKind = "explanation", lang: str = "en",
             grounding: str | None = None, *, trusted: bool = False,
             report_quotes: bool = True) -> list[tuple[str, str]]:
    """(category, reason) pairs: diagnosis, treatment, dismissal, alarm, certainty, language,
    learned (the learned check, when the rules found nothing), grounding. `trusted`:
    knowledge-base text (its disease names are the knowledge base's; no learned check).
    `report_quotes`: quoted words the sentence gives as the report's are not judged
    (check_card passes False: it masks only what the report really says)."""
    text = unicodedata.normalize("NFKC", text)
    if report_quotes:
        text = mask_report_quotes(text)
    out = violations(text, kind, lang, trusted=trusted)
    other = langid.wrong_language(text, lang)
    if other:
        out.append(("language", f"is not in {_LANG_NAMES.get(lang, lang)} "
                                f"(reads as {_LANG_NAMES.get(other, other)})"))
    if not trusted and not out and not learned.plain_result_title(text, kind, lang):
        # two small models trained on the red-team corpus catch unsafe wordings the rules have
        # no pattern for: one on words (scripts/train_safety_model.py), one on meaning
        # (scripts/train_meaning_head.py), judged together; knowledge-base text is exempt
        if joint.flags(text, kind, lang):
            out.append(("learned", "reads as unsafe (learned check)"))
    if grounding is not None:
        for term in ungrounded_terms(text, grounding, lang):
            out.append(("grounding", f"uses a term the knowledge base does not give: {term!r}"))
    return list(dict.fromkeys(out))  # two rules of one language can give the same reason


def check_text(text: str, kind: TextKind = "explanation", lang: str = "en",
               grounding: str | None = None, *, trusted: bool = False,
               report_quotes: bool = True) -> list[str]:
    """Return the violations in one piece of card text (empty list: safe).

    `lang` is the card's language (en, zh, es, de): its rules, the English ones (a model may
    answer in English) and a check that the sentence is in that language. With `grounding`
    (the knowledge-base entry text and evidence), every disease, drug or procedure name must
    also appear there."""
    return [why for _cat, why in classify(text, kind, lang, grounding, trusted=trusted,
                                          report_quotes=report_quotes)]


# What replaces the report's own words before a card's text is judged: neutral, no letters a
# rule could match, not a digit (a dose pattern must not read it as a number).
_PLACEHOLDER_WORD = "\u2039\u203a"
def _is_numeric(s: str) -> bool:
    return not re.search(r"[^\W\d_]", s)


def evidence_strings(card: ActionCard, *, quoted: bool | None = None) -> list[str]:
    """The report's words on a card: each evidence item's label, text, range and (when it is
    words, not a number) value, and medicine names inside them ("Fasting Insulin" -> "insulin":
    a test's name, not advice). Longest first, so a sentence is masked before its parts.

    quoted=None: all of them. For a model card the report's sentences (narrative findings and
    whole source lines) count only inside quotation marks (quoted=True), while test names, values
    and ranges count anywhere (quoted=False): a model that copies "must take aspirin" from a
    report into its own words is judged on them."""
    out: set[str] = set()
    for ev in card.evidence:
        sentence = ev.flag == "finding"
        for field, s in (("label", ev.label), ("text", ev.text), ("range", ev.reference_range),
                         ("value", ev.value)):
            s = " ".join(s.split())
            if field == "value" and ev.unit and quoted is not True:
                # "168 mg%" is the report's result, not a dose
                out.update({f"{s} {ev.unit}".strip(), f"{s}{ev.unit}".strip()})
            if len(s) < 2 or _is_numeric(s):
                continue
            is_quote = sentence or field == "text"
            if quoted is None or quoted == is_quote:
                out.add(s)
            if quoted is not True and not is_quote:
                out.update(t.text for t in find_terms(s, "zh" if _HAN.search(s) else "en")
                           if t.kind == "drug" and len(t.text) >= 2)
    return sorted(out, key=len, reverse=True)


_HAN = re.compile(r"[\u4e00-\u9fff]")
# single quotes only around a span of their own: not from a possessive ("report's 'x'")
_QUOTE_SPAN = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|「[^」]*」|‘[^’]*’|(?<!\w)'[^']{4,}'(?!\w)|"
                         r"„[^“”]*[“”]")


def mask_quoted(text: str, quotes: list[str]) -> str:
    """mask_quotes, only inside quotation marks."""
    return _QUOTE_SPAN.sub(lambda m: mask_quotes(m.group(0), quotes), text)


@lru_cache(maxsize=2048)
def _quote_rx(q: str) -> re.Pattern:
    body = r"\s+".join(re.escape(w) for w in q.split())
    left = r"(?<![A-Za-z0-9])" if re.match(r"[A-Za-z0-9]", q) else ""
    right = r"(?![A-Za-z0-9])" if re.search(r"[A-Za-z0-9]$", q) else ""
    return re.compile(left + body + right, re.IGNORECASE)


def mask_quotes(text: str, quotes: list[str]) -> str:
    """Replace every occurrence of the report's own strings (case-insensitive, whole words for
    alphanumeric edges) by a neutral placeholder: the checker judges only the app's words."""
    for q in quotes:
        if q.casefold() in text.casefold() or " " in q:
            text = _quote_rx(q).sub(_PLACEHOLDER_WORD, text)
    # a label or title cut short with "…" quotes the start of a report string
    pos = text.find("…")
    while pos > 0:
        low = text[:pos].casefold()
        cut = max((k for q in quotes for k in range(min(len(q), pos), 3, -1)
                   if low.endswith(q[:k].casefold())), default=0)
        if cut:
            text = text[:pos - cut] + _PLACEHOLDER_WORD + text[pos + 1:]
            pos -= cut
        pos = text.find("…", pos + 1)
    return text


def check_card(card: ActionCard, grounding: str = "") -> list[str]:
    """All violations of a card: its texts, the question form and the standing notice.

    The report's own words (the evidence labels, values and sentences) are masked first: a test
    named "Insulin" or a report sentence "biopsy advised" quoted on the card is evidence, not
    advice. With `grounding` (the knowledge-base entry text; the pipeline passes it for model
    cards), every disease, drug or procedure name must appear there or in the evidence."""
    lang = notice_language(card.notice) or "en"
    if card.origin == "model":
        anywhere, quoted = evidence_strings(card, quoted=False), evidence_strings(card, quoted=True)
    else:
        anywhere, quoted = evidence_strings(card), []
    allowed = None if not grounding else "\n".join([grounding, *anywhere, *quoted])
    problems: list[str] = []
    parts = [("title", card.title), ("explanation", card.explanation)]
    parts += [("question", q) for q in card.questions]
    for kind, text in parts:
        masked = mask_quotes(mask_quoted(text, quoted), anywhere)
        problems += [f"{kind} {v}" for v in check_text(masked, kind, lang, allowed,
                                                       trusted=card.origin == "rules",
                                                       report_quotes=False)]
    for q in card.questions:
        if not q.rstrip().endswith(("?", "？")):
            problems.append(f"question does not end with '?': {q!r}")
    if not 2 <= len(card.questions) <= 4:
        problems.append("needs 2-4 questions")
    if notice_language(card.notice) is None:
        problems.append("standing notice missing")
    return problems


def grounding_from_card(rules_card: ActionCard) -> str:
    """The knowledge-base words a model card may use: the texts of the card the knowledge base
    wrote for the same issue (title, explanation, questions). Pass it as `grounding` when
    checking the model's rewrite: check_card(model_card, grounding_from_card(rules_card))."""
    return "\n".join([rules_card.title, rules_card.explanation, *rules_card.questions])


def safety_check_main(lang: str, kind: str | None, stdin: IO[str], stdout: IO[str]) -> int:
    """`checkup-desktop safety-check`: one sentence per stdin line -> one JSON line each,
    {"text", "safe", "reasons"}. Without a kind, a line ending in "?" is a question and any
    other line an explanation."""
    for line in stdin:
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        k = kind or ("question" if text.rstrip().endswith(("?", "？")) else "explanation")
        reasons = check_text(text, k, lang)  # type: ignore[arg-type]
        stdout.write(json.dumps({"text": text, "safe": not reasons, "reasons": reasons},
                                ensure_ascii=False) + "\n")
    stdout.flush()
    return 0
