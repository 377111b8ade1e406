"""What the diagnosis rules of every language share: the rule constructor and
common pattern parts."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import ALL, maker

_rule = maker("diagnosis", "hints at a diagnosis", ALL)

_ES_ILL = (r"(?:infecci[oó]n|daño (?:hepático|renal|hepatico)|lesi[oó]n (?:hepática|renal)|"
           r"déficit|deficiencia|insuficiencia|trastorno|síndrome|enfermedad|sobrepeso|"
           r"obesidad)\b"
           r"(?!\s+(?:de )?(?:riesgo|pruebas?|marcador))")
