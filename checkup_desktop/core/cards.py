"""Knowledge-base cards (origin `rules`): the card every issue gets first, and the fallback
whenever model text is rejected. Text comes from the knowledge base's group templates; the first
sentence states the evidence in plain words, so the card is grounded in the report."""

from __future__ import annotations

from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import ActionCard, Finding, Issue
from checkup_desktop.core.routing import direction, finding_rule, slug
from checkup_desktop.core.textnotes import notice, result_sentence, urgent_sentence

MAX_TITLE = 60
MAX_WORDS = 90


def _issue_direction(issue: Issue) -> str:
    dirs = {direction(f.flag) for f in issue.findings}
    return dirs.pop() if len(dirs) == 1 else "abnormal"


def _group(issue: Issue, kb: KnowledgeBase):
    if issue.key.startswith("finding:") and issue.known:
        rule = finding_rule(kb, issue.findings[0].key)
        return kb.group(rule.group or rule.key)
    if issue.known:
        return kb.group(issue.key)
    # an imaging/ECG/exam statement the knowledge base does not know, or an unknown lab test
    return kb.group("imaging_finding" if issue.key.startswith("finding:") else "other")


def _title(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TITLE else text[: MAX_TITLE - 1].rstrip() + "…"


def _label(f: Finding) -> str:
    return f.label if len(f.label) <= 40 else f.label[:39].rstrip() + "…"


def _fit(sentences: list[str], lang: str) -> str:
    """Join sentences, dropping later ones until the explanation is short enough."""
    out: list[str] = []
    for s in sentences:
        candidate = " ".join(out + [s]) if lang != "zh" else "".join(out + [s])
        words = len(candidate.split()) if lang != "zh" else len(candidate) // 2
        if words > MAX_WORDS or len(candidate) > 600:
            break
        out.append(s)
    return (" " if lang != "zh" else "").join(out)


def rules_card(issue: Issue, kb: KnowledgeBase, *, lang: str = "en") -> ActionCard:
    group = _group(issue, kb)
    first = issue.findings[0]
    dirn = _issue_direction(issue)
    title = _title(group.title(dirn, lang, label=_label(first)))
    sentences = []
    if issue.critical:
        sentences.append(urgent_sentence(lang))
    sentences += [result_sentence(f, lang) for f in issue.findings[:2]]
    sentences.append(group.explanation(lang, label=_label(first)))
    return ActionCard(
        id=slug(issue.key),
        title=title,
        priority=issue.priority,
        department=issue.department,
        follow_up=issue.follow_up,
        explanation=_fit(sentences, lang),
        questions=group.questions(lang, label=_label(first))[:4],
        evidence=[f.evidence() for f in issue.findings],
        origin="rules",
        routing_origin="rules",
        notice=notice(lang),
    )
