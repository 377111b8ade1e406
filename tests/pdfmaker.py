"""Writes small test PDFs into a directory given by the test (tmp_path); nothing is kept.

Any test may import it (``from pdfmaker import lab_report``). Lines are either a string
(drawn at the left margin) or a tuple of cells drawn at the ``columns`` x positions; a
string or cell starting with ``**`` is drawn bold (the marker is removed).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pymupdf

Item = str | tuple[str, ...]

COLUMNS = (40.0, 220.0, 320.0, 420.0)
CBC_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("Hemoglobin", "**9.7", "g/dL", "13.0 - 17.0"),
    ("Total Leukocyte Count", "5,100", "cumm", "4,800 - 10,800"),
    ("Platelet Count", "**20000", "cumm", "150000 - 410000"),
    ("MCV", "88.0", "fL", "80.0 - 99.0"),
    ("Neutrophils", "60.00", "%", "40.00 - 80.00"),
)


def _draw(page: pymupdf.Page, x: float, y: float, text: str, size: float,
          render_mode: int = 0) -> None:
    bold = text.startswith("**")
    if bold:
        text = text[2:]
    page.insert_text((x, y), text, fontsize=size, fontname="hebo" if bold else "helv",
                     render_mode=render_mode)


def text_pdf(
    path: Path,
    pages: Sequence[Sequence[Item]],
    *,
    columns: Sequence[float] = COLUMNS,
    size: float = 10.0,
    header: Sequence[str] = (),
    footer: str | None = None,
    password: str | None = None,
    rotate: int = 0,
    fake_bold: bool = False,
) -> Path:
    """One PDF page per entry of `pages`; `header` lines and `footer` repeat on each page.

    `footer` may contain "{page}" and "{pages}". `fake_bold` draws bold text with a
    fill+stroke render mode in a regular font instead of a bold font.
    """
    doc = pymupdf.open()
    for number, items in enumerate(pages, start=1):
        page = doc.new_page(width=595, height=842)
        y = 50.0
        for line in [*header, *items]:
            cells = (line,) if isinstance(line, str) else line
            for x, cell in zip(columns, cells, strict=False):
                if fake_bold and cell.startswith("**"):
                    _draw(page, x, y, cell[2:], size, render_mode=2)
                else:
                    _draw(page, x, y, cell, size)
            y += size * 1.6
        if footer is not None:
            _draw(page, 40, 810, footer.format(page=number, pages=len(pages)), 8)
        if rotate:
            page.set_rotation(rotate)
    return _save(doc, path, password)


def lab_report(path: Path, rows: Sequence[tuple[str, ...]] = CBC_ROWS, *, pages: int = 1,
               password: str | None = None) -> Path:
    """A lab table with a patient header and a page footer on every page.

    With several pages the rows are dealt out round-robin (page k gets rows k, k+n, ...).
    """
    header = ("Name : JANE DOE", "Lab No. : 12345", ("**Test", "**Result", "**Unit", "**Range"))
    return text_pdf(path, [list(rows[k::pages]) for k in range(pages)], header=header,
                    footer="Page {page} of {pages}", password=password)


def image_pdf(path: Path, pages: int = 1, *, cover: float = 0.8, strips: int = 1,
              rotate: int = 0) -> Path:
    """Scan-like pages without text: grey raster covering `cover` of each side of the page,
    stored as `strips` horizontal images (as some scanners do)."""
    doc = pymupdf.open()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 60, 80), False)
    pix.set_rect(pix.irect, (200,))
    png = pix.tobytes("png")
    for _ in range(pages):
        page = doc.new_page(width=595, height=842)
        w, h = 595 * cover, 842 * cover / strips
        for k in range(strips):
            page.insert_image(pymupdf.Rect(20, 20 + k * h, 20 + w, 20 + (k + 1) * h),
                              stream=png, keep_proportion=False)
        if rotate:
            page.set_rotation(rotate)
    return _save(doc, path, None)


def zero_page_pdf(path: Path) -> Path:
    """A syntactically valid PDF whose page tree is empty (MuPDF refuses to save one)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def _save(doc: pymupdf.Document, path: Path, password: str | None) -> Path:
    if password is None:
        doc.save(path, garbage=3, deflate=True)
    else:
        doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=password,
                 owner_pw=password + "-owner")
    doc.close()
    return path


CHINESE_ROWS: tuple[tuple[str, ...], ...] = (
    ("项目", "结果", "单位", "参考范围", "提示"),
    ("血红蛋白", "98", "g/L", "130-175", "↓"),
    ("低密度脂蛋白胆固醇", "4.9", "mmol/L", "<3.4", "↑"),
    ("⾎⼩板计数", "250", "10^9/L", "125-350", ""),  # Kangxi radicals, as some labs print
)


def chinese_report(path: Path, rows: Sequence[tuple[str, ...]] = CHINESE_ROWS) -> Path:
    """A Chinese lab table (PyMuPDF's built-in "china-s" font) and an ultrasound conclusion."""
    doc = pymupdf.open()
    page = doc.new_page()
    y = 60.0
    for row in rows:
        for x, text in zip((40, 200, 270, 350, 450), row, strict=True):
            page.insert_text((x, y), text, fontname="china-s", fontsize=10)
        y += 18
    page.insert_text((40, y + 20), "超声提示：脂肪肝（轻度）。", fontname="china-s", fontsize=10)
    return _save(doc, path, None)
