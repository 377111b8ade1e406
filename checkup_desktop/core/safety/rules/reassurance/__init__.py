"""Dismissal (false reassurance): calling a result harmless, nothing or not worth a visit.
Reassurance with no clinician or visit anywhere in the text is judged by the engine.

One list per card language, in the order the engine applies it. The zh and es lists have a
module each; the en and de lists are split by kind of construction, one module each, and
joined below. The English list also holds patterns for the other languages' wordings of the
same forms. Every rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual
reason, texts and flags (common.py) unless it says otherwise."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.de_no_follow_up import DE_NO_FOLLOW_UP
from checkup_desktop.core.safety.rules.reassurance.de_questions import DE_QUESTIONS
from checkup_desktop.core.safety.rules.reassurance.de_verdicts import DE_VERDICTS
from checkup_desktop.core.safety.rules.reassurance.en_no_follow_up import EN_NO_FOLLOW_UP
from checkup_desktop.core.safety.rules.reassurance.en_questions import EN_QUESTIONS
from checkup_desktop.core.safety.rules.reassurance.en_titles import EN_TITLES
from checkup_desktop.core.safety.rules.reassurance.en_verdicts import EN_VERDICTS
from checkup_desktop.core.safety.rules.reassurance.es import ES as _ES
from checkup_desktop.core.safety.rules.reassurance.needless import (
    NEEDLESS_DE,
    NEEDLESS_EN,
    NEEDLESS_ES,
    NEEDLESS_ZH,
)
from checkup_desktop.core.safety.rules.reassurance.not_worth import (
    NOT_WORTH_DE,
    NOT_WORTH_EN,
    NOT_WORTH_ES,
    NOT_WORTH_ZH,
)
from checkup_desktop.core.safety.rules.reassurance.put_off import (
    PUT_OFF_DE,
    PUT_OFF_EN,
    PUT_OFF_ES,
    PUT_OFF_ZH,
)
from checkup_desktop.core.safety.rules.reassurance.set_aside import (
    SET_ASIDE_DE,
    SET_ASIDE_EN,
    SET_ASIDE_ES,
    SET_ASIDE_ZH,
)
from checkup_desktop.core.safety.rules.reassurance.zh import ZH as _ZH

# Round 11: the modules that serve every language come after each language's own list
# (set_aside.py: the talk or the check set aside, "a formality"; not_worth.py: a check called
# pointless after a premise, "nothing that should worry you")
EN = (EN_VERDICTS + EN_NO_FOLLOW_UP + EN_TITLES + EN_QUESTIONS + PUT_OFF_EN + NEEDLESS_EN
      + SET_ASIDE_EN + NOT_WORTH_EN)
DE = (DE_VERDICTS + DE_NO_FOLLOW_UP + DE_QUESTIONS + PUT_OFF_DE + NEEDLESS_DE + SET_ASIDE_DE
      + NOT_WORTH_DE)
ES = _ES + PUT_OFF_ES + NEEDLESS_ES + SET_ASIDE_ES + NOT_WORTH_ES
ZH = _ZH + PUT_OFF_ZH + NEEDLESS_ZH + SET_ASIDE_ZH + NOT_WORTH_ZH

__all__ = ["DE", "EN", "ES", "ZH"]
