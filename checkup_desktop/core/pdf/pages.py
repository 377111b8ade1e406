"""Reading every page's text layer into lines, and telling a scanned page from a text page."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf

from ..errors import TooLargeError
from .document import Document, Page, Word
from .lines import Fragment, Transform, group_lines, line_words, make_line
from .opening import (
    MAX_BYTES,
    MAX_PAGES,
    clear_warnings,
    corrupt_error,
    open_document,
    quiet_mupdf,
    read_bytes,
)
from .repeats import mark_repeated

# rawdict without image blocks: decoding embedded images is most of the cost of "dict".
_TEXT_FLAGS = pymupdf.TEXTFLAGS_RAWDICT & ~pymupdf.TEXT_PRESERVE_IMAGES
# COLLECT_STYLES reports fill+stroke text, the "fake bold" some labs (hsuit-module3) use to
# mark abnormal values. It is quadratic in MuPDF (2,500 words 0.08 s, 40,000 words 20 s), so
# it is used only on pages whose content stream sets a stroking text render mode, and only
# when the page has fewer characters than this.
_STYLED_FLAGS = _TEXT_FLAGS | pymupdf.TEXT_COLLECT_STYLES
_STYLES_MAX_CHARS = 8000
_STROKED_TEXT = re.compile(rb"(?<![\d.])[12]\s+Tr\b")

# A page is "image only" when almost no text sits on a page mostly covered by images.
_IMAGE_ONLY_MAX_CHARS = 20
_IMAGE_ONLY_MIN_COVER = 0.30


def read_pdf(
    path: str | Path,
    *,
    password: str | None = None,
    max_pages: int = MAX_PAGES,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Read every page of a report into positioned lines; raises only ReportError."""
    path = Path(path)
    data = read_bytes(path, max_bytes)
    with quiet_mupdf():
        doc = open_document(data, password)
        try:
            pages, damaged = _read_pages(doc, max_pages)
        finally:
            doc.close()
    if damaged and not any(p.has_text or p.image_only for p in pages):
        # e.g. a truncated download: MuPDF opens it but every content stream fails
        # ("zlib error"), leaving blank pages rather than raising.
        raise corrupt_error()
    mark_repeated(pages)
    return Document(path=str(path), page_count=len(pages), pages=pages, password=password)


def _read_pages(doc: pymupdf.Document, max_pages: int) -> tuple[list[Page], bool]:
    try:
        count = doc.page_count
    except Exception:
        raise corrupt_error() from None
    if count > max_pages:
        raise TooLargeError(
            f"This report has {count} pages; this app reads reports of up to {max_pages} pages."
        )
    pages: list[Page] = []
    damaged = False
    for index in range(count):
        clear_warnings()
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


def _read_page(page: pymupdf.Page, number: int) -> Page:
    tf = Transform(page)
    raw = page.get_text("rawdict", flags=_TEXT_FLAGS)
    if _has_stroked_text(page) and _char_count(raw) < _STYLES_MAX_CHARS:
        raw = page.get_text("rawdict", flags=_STYLED_FLAGS)
    flowing: list[Fragment] = []
    rotated: list[list[Word]] = []
    for block in raw.get("blocks", ()):
        for line in block.get("lines", ()):
            words = line_words(line, tf)
            if not words:
                continue
            dx, dy = tf.direction(line["dir"])
            if dx > 0 and abs(dy) < 0.1:
                flowing.append(Fragment(words))
            else:
                rotated.append(words)
    lines = group_lines(flowing, number)
    # Rotated or vertical text in a lab report is a watermark or a margin note, not a result.
    lines += [make_line(words, number, repeated=True) for words in rotated]
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
