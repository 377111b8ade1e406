"""Certainty and prognosis: sure claims and predictions about the person's future.

One list per card language, in the order the engine applies it. The es list has a module, the
zh and de lists two (sure claims; the course of a result over time), and the en lists are
split by kind of construction, one module each; they are joined below. The English list also
holds patterns for the other languages' wordings of the same forms. Every rule here is
`_rule(pattern, why, kinds, **flags)` with the category's usual reason, texts and flags
(common.py) unless it says otherwise."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.certainty.de import DE as DE_BASE
from checkup_desktop.core.safety.rules.certainty.de_course import DE_COURSE
from checkup_desktop.core.safety.rules.certainty.en_course import EN_COURSE
from checkup_desktop.core.safety.rules.certainty.en_course_verbs import EN_COURSE_VERBS
from checkup_desktop.core.safety.rules.certainty.en_outcomes import EN_OUTCOMES
from checkup_desktop.core.safety.rules.certainty.en_questions import EN_QUESTIONS
from checkup_desktop.core.safety.rules.certainty.en_sure import EN_SURE
from checkup_desktop.core.safety.rules.certainty.es import ES
from checkup_desktop.core.safety.rules.certainty.zh import ZH as ZH_BASE
from checkup_desktop.core.safety.rules.certainty.zh_course import ZH_COURSE

DE = DE_BASE + DE_COURSE
ZH = ZH_BASE + ZH_COURSE
EN = EN_SURE + EN_COURSE + EN_OUTCOMES + EN_QUESTIONS + EN_COURSE_VERBS

__all__ = ["DE", "EN", "ES", "ZH"]
