"""What reading a check-up PDF gives: a document of pages of positioned lines, words and cells."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import BBox


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
