"""Treatment: any medicine, supplement, dose, regimen, diet or fluid prescription, procedure,
or a promise of what a treatment will do.

One list per card language, in the order the engine applies it. The zh and es lists have a
module each; the en and de lists are split by kind of construction, one module each, and
joined below. The English list also holds patterns for the other languages' wordings of the
same forms. Every rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual
reason, texts and flags (common.py) unless it says otherwise."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.treatment.de_habits import DE_HABITS
from checkup_desktop.core.safety.rules.treatment.de_medicines import DE_MEDICINES
from checkup_desktop.core.safety.rules.treatment.de_procedures import DE_PROCEDURES
from checkup_desktop.core.safety.rules.treatment.de_promises import DE_PROMISES
from checkup_desktop.core.safety.rules.treatment.en_habits import EN_HABITS
from checkup_desktop.core.safety.rules.treatment.en_medicines import EN_MEDICINES
from checkup_desktop.core.safety.rules.treatment.en_procedures import EN_PROCEDURES
from checkup_desktop.core.safety.rules.treatment.en_promises import EN_PROMISES
from checkup_desktop.core.safety.rules.treatment.es import ES
from checkup_desktop.core.safety.rules.treatment.zh import ZH

EN = EN_MEDICINES + EN_HABITS + EN_PROCEDURES + EN_PROMISES
DE = DE_MEDICINES + DE_HABITS + DE_PROCEDURES + DE_PROMISES

__all__ = ["DE", "EN", "ES", "ZH"]
