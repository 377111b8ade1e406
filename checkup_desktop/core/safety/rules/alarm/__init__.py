"""Alarm: frightening words (death, cancer, organ failure, ...) without a concrete next step.

One list per card language, in the order the engine applies it. The zh, es and de lists have a
module each; the en list is split by kind of construction, one module each, and joined
below. The English list also holds patterns for the other languages' wordings of the
same forms. Every rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual
reason, texts and flags (common.py) unless it says otherwise."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.de import DE
from checkup_desktop.core.safety.rules.alarm.en_fears import EN_FEARS
from checkup_desktop.core.safety.rules.alarm.en_grave import EN_GRAVE
from checkup_desktop.core.safety.rules.alarm.en_harm import EN_HARM
from checkup_desktop.core.safety.rules.alarm.en_questions import EN_QUESTIONS
from checkup_desktop.core.safety.rules.alarm.en_threats import EN_THREATS
from checkup_desktop.core.safety.rules.alarm.en_titles import EN_TITLES
from checkup_desktop.core.safety.rules.alarm.en_words import EN_WORDS
from checkup_desktop.core.safety.rules.alarm.es import ES
from checkup_desktop.core.safety.rules.alarm.zh import ZH

EN = EN_WORDS + EN_HARM + EN_THREATS + EN_QUESTIONS + EN_TITLES + EN_GRAVE + EN_FEARS

__all__ = ["DE", "EN", "ES", "ZH"]
