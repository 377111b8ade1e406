"""Step 1 of the pipeline (DESIGN §3): a check-up PDF -> positioned lines of text.

Every page is read once with ``get_text("rawdict")`` (one C call, ~10 ms a page).
``Page.find_tables`` is deliberately not used: on the 10-page Lal PathLabs report it takes
~90 ms a page and finds no table at all, because lab reports are mostly borderless tables.
Instead words are grouped into visual lines by geometry and split into cells at wide
horizontal gaps (column breaks).

Bad files become typed ``ReportError``s with a plain message; no other exception leaves
``read_pdf`` or ``render_page``.
"""

from __future__ import annotations

import math
import re
import threading
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from .errors import (
    CorruptPdfError,
    EmptyPdfError,
    NotAPdfError,
    PasswordRequiredError,
    ReportError,
    TooLargeError,
)
from .textnorm import normalize

BBox = tuple[float, float, float, float]

MAX_PAGES = 200
MAX_BYTES = 100 * 1024 * 1024

# rawdict without image blocks: decoding embedded images is most of the cost of "dict".
_TEXT_FLAGS = pymupdf.TEXTFLAGS_RAWDICT & ~pymupdf.TEXT_PRESERVE_IMAGES
# COLLECT_STYLES reports fill+stroke text, the "fake bold" some labs (hsuit-module3) use to
# mark abnormal values. It is quadratic in MuPDF (2,500 words 0.08 s, 40,000 words 20 s), so
# it is used only on pages whose content stream sets a stroking text render mode, and only
# when the page has fewer characters than this.
_STYLED_FLAGS = _TEXT_FLAGS | pymupdf.TEXT_COLLECT_STYLES
_STYLES_MAX_CHARS = 8000
_STROKED_TEXT = re.compile(rb"(?<![\d.])[12]\s+Tr\b")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_BARCODE = re.compile(r"\*[^\s*]{3,}\*")  # Code 39 human-readable text, e.g. "*439854467*"
_DIGITS = re.compile(r"\d+")

# A page is "image only" when almost no text sits on a page mostly covered by images.
_IMAGE_ONLY_MAX_CHARS = 20
_IMAGE_ONLY_MIN_COVER = 0.30
# Repeated header/footer: same text (digits masked) at about the same height on most pages.
_REPEAT_SHARE = 0.6
# Renders larger than this are scaled down: a poster-sized page at zoom 2 would need GBs.
_MAX_RENDER_PIXELS = 40_000_000

# MuPDF is not thread-safe and its error display switch is global: one reader at a time.
_MUPDF_LOCK = threading.RLock()


@dataclass(frozen=True)
class Word:
    text: str
    bbox: BBox
    bold: bool = False


@dataclass(frozen=True)
class Cell:
    """Adjacent words of one line between two column breaks."""

    text: str
    bbox: BBox
    bold: bool = False


@dataclass
class Line:
    text: str  # words joined with single spaces, NFKC-normalised
    bbox: BBox
    page: int  # 1-based
    words: list[Word]
    cells: list[Cell]
    # most of its characters are bold; labs that bold only the value show it in Cell.bold
    bold: bool = False
    # header/footer/watermark/barcode text: not report content; extraction skips it
    repeated: bool = False


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line]
    image_only: bool = False  # a scan: needs the vision model or is reported unread
    has_text: bool = False  # at least one non-space character in its text layer


@dataclass
class Document:
    path: str
    page_count: int
    pages: list[Page]
    # kept so render_page(document, ...) can reopen a protected file
    password: str | None = field(default=None, repr=False, compare=False)

    @property
    def unread_pages(self) -> list[int]:
        return [p.number for p in self.pages if p.image_only]

    def page(self, number: int) -> Page:
        return self.pages[number - 1]

    def full_text(self, page: int, *, skip_repeated: bool = False) -> str:
        lines = self.page(page).lines
        return "\n".join(ln.text for ln in lines if not (skip_repeated and ln.repeated))


# ---------------------------------------------------------------- opening


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(1, round(n / 1024))} KB"
    return f"{n / (1024 * 1024):.0f} MB"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLargeError(
                f"This file is {_size(size)}, larger than the {_size(max_bytes)} this app can "
                "open. Please use a smaller copy of the report."
            )
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise ReportError(f'The file "{path.name}" could not be found.') from None
    except IsADirectoryError:
        raise ReportError(f'"{path.name}" is a folder, not a PDF file.') from None
    except OSError as exc:
        raise ReportError(
            f'The file "{path.name}" could not be opened ({exc.strerror or "read error"}).'
        ) from None
    if len(data) > max_bytes:  # the file grew while we read it
        raise TooLargeError(f"This file is larger than the {_size(max_bytes)} this app can open.")
    if not data.strip():
        raise NotAPdfError("This file is empty. Please choose the PDF of your report.")
    # MuPDF tolerates up to 1 KB of junk before the header; a file with no header at all is
    # some other format (a photo, a Word file) even if its name ends in .pdf.
    if b"%PDF-" not in data[:1024]:
        raise NotAPdfError(
            "This file is not a PDF. Please choose the PDF of your report "
            "(photos and Word files cannot be read)."
        )
    return data


@contextmanager
def _quiet_mupdf() -> Iterator[None]:
    """Silence MuPDF's stderr chatter; its messages are read via mupdf_warnings() instead."""
    with _MUPDF_LOCK:
        before = pymupdf.TOOLS.mupdf_display_errors()
        pymupdf.TOOLS.mupdf_display_errors(False)
        _clear_warnings()
        try:
            yield
        finally:
            _clear_warnings()
            pymupdf.TOOLS.mupdf_display_errors(bool(before))


def _clear_warnings() -> None:
    # mupdf_warnings() first flushes MuPDF's pending "... repeated N times" line, which
    # reset_mupdf_warnings() alone would leave to surface during the next document.
    pymupdf.TOOLS.mupdf_warnings(reset=True)


def _corrupt() -> CorruptPdfError:
    return CorruptPdfError(
        "This PDF file is damaged and cannot be read. It may not have downloaded completely; "
        "please get a fresh copy of the report."
    )


def _open(data: bytes, password: str | None) -> pymupdf.Document:
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception:
        raise _corrupt() from None
    try:
        if doc.needs_pass:
            if password is None:
                raise PasswordRequiredError(
                    "This PDF is protected by a password. Enter the password to open it."
                )
            if not doc.authenticate(password):
                raise PasswordRequiredError(
                    "The password is not correct. Enter the password of this PDF to open it."
                )
        if doc.page_count < 1:
            # no pages after MuPDF had to repair the file: its page list is broken
            if doc.is_repaired or pymupdf.TOOLS.mupdf_warnings(reset=False):
                raise _corrupt()
            raise EmptyPdfError("This PDF has no pages, so there is nothing to read.")
    except ReportError:
        doc.close()
        raise
    except Exception:
        doc.close()
        raise _corrupt() from None
    return doc


# ---------------------------------------------------------------- reading


def read_pdf(
    path: str | Path,
    *,
    password: str | None = None,
    max_pages: int = MAX_PAGES,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Read every page of a report into positioned lines; raises only ReportError."""
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    with _quiet_mupdf():
        doc = _open(data, password)
        try:
            pages, damaged = _read_pages(doc, max_pages)
        finally:
            doc.close()
    if damaged and not any(p.has_text or p.image_only for p in pages):
        # e.g. a truncated download: MuPDF opens it but every content stream fails
        # ("zlib error"), leaving blank pages rather than raising.
        raise _corrupt()
    _mark_repeated(pages)
    return Document(path=str(path), page_count=len(pages), pages=pages, password=password)


def _read_pages(doc: pymupdf.Document, max_pages: int) -> tuple[list[Page], bool]:
    try:
        count = doc.page_count
    except Exception:
        raise _corrupt() from None
    if count > max_pages:
        raise TooLargeError(
            f"This report has {count} pages; this app reads reports of up to {max_pages} pages."
        )
    pages: list[Page] = []
    damaged = False
    for index in range(count):
        _clear_warnings()
        try:
            page = _read_page(doc.load_page(index), index + 1)
        except Exception:  # a broken page must not cost the whole report
            page, damaged = _unreadable_page(doc, index), True
        if not page.has_text and pymupdf.TOOLS.mupdf_warnings():
            damaged = True
        pages.append(page)
    return pages, damaged


def _unreadable_page(doc: pymupdf.Document, index: int) -> Page:
    try:
        rect = doc.load_page(index).rect
        width, height = rect.width, rect.height
    except Exception:
        width, height = 595.0, 842.0  # A4: the page size of nearly every lab report
    return Page(index + 1, width, height, [])


def _span_bold(span: dict) -> bool:
    # font flag, MuPDF's own bold detection, or a fill+stroke render ("fake bold")
    char_flags = span.get("char_flags", 0)
    return bool(
        span.get("flags", 0) & pymupdf.TEXT_FONT_BOLD
        or char_flags & pymupdf.mupdf.FZ_STEXT_BOLD
        or (char_flags & 48) == 48  # FZ_STEXT_FILLED | FZ_STEXT_STROKED
        or _BOLD_FONT.search(span.get("font", ""))
    )


class _Transform:
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


def _line_words(line: dict, tf: _Transform) -> list[Word]:
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


def _add_word(words: list[Word], chars: list[str], bbox: BBox, bold: int, tf: _Transform) -> None:
    text = normalize("".join(chars))
    if text:
        words.append(Word(text, tf.bbox(bbox), bold * 2 > len(chars)))


def _read_page(page: pymupdf.Page, number: int) -> Page:
    tf = _Transform(page)
    raw = page.get_text("rawdict", flags=_TEXT_FLAGS)
    if _has_stroked_text(page) and _char_count(raw) < _STYLES_MAX_CHARS:
        raw = page.get_text("rawdict", flags=_STYLED_FLAGS)
    flowing: list[_Fragment] = []
    rotated: list[list[Word]] = []
    for block in raw.get("blocks", ()):
        for line in block.get("lines", ()):
            words = _line_words(line, tf)
            if not words:
                continue
            dx, dy = tf.direction(line["dir"])
            if dx > 0 and abs(dy) < 0.1:
                flowing.append(_Fragment(words))
            else:
                rotated.append(words)
    lines = _group_lines(flowing, number)
    # Rotated or vertical text in a lab report is a watermark or a margin note, not a result.
    lines += [_make_line(words, number, repeated=True) for words in rotated]
    lines.sort(key=lambda ln: (ln.bbox[1], ln.bbox[0]))

    chars = sum(len(ln.text) - ln.text.count(" ") for ln in lines)
    rect = page.rect
    image_only = chars < _IMAGE_ONLY_MAX_CHARS and _image_cover(page) > _IMAGE_ONLY_MIN_COVER
    return Page(number, rect.width, rect.height, lines, image_only, chars > 0)


def _has_stroked_text(page: pymupdf.Page) -> bool:
    try:
        return _STROKED_TEXT.search(page.read_contents()) is not None
    except Exception:  # an unreadable stream only costs the fake-bold detection
        return False


def _char_count(raw: dict) -> int:
    return sum(
        len(span["chars"])
        for block in raw.get("blocks", ())
        for line in block.get("lines", ())
        for span in line["spans"]
    )


def _image_cover(page: pymupdf.Page) -> float:
    """Share of the page covered by images; summed, since some scanners store strips."""
    # image boxes are in unrotated page space
    bounds = page.rect * page.derotation_matrix if page.rotation % 360 else page.rect
    area = abs(bounds)
    if area <= 0:
        return 0.0
    covered = 0.0
    for info in page.get_image_info():
        r = pymupdf.Rect(info["bbox"]) & bounds
        if r.is_valid and not r.is_empty:
            covered += abs(r)
    return min(covered / area, 1.0)


class _Fragment:
    """The words of one MuPDF line: they share a baseline, so they stay together."""

    __slots__ = ("words", "x0", "y0", "x1", "y1")

    def __init__(self, words: list[Word]):
        self.words = words
        self.x0, self.y0, self.x1, self.y1 = _union([w.bbox for w in words])


def _group_lines(fragments: list[_Fragment], number: int) -> list[Line]:
    """Merge MuPDF lines into visual lines: MuPDF splits a table row into many lines."""
    fragments.sort(key=lambda f: f.y0 + f.y1)
    groups: list[list[_Fragment]] = []
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
    return [_make_line([w for f in g for w in f.words], number) for g in groups]


def _collides(group: list[_Fragment], f: _Fragment) -> bool:
    """True when a word of `f` overlaps a word of the group: it is a line above or below.

    Text printed twice at the same spot (a common "fake bold") is not a collision; the
    duplicate is dropped later in _make_line.
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


def _make_line(words: list[Word], number: int, *, repeated: bool = False) -> Line:
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


def _mark_repeated(pages: list[Page]) -> None:
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


# ---------------------------------------------------------------- rendering


def render_page(
    path_or_doc: str | Path | Document,
    page_number: int,
    *,
    zoom: float = 2.0,
    password: str | None = None,
) -> bytes:
    """PNG of one page (1-based) as displayed, for the highlight view and the vision model."""
    if isinstance(path_or_doc, Document):
        path = Path(path_or_doc.path)
        password = password if password is not None else path_or_doc.password
    else:
        path = Path(path_or_doc)
    data = _read_bytes(path, MAX_BYTES)
    with _quiet_mupdf():
        doc = _open(data, password)
        try:
            if not 1 <= page_number <= doc.page_count:
                raise ReportError(f"Page {page_number} is not in this report.")
            page = doc.load_page(page_number - 1)
            zoom = max(0.05, float(zoom))
            pixels = abs(page.rect) * zoom * zoom
            if pixels > _MAX_RENDER_PIXELS:
                zoom *= math.sqrt(_MAX_RENDER_PIXELS / pixels)
            pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
            return pix.tobytes("png")
        except ReportError:
            raise
        except Exception:
            raise _corrupt() from None
        finally:
            doc.close()
