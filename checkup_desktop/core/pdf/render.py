"""A page as a PNG, as displayed: for the highlight view and the vision model."""

from __future__ import annotations

import math
from pathlib import Path

import pymupdf

from ..errors import ReportError
from .document import Document
from .opening import MAX_BYTES, corrupt_error, open_document, quiet_mupdf, read_bytes

# Renders larger than this are scaled down: a poster-sized page at zoom 2 would need GBs.
_MAX_RENDER_PIXELS = 40_000_000


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
    data = read_bytes(path, MAX_BYTES)
    with quiet_mupdf():
        doc = open_document(data, password)
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
            raise corrupt_error() from None
        finally:
            doc.close()
