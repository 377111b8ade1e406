"""Knowledge-base cards (origin `rules`): the card every issue gets first, and the fallback
whenever model text is rejected. Text comes from the knowledge base's group templates; the
sentences that state the results come first, most abnormal first, so the card is grounded in
the report and names every abnormal result on it.

Words and routing agree (DESIGN §2): the lab "contact a doctor today" sentence opens only
urgent lab cards due immediately; scan and ECG cards keep their own group wording; urgent and
high cards carry no reassuring sentence; a result far outside its range is named in the title.
"""

from __future__ import annotations

import re

from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import (
    MAX_EXPLANATION_CHARS,
    MAX_EXPLANATION_WORDS,
    MAX_QUESTIONS,
    MAX_TITLE_CHARS,
    ActionCard,
    Finding,
    Issue,
)
from checkup_desktop.core.routing import direction, finding_rule, slug
from checkup_desktop.core.severity import far_out
from checkup_desktop.core.textfit import shorten
from checkup_desktop.core.textnotes import (
    TODAY_WORDS,
    also_sentence,
    generic_sentence,
    generic_title,
    notice,
    result_sentence,
    urgent_sentence,
    very_title,
)

FULL_RESULTS = 2  # results stated in a full sentence; the others are named in one sentence

# Sentences of the knowledge base's general texts that reassure ("often minor", "many turn out
# to be harmless"): right on a planned-visit card, never on an urgent or high one.
_REASSURING = re.compile(
    r"\b(?:often|usually|mostly|commonly)\b|\bcommon\b|harmless|not serious|no treatment|"
    r"minor|temporary|benign|往往|常见|良性|不严重|暂时|多数|通常|"
    r"a menudo|frecuente|habitual|benign|häufig|oft|meist|harmlos",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")


def _issue_direction(issue: Issue) -> str:
    dirs = {direction(f.flag) for f in issue.findings}
    return dirs.pop() if len(dirs) == 1 else "abnormal"


def _group(issue: Issue, kb: KnowledgeBase):
    rule = finding_rule(kb, issue.findings[0].key)
    if issue.key.startswith("finding:") and rule is not None:
        return kb.group(rule.group or rule.key)
    if issue.known and not issue.key.startswith("finding:"):
        return kb.group(issue.key)
    # an imaging/ECG/exam statement the knowledge base does not know, or an unknown lab test
    return kb.group("imaging_finding" if issue.key.startswith("finding:") else "other")


def entry_text(issue: Issue, kb: KnowledgeBase, lang: str) -> str:
    """The knowledge-base entry of an issue, whole (all its texts in the card's language and in
    English, the names of its tests and findings): what term grounding lets model text name,
    beyond the evidence."""
    group = _group(issue, kb)
    parts = [group.name.en, group.name.zh]
    for code in dict.fromkeys((lang, "en")):
        t = group.texts(code)
        parts += [t.abnormal, t.high, t.low, t.explanation, *t.questions]
    for f in issue.findings:
        analyte = kb.analyte(f.key) if f.kind == "lab" and f.key else None
        rule = finding_rule(kb, f.key) if f.kind == "narrative" else None
        for entry in filter(None, (analyte, rule)):
            parts += [entry.name.en, entry.name.zh]
    return "\n".join(p for p in parts if p)


def _label(f: Finding) -> str:
    return shorten(f.label, 40)


def _test_name(f: Finding, kb: KnowledgeBase, lang: str) -> str:
    """The test's name in the card's language where the knowledge base has one (en, zh),
    else as printed."""
    analyte = kb.analyte(f.key) if f.key else None
    if analyte is not None and lang in ("en", "zh"):
        name = analyte.name.zh if lang == "zh" else analyte.name.en
        return shorten(name.split(" (")[0], 40)
    return _label(f)


def _title(issue: Issue, group, kb: KnowledgeBase, lang: str) -> str:
    first = issue.findings[0]
    dirn = direction(first.flag)
    # a result far outside its range is named, on a card that asks for prompt action; on a
    # planned or watch card (a differential percentage at half its lower limit) "very low"
    # would alarm without a next step to match
    serious = issue.priority in ("urgent", "high")
    if first.kind == "lab" and dirn in ("high", "low") and far_out(first) and serious:
        return shorten(very_title(_test_name(first, kb, lang), dirn, lang), MAX_TITLE_CHARS)
    if first.kind == "narrative" and issue.known:
        rule = finding_rule(kb, first.key)
        name = rule.name.zh if lang == "zh" else rule.name.en if lang == "en" else None
        if name:
            return shorten(group.title(_issue_direction(issue), lang, label=name), MAX_TITLE_CHARS)
    return shorten(group.title(_issue_direction(issue), lang, label=_label(first)), MAX_TITLE_CHARS)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


def _words(text: str, lang: str) -> int:
    return len(text) // 2 if lang == "zh" else len(text.split())


def _short_enough(explanation: str, lang: str) -> bool:
    """Within the contract's explanation limits (Chinese: two characters a word)."""
    return (_words(explanation, lang) <= MAX_EXPLANATION_WORDS
            and len(explanation) <= MAX_EXPLANATION_CHARS)


def _fit(sentences: list[str], lang: str) -> str:
    """Join sentences, dropping later ones until the explanation is short enough."""
    sep = "" if lang == "zh" else " "
    out: list[str] = []
    for s in sentences:
        candidate = sep.join(out + [s])
        if not _short_enough(candidate, lang):
            break
        out.append(s)
    return sep.join(out)


def agreeing_words(sentences: list[str], issue: Issue) -> list[str]:
    """Drop what the routing does not allow: "today" off urgent/immediately cards, and
    reassurance off urgent and high cards."""
    today_ok = issue.priority == "urgent" and issue.follow_up == "immediately"
    serious = issue.priority in ("urgent", "high")
    return [s for s in sentences
            if (today_ok or not any(w in s.casefold() for w in TODAY_WORDS))
            and not (serious and _REASSURING.search(s))]


def rules_card(issue: Issue, kb: KnowledgeBase, *, lang: str = "en") -> ActionCard:
    group = _group(issue, kb)
    first = issue.findings[0]
    labs_out = [f for f in issue.findings if f.kind == "lab"]
    lead = []
    if issue.priority == "urgent" and issue.follow_up == "immediately" and labs_out:
        lead.append(urgent_sentence(lang))
    results = [result_sentence(f, lang) for f in issue.findings[:FULL_RESULTS]]
    rest = [_label(f).rstrip(" .") for f in issue.findings[FULL_RESULTS:]]
    if rest:
        results.append(also_sentence(rest, lang))
    general = _sentences(group.explanation(lang, label=_label(first)))
    explanation = _fit(lead + results + agreeing_words(general, issue)[:3], lang)
    return ActionCard(
        id=slug(issue.key),
        title=_title(issue, group, kb, lang),
        priority=issue.priority,
        department=issue.department,
        follow_up=issue.follow_up,
        explanation=explanation,
        questions=group.questions(lang, label=_label(first))[:MAX_QUESTIONS],
        evidence=[f.evidence() for f in issue.findings],
        origin="rules",
        routing_origin="rules",
        notice=notice(lang),
    )


_NEXT_STEP = re.compile(
    r"^(?:Please|Bitte|Por favor)\b|\bPlease\b|请[^。]{0,6}(?:联系|就医|预约)", re.IGNORECASE)


def next_steps(card: ActionCard, lang: str) -> list[str]:
    """The sentences of a knowledge-base card that tell the person what to do next (the urgent
    sentence whole, with its reason)."""
    urgent = urgent_sentence(lang)
    if urgent in card.explanation:
        return [urgent]
    return [s for s in _sentences(card.explanation) if _NEXT_STEP.search(s)]


def keep_next_step(written: ActionCard, rules: ActionCard, issue: Issue,
                   lang: str) -> ActionCard:
    """On urgent and high cards the knowledge base's next step is fixed: model text goes
    around it (after it on urgent cards, before it on high ones) and can never drop it."""
    steps = next_steps(rules, lang) if issue.priority in ("urgent", "high") else []
    if not steps or written.origin != "model":
        return written
    text = written.explanation
    for step in steps:
        text = text.replace(step, " ")
    own = [s for s in _sentences(text) if s.strip()]
    joined: list[str] = []
    for n in range(len(own), -1, -1):  # as much model text as fits beside the fixed words
        joined = steps + own[:n] if issue.priority == "urgent" else own[:n] + steps
        if _short_enough(" ".join(joined), lang):
            break
    sep = "" if lang == "zh" else " "
    return written.model_copy(update={"explanation": sep.join(joined)})


def generic_card(issue: Issue, kb: KnowledgeBase, *, lang: str = "en") -> ActionCard:
    """The last resort when even the knowledge-base card fails a check: fixed words that quote
    nothing from the report (the evidence shows it), with the next step its routing needs.
    Tested to pass every check, so an analysis never ends in an exception."""
    group = kb.group("other")
    lead = [urgent_sentence(lang)] if issue.priority == "urgent" else []
    text = lead + [generic_sentence(lang)] + agreeing_words(_sentences(group.explanation(lang)),
                                                            issue)
    return ActionCard(
        id=slug(issue.key), title=generic_title(lang), priority=issue.priority,
        department=issue.department, follow_up=issue.follow_up,
        explanation=_fit(text, lang), questions=group.questions(lang)[:MAX_QUESTIONS],
        evidence=[f.evidence() for f in issue.findings], origin="rules",
        routing_origin="rules", notice=notice(lang),
    )
