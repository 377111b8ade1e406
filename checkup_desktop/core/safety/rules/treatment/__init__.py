"""Treatment: any medicine, supplement, dose, regimen, diet or fluid prescription, procedure,
or a promise of what a treatment will do.

One module per card language (en, zh, es, de), each a list in the order the engine
applies it; the English list also holds patterns for the other languages' wordings of the
same forms. Every rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual
reason, texts and flags (common.py) unless it says otherwise."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.treatment.de import DE
from checkup_desktop.core.safety.rules.treatment.en import EN
from checkup_desktop.core.safety.rules.treatment.es import ES
from checkup_desktop.core.safety.rules.treatment.zh import ZH

__all__ = ["DE", "EN", "ES", "ZH"]
