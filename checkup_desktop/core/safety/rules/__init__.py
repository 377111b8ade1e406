"""The checker's rules: meaning-level patterns, one package per category and in it one module
per card language, to audit.

- `diagnosis`: telling or hinting what the person has;
- `treatment`: any medicine, supplement, dose, diet or fluid prescription, procedure;
- `reassurance`: dismissal (false reassurance);
- `alarm`: frightening words without a next step;
- `certainty`: sure or prognostic claims;
- `rule`: the Rule type and the constructor the modules share;
- `engine`: the order the rules apply in per language and `violations(text, kind, lang)`.

Condition and drug words come from the vocabulary (terms.py), so a rule says "a hedging cue
followed by a disease name", not a list of sentences.
"""

from checkup_desktop.core.safety.rules.engine import BY_LANG, rules_for, violations
from checkup_desktop.core.safety.rules.rule import Rule

__all__ = ["BY_LANG", "Rule", "rules_for", "violations"]
