"""Lab rows of a document -> lab findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checkup_desktop.core.extract.flags import _LABEL_STOP, _VALUE_ONLY
from checkup_desktop.core.extract.judge import _judge
from checkup_desktop.core.extract.layout import _NARRATIVE_HEAD, _column_of, content_lines
from checkup_desktop.core.extract.narrative import _EXAM_LABEL
from checkup_desktop.core.extract.rows import (
    _has_letters,
    _is_prose,
    _parse_row,
    _plausible_test_name,
    _side_by_side,
    _split_label,
    _union,
    split_text,
)
from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import Finding
from checkup_desktop.core.pdf import Document, Line


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
