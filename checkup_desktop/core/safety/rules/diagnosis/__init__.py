"""Diagnosis: telling or hinting what the person has (a hedging cue followed by a disease
name from the vocabulary, a label, a stage, a cause, an organ said to be failing).

One list per card language, in the order the engine applies it. The zh and es lists have a
module each; the en lists are split by kind of construction, one module each, and
joined below. The English list also holds patterns for the other languages' wordings of the
same forms. Every rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual
reason, texts and flags (common.py) unless it says otherwise."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.diagnosis.de import DE
from checkup_desktop.core.safety.rules.diagnosis.en_cues import EN_CUES
from checkup_desktop.core.safety.rules.diagnosis.en_links import EN_LINKS
from checkup_desktop.core.safety.rules.diagnosis.en_organs import EN_ORGANS
from checkup_desktop.core.safety.rules.diagnosis.en_presumed import EN_PRESUMED
from checkup_desktop.core.safety.rules.diagnosis.es import ES
from checkup_desktop.core.safety.rules.diagnosis.zh import ZH

EN = EN_CUES + EN_ORGANS + EN_PRESUMED + EN_LINKS

__all__ = ["DE", "EN", "ES", "ZH"]
