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
from dataclasses import dataclass, field

from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import BBox, Finding
from checkup_desktop.core.pdf import Cell, Document, Line, Page
from checkup_desktop.core.ranges import NUM, Range, normalize_sex, parse_range
from checkup_desktop.core.routing import canonical_value
from checkup_desktop.core.textnorm import fold_radicals, parse_number

_FLAG_WORDS = (
    r"(?:Above|Below)\s+(?:the\s+)?(?:normal\s+|reference\s+)?range|Out\s+of\s+range|"
    r"(?:Critical|Panic)(?:\s+(?:High|Low))?|CRIT(?:\s*[HL])?|!!|危急值?|"
    r"HH|LL|H|L|High|Low|Borderline(?:\s+High|\s+Low)?|Abnormal|Normal|N|A|"
    r"↑↑|↓↓|↑|↓|\*+|\[H\]|\[L\]|\(H\)|\(L\)|\[HH\]|\[LL\]|"
    r"偏高|偏低|升高|降低|增高|减低|高|低|正常|异常"
)
_QUAL = (
    r"Non[- ]?Reactive|Not\s+Detected|Reactive|Positive|Negative|Present|Absent|Nil|Trace|"
    r"Detected|Weakly\s+Positive|\+{1,4}|\(\+{1,4}\)|\(-\)|\(±\)|±|弱阳性|阳性|阴性|未检出|检出"
)
_ROW = re.compile(
    rf"^\s*[:：]?\s*(?:(?P<pre>{_FLAG_WORDS})\s+)?(?P<cmp>[<>≤≥＜＞]=?)?\s*"
    rf"(?P<val>[1-4]\+(?![\d+])|{NUM}|(?:{_QUAL})(?![A-Za-z]))"
    rf"(?:\s*(?P<post>{_FLAG_WORDS})(?![A-Za-z0-9]))?"
    r"(?P<tail>.*)$",
    re.IGNORECASE,
)
_LATE_FLAG = re.compile(rf"(?:{_FLAG_WORDS}|阳性|\(\+\))", re.IGNORECASE)
# The lab's own critical (panic) markers, anywhere after the label.
_CRITICAL_MARK = re.compile(r"(?<![A-Za-z])(?:critical|panic|crit)(?![a-z])|!!|危急", re.I)
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
# A conclusion line: short heads need a colon or the end of the line ("提示" is also a column
# header, "Impression" a word in a sentence).
_NARRATIVE_HEAD = re.compile(
    r"^\s*[【\[]?\s*(?:[一二三四五六七八九十]+[、.．]\s*|\d{1,2}[、.．]\s*)?(?P<head>"
    r"(?:final\s+)?impressions?|conclusions?|findings|opinion|remarks?|"
    r"physician'?s?\s+(?:summary|comments?)|diagnosis|"
    r"小\s*结|初步意见|检查意见|诊断意见|检查结论|超声提示|超声诊断|超声结论|影像诊断|影像学诊断|"
    r"影像意见|心电图诊断|心电图结论|诊断提示|检查提示|科室小结|医生意见|结论|提示|印象|诊断|意见)"
    r"\s*[】\]]?\s*(?:[:：]\s*|$|(?<=[】\]]))(?P<rest>.*)$",
    re.IGNORECASE,
)
_EXAM_LABEL = re.compile(
    r"^\s*(?P<head>ecg|ekg|electrocardiogram|usg(?:\s+\w+)?|ultrasound(?:\s+\w+)?|"
    r"ultrasonography(?:\s+\w+)?|chest\s+x-?ray|x-?ray(?:\s+\w+)?|ct(?:\s+\w+)?|mri(?:\s+\w+)?|"
    r"mammogra(?:m|phy)|echo(?:cardiography)?|2d\s+echo|fundus|心电图|胸片|彩超|b超|超声|"
    r"腹部超声|甲状腺超声|乳腺超声|眼底|外眼|裂隙灯|视力|辨色力|眼科|外科|内科|耳鼻喉科?|"
    r"口腔科?|妇科|皮肤|外耳道|鼓膜|鼻腔|咽部|扁桃体|甲状腺|乳腺|乳房|前列腺|肛门指检|脊柱|"
    r"四肢关节|浅表淋巴结|心脏听诊|肺部听诊|腹部触诊|肝脏|胆囊|胰腺|脾脏|双肾|肾脏|膀胱|"
    r"子宫|附件|宫颈|颈动脉|胸部(?:dr|ct|正位片)?|肺部ct)\s*[:：]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# Statements that end a conclusion block: advice, a doctor's signature, the next section.
_BLOCK_END = re.compile(
    r"^\s*(?:(?:建议|健康建议|医生建议|医嘱|advice|recommendations?|suggestions?|"
    r"(?:检查|报告|审核|主检|总检)?(?:医生|医师|技师)|doctor|signature|reported\s+by|"
    r"verified\s+by|checked\s+by|electronically\s+signed)\s*[:：]?|(?:dr|prof)\.?\s+[a-z]|"
    r"(?:consultant\s+)?(?:radiologist|pathologist|cardiologist|sonologist|physician)\b|"
    r"(?:mbbs|md|dnb|frcr)\b)",
    re.IGNORECASE,
)
# sentence ends, and numbered list items ("1. 脂肪肝 2. 胆囊息肉", "① ...")
_SENTENCE_SPLIT = re.compile(
    # a grade is not a list number: "BI-RADS 4.", "TI-RADS 3.", "Grade 2."
    r"(?<=[.;!])\s+(?!\d)|(?<=[。；;])|(?<!RADS)(?<!rads)(?<!grade)(?<!Grade)(?<!category)"
    r"(?<!Category)\s+(?=\d{1,2}\s*[.、)）](?!\d))|(?=[①-⑳])"
)
_ABNORMAL_WORDS = re.compile(
    r"\b(?:abnormal|enlarged|enlargement|nodules?|lesions?|cysts?|thickening|calcifications?|"
    r"stones?|calculus|calculi|polyps?|effusion|opacity|opacities|hypertrophy|dilat(?:ed|ation)|"
    r"prolapse|degenerat\w+|fibroids?|hernia|steatosis|cardiomegaly|block|arrhythmia|"
    r"tachycardia|bradycardia|ischemi\w*|infarct\w*|deviation)\b|增大|结节|异常|增厚|囊肿|息肉|"
    r"结石|钙化|积液|肥厚|心律不齐|心动过速|心动过缓|脂肪肝|占位|偏高|偏低|升高|降低|减退|下降|"
    r"阳性|增生|炎|充血|肿大|斑块|狭窄|不齐",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"^\s*(?:(?:no|nil|not|without|absence\s+of|negative\s+for|free\s+of)\b|未见|无|未发现|没有)",
    re.IGNORECASE,
)
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
    critical: bool = False  # the lab printed its own critical (panic) marker


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


_LABEL_STOP = re.compile(
    rf"^\s*(?:[<>≤≥＜＞]=?\s*)?(?:{NUM}|(?:{_QUAL})(?![A-Za-z]))", re.IGNORECASE)


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


def _plausible_test_name(label: str, line: Line) -> bool:
    """For tests the knowledge base does not know: a short name in a column layout, not a
    wrapped sentence ("to sunlight exposure & ... present")."""
    words = len(label.split())
    return (words <= 6 and not label[:1].islower() and (len(line.cells) >= 2 or words <= 4)
            and not re.search(r"[.;!?]\s", label))


_VALUE_ONLY = re.compile(rf"^\s*[<>≤≥]?\s*(?:{NUM}|{_QUAL})\s*$", re.IGNORECASE)

# ---------------------------------------------------------------- what is not a finding

_TOC_HEAD = re.compile(r"^\s*(?:目\s*录|contents|table\s+of\s+contents|index)\s*$", re.I)
_DOT_LEADER = re.compile(r"(?:\.{3,}|…+|·{3,}|-{4,}|_{4,})\s*(?:第\s*)?\d{1,3}\s*(?:页)?\s*$")
# "什么是脂肪肝？" and other explanation pages; advice and lifestyle paragraphs
_EXPLAIN_HEAD = re.compile(
    r"^\s*(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:什么是|何为|认识|了解|健康(?:知识|小贴士|宣教|科普|教育)|"
    r"科普|温馨提示|体检须知|报告解读说明|指标解读|名词解释|what\s+(?:is|are|does)\b|"
    r"understanding\b|about\s+(?:this|your)\s+test|interpretation\b|"
    r"(?:clinical\s+)?significance\b|comments?\s*:|notes?\s*:|disclaimer)",
    re.I,
)
_ADVICE_HEAD = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]\s*)?(?:健康建议|医生建议|健康指导|生活方式建议|饮食建议|"
    r"运动建议|专家建议|健康处方|医嘱|advice|recommendations?|suggestions?|"
    r"lifestyle(?:\s+advice)?)\s*[:：]?\s*$",
    re.I,
)
_ADVICE_LINE = re.compile(r"^\s*(?:建议|advice|recommendation|suggestion)\s*[:：]", re.I)
_TREND_HEAD = re.compile(
    r"历年|往年|历次|既往.{0,4}对比|趋势|结果对比|trend|previous\s+years|year[- ]on[- ]year|"
    r"^\s*(?:previous|earlier|past)\s+results\s*:?\s*$|"
    r"cumulative\s+report|history\s+of\s+results", re.I)
_DATE_WORDS = re.compile(r"日期|时间|采样|采集|送检|报告|打印|审核|date|time|collected|received|"
                         r"reported|printed|registered", re.I)
_YEAR_CELL = re.compile(
    r"^(?:(?:19|20)\d{2}(?:\s*[-./年]\s*\d{1,2}(?:\s*[-./月]\s*\d{1,2}\s*日?)?)?(?:\s*年)?|"
    r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}|"  # 12/05/2023
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2})$",  # May 2023
    re.I)
# a results table header, a department or section title: what ends a skipped region
_RESULT_HEADER = re.compile(r"^(?:结果|检查结果|检验结果|测定值|测定结果|本次结果|result|results|"
                            r"value|observed\s+value|your\s+value|test\s+result|in\s+range|"
                            r"out\s+of\s+range|your\s+result)$", re.I)
_SECTION_TITLE = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]\s*)?[\u3400-\u9fffA-Za-z()（）/\s]{1,16}"
    r"(?:检查|检验|科|超声|彩超|B超|心电图|常规|功能|全套|四项|五项|标志物|报告|检测|测定|DR|CT|MRI|"
    r"X线|正位片|平片|核磁|panel|profile|test|report|ultrasound|x-ray|imaging)\s*$", re.I)
_PREVIOUS_COL = re.compile(r"上次|前次|历史|上回|既往|previous|last\s+(?:result|value)|prior", re.I)
# "Low | Normal | High" columns: the flag is the column the value sits in
_POSITION_COL = re.compile(
    r"^(?:(?P<low>low|below(?:\s+range)?|偏低)|(?P<normal>normal|within(?:\s+range)?|"
    r"in\s+range|正常)|(?P<high>high|above(?:\s+range)?|偏高))$", re.I)
_OUT_OF_RANGE_COL = re.compile(r"^(?:out\s+of\s+range|abnormal|flag(?:ged)?\s+result)$", re.I)


@dataclass
class PageLayout:
    """Which lines of a page are not report content for the extractors (tables of contents,
    trend tables of previous years, explanation and advice text), and the columns of the
    result tables (previous-result and out-of-range columns)."""

    skip: set[int]  # indices into the page's non-repeated lines
    columns: dict[int, list[tuple[str, float, float]]]  # line index -> header columns
    summary: list[int] = field(default_factory=list)  # lines of the report's own summary
    # lines of a table of earlier results (core/report_history.py reads them; never findings)
    trend: list[int] = field(default_factory=list)
    # result row -> the line index of its table header (previous-result columns' dates)
    header_line: dict[int, int] = field(default_factory=dict)


def _is_toc_page(lines: list[Line]) -> bool:
    leaders = sum(1 for ln in lines if _DOT_LEADER.search(ln.text) and _has_letters(ln.text))
    return leaders >= 3 and (leaders * 3 >= len(lines) or any(_TOC_HEAD.match(ln.text)
                                                              for ln in lines[:8]))


def _header_columns(line: Line) -> list[tuple[str, float, float]] | None:
    """(kind, x0, x1) per header cell when `line` is a result table header."""
    cells = [c for c in line.cells if c.text.strip()]
    if len(cells) < 3:
        return None
    positions = sum(1 for c in cells if _POSITION_COL.match(c.text.strip()))
    if not any(_RESULT_HEADER.match(c.text.strip()) for c in cells) and positions < 2:
        return None
    cols = []
    for c in cells:
        t = c.text.strip()
        pos = _POSITION_COL.match(t) if positions >= 2 else None
        # a dated column beside the result column ("2024-05-20") holds an earlier result
        kind = ("previous" if _PREVIOUS_COL.search(t) or _YEAR_CELL.match(t) else
                "out" if _OUT_OF_RANGE_COL.match(t) else
                f"pos_{pos.lastgroup}" if pos else "other")
        cols.append((kind, c.bbox[0], c.bbox[2]))
    return cols


_ONE_LINE_NOTE = re.compile(r"^\s*(?:comments?|notes?|remarks?|备注|注)\s*[:：]\s*\S", re.I)
_TABLE_RANGE = re.compile(rf"{NUM}\s*(?:-|–|—|~|～)\s*{NUM}|[<>≤≥]\s*{NUM}")


def _looks_like_row(line: Line) -> bool:
    """A cell-structured result row: a name, a number, a range and a unit, no prose."""
    cells = [c.text for c in line.cells if c.text.strip()]
    return (len(cells) >= 3 and _has_letters(cells[0]) and not _CJK_PUNCT.search(line.text)
            and any(_LABEL_STOP.match(c) for c in cells[1:])
            and bool(_TABLE_RANGE.search(line.text)) and bool(_UNIT.search(" ".join(cells[1:]))))


def _is_section_break(line: Line) -> bool:
    return bool(_header_columns(line) or _NARRATIVE_HEAD.match(line.text)
                or (_SECTION_TITLE.match(line.text) and not _EXPLAIN_HEAD.match(line.text)
                    and not _TREND_HEAD.search(line.text)))


def page_layout(page: Page, lines: list[Line]) -> PageLayout:
    skip: set[int] = set()
    columns: dict[int, list[tuple[str, float, float]]] = {}
    if _is_toc_page(lines):
        return PageLayout(set(range(len(lines))), columns)
    region = ""  # "", "explain", "advice", "trend", "summary"
    summary: list[int] = []
    trend: list[int] = []
    header_line: dict[int, int] = {}
    header: list[tuple[str, float, float]] | None = None
    header_at = -1
    for i, line in enumerate(lines):
        text = line.text
        if region and _is_section_break(line) and not (
                region == "summary" and SUMMARY_HEAD.match(text)):
            region = ""
        elif region in ("explain", "advice") and _looks_like_row(line):
            region = ""  # a note ended and the next result row follows without a title
        if _DOT_LEADER.search(text) and _has_letters(text) and not re.search(
                rf"{NUM}\s*(?:-|–|—|~|～)\s*{NUM}", text):
            skip.add(i)  # a table-of-contents line on a mixed page
            continue
        if _EXPLAIN_HEAD.match(text):
            if _ONE_LINE_NOTE.match(text):
                skip.add(i)  # "Note: fasting sample": that line only
                continue
            region = "explain"
        elif _ADVICE_HEAD.match(text):
            region = "advice"
        elif SUMMARY_HEAD.match(text):
            region = "summary"  # core/summary.py reads it as a checklist
        elif (_TREND_HEAD.search(text) and len(text) <= 24 and not _NARRATIVE_HEAD.match(text)
              and not re.search(r"[，。；,;]", text)):  # a heading, not "血糖有升高趋势，..."
            region = "trend"
        elif (sum(1 for c in line.cells if _YEAR_CELL.match(c.text.strip())) >= 2
              and not _DATE_WORDS.search(text)):
            region = "trend"  # a table whose columns are years
        if region:
            skip.add(i)
            if region == "summary":
                summary.append(i)
            elif region == "trend":
                trend.append(i)
            continue
        if _ADVICE_LINE.match(text):
            skip.add(i)
            continue
        cols = _header_columns(line)
        if cols is not None:
            header, header_at = cols, i
            skip.add(i)
            continue
        if header is not None:
            columns[i] = header
            header_line[i] = header_at
    return PageLayout(skip, columns, summary, trend, header_line)


def _column_of(cell: Cell, header: list[tuple[str, float, float]]) -> str:
    """The kind of the header column a cell sits under (by horizontal overlap, else the
    nearest centre)."""
    cx = (cell.bbox[0] + cell.bbox[2]) / 2
    best, best_d = "other", float("inf")
    for kind, x0, x1 in header:
        overlap = min(cell.bbox[2], x1) - max(cell.bbox[0], x0)
        d = -overlap if overlap > 0 else abs(cx - (x0 + x1) / 2)
        if d < best_d:
            best, best_d = kind, d
    return best


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


_LAYOUTS: dict[int, tuple[Page, list[Line], PageLayout]] = {}


def content_lines(page: Page) -> tuple[list[Line], PageLayout]:
    """The page's report lines and their layout (computed once per page object)."""
    hit = _LAYOUTS.get(id(page))
    if hit is not None and hit[0] is page:
        return hit[1], hit[2]
    lines = [ln for ln in page.lines if not ln.repeated]
    layout = page_layout(page, lines)
    if len(_LAYOUTS) > 2_000:
        _LAYOUTS.clear()
    _LAYOUTS[id(page)] = (page, lines, layout)
    return lines, layout


def _lab_lines(doc: Document) -> Iterable[tuple[Line, str, str, bool]]:
    """Yield (line, label, rest, out_of_range_column) for lines that look like rows; joins a
    label-only line with a value-only line just below it (labs that print the value under the
    label). Previous-result columns are dropped; skipped regions are not read."""
    for page in doc.pages:
        lines, layout = content_lines(page)
        for i, line in enumerate(lines):
            if i in layout.skip:
                continue
            cells = [c for c in line.cells if c.text.strip()]
            out_col = False
            header = layout.columns.get(i)
            if header is not None:
                kinds = [_column_of(c, header) for c in cells]
                kept = [c for c, k in zip(cells, kinds, strict=True) if k != "previous"]
                out_col = next((k for c, k in zip(cells, kinds, strict=True)
                                if k in ("out", "pos_low", "pos_high")
                                and _LABEL_STOP.match(c.text)), False)
                if kept:
                    cells = kept
            segments = _side_by_side(cells)
            if len(segments) > 1:  # two tables printed side by side on one line
                for seg in segments:
                    split = _split_label(line, seg)
                    if split:
                        yield line, *split, out_col
                continue
            split = _split_label(line, cells)
            if split:
                yield line, *split, out_col
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            words = line.text.split()
            if (nxt is not None and i + 1 not in layout.skip and 0 < len(words) <= 8
                    and _has_letters(line.text) and nxt.cells
                    and _VALUE_ONLY.match(nxt.cells[0].text)
                    and nxt.bbox[1] - line.bbox[3] < (line.bbox[3] - line.bbox[1]) * 1.5):
                merged = _merge(line, nxt)
                rest = "  ".join(c.text for c in nxt.cells)
                yield merged, line.text.strip().rstrip(":："), rest, False


def _merge(a: Line, b: Line) -> Line:
    return Line(text=f"{a.text} {b.text}", bbox=_union(a.bbox, b.bbox), page=a.page,
                words=list(a.words) + list(b.words), cells=list(a.cells) + list(b.cells),
                bold=a.bold or b.bold, repeated=False)


def extract_lab_findings(doc: Document, kb: KnowledgeBase, sex: str | None = None) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[tuple] = set()
    for line, label, rest, out_col in _lab_lines(doc):
        if _NARRATIVE_HEAD.match(line.text) or _EXAM_LABEL.match(line.text):
            continue
        if _is_prose(label, rest, line):
            continue
        row = _parse_row(line, label, rest, sex)
        if row is None:
            # cells glued together ("天门冬氨酸氨基转移酶(AST) 43.60↑U/L"): read the text
            cells = [c.text for c in line.cells if c.text.strip()]
            if re.fullmatch(r"\d{1,3}[.、]?", cells[0] if cells else ""):
                cells = cells[1:]
            again = split_text("  ".join(cells), glued=True)
            if again is None or again == (label, rest) or _is_prose(*again, line):
                continue
            row = _parse_row(line, *again, sex)
            if row is None:
                continue
        if out_col and not row.printed_flag:
            # the value sits in the "Out of range" (or "Low"/"High") column
            row.printed_flag = {"pos_low": "L", "pos_high": "H"}.get(out_col, "A")
        f = _judge(row, kb, sex)
        if f is None:
            continue
        # an unknown test counts only with a printed range or a printed flag: keeps address
        # lines, dates and table debris out, while any real abnormal row still gets a card
        if f.key is None and not row.range_text and f.flag == "normal":
            continue
        if f.key is None and not _plausible_test_name(f.label, line):
            continue
        dedup = (f.page, f.label.casefold(), f.value, f.unit, f.reference_range)
        if dedup in seen:
            continue
        seen.add(dedup)
        findings.append(f)
    return findings


# The report's own summary is read by core/summary.py as a checklist, not here.
SUMMARY_HEAD = re.compile(
    r"^[\s【\[（(■●★◆▲#*]*(?:[一二三四五六七八九十]+[、.．]\s*)?(?:阳性结果(?:及异常情况)?(?:汇总|一览)?|"
    r"异常(?:结果|情况|指标|项目)(?:汇总|提示|一览|及建议)?|(?:主要)?(?:阳性|异常)(?:发现|体征)|"
    r"总检(?:结论|意见|报告)|体检(?:结论|小结|总结)|综合(?:结论|分析)|重要(?:异常|提示)(?:结果)?|"
    r"本次体检(?:发现|主要问题|异常)|主要(?:问题|异常)|健康问题(?:汇总)?|"
    r"summary\s+of\s+(?:abnormal|positive|key|significant|out[- ]of[- ]range)\s+"
    r"(?:findings|results|values|tests)|(?:abnormal|flagged|out[- ]of[- ]range|significant)\s+"
    r"(?:findings|results|values|tests)(?:\s+summary|\s+at\s+a\s+glance)?|"
    r"results?\s+at\s+a\s+glance|key\s+(?:findings|results)|positive\s+findings|"
    r"(?:results|values|tests|parameters|findings)\s+(?:(?:out(?:side)?\s+of|outside)\s+(?:the\s+)?"
    r"(?:reference\s+|normal\s+)?range|requiring\s+attention|of\s+concern|to\s+(?:note|discuss))|"
    r"findings\s+(?:requiring|that\s+need)\s+attention|areas?\s+of\s+concern|"
    r"tests?\s+outside\s+(?:the\s+)?(?:reference|normal)\s+range|health\s+summary|summary)"
    r"[】\]）)]?\s*(?:[:：(（].*)?$",
    re.IGNORECASE,
)


_NUMBERED = re.compile(r"^\s*(?:\d{1,2}\s*[.、)）]|[①-⑳]|[（(]\d{1,2}[)）]|[•·-]\s)")


def _narrative_blocks(doc: Document) -> Iterable[tuple[list[Line], str]]:
    """Runs of lines under a conclusion heading, and exam lines ("ECG: ...")."""
    for page in doc.pages:
        lines, layout = content_lines(page)
        i = 0
        while i < len(lines):
            line = lines[i]
            if i in layout.skip:
                i += 1
                continue
            exam = _EXAM_LABEL.match(line.text)
            head = _NARRATIVE_HEAD.match(line.text)
            if exam and not head:
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
                    height = max(4.0, block[-1].bbox[3] - block[-1].bbox[1])
                    numbered = bool(_NUMBERED.match(nxt.text))
                    if (j in layout.skip or gap > 2.5 * height
                            or (gap > 1.2 * height and not numbered)
                            or _NARRATIVE_HEAD.match(nxt.text) or _EXAM_LABEL.match(nxt.text)
                            or _BLOCK_END.match(nxt.text) or _is_section_break(nxt)
                            or SUMMARY_HEAD.match(nxt.text)
                            or re.search(rf"{NUM}\s*(?:-|–|—|~|～)\s*{NUM}", nxt.text)):
                        break
                    block.append(nxt)
                    texts.append(nxt.text)
                    j += 1
                yield block, " ".join(texts)
                i = j
                continue
            i += 1


# "结节，大小约6×5mm": the size after a comma belongs to the finding before it
_SIZE_JOIN = re.compile(
    r"[，,]\s*(?=(?:大小|直径|最大径|范围|约|size|measuring|sized)\s*(?:约|为|:|：)?\s*\d)", re.I)


def split_statements(text: str) -> list[str]:
    """The statements of a conclusion: sentences and numbered list items, numbers removed."""
    out = []
    for sentence in _SENTENCE_SPLIT.split(text):
        sentence = sentence.strip(" .;；。-•·")
        sentence = re.sub(r"^(?:\d{1,2}\s*[.)、）]|[①-⑳]|[（(]\d{1,2}[)）])\s*", "", sentence)
        sentence = sentence.strip(" .;；。-•·")
        if len(sentence) >= 2 and _has_letters(sentence):
            out.append(sentence)
    return out


def extract_narrative_findings(doc: Document, kb: KnowledgeBase) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[tuple] = set()
    for block, text in _narrative_blocks(doc):
        bbox = block[0].bbox
        for ln in block[1:]:
            bbox = _union(bbox, ln.bbox)
        for sentence in split_statements(text):
            if len(sentence) < 2 or kb.is_normal_statement(sentence):
                continue
            # the sentence as printed is the evidence: find the line(s) that hold it
            holder = next((ln for ln in block if sentence[:20] in ln.text), block[0])
            rules = kb.match_findings(_SIZE_JOIN.sub(" ", sentence))
            keys = [rule.key for rule in rules]
            if not keys and _ABNORMAL_WORDS.search(fold_radicals(sentence)) \
                    and not _NEGATED.match(sentence):
                keys = [None]
            benign = {r.key for r in rules if r.benign_reason is not None}
            for key in keys:
                if (block[0].page, key, sentence) in seen:
                    continue
                seen.add((block[0].page, key, sentence))
                # a usually harmless finding (a normal variant): no card; core/summary.py
                # lists it under "also in your report"
                flag = "normal" if key in benign else "finding"
                findings.append(_narrative(sentence, key, holder, bbox, flag))
    return findings


def _narrative(sentence: str, key: str | None, line: Line, bbox: BBox,
               flag: str = "finding") -> Finding:
    return Finding(label=sentence[:120], value="", unit="", reference_range="", flag=flag,
                   page=line.page, bbox=tuple(bbox), text=line.text, kind="narrative", key=key)


def finding_group(kb: KnowledgeBase, f: Finding) -> str | None:
    """The knowledge-base card group a finding belongs to (None: unknown)."""
    if f.key is None:
        return None
    if f.kind == "lab":
        analyte = kb.analyte(f.key)
        return analyte.group if analyte else None
    rule = next((r for r in kb.findings if r.key == f.key), None)
    return rule.group if rule else None


def extract_findings(doc: Document, kb: KnowledgeBase) -> list[Finding]:
    sex = detect_sex(doc)
    labs = extract_lab_findings(doc, kb, sex)
    narrative = extract_narrative_findings(doc, kb)
    # a conclusion that restates an abnormal row ("小结：体重指数偏高" under the BMI row) is
    # already on that row's card
    lab_groups = {finding_group(kb, f) for f in labs if f.flag != "normal"} - {None}
    narrative = [f for f in narrative if not _restates(kb, f, lab_groups)]
    return labs + _joined(kb, narrative)


def _joined(kb: KnowledgeBase, narrative: list[Finding]) -> list[Finding]:
    """A finding whose rule `joins` another rule that fired elsewhere in the report becomes
    evidence of that rule's card ("颈动脉内中膜增厚" on the page of "颈动脉斑块")."""
    fired = {f.key for f in narrative if f.key and f.flag != "normal"}
    out = []
    seen = set()
    for f in narrative:
        rule = kb.finding_rule(f.key) if f.key else None
        target = next((k for k in rule.joins if k in fired), None) if rule else None
        if target:
            f = f.model_copy(update={"key": target})
        if (f.page, f.key, f.label) in seen:
            continue  # "双侧乳腺增生，BI-RADS 2类": one sentence, one piece of evidence
        seen.add((f.page, f.key, f.label))
        out.append(f)
    return out


def _restates(kb: KnowledgeBase, f: Finding, lab_groups: set[str]) -> bool:
    if f.key is not None:
        return finding_group(kb, f) in lab_groups
    # an unknown statement that names a test ("血压明显升高") restates that test's row
    return any(a.group in lab_groups for a in kb.analyte_mentions(f.label))
