"""Alarm: frightening words (death, cancer, organ failure, ...) without a concrete next step.

One module per card language (en with en_more, zh, es, de), each a list in the order the engine
applies it; the English list also holds patterns for the other languages' wordings of the
same forms. Every rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual
reason, texts and flags (common.py) unless it says otherwise."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.de import DE
from checkup_desktop.core.safety.rules.alarm.en import EN as _EN
from checkup_desktop.core.safety.rules.alarm.en_more import EN_MORE
from checkup_desktop.core.safety.rules.alarm.es import ES
from checkup_desktop.core.safety.rules.alarm.zh import ZH

# the English list, split in two modules to keep each under 500 lines
EN = _EN + EN_MORE

__all__ = ["DE", "EN", "ES", "ZH"]
