"""Lab rows and narrative statements -> Finding rows (DESIGN §3 step 2).

A lab row is read as: label, then an optional flag, the value (number or qualitative word), an
optional flag, then unit and reference range in any order. Abnormality is judged from the value
against the printed range (or the knowledge base's default range when none is printed), never
from a printed flag that contradicts it: real templates print "Normal" beside platelets 20000
of 150000-410000.

Modules: flags.py (flag and value words), units.py (units and ranges in a row), rows.py (a
row's cells, label and parsed row), judge.py (abnormality), layout.py (page regions that are not
findings: tables of contents, trend tables, explanation pages; the report's summary),
narrative.py (conclusion statements), labs.py (lab findings), findings.py (both together).
"""

from __future__ import annotations

from checkup_desktop.core.extract.findings import extract_findings, finding_group
from checkup_desktop.core.extract.judge import detect_sex, direction_is_benign
from checkup_desktop.core.extract.labs import extract_lab_findings
from checkup_desktop.core.extract.layout import (
    SUMMARY_HEAD,
    PageLayout,
    content_lines,
    page_layout,
)
from checkup_desktop.core.extract.narrative import extract_narrative_findings, split_statements
from checkup_desktop.core.extract.rows import split_text

__all__ = [
    "SUMMARY_HEAD",
    "PageLayout",
    "content_lines",
    "detect_sex",
    "direction_is_benign",
    "extract_findings",
    "extract_lab_findings",
    "extract_narrative_findings",
    "finding_group",
    "page_layout",
    "split_statements",
    "split_text",
]
