"""What the alarm rules of every language share: the rule constructor and
common pattern parts."""

from __future__ import annotations

import re
from dataclasses import replace

from checkup_desktop.core.safety.rules.rule import STATEMENT, Rule, maker

# a call for help later in the sentence ("llame al 112", "wählen Sie die 112") is the next step
# the engine's list lacks in Spanish and German
_CALL_AFTER = (r"(?![^?]*?(?:\b(?:112|061|911|999|ambulancia|emergencias|servicios? de emergencia|"
               r"Rettungsdienst\w*|Notarzt\w*|Krankenwagen)\b|急救))")

_rule = maker("alarm", "frightens without a next step", STATEMENT, unless_next_step=True,
              unless_negated=True)

def _unless_called(rule: Rule) -> Rule:
    return replace(rule, rx=re.compile(f"(?:{rule.rx.pattern}){_CALL_AFTER}", re.IGNORECASE))
