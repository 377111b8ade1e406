"""Lab and narrative findings of a report together (a conclusion that restates a row is
dropped; joined findings become evidence of one card).
"""

from __future__ import annotations

from checkup_desktop.core.extract.judge import detect_sex
from checkup_desktop.core.extract.labs import extract_lab_findings
from checkup_desktop.core.extract.narrative import extract_narrative_findings
from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import Finding
from checkup_desktop.core.pdf import Document


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
