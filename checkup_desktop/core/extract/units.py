"""Units and printed reference ranges in the tail of a lab row (after the value).
"""

from __future__ import annotations

import re

from checkup_desktop.core.extract.flags import _FLAG_WORDS
from checkup_desktop.core.ranges import NUM

# Powers of ten printed in a unit, including "10~9/L" where the superscript became a tilde;
# masked before ranges are read, so "10~9" is never taken for a range.
_POWER_UNIT = re.compile(r"(?:[x×*]\s*)?10\s*[~^＾*]\s*\d{1,2}\s*/\s*[A-Za-zµμ]+")
_STARTS_WITH_RANGE = re.compile(rf"^\s*[:：]?\s*{NUM}\s*(?:-|–|~|～|to)\s*{NUM}")
_UNIT = re.compile(
    r"(gms?\s*%|%|‰|(?:x|×)\s*10\^?\s*\d+\s*/\s*[a-zA-Zµμ]+|[a-zA-Zµμ]*(?:cumm|cmm|mm3|mm³)\b|"
    r"(?:mill|million|millions|thou|lakhs?|cells|10\^\d+|mcg|gm?s?|m?g|m[lI]U|[mµμunpf]?mol|[mµμ]?[IU]U|"
    r"[mµμ]?[IU]|U|mEq|pg|ng|µg|μg|ug|mm|mL|ml|fL|fl|dl|L|sec|mm|cm|kg)"
    r"(?:\s*/\s*[a-zA-Zµμ0-9.³^]+)?(?![a-zA-Z])|mm\s*(?:at|in)\s*1\s*h(?:r|our)?|"
    r"mmHg|kg/m2|bpm|fL|fl|pg|Pg|gms?%|ratio|/hpf|/HPF|/lpf)",
)


_UNIT_CELL = re.compile(r"^[A-Za-zµμ%‰/^~＾0-9.³()*×\s-]{1,20}$")


def _unit(tail: str) -> str:
    """The unit column (the first column-like chunk that looks like a unit), else a unit
    pattern anywhere in the tail."""
    for chunk in re.split(r"\s{2,}", tail.strip()):
        chunk = chunk.strip()
        if (chunk and _UNIT_CELL.match(chunk) and re.search(r"[A-Za-zµμ%‰]", chunk)
                and not re.fullmatch(_FLAG_WORDS, chunk, re.IGNORECASE)
                and not re.match(r"^[\d.]+\s*[-–]", chunk)):
            return chunk
    um = _UNIT.search(tail)
    return um.group(0).strip() if um else ""


def _clean_unit(unit: str) -> str:
    return unit.strip(" ([（)）]")


_RANGE_SPAN = re.compile(
    rf"(?:(?:\bnormal|\bnon[- ]?diabetic|\bdesirable|\boptimal|\bmales?|\bfemales?|\bM\b|"
    rf"\bF\b|男|女)"
    rf"\s*[:：]?\s*)?"
    rf"(?:(?:<=|≤|<|＜|>=|≥|>|＞|up\s*to|upto|below|above|less\s+than|more\s+than)\s*{NUM}|"
    rf"{NUM}\s*(?:--|-|–|——|—|~|～|－|to|至)\s*{NUM})",
    re.IGNORECASE,
)


def _printed_range(tail: str) -> str:
    """The range as printed (verbatim substring), spanning sex-specific or tiered parts."""
    spans = list(_RANGE_SPAN.finditer(tail))
    if not spans:
        return ""
    return tail[spans[0].start(): spans[-1].end()].strip(" ;,")
