"""Reference ranges as labs print them: "13 - 17", "< 200", "> 40", "Up to 46", "M: 13-17 F: 12-15",
tiered HbA1c text ("Normal: <5.7 ; Prediabetic: 5.7-6.4") and Chinese forms ("3.5～5.1")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checkup_desktop.core.textnorm import parse_number

NUM = r"[-+]?\d[\d,]*(?:\.\d+)?"
_DASH = r"(?:--|-|–|——|—|~|～|－|to|TO|至)"
_TWO_SIDED = re.compile(rf"(?<![\w.])({NUM})\s*{_DASH}\s*({NUM})(?![\d])")
_UPPER = re.compile(
    rf"(?:<=|≤|=<|<|＜|up\s*to|upto|below|less\s+than|under|till)\s*({NUM})", re.IGNORECASE
)
_LOWER = re.compile(rf"(?:>=|≥|=>|>|＞|above|more\s+than|over)\s*({NUM})", re.IGNORECASE)
# The tier of a tiered range that means "normal".
_NORMAL_TIER = re.compile(
    r"(?:normal|non[- ]?diabetic|desirable|optimal|negative|正常|理想)\s*[:：]?\s*(?:value)?\s*"
    r"([<>≤≥＜＞]=?\s*" + NUM + r"|" + NUM + r"\s*" + _DASH + r"\s*" + NUM + r")",
    re.IGNORECASE,
)
_ABNORMAL_TIER = re.compile(
    r"(?:deficien\w*|insufficien\w*|high\s+risk|(?:pre-?)?diabetic|toxic\w*|"
    r"borderline(?:\s+high)?|high|very\s+high|low|poor|unsatisfactory|缺乏|不足|偏高|偏低)"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)
_SEX_PART = re.compile(
    r"(?P<sex>\bmales?\b|\bfemales?\b|\bmen\b|\bwomen\b|\bM\b|\bF\b|男|女)\s*[:：]?\s*"
    r"(?P<range>(?:[<>≤≥＜＞]=?\s*" + NUM + r")|(?:" + NUM + r"\s*" + _DASH + r"\s*" + NUM + r"))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Range:
    low: float | None
    high: float | None
    text: str

    def judge(self, value: float) -> str:
        """'low', 'high' or 'normal'. Bounds are inclusive: a value printed exactly on a bound
        is within range (labs print e.g. MCH 32.00 with 27.00 - 32.00 as normal)."""
        if self.low is not None and value < self.low:
            return "low"
        if self.high is not None and value > self.high:
            return "high"
        return "normal"


def _simple(text: str) -> Range | None:
    m = _TWO_SIDED.search(text)
    if m:
        lo, hi = parse_number(m.group(1)), parse_number(m.group(2))
        if lo is not None and hi is not None and lo <= hi:
            return Range(lo, hi, text)
    m = _UPPER.search(text)
    if m and (v := parse_number(m.group(1))) is not None:
        return Range(None, v, text)
    m = _LOWER.search(text)
    if m and (v := parse_number(m.group(1))) is not None:
        return Range(v, None, text)
    return None


def normalize_sex(word: str | None) -> str | None:
    if not word:
        return None
    w = word.strip().lower()
    if w in {"m", "male", "males", "men", "男"}:
        return "male"
    if w in {"f", "female", "females", "women", "女"}:
        return "female"
    return None


def parse_range(text: str, sex: str | None = None) -> Range | None:
    """Parse a printed reference range. With sex-specific parts, use the patient's sex when
    known, otherwise the union of the parts (never call a value abnormal for the wrong sex)."""
    text = text.strip()
    if not text:
        return None
    parts = list(_SEX_PART.finditer(text))
    if len(parts) >= 2:
        by_sex = {}
        for p in parts:
            r = _simple(p.group("range"))
            s = normalize_sex(p.group("sex"))
            if r and s:
                by_sex[s] = r
        if sex in by_sex:
            return Range(by_sex[sex].low, by_sex[sex].high, text)
        if by_sex:
            lows = [r.low for r in by_sex.values()]
            highs = [r.high for r in by_sex.values()]
            low = None if None in lows else min(lows)
            high = None if None in highs else max(highs)
            return Range(low, high, text)
    m = _NORMAL_TIER.search(text)
    if m:
        r = _simple(m.group(1))
        if r:
            return Range(r.low, r.high, text)
    first = re.search(r"[<>≤≥＜＞]|\d", text)
    if first and _ABNORMAL_TIER.search(text[: first.start()]):
        return None  # "Deficiency : < 20" is the bad tier, not the range
    return _simple(text)
