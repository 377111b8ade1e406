"""A report page as an image plus the scale that maps evidence bboxes onto it. Qt-free.

Rendering itself is pdf.render_page (same file checks, same "as displayed" coordinates
as the bboxes); this adds the pixel scale, which render_page may lower for huge pages.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from checkup_desktop.core import pdf
from checkup_desktop.core.models import BBox


@dataclass(frozen=True)
class PageImage:
    png: bytes
    width: int  # pixels
    height: int
    scale: float  # pixels per PDF point: a bbox times `scale` is its place in the image

    def to_pixels(self, bbox: BBox) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = bbox
        return x0 * self.scale, y0 * self.scale, x1 * self.scale, y1 * self.scale


def render_page(path: str | Path, page: int, *, zoom: float = 1.5,
                password: str | None = None) -> PageImage:
    """Render 1-based `page`; raises ReportError (plain message) when it cannot."""
    png = pdf.render_page(path, page, zoom=zoom, password=password)
    width, height = struct.unpack(">II", png[16:24])  # the PNG IHDR chunk
    with pymupdf.open(path) as doc:
        if doc.needs_pass and password:
            doc.authenticate(password)
        points_wide = doc[page - 1].rect.width  # rect is the page as displayed (rotated)
    return PageImage(png, width, height, width / points_wide if points_wide else zoom)
