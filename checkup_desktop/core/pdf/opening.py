"""Opening a PDF: the bytes (size limit, "is it a PDF at all"), the password, MuPDF's lock and
its warnings, and the plain-worded ``ReportError`` every bad file becomes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pymupdf

from ..errors import (
    CorruptPdfError,
    EmptyPdfError,
    NotAPdfError,
    PasswordRequiredError,
    ReportError,
    TooLargeError,
)

MAX_PAGES = 200
MAX_BYTES = 100 * 1024 * 1024

# MuPDF is not thread-safe and its error display switch is global: one reader at a time.
_MUPDF_LOCK = threading.RLock()


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(1, round(n / 1024))} KB"
    return f"{n / (1024 * 1024):.0f} MB"


def read_bytes(path: Path, max_bytes: int) -> bytes:
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
def quiet_mupdf() -> Iterator[None]:
    """Silence MuPDF's stderr chatter; its messages are read via mupdf_warnings() instead."""
    with _MUPDF_LOCK:
        before = pymupdf.TOOLS.mupdf_display_errors()
        pymupdf.TOOLS.mupdf_display_errors(False)
        clear_warnings()
        try:
            yield
        finally:
            clear_warnings()
            pymupdf.TOOLS.mupdf_display_errors(bool(before))


def clear_warnings() -> None:
    # mupdf_warnings() first flushes MuPDF's pending "... repeated N times" line, which
    # reset_mupdf_warnings() alone would leave to surface during the next document.
    pymupdf.TOOLS.mupdf_warnings(reset=True)


def corrupt_error() -> CorruptPdfError:
    return CorruptPdfError(
        "This PDF file is damaged and cannot be read. It may not have downloaded completely; "
        "please get a fresh copy of the report."
    )


def open_document(data: bytes, password: str | None) -> pymupdf.Document:
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception:
        raise corrupt_error() from None
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
                raise corrupt_error()
            raise EmptyPdfError("This PDF has no pages, so there is nothing to read.")
    except ReportError:
        doc.close()
        raise
    except Exception:
        doc.close()
        raise corrupt_error() from None
    return doc
