"""Page layout and drawing for synthetic reports: blocks of positioned text lines are paged
(with repeated headers and footers), drawn with ReportLab, and chosen pages rasterised."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

CJK = "STSong-Light"  # ReportLab's built-in CID font; PyMuPDF extracts its text back
PAGE_W, PAGE_H = A4
LINE_H = 13.0
_registered = False


def _register() -> None:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(UnicodeCIDFont(CJK))
        _registered = True


@dataclass
class Cell:
    x: float
    text: str
    bold: bool = False
    size: float = 9.0


@dataclass
class Block:
    """Lines kept together on one page; `ref` ties the block to a gold row or finding."""

    lines: list[list[Cell]]
    ref: list = field(default_factory=list)  # gold rows this block carries
    page_break_before: bool = False
    labels: list[tuple[str, str]] = field(default_factory=list)  # (printed label, issue)


@dataclass
class Frame:
    """What repeats on every page. '{page}' and '{pages}' in footer text are filled in."""

    header: list[list[Cell]]
    footer: list[list[Cell]] = field(default_factory=list)


def paginate(blocks: list[Block], frame: Frame) -> list[list[Block]]:
    top = PAGE_H - 40 - LINE_H * (len(frame.header) + 1)
    bottom = 40 + LINE_H * (len(frame.footer) + 1)
    capacity = int((top - bottom) // LINE_H)
    pages: list[list[Block]] = [[]]
    used = 0
    for b in blocks:
        need = len(b.lines)
        if (b.page_break_before and pages[-1]) or used + need > capacity:
            pages.append([])
            used = 0
        pages[-1].append(b)
        used += need
    return pages


def _font(text: str, bold: bool) -> str:
    if any(ord(c) > 255 for c in text):
        return CJK
    return "Helvetica-Bold" if bold else "Helvetica"


def _draw_line(c: canvas.Canvas, y: float, cells: list[Cell], page: int, pages: int) -> None:
    for cell in cells:
        text = cell.text.replace("{page}", str(page)).replace("{pages}", str(pages))
        c.setFont(_font(text, cell.bold), cell.size)
        c.drawString(cell.x, y, text)


def draw(path: Path, pages: list[list[Block]], frame: Frame) -> None:
    _register()
    # invariant=1: no timestamps or random ids, so a seed always gives the same bytes
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    n = len(pages)
    for i, blocks in enumerate(pages, start=1):
        y = PAGE_H - 40
        for line in frame.header:
            _draw_line(c, y, line, i, n)
            y -= LINE_H
        y -= LINE_H
        for b in blocks:
            for line in b.lines:
                _draw_line(c, y, line, i, n)
                y -= LINE_H
        y = 40 + LINE_H * len(frame.footer)
        for line in frame.footer:
            _draw_line(c, y, line, i, n)
            y -= LINE_H
        c.showPage()
    c.save()


def rasterise_pages(path: Path, page_numbers: list[int], dpi: int = 72) -> None:
    """Replace the given 1-based pages by picture-only pages (a scan without a text layer)."""
    if not page_numbers:
        return
    src = pymupdf.open(path)
    out = pymupdf.open()
    for pno in range(src.page_count):
        if pno + 1 in page_numbers:
            page = src[pno]
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            new = out.new_page(width=page.rect.width, height=page.rect.height)
            new.insert_image(new.rect, pixmap=pix)
        else:
            out.insert_pdf(src, from_page=pno, to_page=pno)
    src.close()
    data = out.tobytes(garbage=3, deflate=True, no_new_id=True)
    out.close()
    path.write_bytes(data)
