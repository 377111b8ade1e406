"""One rule of the safety checker, the kinds of card text a rule applies to, and `maker`, the
constructor each category module builds its rules with."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

ALL = frozenset({"title", "explanation", "question"})
STATEMENT = frozenset({"title", "explanation"})
TITLE = frozenset({"title"})
QUESTION = frozenset({"question"})


@dataclass(frozen=True)
class Rule:
    category: str
    rx: re.Pattern
    why: str
    kinds: frozenset = ALL
    condition_after: bool = False  # a disease name must follow within the clause
    weak: bool = False  # a modal before it ("can be a sign of") makes it a hedge
    unless_next_step: bool = False
    unless_negated: bool = False
    unless_hedged: bool = False  # "often", "usually" before it: a general statement
    unless_choice: bool = False
    unless_modal: bool = False  # "can be due to" is a possibility, "is due to" a cause
    unless_uncertain: bool = False  # "nobody can say how it will change" is the opposite
    specific: bool = False  # only a named disease, not "cyst" or "infection"
    gap: int = 70  # how far after the match the disease name may start (characters)


def maker(category: str, why: str, kinds: frozenset = ALL, **flags: bool) -> Callable[..., Rule]:
    """The rule constructor of one category: `why`, `kinds` and `flags` are the category's usual
    reason, texts and conditions; a rule passes only what differs. Patterns ignore case."""
    usual_why, usual_kinds, usual_flags = why, kinds, flags

    def make(pattern: str, why: str | None = None, kinds: frozenset | None = None,
             **own) -> Rule:
        return Rule(category, re.compile(pattern, re.IGNORECASE), why or usual_why,
                    usual_kinds if kinds is None else kinds, **{**usual_flags, **own})
    return make
