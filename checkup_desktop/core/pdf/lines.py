"""Line geometry: MuPDF's characters -> words (bold, displayed coordinates) -> visual lines
split into cells at column breaks."""

from __future__ import annotations

import math
import re

import pymupdf

from ..textnorm import normalize
from .document import BBox, Cell, Line, Word

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


def _span_bold(span: dict) -> bool:
    # font flag, MuPDF's own bold detection, or a fill+stroke render ("fake bold")
    char_flags = span.get("char_flags", 0)
    return bool(
        span.get("flags", 0) & pymupdf.TEXT_FONT_BOLD
        or char_flags & pymupdf.mupdf.FZ_STEXT_BOLD
        or (char_flags & 48) == 48  # FZ_STEXT_FILLED | FZ_STEXT_STROKED
        or _BOLD_FONT.search(span.get("font", ""))
    )


class Transform:
    """Maps text coordinates to the page as displayed (only needed for /Rotate pages)."""

    def __init__(self, page: pymupdf.Page):
        self.matrix = page.rotation_matrix if page.rotation % 360 else None

    def direction(self, d: tuple[float, float]) -> tuple[float, float]:
        if self.matrix is None:
            return d
        m = self.matrix
        return (d[0] * m.a + d[1] * m.c, d[0] * m.b + d[1] * m.d)

    def bbox(self, b: tuple[float, float, float, float]) -> BBox:
        if self.matrix is None:
            return b
        return tuple(pymupdf.Rect(b) * self.matrix)  # type: ignore[return-value]


def _union(boxes: list[BBox]) -> BBox:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def line_words(line: dict, tf: Transform) -> list[Word]:
    """Words of one MuPDF line: split at whitespace, bold by majority of characters."""
    words: list[Word] = []
    chars: list[str] = []
    bold = 0
    inf = math.inf
    x0 = y0 = inf
    x1 = y1 = -inf
    for span in line["spans"]:
        span_bold = _span_bold(span)
        size = span.get("size", 0.0) or 1.0
        for ch in span["chars"]:
            c = ch["c"]
            if not c or c.isspace():
                if chars:
                    _add_word(words, chars, (x0, y0, x1, y1), bold, tf)
                    chars, bold = [], 0
                    x0 = y0 = inf
                    x1 = y1 = -inf
                continue
            cx0, cy0, cx1, cy1 = ch["bbox"]
            if cy1 - cy0 < 0.5:  # degenerate glyph boxes (Type 3 fonts): use the font size
                oy = ch["origin"][1]
                cy0, cy1 = oy - 0.8 * size, oy + 0.2 * size
            chars.append(c)
            bold += span_bold
            # scalar compares: this loop runs for every character of the report
            if cx0 < x0:
                x0 = cx0
            if cy0 < y0:
                y0 = cy0
            if cx1 > x1:
                x1 = cx1
            if cy1 > y1:
                y1 = cy1
    if chars:
        _add_word(words, chars, (x0, y0, x1, y1), bold, tf)
    return words


def _add_word(words: list[Word], chars: list[str], bbox: BBox, bold: int, tf: Transform) -> None:
    text = normalize("".join(chars))
    if text:
        words.append(Word(text, tf.bbox(bbox), bold * 2 > len(chars)))


class Fragment:
    """The words of one MuPDF line: they share a baseline, so they stay together."""

    __slots__ = ("words", "x0", "y0", "x1", "y1")

    def __init__(self, words: list[Word]):
        self.words = words
        self.x0, self.y0, self.x1, self.y1 = _union([w.bbox for w in words])


def group_lines(fragments: list[Fragment], number: int) -> list[Line]:
    """Merge MuPDF lines into visual lines: MuPDF splits a table row into many lines."""
    fragments.sort(key=lambda f: f.y0 + f.y1)
    groups: list[list[Fragment]] = []
    bands: list[tuple[float, float]] = []  # vertical extent of each group's tallest fragment
    for f in fragments:
        y0, y1 = f.y0, f.y1
        h = y1 - y0
        best, best_ratio = -1, 0.5
        # sorted by centre, so a matching group is among the most recent few
        for gi in range(len(groups) - 1, max(-1, len(groups) - 13), -1):
            b0, b1 = bands[gi]
            if b1 <= y0 or b0 >= y1:
                continue
            # 2.5x taller or shorter is not on this line (e.g. a big watermark)
            bh = b1 - b0
            if h > 2.5 * bh or bh > 2.5 * h:
                continue
            ratio = (min(y1, b1) - max(y0, b0)) / max(min(h, bh), 0.1)
            if ratio >= best_ratio and not _collides(groups[gi], f):
                best, best_ratio = gi, ratio
        if best < 0:
            groups.append([f])
            bands.append((y0, y1))
        else:
            groups[best].append(f)
            if h > bands[best][1] - bands[best][0]:
                bands[best] = (y0, y1)
    return [make_line([w for f in g for w in f.words], number) for g in groups]


def _collides(group: list[Fragment], f: Fragment) -> bool:
    """True when a word of `f` overlaps a word of the group: it is a line above or below.

    Text printed twice at the same spot (a common "fake bold") is not a collision; the
    duplicate is dropped later in make_line.
    """
    for g in group:
        if g.x1 <= f.x0 or f.x1 <= g.x0:  # cheap test first: most fragments sit side by side
            continue
        if len(g.words) * len(f.words) > 40_000:  # hostile input: don't go quadratic
            return True
        for w in f.words:
            wx0, _, wx1, _ = w.bbox
            for o in g.words:
                ox0, _, ox1, _ = o.bbox
                overlap = (ox1 if ox1 < wx1 else wx1) - (ox0 if ox0 > wx0 else wx0)
                if overlap > 0 and overlap > 0.3 * min(ox1 - ox0, wx1 - wx0) + 0.01:
                    if not _same_spot(o, w):
                        return True
    return False


def _same_spot(a: Word, b: Word) -> bool:
    """The same text drawn twice at (almost) the same place."""
    tol = 0.3 * max(a.bbox[3] - a.bbox[1], 0.1)
    return (
        a.text == b.text
        and abs(a.bbox[0] - b.bbox[0]) < tol
        and abs(a.bbox[1] - b.bbox[1]) < tol
    )


def _dedupe(words: list[Word]) -> list[Word]:
    """Drop a word repeated at (almost) the same position and mark the kept one bold."""
    out: list[Word] = []
    for w in words:
        prev = out[-1] if out else None
        if prev is not None and _same_spot(prev, w):
            out[-1] = Word(prev.text, _union([prev.bbox, w.bbox]), True)
        else:
            out.append(w)
    return out


def _bold_share(words: list[Word]) -> bool:
    total = sum(len(w.text) for w in words)
    return sum(len(w.text) for w in words if w.bold) * 2 > total


def make_line(words: list[Word], number: int, *, repeated: bool = False) -> Line:
    words = _dedupe(sorted(words, key=lambda w: w.bbox[0])) if not repeated else words
    char_widths = [(w.bbox[2] - w.bbox[0]) / len(w.text) for w in words]
    median = sorted(char_widths)[len(char_widths) // 2]
    # a column break: wider than two average characters, capped at 12 pt for large fonts
    gap_limit = min(2.0 * median, max(12.0, median))
    cells: list[Cell] = []
    run: list[Word] = []
    for w in words:
        if run and not repeated and w.bbox[0] - run[-1].bbox[2] > gap_limit:
            cells.append(_make_cell(run))
            run = []
        run.append(w)
    cells.append(_make_cell(run))
    return Line(
        text=" ".join(w.text for w in words),
        bbox=_union([w.bbox for w in words]),
        page=number,
        words=words,
        cells=cells,
        bold=_bold_share(words),
        repeated=repeated,
    )


def _make_cell(words: list[Word]) -> Cell:
    return Cell(" ".join(w.text for w in words), _union([w.bbox for w in words]),
                _bold_share(words))
