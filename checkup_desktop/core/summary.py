"""The report's own summary of positive findings as a checklist (DESIGN §3, issue 10 §3).

Check-up centres print a numbered list of what they found abnormal (阳性结果 / 异常情况 /
主要阳性发现 / 总检结论, "Summary of abnormal findings"). Every item either maps to a card or
goes to `Analysis.also_in_report` with a plain-language reason, so nothing the centre flagged
silently disappears. Items already covered by a card are not listed; an item the extractors
missed gets a finding (and so a card) of its own, unless the report or the knowledge base says
it needs nothing.

Tables of contents, trend tables, explanation pages and advice are never items: the summary
region comes from the same page layout the extractors use (core/extract/layout.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checkup_desktop.core.extract import (
    SUMMARY_HEAD,
    content_lines,
    direction_is_benign,
    finding_group,
    split_statements,
)
from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import AlsoInReport, BBox, Finding
from checkup_desktop.core.pdf import Document, Line
from checkup_desktop.core.textnorm import fold_radicals

_ITEM_START = re.compile(
    r"^\s*(?:\d{1,2}\s*[.、)）](?!\d)|[①-⑳]|[（(][\d一二三四五六七八九十]{1,3}[)）]|"
    r"[一二三四五六七八九十]{1,3}[、.．]|[•●▪◆■★☆▶►◇□○]|-\s)\s*"
)
# a note under an item: advice or an explanation, never an item of its own
_NOTE = re.compile(
    r"^\s*(?:建议|说明|解释|注|备注|医生提示|健康提示|advice|recommendation|suggestion|note|comment)"
    r"\s*[:：]", re.I)
_STOP = re.compile(
    r"^\s*(?:(?:(?:主检|总检|检查|审核|报告)?(?:医生|医师)|签名|日期|doctor|physician|signature|"
    r"reported\s+by|date)\s*[:：]|(?:[一二三四五六七八九十]+[、.．]\s*)?[【\[]?(?:健康建议|医生建议|"
    r"专家建议|生活方式建议|健康指导|注意事项|温馨提示|advice|recommendations?|lifestyle\s+advice|"
    r"suggestions?)[】\]]?\s*(?:[:：]|$))", re.I)
# a numbered line that is advice, not a finding ("3. 建议复查肝功能", "Repeat lipids")
_ADVICE_ITEM = re.compile(
    r"^(?:建议|请|定期|注意|避免|戒|少吃|多吃|控制|保持|适当|加强|低盐|低脂|清淡|复查|随访|"
    r"advised?|advice|recommend\w*|please|consult|avoid|maintain|repeat|follow[- ]?up|kindly|"
    r"review\s+with)", re.I)
_NO_ACTION = re.compile(
    r"无需(?:特殊)?(?:处理|治疗|干预|复查)|不需(?:要)?(?:特殊)?(?:处理|治疗)|无临床意义|生理性|"
    r"no\s+(?:further\s+|specific\s+)?(?:action|treatment|follow[- ]?up)\s+(?:is\s+)?"
    r"(?:needed|required|necessary)|(?:is\s+)?(?:usually\s+)?(?:a\s+)?normal\s+variant|"
    r"of\s+no\s+clinical\s+significance", re.I)
_HIGH = re.compile(
    r"偏高|升高|增高|高于|超标|增多|增快|加快|\b(?:high|raised|elevated|above|increased)\b", re.I)
_LOW = re.compile(r"偏低|降低|减低|低于|减少|下降|\b(?:low|below|decreased|reduced)\b", re.I)
_POSITIVE = re.compile(r"阳性|弱阳性|\(\+\)|检出|\b(?:positive|reactive|detected)\b", re.I)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_ABNORMAL_CUE = re.compile(
    r"偏高|偏低|升高|降低|增高|减低|阳性|异常|结节|囊肿|息肉|结石|增大|增生|增厚|钙化|斑块|肥大|炎|"
    r"\b(?:high|low|raised|elevated|reduced|positive|abnormal|enlarged|nodules?|cysts?|stones?|"
    r"polyps?|lesions?)\b", re.I)

REASONS = {
    "no_action": {
        "en": "The report says no action is needed.",
        "zh": "报告写明无需处理。",
    },
    "in_range": {
        "en": "The result printed in your report is inside its printed range; you can ask your "
              "clinician whether it matters for you.",
        "zh": "报告中打印的结果在其参考范围内；您可以问医生它对您是否重要。",
    },
}


@dataclass
class SummaryItem:
    text: str  # as printed, continuation lines joined
    page: int
    bbox: BBox
    line: Line
    no_action: bool = False  # a note under the item says nothing needs to be done
    loose: bool = False  # from a paragraph, not a numbered list: kept only when it names a finding


def summary_items(doc: Document) -> list[SummaryItem]:
    """The numbered (or listed) items of the report's own summary of positive findings."""
    items: list[SummaryItem] = []
    carry = False  # the summary ran to the end of the previous page
    for page in doc.pages:
        lines, layout = content_lines(page)
        idx = list(layout.summary)
        if carry and len(layout.skip) < len(lines):
            # the list goes on at the top of the next page, up to the first other section
            lead = []
            for i, line in enumerate(lines):
                if i in layout.skip or not (_ITEM_START.match(line.text) or _NOTE.match(line.text)
                                            or lead):
                    break
                lead.append(i)
            idx = lead + [i for i in idx if i not in lead]
        carry = bool(idx) and idx[-1] == len(lines) - 1
        items += _items(lines, sorted(set(idx)))
    return items


def _items(lines: list[Line], idx: list[int]) -> list[SummaryItem]:
    items: list[SummaryItem] = []
    loose: list[Line] = []  # un-numbered lines (a summary written as one paragraph)
    in_note = False
    for i in idx:
        line = lines[i]
        text = line.text.strip()
        if SUMMARY_HEAD.match(text):
            rest = re.split(r"[:：]", text, maxsplit=1)
            if len(rest) == 2 and rest[1].strip():
                loose.append(line)
            in_note = False
            continue
        if _STOP.match(text):
            break
        if _NOTE.match(text):
            in_note = True
            if items and _NO_ACTION.search(text):
                items[-1].no_action = True
            continue
        cells = [c.text.strip() for c in line.cells if c.text.strip()]
        numbered_cell = len(cells) > 1 and re.fullmatch(r"\d{1,2}[.、]?", cells[0])
        if _ITEM_START.match(text) or numbered_cell:
            in_note = False
            body = " ".join(cells[1:]) if numbered_cell else _ITEM_START.sub("", text, count=1)
            # advice printed on the item's own line ("脂肪肝 建议：低脂饮食")
            body, _, note = _split_note(body)
            body = body.strip(" ;；,，")
            if _ADVICE_ITEM.match(body):
                in_note = True
                if items and _NO_ACTION.search(body):
                    items[-1].no_action = True
                continue
            if body:
                items.append(SummaryItem(body, line.page, tuple(line.bbox), line,
                                         no_action=bool(_NO_ACTION.search(body + " " + note))))
            continue
        if in_note:
            if items and _NO_ACTION.search(text):
                items[-1].no_action = True
            continue
        if items and line.bbox[0] > items[-1].bbox[0] + 4:  # a wrapped item line
            items[-1].text += " " + text
            items[-1].bbox = _union(items[-1].bbox, tuple(line.bbox))
            continue
        loose.append(line)
    if not items:
        for line in loose:
            if _TABLE_HEADER.match(line.text):
                continue
            text = line.text
            head = SUMMARY_HEAD.match(text)
            if head:
                text = re.split(r"[:：]", text, maxsplit=1)[1]
            for part in re.split(r"[；;]", text):
                for sentence in split_statements(part):
                    items.append(SummaryItem(sentence, line.page, tuple(line.bbox), line,
                                             no_action=bool(_NO_ACTION.search(sentence)),
                                             loose=True))
    return items


_INLINE_NOTE = re.compile(
    r"\s*(?:建议|advice|recommendation|suggestion)\s*[:：]|"
    r"\s*[:：]\s*(?=建议|请|定期|注意|避免)", re.I)
_TABLE_HEADER = re.compile(
    r"^\s*(?:序号|项目|检查项目|异常项目|异常指标|test|parameter|finding)\b", re.I)


def _split_note(body: str) -> tuple[str, str, str]:
    m = _INLINE_NOTE.search(body)
    if not m or m.start() == 0:
        return body, "", ""
    return body[:m.start()], m.group(0), body[m.end():]


_STOP_WORDS = frozenset(
    "the of in on and or with a an is are was were to for at by from high low raised elevated "
    "reduced mildly mild markedly slightly very above below range result results level levels "
    "value values test noted seen positive negative".split())


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][a-z0-9]+", text.casefold())
                     if len(w) >= 3 and w not in _STOP_WORDS)


def _union(a: BBox, b: BBox) -> BBox:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _direction(text: str) -> str:
    if _HIGH.search(text):
        return "high"
    if _LOW.search(text):
        return "low"
    return "abnormal"


def account_summary(doc: Document, findings: list[Finding], kb: KnowledgeBase,
                    lang: str = "en") -> tuple[list[Finding], list[AlsoInReport]]:
    """(findings to add, also-in-report lines) for the items of the report's own summary.

    An item whose knowledge-base group already has an abnormal finding is covered by that card.
    Otherwise: the report or the knowledge base says it needs nothing -> an also-in-report line
    with the reason; anything else -> a finding of its own, so it gets a card."""
    zh = lang.startswith("zh")
    covered = {finding_group(kb, f) for f in findings if f.flag != "normal"} - {None}
    covered_labels = {fold_radicals(f.label).casefold() for f in findings if f.flag != "normal"}
    normal_labs = {f.key: f for f in findings if f.kind == "lab" and f.flag == "normal" and f.key}
    normal_groups = {finding_group(kb, f) for f in normal_labs.values()} - {None}
    added: list[Finding] = []
    also: list[AlsoInReport] = []
    listed: set[str] = set()  # benign rules and groups already given an also-in-report line
    for item in summary_items(doc):
        text = item.text
        if kb.is_normal_statement(text):
            continue
        folded = fold_radicals(text).casefold()
        if any(folded in label or label in folded for label in covered_labels if len(label) > 3):
            continue
        words = _content_words(folded)
        if words and any(words <= _content_words(label) for label in covered_labels):
            continue  # "Protein in urine" is on the card of the row "Urine Protein"
        rules = kb.match_findings(text)
        analytes = [] if rules else kb.analyte_mentions(text)
        if item.loose and not rules and not analytes and not _ABNORMAL_CUE.search(text):
            continue  # "以上结果仅供参考" in a summary paragraph is not a finding
        harmless = [r for r in rules if r.benign_reason is not None]
        if harmless and len(harmless) == len(rules):
            reason = rules[0].benign_reason
            also.append(AlsoInReport(text=text, reason=reason.zh if zh else reason.en,
                                     page=item.page))
            listed.update(r.key for r in rules)
            listed.update(r.group for r in rules)
            continue
        # "窦性心律不齐，T波改变" or "脂肪肝；胆囊息肉": each part on its own
        rules = [r for r in rules if r.benign_reason is None]
        if (rules or analytes) and all(g in covered for g in
                                       {r.group for r in rules} | {a.group for a in analytes}):
            continue
        rules = [r for r in rules if r.group not in covered]
        analytes = [a for a in analytes if a.group not in covered]
        direction = _direction(text) if not _POSITIVE.search(text) else "abnormal"
        benign = [a for a in analytes if direction_is_benign(a, direction)]
        if benign and len(benign) == len(analytes) and benign[0].benign_reason is not None:
            reason = benign[0].benign_reason
            also.append(AlsoInReport(text=text, reason=reason.zh if zh else reason.en,
                                     page=item.page))
            listed.update(a.group for a in benign)
            continue
        if item.no_action:
            also.append(AlsoInReport(text=text, reason=REASONS["no_action"]["zh" if zh else "en"],
                                     page=item.page))
            continue
        in_range = (rules and all(r.group in normal_groups for r in rules)) or (
            analytes and all(a.key in normal_labs for a in analytes))
        if in_range:
            also.append(AlsoInReport(text=text, reason=REASONS["in_range"]["zh" if zh else "en"],
                                     page=item.page))
            continue
        new = _item_findings(item, rules, analytes, direction)
        added += new
        covered |= {finding_group(kb, f) for f in new} - {None}
        covered_labels.add(folded)
    # usually harmless results and section findings the summary does not list ("窦性心律不齐"
    # under the ECG, a positive surface antibody in the table): no card, but the report
    # printed them as not normal, so they are listed with the reason
    for f in findings:
        analyte = kb.analyte(f.key) if f.kind == "lab" and f.key else None
        if analyte is not None and analyte.benign_reason is not None \
                and analyte.group not in listed and _benign_result(analyte, f):
            listed.add(analyte.group)
            reason = analyte.benign_reason
            also.append(AlsoInReport(text=f"{f.label} {f.value}".strip(),
                                     reason=reason.zh if zh else reason.en, page=f.page))
        rule = kb.finding_rule(f.key) if f.kind == "narrative" and f.key else None
        if rule is None or rule.benign_reason is None or rule.key in listed:
            continue
        listed.add(rule.key)
        reason = rule.benign_reason
        also.append(AlsoInReport(text=f.label, reason=reason.zh if zh else reason.en,
                                 page=f.page))
    # one line per thing: the summary's item and the result it summarises share their reason
    # (the same knowledge-base entry), and the summary's wording is kept
    seen: set[str] = set()
    generic = {r["zh" if zh else "en"] for r in REASONS.values()}
    also = [a for a in also if a.reason in generic or not (a.reason in seen or seen.add(a.reason))]
    return added, also


def _benign_result(analyte, f: Finding) -> bool:
    """A result the lab printed as not normal that the knowledge base calls harmless."""
    if f.flag != "normal":
        return False
    if f.value_num is None:
        return "abnormal" in analyte.benign and bool(_POSITIVE.search(f.value))
    return (("high" in analyte.benign and f.high is not None and f.value_num > f.high)
            or ("low" in analyte.benign and f.low is not None and f.value_num < f.low))


def _item_findings(item: SummaryItem, rules, analytes, direction: str) -> list[Finding]:
    base = dict(label=item.text[:120], unit="", reference_range="", page=item.page,
                bbox=item.bbox, text=item.line.text)
    if rules:
        return [Finding(**base, value="", flag="finding", kind="narrative", key=r.key)
                for r in rules]
    if analytes:
        number = _NUMBER.search(item.text)
        word = (_HIGH.search(item.text) or _LOW.search(item.text) or _POSITIVE.search(item.text))
        value = number.group(0) if number else (word.group(0) if word else "")
        flag = direction if direction in ("high", "low") else "abnormal"
        return [Finding(**base, value=value, flag=flag, kind="lab", key=a.key,
                        value_num=None) for a in analytes]
    return [Finding(**base, value="", flag="finding", kind="narrative", key=None)]
