"""Narrative findings: statements under a conclusion heading and exam lines ("ECG: ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checkup_desktop.core.extract.layout import (
    _NARRATIVE_HEAD,
    SUMMARY_HEAD,
    _is_section_break,
    content_lines,
)
from checkup_desktop.core.extract.rows import _has_letters, _union
from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import BBox, Finding
from checkup_desktop.core.pdf import Document, Line
from checkup_desktop.core.ranges import NUM
from checkup_desktop.core.textnorm import fold_radicals

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
