"""Sends a PDF (the handout) to a QPrinter by rendering each page at the printer's resolution."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300  # sharper gains nothing on paper and costs memory per page


def print_pdf(pdf: str | Path, printer: QPrinter) -> int:
    """Print every page of `pdf`; returns the number of pages sent."""
    dpi = min(MAX_DPI, max(72, printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        with pymupdf.open(pdf) as doc:
            for i, page in enumerate(doc):
                if i:
                    printer.newPage()
                pix = page.get_pixmap(dpi=dpi, alpha=False)
                img = QImage(pix.samples, pix.width, pix.height, pix.stride,
                             QImage.Format.Format_RGB888).copy()
                target = painter.viewport()
                scale = min(target.width() / img.width(), target.height() / img.height())
                w, h = img.width() * scale, img.height() * scale
                painter.drawImage(QRectF(0, 0, w, h), img)
            return doc.page_count
    finally:
        painter.end()
