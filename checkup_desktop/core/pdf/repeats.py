"""Headers, footers, barcodes: lines that are not report content are marked ``repeated``."""

from __future__ import annotations

import math
import re
from collections import defaultdict

from .document import Line, Page

_BARCODE = re.compile(r"\*[^\s*]{3,}\*")  # Code 39 human-readable text, e.g. "*439854467*"
_DIGITS = re.compile(r"\d+")

# Repeated header/footer: same text (digits masked) at about the same height on most pages.
_REPEAT_SHARE = 0.6


def mark_repeated(pages: list[Page]) -> None:
    """Flag barcode text and lines that recur at the same height on most pages."""
    seen: dict[str, list[tuple[float, Line]]] = defaultdict(list)
    for page in pages:
        for line in page.lines:
            if _BARCODE.fullmatch(line.text.replace(" ", "")):
                line.repeated = True
            elif not line.repeated:
                key = _DIGITS.sub("#", line.text.lower())
                seen[key].append(((line.bbox[1] + line.bbox[3]) / 2, line))
    if len(pages) < 2:
        return
    need = max(2, math.ceil(_REPEAT_SHARE * len(pages)))
    tolerance = max(6.0, 0.03 * max(p.height for p in pages))
    recurring: set[int] = set()
    for found in seen.values():
        if len({ln.page for _, ln in found}) < need:
            continue
        for y, _ in found:
            near = [ln for y2, ln in found if abs(y2 - y) <= tolerance]
            if len({ln.page for ln in near}) >= need:
                recurring.update(id(ln) for ln in near)
    for page in pages:
        lines = [ln for ln in page.lines if not ln.repeated]
        # A page made only of recurring lines is a second copy of the same page, not
        # boilerplate: flagging it would hide every result on it.
        if lines and all(id(ln) in recurring for ln in lines):
            continue
        for ln in lines:
            if id(ln) in recurring:
                ln.repeated = True
