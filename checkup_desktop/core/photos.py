"""Photos of paper reports and phone screenshots (JPG, PNG, HEIC) become image-only PDF pages,
so they take the same vision path as scanned pages (DESIGN §3 step 3).

- Straightened: the camera's EXIF orientation is applied.
- Very tall screenshots (a check-up app's 1080 x 9000 px page) are cut into overlapping pages,
  so no row is lost at a cut.
- Each page is scaled so its longest side fits what the vision model reads under its image
  token cap (a larger picture costs time and adds nothing).
The PDF is kept in the app's cache folder (deleted with "Delete all my data"), because the
window shows its pages beside the cards.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pymupdf

from checkup_desktop import paths
from checkup_desktop.core.errors import ReportError

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")
PAGE_RATIO = 1.414  # an A4 page: height / width
OVERLAP = 0.08  # share of a page repeated at each cut of a tall screenshot
MAX_SIDE_PX = 1344  # longest side after scaling; about the 768-token cap of a Qwen-VL page
MAX_PHOTO_BYTES = 60 * 1024 * 1024


class PhotoError(ReportError):
    pass


def is_photo(path: str | Path) -> bool:
    return Path(path).suffix.casefold() in PHOTO_SUFFIXES


def _open_image(path: Path):
    from PIL import Image, ImageOps, UnidentifiedImageError

    if path.suffix.casefold() in (".heic", ".heif"):
        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
        except ImportError:  # a build without HEIC support
            raise PhotoError("This app cannot open HEIC photos on this computer. Please save "
                             "the photo as JPG or PNG and try again.") from None
    try:
        if path.stat().st_size > MAX_PHOTO_BYTES:
            raise PhotoError("This picture is too large to open (over 60 MB).")
        with Image.open(path) as img:
            img.load()
            upright = ImageOps.exif_transpose(img)
            return upright.convert("RGB")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, PhotoError):
            raise
        raise PhotoError("This picture could not be opened. It may be damaged, or not a "
                         "photo of a report. Please try another photo or the PDF.") from None


def page_slices(width: int, height: int) -> list[tuple[int, int]]:
    """(top, bottom) pixel rows of each page: one page for an ordinary photo, overlapping
    A4-shaped pages for a screenshot much taller than a page."""
    page_h = int(width * PAGE_RATIO)
    if height <= page_h * 1.5:
        return [(0, height)]
    step = int(page_h * (1 - OVERLAP))
    slices, top = [], 0
    while True:
        bottom = min(top + page_h, height)
        slices.append((top, bottom))
        if bottom >= height:
            return slices
        top += step


def _scaled(img):
    side = max(img.size)
    if side <= MAX_SIDE_PX:
        return img
    f = MAX_SIDE_PX / side
    return img.resize((max(1, round(img.width * f)), max(1, round(img.height * f))))


def photo_to_pdf(path: str | Path, out_dir: Path | None = None) -> Path:
    """An image-only PDF of the photo's pages, cached by the photo's content."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        raise PhotoError("This picture could not be read. Please check that the file is "
                         "still there and try again.") from None
    out_dir = out_dir or paths.cache_dir() / "photos"
    out = out_dir / f"{hashlib.sha256(data).hexdigest()[:24]}.pdf"
    if out.is_file():
        return out
    img = _open_image(path)
    doc = pymupdf.open()
    for top, bottom in page_slices(img.width, img.height):
        part = _scaled(img.crop((0, top, img.width, bottom)))
        buf = io.BytesIO()
        part.save(buf, format="JPEG", quality=90)
        page = doc.new_page(width=595, height=595 * part.height / part.width)
        page.insert_image(page.rect, stream=buf.getvalue())
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    doc.save(tmp)
    doc.close()
    tmp.replace(out)
    return out
