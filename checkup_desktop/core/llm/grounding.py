"""Number grounding: every number the model writes must appear in the card's evidence.

A small model readily invents thresholds, doses or percentages; a number that is not in the
report's own values or ranges is treated as made up and the card falls back to the template.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from checkup_desktop.core.models import Evidence

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _normalise(token: str) -> str:
    if _THOUSANDS.fullmatch(token):
        token = token.replace(",", "")
    token = token.replace(",", ".")
    try:
        return repr(float(token))
    except ValueError:  # "1.2.3": keep it literal
        return token


def numbers_in(text: str) -> list[str]:
    """Numbers as written (NFKC: full-width digits count too)."""
    return _NUMBER.findall(unicodedata.normalize("NFKC", text))


def grounded_numbers(evidence: Iterable[Evidence]) -> set[str]:
    out: set[str] = set()
    for e in evidence:
        for field in (e.label, e.value, e.unit, e.reference_range, e.text):
            out.update(_normalise(n) for n in numbers_in(field))
    return out


def ungrounded_numbers(text: str, evidence: Iterable[Evidence]) -> list[str]:
    """Numbers in `text` that appear nowhere in the evidence (label, value, unit, range,
    source line), compared by value so "190" matches "190.0"."""
    allowed = grounded_numbers(evidence)
    return [n for n in numbers_in(text) if _normalise(n) not in allowed]
