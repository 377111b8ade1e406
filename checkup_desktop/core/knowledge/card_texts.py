"""Card groups: one card's worth of related results, its default routing and its texts
(titles, explanation, questions) in English and Chinese, other languages by catalog.

The card contract's limits come from core/models.py; the knowledge-base explanation is held
shorter than the contract allows, so the {label} filled in later still fits.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

from checkup_desktop.core.i18n import CATALOG_LANGS, translate
from checkup_desktop.core.knowledge.names import Names
from checkup_desktop.core.knowledge.routing_rules import Routing
from checkup_desktop.core.models import (
    MAX_QUESTIONS,
    MAX_TITLE_CHARS,
    MIN_QUESTIONS,
    Department,
    FollowUp,
    Priority,
    questions_marked,
    short_enough,
)
from checkup_desktop.core.textfit import shorten

# Stricter than the contract (MAX_EXPLANATION_WORDS, MAX_EXPLANATION_CHARS): room for {label}.
_EXPLANATION_WORDS = 70
_EXPLANATION_CHARS = 450


class GroupTexts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    abnormal: str
    high: str = ""
    low: str = ""
    explanation: str
    questions: list[str] = Field(min_length=MIN_QUESTIONS, max_length=MAX_QUESTIONS)

    @field_validator("questions")
    @classmethod
    def _questions_marked(cls, questions: list[str]) -> list[str]:
        return questions_marked(questions)

    @field_validator("explanation")
    @classmethod
    def _short(cls, text: str) -> str:
        return short_enough(text, _EXPLANATION_WORDS, _EXPLANATION_CHARS)


class Group(BaseModel):
    """One card's worth of related results, its default routing and its texts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    name: Names
    priority: Priority = "medium"
    department: Department = "general_practice"
    follow_up: FollowUp = "within_1_month"
    like: str = ""  # borrow en/zh texts from this group
    en: GroupTexts | None = None
    zh: GroupTexts | None = None

    @property
    def routing(self) -> Routing:
        return Routing(priority=self.priority, department=self.department,
                       follow_up=self.follow_up)

    def texts(self, lang: str) -> GroupTexts:
        texts = self.zh if lang.startswith("zh") else self.en
        assert texts is not None  # the loader resolves `like` and checks presence
        if lang in CATALOG_LANGS:
            return _translated(texts, lang)
        return texts

    def title(self, direction: str, lang: str = "en", label: str | None = None) -> str:
        """Card title (<= MAX_TITLE_CHARS). `{label}` is filled with `label` or the group name."""
        texts = self.texts(lang)
        template = {"high": texts.high, "low": texts.low}.get(direction) or texts.abnormal
        if label is None:
            label = self.name.zh if lang.startswith("zh") else self.name.en
        title = template.format(label=label)
        if len(title) > MAX_TITLE_CHARS:
            room = MAX_TITLE_CHARS - len(template.format(label=""))
            title = template.format(label=shorten(label, max(room, 8)))
        return shorten(title, MAX_TITLE_CHARS)

    def explanation(self, lang: str = "en", label: str | None = None) -> str:
        label = _inline_label(self._label(lang, label))
        return self.texts(lang).explanation.format(label=label)

    def questions(self, lang: str = "en", label: str | None = None) -> list[str]:
        label = _inline_label(self._label(lang, label))
        return [q.format(label=label) for q in self.texts(lang).questions]

    def _label(self, lang: str, label: str | None) -> str:
        if label is None:
            return self.name.zh if lang.startswith("zh") else self.name.en
        # a whole printed sentence: no longer than a title, to keep within the word limits
        return shorten(label, MAX_TITLE_CHARS)


# The TOML holds en and zh; other languages (CATALOG_LANGS) come from the "knowledge" gettext
# catalog, whose msgids are the English texts (scripts/i18n.py extracts them).
def _translated(texts: GroupTexts, lang: str) -> GroupTexts:
    def tr(text: str) -> str:
        return translate(lang, text, "knowledge") if text else text

    # model_construct: the length limits are checked on the English source; the catalog
    # check (tests/test_i18n.py) keeps the translations within the card limits.
    return GroupTexts.model_construct(
        abnormal=tr(texts.abnormal), high=tr(texts.high), low=tr(texts.low),
        explanation=tr(texts.explanation), questions=[tr(q) for q in texts.questions])


def _inline_label(label: str) -> str:
    """Mid-sentence form: "shows fatty liver", but "shows ST elevation", "HbA1c"."""
    first = label.split(" ", 1)[0]
    if re.fullmatch(r"[A-Z][a-z]+", first):
        return label[0].lower() + label[1:]
    return label
