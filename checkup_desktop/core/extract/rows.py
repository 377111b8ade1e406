"""A lab row's cells: label and rest (column cells or glued text), row numbers, two rows on
one line, prose that is never a row, and the parsed row (value, flag, unit, range).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checkup_desktop.core.extract.flags import (
    _BP,
    _BP_LABEL,
    _CRITICAL_MARK,
    _FLAG_WORDS,
    _LABEL_STOP,
    _LATE_FLAG,
    _QUAL,
    _ROW,
)
from checkup_desktop.core.extract.units import (
    _POWER_UNIT,
    _STARTS_WITH_RANGE,
    _UNIT,
    _clean_unit,
    _printed_range,
    _unit,
)
from checkup_desktop.core.models import BBox
from checkup_desktop.core.pdf import Cell, Line
from checkup_desktop.core.ranges import NUM, parse_range
from checkup_desktop.core.textnorm import parse_number

_NOT_LABELS = re.compile(
    r"^(?:page|age|date|time|sample|specimen|reg(?:istered|\.|istration)?|lab\s*no|uhid|pid|"
    r"collected|received|reported|printed|generated|ref(?:\.|erred)?|tat|note|method|"
    # tier words of an interpretation table ("High 240", "Borderline High:"), but not the
    # first word of a test name ("High Density Lipoprotein", "Low Density Lipoprotein")
    r"(?:optimal|above\s+optimal|near\s+optimal|borderline(?:\s+high)?|high|very\s+high|low|"
    r"normal|desirable|prediabetic|pre-diabetic|diabetic|good|fair|poor|unsatisfactory)"
    r"(?![ \t]+[A-Za-z])|"
    r"sector|phone|tel|mobile|fax|email|www|barcode|patient|name|sex|gender|mr|mrs|ms|dr|"
    r"visit|bill|order|report|test|investigation|parameter|result|value|unit|range)\b",
    re.IGNORECASE,
)


@dataclass
class _Row:
    label: str
    value: str
    value_num: float | None
    cmp: str
    unit: str
    range_text: str
    printed_flag: str
    text: str
    page: int
    bbox: BBox
    critical: bool = False  # the lab printed its own critical (panic) marker


def _union(a: BBox, b: BBox) -> BBox:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _has_letters(s: str) -> bool:
    return any(ch.isalpha() for ch in s)


def _label_cell(text: str) -> bool:
    """A cell that continues the label: a name, an abbreviation ("AST", "LDL-C", "NEUT%") or a
    method; not a value, a flag, a range or a unit."""
    t = text.strip()
    code = re.match(r"^\d+(?=[A-Za-z])", t)  # "13C-UBT", "25-OH-D": a code, not a value
    if code and len(re.findall(r"[A-Za-z]", t)) >= 2 and not _UNIT.match(t[code.end():]) \
            and not re.match(_FLAG_WORDS, t[code.end():], re.IGNORECASE):
        return True
    return bool(
        t and _has_letters(t) and not _LABEL_STOP.match(t)
        and not re.fullmatch(_FLAG_WORDS, t, re.IGNORECASE)
        and not _UNIT.fullmatch(t) and not _POWER_UNIT.fullmatch(t)
        and not _STARTS_WITH_RANGE.match(t)
    )


_GLUED_QUAL = re.compile(
    rf"^(.*[^\W\d_].*?)(?:\s+|(?<=[A-Za-z0-9)）])(?=弱?阳性|阴性|未检出|检出))"
    rf"((?:{_QUAL})(?:\s*\([+\-±]+\))?)$", re.IGNORECASE)


# A row number printed before the name ("1  白细胞计数", "12. Hemoglobin"), but not a number
# that is part of the name ("2 Hour Post Prandial Glucose", "25 OH Vitamin D")
_ROW_NUMBER = re.compile(
    r"^\d{1,3}[.、]?\s+(?=[^\W\d_])(?!(?:hours?|hrs?|h|oh|min(?:utes?)?|days?)\b)",
    re.IGNORECASE)


def split_text(text: str, glued: bool = False) -> tuple[str, str] | None:
    """Label and rest of a row read from its text alone (cells glued together). With `glued`,
    a number may follow a label that ends in a bracket or a Chinese character without a space
    ("天门冬氨酸氨基转移酶(AST)43.60")."""
    text = _ROW_NUMBER.sub("", text)
    if re.fullmatch(rf"\s*(?:{_QUAL})(?:\s*\(.{{1,4}}\))?\s*", text, re.IGNORECASE):
        return None  # a result on a line of its own ("Non Reactive") has no label
    value = rf"[<>≤≥＜＞]?=?\s*(?:{NUM}|(?:{_QUAL})(?![A-Za-z]))"
    m = None
    if glued:
        m = re.match(rf"^(?P<label>.*?[^\W\d_].*?[)）\u3400-\u9fff])(?P<rest>{value}.*)$", text,
                     re.IGNORECASE)
    if m is None:
        m = re.match(rf"^(?P<label>.*?[^\W\d_].*?)\s*[:：]?\s+(?P<rest>{value}.*)$", text,
                     re.IGNORECASE)
    if m:
        return m.group("label").rstrip(" :："), m.group("rest")
    return None


def _split_label(line: Line, cells: list[Cell] | None = None) -> tuple[str, str] | None:
    """Label and the rest of the row, using the reader's column cells when they exist.

    The label is the first cell plus the cells after it that are not a value, flag, range or
    unit: an abbreviation column on either side of the name, or a method column."""
    if cells is None:
        cells = [c for c in line.cells if c.text.strip()]
    if cells and _ROW_NUMBER.match(cells[0].text):  # a glued row number
        cells = [Cell(_ROW_NUMBER.sub("", cells[0].text), cells[0].bbox), *cells[1:]]
    # a row number column ("1  白细胞计数  WBC  6.2 ...")
    if len(cells) >= 3 and re.fullmatch(r"\d{1,3}[.、]?", cells[0].text.strip()) \
            and _has_letters(cells[1].text):
        cells = cells[1:]
    for idx in range(min(2, len(cells))):
        # "乙肝表面抗原 阳性(+)", "13C-UBT阳性": a result printed too close to its label
        glued = _GLUED_QUAL.match(cells[idx].text) if len(cells) <= idx + 3 else None
        if glued and (idx == 0 or _label_cell(glued.group(1))) and not re.match(
                rf"\s*(?:{_QUAL})", cells[idx].text, re.IGNORECASE):
            cells = [*cells[:idx], Cell(glued.group(1), cells[idx].bbox),
                     Cell(glued.group(2), cells[idx].bbox), *cells[idx + 1:]]
            break
    if len(cells) >= 2 and _has_letters(cells[0].text) and not cells[0].text[:1].isdigit():
        k = 1
        while k < len(cells) - 1 and k < 3 and _label_cell(cells[k].text):
            k += 1
        label = " ".join(c.text.strip() for c in cells[:k])
        label = _ROW_NUMBER.sub("", label)
        rest = "  ".join(c.text for c in cells[k:])  # two spaces keep the column breaks
        # "MEAN CELL HAEMOGLOBIN CON, MCHC H" with the flag column glued to the label
        m = re.match(r"^(.*\S)\s+(H|L)$", label)
        if m and len(m.group(1)) > 3:
            label, rest = m.group(1), f"{m.group(2)} {rest}"
        # "HAEMOGLOBIN   :   9.7" or "Label:" as its own cell
        label = label.rstrip(" :：")
        if rest.lstrip().startswith((":", "：")):
            rest = rest.lstrip()[1:]
        return label, rest
    return split_text(" ".join(c.text for c in cells) if cells else line.text)


# Sentences are never rows: footnotes and interpretation text ("In men with PSA above 10 ...",
# "A fasting glucose level of >125 indicates ...", "空腹血糖≥7.0 mmol/L可诊断为糖尿病，...").
_SENTENCE_START = re.compile(
    r"^(?:in|if|a|an|the|for|when|where|values?|levels?|patients?|people|persons?|men|women|"
    r"adults?|children|this|these|those|it|please|note|kindly|results?\s+of|as\s+per)\s"
    r"(?![/:]\s)",  # "A / G Ratio", "A : G Ratio" are test names
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(
    r"\s(?:of|above|below|over|under|than|is|are|was|were|with|at|to|between|from|by|and|or|"
    r"the|an|in|if|for)$", re.IGNORECASE)  # not "a" (Vitamin A) or "level" (Ferritin Level)
_STOPWORDS = re.compile(
    r"\b(?:the|of|with|in|is|are|and|than|for|indicates?|may|should|be|can|suggests?|which|"
    r"that|who|has|have|been|this|these|your|you)\b", re.IGNORECASE)
_CJK_PUNCT = re.compile(r"[，。；！？]")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_CJK_PROSE = re.compile(
    r"可诊断|诊断为|提示可能|是指|称为|应当|应该|需要|可能会|可以|如果|一般|通常")
# in the rest of a row only definitions are prose: a comment column may say "需要复查"
_CJK_DEFINITION = re.compile(r"可诊断|诊断为|是指|称为|应当|应该|如果|以上为|以下为")


def _is_prose(label: str, rest: str, line: Line) -> bool:
    """A sentence of explanation, not a table row."""
    if _CJK_PUNCT.search(label) or (_CJK_PUNCT.search(rest) and len(_CJK_CHAR.findall(rest)) > 6):
        return True
    if _CJK_PROSE.search(label) or _CJK_DEFINITION.search(rest):
        return True
    if _SENTENCE_START.match(label) and len(label.split()) >= 3:
        return True
    if _SENTENCE_END.search(label) and len(label.split()) >= 3:
        return True
    words = line.text.split()
    return len(words) >= 8 and len(_STOPWORDS.findall(line.text)) >= 3 and len(line.cells) <= 2


def _parse_row(line: Line, label: str, rest: str, sex: str | None) -> _Row | None:
    if len(label) < 2 or len(label) > 70 or not _has_letters(label) or _NOT_LABELS.match(label):
        return None
    if label.count("(") > label.count(")") or label.count("[") > label.count("]"):
        return None  # the number is inside brackets ("Breast lesion (BI-RADS 4A)")
    if _STARTS_WITH_RANGE.match(rest):
        return None  # a range table (e.g. "Borderline High 200 - 239"), not a result
    rest = re.sub(r"^(\s*[↑↓]+)(?=\d)", r"\1 ", rest)  # "↑486"
    m = _ROW.match(rest)
    if not m:
        return None
    value = m.group("val")
    tail = m.group("tail")
    value_num = parse_number(value) if re.match(NUM, value) else None
    bp = _BP.match(rest) if _BP_LABEL.search(label) else None
    if bp:  # "152/96 mmHg": one row, judged on both numbers
        value, value_num, tail = bp.group(0).strip(" :："), None, rest[bp.end():]
    elif value_num is not None and re.match(r"[/:.]\d", tail):
        return None  # a date or time ("14/5/2023", "02:31 PM")
    # "10~9/L" is a unit, never a range: mask it before reading the range
    masked = _POWER_UNIT.sub(lambda u: " " * len(u.group(0)), tail)
    rng = parse_range(masked, sex)
    range_text = ""
    if rng is not None:
        range_text = _printed_range(masked)
    unit = _clean_unit(_unit(tail.replace(range_text, "  ") if range_text else tail))
    flag = (m.group("pre") or m.group("post") or "").strip()
    if not flag:  # a flag column after the range or unit ("5.71  0—5.20  mmol/L  ↑")
        rest_cols = masked.replace(range_text, "  ") if range_text else masked
        flag = next((c.strip() for c in re.split(r"\s{2,}", rest_cols)
                     if _LATE_FLAG.fullmatch(c.strip())), "")
        if not flag:  # the last word of a single-spaced row ("Zinc 48 ug/dL L")
            last = re.search(r"\s(HH?|LL?|High|Low|↑+|↓+)\s*$", rest_cols)
            flag = last.group(1) if last else ""
    critical = bool(_CRITICAL_MARK.search(rest) or re.search(r"危急|critical|panic", label, re.I))
    return _Row(
        label=label, value=value, value_num=value_num, cmp=m.group("cmp") or "", unit=unit,
        range_text=range_text, printed_flag=flag, text=line.text, page=line.page,
        bbox=tuple(line.bbox), critical=critical,
    )


def _plausible_test_name(label: str, line: Line) -> bool:
    """For tests the knowledge base does not know: a short name in a column layout, not a
    wrapped sentence ("to sunlight exposure & ... present")."""
    words = len(label.split())
    return (words <= 6 and not label[:1].islower() and (len(line.cells) >= 2 or words <= 4)
            and not re.search(r"[.;!?]\s", label))


def _side_by_side(cells: list[Cell]) -> list[list[Cell]]:
    """A line holding two rows ("白细胞 6.2 3.5-9.5 10^9/L  红细胞 4.8 4.3-5.8 10^12/L"): split
    where a name follows a value, range or unit and is itself followed by a value."""
    out: list[list[Cell]] = []
    start = 0
    for j in range(2, len(cells) - 1):
        name, before, after = cells[j].text, cells[j - 1].text, cells[j + 1].text
        if (j - start >= 2 and _label_cell(name) and not _label_cell(before)
                and _LABEL_STOP.match(after) and not _STARTS_WITH_RANGE.match(after)
                and not _ONE_SIDED.match(after)  # "mL/min/1.73m2  > 60": a unit, then a range
                and any(_LABEL_STOP.match(c.text) for c in cells[start + 1:j])
                and not _CJK_UNIT.fullmatch(name.strip())):
            out.append(cells[start:j])
            start = j
    out.append(cells[start:])
    return out


_ONE_SIDED = re.compile(r"^\s*(?:[<>≤≥＜＞]=?|up\s*to|below|above)\s*\d", re.IGNORECASE)
_CJK_UNIT = re.compile(r"(?:次|个|滴|秒)/\S+|/(?:HP|LP)|/高倍视野|/低倍视野|次/分|岁|cm|kg")
