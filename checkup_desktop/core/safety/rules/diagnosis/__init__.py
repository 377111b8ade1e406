"""Diagnosis: telling or hinting what the person has (a hedging cue followed by a disease
name from the vocabulary, a label, a stage, a cause, an organ said to be failing).

One module per card language (en, zh, es, de), each a list in the order the engine
applies it; the English list also holds patterns for the other languages' wordings of the
same forms. Every rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual
reason, texts and flags (common.py) unless it says otherwise."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.diagnosis.de import DE
from checkup_desktop.core.safety.rules.diagnosis.en import EN
from checkup_desktop.core.safety.rules.diagnosis.es import ES
from checkup_desktop.core.safety.rules.diagnosis.zh import ZH

__all__ = ["DE", "EN", "ES", "ZH"]
