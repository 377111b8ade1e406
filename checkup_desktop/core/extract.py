"""Lab rows and narrative statements -> Finding rows (DESIGN §3 step 2).

A lab row is read as: label, then an optional flag, the value (number or qualitative word), an
optional flag, then unit and reference range in any order. Abnormality is judged from the value
against the printed range (or the knowledge base's default range when none is printed), never
from a printed flag that contradicts it: real templates print "Normal" beside platelets 20000
of 150000-410000.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import BBox, Finding
from checkup_desktop.core.pdf_reader import Document, Line
from checkup_desktop.core.ranges import NUM, Range, normalize_sex, parse_range
from checkup_desktop.core.routing import canonical_value
from checkup_desktop.core.textnorm import parse_number

_FLAG_WORDS = (
    r"HH|LL|H|L|High|Low|Borderline(?:\s+High|\s+Low)?|Abnormal|Critical|Normal|N|A|"
    r"↑↑|↓↓|↑|↓|\*+|\[H\]|\[L\]|\(H\)|\(L\)|\[HH\]|\[LL\]|偏高|偏低|高|低|正常|异常"
)
_QUAL = (
    r"Non[- ]?Reactive|Not\s+Detected|Reactive|Positive|Negative|Present|Absent|Nil|Trace|"
    r"Detected|Weakly\s+Positive|\+{1,4}|弱阳性|阳性|阴性|未检出|检出"
)
_ROW = re.compile(
    rf"^\s*[:：]?\s*(?:(?P<pre>{_FLAG_WORDS})\s+)?(?P<cmp>[<>≤≥＜＞]=?)?\s*"
    rf"(?P<val>{NUM}|(?:{_QUAL})(?![A-Za-z]))(?:\s*(?P<post>{_FLAG_WORDS})(?![A-Za-z0-9]))?"
    r"(?P<tail>.*)$",
    re.IGNORECASE,
)
_STARTS_WITH_RANGE = re.compile(rf"^\s*[:：]?\s*{NUM}\s*(?:-|–|~|～|to)\s*{NUM}")
_UNIT = re.compile(
    r"(gms?\s*%|%|‰|(?:x|×)\s*10\^?\s*\d+\s*/\s*[a-zA-Zµμ]+|[a-zA-Zµμ]*(?:cumm|cmm|mm3|mm³)\b|"
    r"(?:mill|million|millions|thou|lakhs?|cells|10\^\d+|mcg|gm?s?|m?g|m[lI]U|[mµμunpf]?mol|[mµμ]?[IU]U|"
    r"[mµμ]?[IU]|U|mEq|pg|ng|µg|μg|ug|mm|mL|ml|fL|fl|dl|L|sec|mm|cm|kg)"
    r"(?:\s*/\s*[a-zA-Zµμ0-9.³^]+)?(?![a-zA-Z])|mm\s*(?:at|in)\s*1\s*h(?:r|our)?|"
    r"mmHg|kg/m2|bpm|fL|fl|pg|Pg|gms?%|ratio|/hpf|/HPF|/lpf)",
)
_NOT_LABELS = re.compile(
    r"^(?:page|age|date|time|sample|specimen|reg(?:istered|\.|istration)?|lab\s*no|uhid|pid|"
    r"collected|received|reported|printed|generated|ref(?:\.|erred)?|tat|note|method|"
    r"optimal|above\s+optimal|near\s+optimal|borderline(?:\s+high)?|high|very\s+high|low|"
    r"normal|desirable|prediabetic|pre-diabetic|diabetic|good|fair|poor|unsatisfactory|"
    r"sector|phone|tel|mobile|fax|email|www|barcode|patient|name|sex|gender|mr|mrs|ms|dr|"
    r"visit|bill|order|report|test|investigation|parameter|result|value|unit|range)\b",
    re.IGNORECASE,
)
_NARRATIVE_HEAD = re.compile(
    r"^\s*(?P<head>impressions?|conclusions?|findings|opinion|summary|remarks?|final\s+impression|"
    r"physician'?s?\s+(?:summary|comments?)|结论|提示|建议|印象|诊断意见|检查结论|超声提示|总检结论)"
    r"\s*[:：]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_EXAM_LABEL = re.compile(
    r"^\s*(?P<head>ecg|ekg|electrocardiogram|usg(?:\s+\w+)?|ultrasound(?:\s+\w+)?|"
    r"ultrasonography(?:\s+\w+)?|chest\s+x-?ray|x-?ray(?:\s+\w+)?|ct(?:\s+\w+)?|mri(?:\s+\w+)?|"
    r"mammogra(?:m|phy)|echo(?:cardiography)?|2d\s+echo|fundus|心电图|胸片|彩超|b超|超声|"
    r"腹部超声|甲状腺超声|乳腺超声)\s*[:：]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# sentence ends; a numbered list item ("2. Gallstones") starts after one of them
_SENTENCE_SPLIT = re.compile(r"(?<=[.;!])\s+|(?<=[。；])")
_ABNORMAL_WORDS = re.compile(
    r"\b(?:abnormal|enlarged|enlargement|nodules?|lesions?|cysts?|thickening|calcifications?|"
    r"stones?|calculus|calculi|polyps?|effusion|opacity|opacities|hypertrophy|dilat(?:ed|ation)|"
    r"prolapse|degenerat\w+|fibroids?|hernia|steatosis|cardiomegaly|block|arrhythmia|"
    r"tachycardia|bradycardia|ischemi\w*|infarct\w*|deviation)\b|增大|结节|异常|增厚|囊肿|息肉|"
    r"结石|钙化|积液|肥厚|心律不齐|心动过速|心动过缓|脂肪肝|占位",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"^\s*(?:no|nil|not|without|absence\s+of|negative\s+for|free\s+of|未见|无|未发现|没有)(?:\b|\s)",
    re.IGNORECASE,
)
_SEX_LINE = re.compile(
    r"(?:\b(?:sex|gender|sesso)\b[^A-Za-z\n]{0,30}?(?P<a>male|female|m|f)\b|"
    r"\b\d{1,3}\s*(?:y(?:rs?|ears?)?\.?)\s*/\s*(?P<b>m|f|male|female)\b|"
    r"\b(?P<c>male|female)\s*/\s*\d{1,3}\s*y|性别\s*[:：]?\s*(?P<d>男|女))",
    re.IGNORECASE,
)
_BAD_QUAL = re.compile(
    r"^(?:positive|reactive|present|detected|weakly\s+positive|\+{1,4}|trace|阳性|弱阳性|检出)$",
    re.IGNORECASE,
)
_FLAG_HIGH = re.compile(r"^(?:HH?|High|↑+|\[HH?\]|\(H\)|偏高|高|\*+)$", re.IGNORECASE)
_FLAG_LOW = re.compile(r"^(?:LL?|Low|↓+|\[LL?\]|\(L\)|偏低|低)$", re.IGNORECASE)


_BP_LABEL = re.compile(r"blood\s+pressure|\bB\.?P\b|血压", re.IGNORECASE)
_BP = re.compile(r"^\s*[:：]?\s*(\d{2,3})\s*/\s*(\d{2,3})\b")


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


def detect_sex(doc: Document) -> str | None:
    for page in doc.pages[:3]:
        for line in page.lines:
            m = _SEX_LINE.search(line.text)
            if m:
                word = next(g for g in m.groups() if g)
                return normalize_sex(word)
    return None


def _union(a: BBox, b: BBox) -> BBox:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _has_letters(s: str) -> bool:
    return any(ch.isalpha() for ch in s)


def _split_label(line: Line) -> tuple[str, str] | None:
    """Label and the rest of the row, using the reader's column cells when they exist."""
    cells = [c for c in line.cells if c.text.strip()]
    if len(cells) >= 2 and _has_letters(cells[0].text) and not cells[0].text[:1].isdigit():
        label = cells[0].text.strip()
        rest = "  ".join(c.text for c in cells[1:])  # two spaces keep the column breaks
        # "MEAN CELL HAEMOGLOBIN CON, MCHC H" with the flag column glued to the label
        m = re.match(r"^(.*\S)\s+(H|L)$", label)
        if m and len(m.group(1)) > 3:
            label, rest = m.group(1), f"{m.group(2)} {rest}"
        # "HAEMOGLOBIN   :   9.7" or "Label:" as its own cell
        label = label.rstrip(" :：")
        if rest.lstrip().startswith((":", "：")):
            rest = rest.lstrip()[1:]
        return label, rest
    m = re.match(rf"^(?P<label>.*?[^\W\d_].*?)\s*[:：]?\s+(?P<rest>[<>≤≥＜＞]?=?\s*(?:{NUM}|"
                 rf"(?:{_QUAL})(?![A-Za-z])).*)$", line.text, re.IGNORECASE)
    if m:
        return m.group("label").rstrip(" :："), m.group("rest")
    return None


def _parse_row(line: Line, label: str, rest: str, sex: str | None) -> _Row | None:
    if len(label) < 2 or len(label) > 70 or not _has_letters(label) or _NOT_LABELS.match(label):
        return None
    if _STARTS_WITH_RANGE.match(rest):
        return None  # a range table (e.g. "Borderline High 200 - 239"), not a result
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
    rng = parse_range(tail, sex)
    range_text = ""
    if rng is not None:
        range_text = _printed_range(tail)
    unit = _unit(tail.replace(range_text, "  ") if range_text else tail)
    flag = (m.group("pre") or m.group("post") or "").strip()
    return _Row(
        label=label, value=value, value_num=value_num, cmp=m.group("cmp") or "", unit=unit,
        range_text=range_text, printed_flag=flag, text=line.text, page=line.page,
        bbox=tuple(line.bbox),
    )


_UNIT_CELL = re.compile(r"^[A-Za-zµμ%‰/^0-9.³()*×\s-]{1,20}$")


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


_RANGE_SPAN = re.compile(
    rf"(?:(?:\bnormal|\bnon[- ]?diabetic|\bdesirable|\boptimal|\bmales?|\bfemales?|\bM\b|"
    rf"\bF\b|男|女)"
    rf"\s*[:：]?\s*)?"
    rf"(?:(?:<=|≤|<|＜|>=|≥|>|＞|up\s*to|upto|below|above|less\s+than|more\s+than)\s*{NUM}|"
    rf"{NUM}\s*(?:-|–|—|~|～|－|to|至)\s*{NUM})",
    re.IGNORECASE,
)


def _printed_range(tail: str) -> str:
    """The range as printed (verbatim substring), spanning sex-specific or tiered parts."""
    spans = list(_RANGE_SPAN.finditer(tail))
    if not spans:
        return ""
    return tail[spans[0].start(): spans[-1].end()].strip(" ;,")


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
            canon = analyte.to_canonical(row.value_num, row.unit) if row.unit else None
            d_low, d_high, _src = analyte.default_range(sex)
            if canon is not None and (d_low is not None or d_high is not None):
                rng = Range(d_low, d_high, "")
                direction = rng.judge(canon)
                low, high = d_low, d_high
                flag = direction
        elif rng is not None:
            low, high = rng.low, rng.high
            if row.cmp and row.cmp[0] in "<≤＜" and high is not None and row.value_num <= high:
                flag = "normal"  # "<0.5" against "< 1.0"
            elif row.cmp and row.cmp[0] in ">≥＞" and low is not None and row.value_num >= low:
                flag = "normal"
            else:
                flag = rng.judge(row.value_num)
        elif row.printed_flag:
            # no range anywhere: the printed flag is all there is
            if _FLAG_HIGH.match(row.printed_flag):
                flag = "high"
            elif _FLAG_LOW.match(row.printed_flag):
                flag = "low"
    if flag in ("high", "low") and analyte is not None and row.value_num is not None:
        canon = canonical_value(analyte, row.value_num, row.unit, high, low)
        if canon is not None and analyte.route(flag, canon).critical:
            flag = "critical_high" if flag == "high" else "critical_low"
    return _finding(row, flag, key, low, high)


def _finding(row: _Row, flag: str, key, low, high) -> Finding:
    return Finding(
        label=row.label, value=(row.cmp + row.value) if row.cmp else row.value, unit=row.unit,
        reference_range=row.range_text, flag=flag, page=row.page, bbox=row.bbox,
        text=row.text, kind="lab", value_num=row.value_num, low=low, high=high, key=key,
    )


def _plausible_test_name(label: str, line: Line) -> bool:
    """For tests the knowledge base does not know: a short name in a column layout, not a
    wrapped sentence ("to sunlight exposure & ... present")."""
    return (len(label.split()) <= 6 and not label[:1].islower() and len(line.cells) >= 2
            and not re.search(r"[.;!?]\s", label))


_VALUE_ONLY = re.compile(rf"^\s*[<>≤≥]?\s*(?:{NUM}|{_QUAL})\s*$", re.IGNORECASE)


def _lab_lines(doc: Document) -> Iterable[tuple[Line, str, str]]:
    """Yield (line, label, rest) for lines that look like rows; joins a label-only line with
    a value-only line just below it (labs that print the value under the label)."""
    for page in doc.pages:
        lines = [ln for ln in page.lines if not ln.repeated]
        for i, line in enumerate(lines):
            split = _split_label(line)
            if split:
                yield line, *split
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            words = line.text.split()
            if (nxt is not None and 0 < len(words) <= 8 and _has_letters(line.text)
                    and nxt.cells and _VALUE_ONLY.match(nxt.cells[0].text)
                    and nxt.bbox[1] - line.bbox[3] < (line.bbox[3] - line.bbox[1]) * 1.5):
                merged = _merge(line, nxt)
                yield merged, line.text.strip().rstrip(":："), "  ".join(c.text for c in nxt.cells)


def _merge(a: Line, b: Line) -> Line:
    return Line(text=f"{a.text} {b.text}", bbox=_union(a.bbox, b.bbox), page=a.page,
                words=list(a.words) + list(b.words), cells=list(a.cells) + list(b.cells),
                bold=a.bold or b.bold, repeated=False)


def extract_lab_findings(doc: Document, kb: KnowledgeBase, sex: str | None = None) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[tuple] = set()
    for line, label, rest in _lab_lines(doc):
        if _NARRATIVE_HEAD.match(line.text) or _EXAM_LABEL.match(line.text):
            continue
        row = _parse_row(line, label, rest, sex)
        if row is None:
            continue
        f = _judge(row, kb, sex)
        if f is None:
            continue
        # an unknown test counts only with a printed range: keeps address lines, dates and
        # table debris out, while any real abnormal row still gets a card
        if f.key is None and not row.range_text and f.flag != "abnormal":
            continue
        if f.key is None and not _plausible_test_name(f.label, line):
            continue
        dedup = (f.page, f.label.casefold(), f.value, f.unit, f.reference_range)
        if dedup in seen:
            continue
        seen.add(dedup)
        findings.append(f)
    return findings


def _narrative_blocks(doc: Document) -> Iterable[tuple[list[Line], str]]:
    """Runs of lines under a conclusion heading, and exam lines ("ECG: ...")."""
    for page in doc.pages:
        lines = [ln for ln in page.lines if not ln.repeated]
        i = 0
        while i < len(lines):
            line = lines[i]
            exam = _EXAM_LABEL.match(line.text)
            head = _NARRATIVE_HEAD.match(line.text)
            if exam:
                yield [line], exam.group("rest")
                i += 1
                continue
            if head:
                block = [line]
                texts = [head.group("rest")] if head.group("rest").strip() else []
                j = i + 1
                while j < len(lines) and len(block) < 8:
                    nxt = lines[j]
                    gap = nxt.bbox[1] - block[-1].bbox[3]
                    if (gap > 2.5 * max(4.0, block[-1].bbox[3] - block[-1].bbox[1])
                            or _NARRATIVE_HEAD.match(nxt.text) or _EXAM_LABEL.match(nxt.text)
                            or re.search(rf"{NUM}\s*(?:-|–|~)\s*{NUM}", nxt.text)):
                        break
                    block.append(nxt)
                    texts.append(nxt.text)
                    j += 1
                yield block, " ".join(texts)
                i = j
                continue
            i += 1


def extract_narrative_findings(doc: Document, kb: KnowledgeBase) -> list[Finding]:
    findings: list[Finding] = []
    for block, text in _narrative_blocks(doc):
        bbox = block[0].bbox
        for ln in block[1:]:
            bbox = _union(bbox, ln.bbox)
        for sentence in _SENTENCE_SPLIT.split(text):
            sentence = sentence.strip(" .;；。-•")
            sentence = re.sub(r"^\d[.)、]\s*", "", sentence)
            if len(sentence) < 3 or kb.is_normal_statement(sentence):
                continue
            # the sentence as printed is the evidence: find the line(s) that hold it
            holder = next((ln for ln in block if sentence[:20] in ln.text), block[0])
            rules = kb.match_findings(sentence)
            if rules:
                for rule in rules:
                    findings.append(_narrative(sentence, rule.key, holder, bbox))
            elif _ABNORMAL_WORDS.search(sentence) and not _NEGATED.match(sentence):
                findings.append(_narrative(sentence, None, holder, bbox))
    return findings


def _narrative(sentence: str, key: str | None, line: Line, bbox: BBox) -> Finding:
    return Finding(label=sentence[:120], value="", unit="", reference_range="", flag="finding",
                   page=line.page, bbox=tuple(bbox), text=line.text, kind="narrative", key=key)


def extract_findings(doc: Document, kb: KnowledgeBase) -> list[Finding]:
    sex = detect_sex(doc)
    return extract_lab_findings(doc, kb, sex) + extract_narrative_findings(doc, kb)
