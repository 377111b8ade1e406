"""Judging a parsed lab row (DESIGN §3 step 2).

Abnormality is judged from the value against the printed range (or the knowledge base's
default range when none is printed), never from a printed flag that contradicts it: real
templates print "Normal" beside platelets 20000 of 150000-410000.
"""

from __future__ import annotations

import re

from checkup_desktop.core.extract.flags import _BP, _BP_LABEL
from checkup_desktop.core.extract.rows import _Row
from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import Finding
from checkup_desktop.core.pdf import Document
from checkup_desktop.core.ranges import Range, normalize_sex, parse_range
from checkup_desktop.core.routing import canonical_value

_SEX_LINE = re.compile(
    r"(?:\b(?:sex|gender|sesso)\b[^A-Za-z\n]{0,30}?(?P<a>male|female|m|f)\b|"
    r"\b\d{1,3}\s*(?:y(?:rs?|ears?)?\.?)\s*/\s*(?P<b>m|f|male|female)\b|"
    r"\b(?P<c>male|female)\s*/\s*\d{1,3}\s*y|性别\s*[:：]?\s*(?P<d>男|女))",
    re.IGNORECASE,
)
_BAD_QUAL = re.compile(
    r"^(?:positive|reactive|present|detected|weakly\s+positive|\+{1,4}|\(\+{1,4}\)|[1-4]\+|±|"
    r"\(±\)|trace|阳性|弱阳性|检出)$",
    re.IGNORECASE,
)
_FLAG_HIGH = re.compile(
    r"^(?:HH?|High|↑+|\[HH?\]|\(H\)|偏高|升高|增高|高|\*+|above\s+(?:the\s+)?"
    r"(?:normal\s+|reference\s+)?range|(?:critical|panic)\s+high|CRIT\s*H)$", re.IGNORECASE)
_FLAG_LOW = re.compile(
    r"^(?:LL?|Low|↓+|\[LL?\]|\(L\)|偏低|降低|减低|低|below\s+(?:the\s+)?"
    r"(?:normal\s+|reference\s+)?range|(?:critical|panic)\s+low|CRIT\s*L)$", re.IGNORECASE)
_FLAG_ABNORMAL = re.compile(r"^(?:A|Abnormal|Out\s+of\s+range|阳性|\(\+\)|异常)$", re.IGNORECASE)


def detect_sex(doc: Document) -> str | None:
    for page in doc.pages[:3]:
        for line in page.lines:
            m = _SEX_LINE.search(line.text)
            if m:
                word = next(g for g in m.groups() if g)
                return normalize_sex(word)
    return None


def _judge_bp(row: _Row, kb: KnowledgeBase, sex: str | None) -> Finding | None:
    """"152/96 mmHg": the reading is out of range when either number is; the worse one routes."""
    numbers = [float(n) for n in _BP.match(row.value).groups()]
    worst = None
    for key, value in zip(("bp_systolic", "bp_diastolic"), numbers, strict=True):
        analyte = kb.analyte(key)
        if analyte is None:
            return None
        low, high, _src = analyte.default_range(sex)
        direction = Range(low, high, "").judge(value)
        if direction != "normal" and (worst is None or direction == "high"):
            worst = (analyte, value, direction, low, high)
    if worst is None:
        return _finding(row, "normal", "bp_systolic", None, None)
    analyte, value, direction, low, high = worst
    row.value_num = value
    return _finding(row, direction, analyte.key, low, high)


def _judge(row: _Row, kb: KnowledgeBase, sex: str | None) -> Finding | None:
    if _BP.match(row.value) and _BP_LABEL.search(row.label):
        return _judge_bp(row, kb, sex)
    analyte = kb.match_analyte(row.label, row.unit, row.value)
    key = analyte.key if analyte else None
    low = high = None
    flag = "normal"
    if row.value_num is None:  # qualitative
        bad = analyte.is_abnormal_word(row.value) if analyte else None
        if bad is None:
            bad = bool(_BAD_QUAL.match(row.value.strip()))
        flag = "abnormal" if bad else "normal"
    else:
        rng: Range | None = parse_range(row.range_text, sex) if row.range_text else None
        if rng is None and analyte is not None:
            # a blank unit counts only for tests printed without one (BMI, blood pressure)
            canon = analyte.to_canonical(row.value_num, row.unit)
            d_low, d_high, _src = analyte.default_range(sex)
            if canon is not None and (d_low is not None or d_high is not None):
                rng = Range(d_low, d_high, "")
                direction = rng.judge(canon)
                low, high = d_low, d_high
                flag = direction
            elif row.printed_flag:
                # no usable range (an unknown unit): the printed flag is all there is
                flag = _printed_direction(row.printed_flag)
        elif rng is not None:
            low, high = rng.low, rng.high
            if row.cmp and row.cmp[0] in "<≤＜" and high is not None and row.value_num <= high:
                flag = "normal"  # "<0.5" against "< 1.0"
            elif row.cmp and row.cmp[0] in ">≥＞" and low is not None and row.value_num >= low:
                flag = "normal"
            else:
                flag = rng.judge(row.value_num)
        elif row.printed_flag:
            # no range anywhere: the printed flag is all there is (known test or not)
            flag = _printed_direction(row.printed_flag)
    if analyte is not None and flag != "normal" and direction_is_benign(analyte, flag):
        flag = "normal"  # e.g. a hepatitis B surface antibody above range: immunity
    if flag in ("high", "low") and analyte is not None and row.value_num is not None:
        canon = canonical_value(analyte, row.value_num, row.unit, high, low)
        if canon is not None and analyte.route(flag, canon).critical:
            flag = "critical_high" if flag == "high" else "critical_low"
    if row.critical and flag != "normal" and not flag.startswith("critical"):
        # the lab's own critical marker: critical whatever the knowledge base says
        flag = "critical_low" if flag == "low" else "critical_high"
    elif row.critical and flag == "normal" and row.value_num is not None and not row.range_text:
        printed = _printed_direction(row.printed_flag) if row.printed_flag else "high"
        flag = "critical_low" if printed == "low" else "critical_high"
    return _finding(row, flag, key, low, high)


def _printed_direction(flag: str) -> str:
    if _FLAG_HIGH.match(flag) or re.fullmatch(r"(?:critical|panic|crit|!!|危急值?)", flag, re.I):
        return "high"
    if _FLAG_LOW.match(flag):
        return "low"
    if _FLAG_ABNORMAL.match(flag):
        return "abnormal"
    return "normal"


def direction_is_benign(analyte, flag: str) -> bool:
    """The knowledge base says a result in this direction is not an issue (an antibody that
    shows immunity)."""
    direction = "high" if "high" in flag else "low" if "low" in flag else "abnormal"
    return direction in getattr(analyte, "benign", ())


def _finding(row: _Row, flag: str, key, low, high) -> Finding:
    return Finding(
        label=row.label, value=(row.cmp + row.value) if row.cmp else row.value, unit=row.unit,
        reference_range=row.range_text, flag=flag, page=row.page, bbox=row.bbox,
        text=row.text, kind="lab", value_num=row.value_num, low=low, high=high, key=key,
    )
