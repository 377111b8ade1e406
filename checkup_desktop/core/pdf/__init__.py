"""Step 1 of the pipeline (DESIGN §3): a check-up PDF -> positioned lines of text.

Every page is read once with ``get_text("rawdict")`` (one C call, ~10 ms a page).
``Page.find_tables`` is deliberately not used: on the 10-page Lal PathLabs report it takes
~90 ms a page and finds no table at all, because lab reports are mostly borderless tables.
Instead words are grouped into visual lines by geometry and split into cells at wide
horizontal gaps (column breaks).

Bad files become typed ``ReportError``s with a plain message; no other exception leaves
``read_pdf`` or ``render_page``.
"""

from .document import BBox, Cell, Document, Line, Page, Word
from .opening import MAX_BYTES, MAX_PAGES
from .pages import read_pdf
from .render import render_page

__all__ = [
    "MAX_BYTES",
    "MAX_PAGES",
    "BBox",
    "Cell",
    "Document",
    "Line",
    "Page",
    "Word",
    "read_pdf",
    "render_page",
]
