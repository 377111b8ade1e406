"""Dismissal (false reassurance): calling a result harmless, nothing or not worth a visit.
Reassurance with no clinician or visit anywhere in the text is judged by the engine.

One module per card language (en with en_more, zh, es, de), each a list in the order the engine
applies it; the English list also holds patterns for the other languages' wordings of the
same forms. Every rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual
reason, texts and flags (common.py) unless it says otherwise."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.de import DE
from checkup_desktop.core.safety.rules.reassurance.en import EN as _EN
from checkup_desktop.core.safety.rules.reassurance.en_more import EN_MORE
from checkup_desktop.core.safety.rules.reassurance.es import ES
from checkup_desktop.core.safety.rules.reassurance.zh import ZH

# the English list, split in two modules to keep each under 500 lines
EN = _EN + EN_MORE

__all__ = ["DE", "EN", "ES", "ZH"]
