"""Scanned pages: the vision model (model + mmproj projector) reads an image-only page into
the same Finding rows the text extractor makes, marked source="image".

Implements the pipeline's PageScanner: `scan(doc, page_number, *, cancel)` yields Progress
and returns the Findings. What the model read is data like any report text: the knowledge
base routes it, the card checks apply, and the evidence says it came from an image.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Generator
from typing import Any

from pydantic import BaseModel, ValidationError

from checkup_desktop.core.cancel import CancelToken
from checkup_desktop.core.events import Progress
from checkup_desktop.core.llm.errors import ModelCrashedError, ModelDisabledError, ModelError
from checkup_desktop.core.llm.runtime import DEFAULT_MAX_IMAGE_TOKENS, ModelRuntime, relay
from checkup_desktop.core.models import Finding

log = logging.getLogger(__name__)

MAX_ROWS = 40
# An image token covers 32x32 pixels in Qwen3-VL (16 px patches merged 2x2; 28 in
# Qwen2.5-VL): a page rendered larger than max_image_tokens of these is only scaled down again
TOKEN_SIDE_PX = 32
READ_PROMPT = (
    "This is one page of a medical check-up report. Copy every test result on it exactly "
    "as printed, one row per result: label, value, unit, reference_range, and flag "
    "(high, low, abnormal or normal). Use empty strings for anything not printed. "
    "Reply with JSON only."
)


def rows_schema(max_rows: int = MAX_ROWS, max_cell: int = 80, min_rows: int = 0) -> str:
    """JSON schema of the answer; bounded so a page always fits the token budget."""
    cell = {"type": "string", "pattern": f'^[^"\\\\\\x00-\\x1f]{{0,{max_cell}}}$'}
    needed = {"type": "string", "pattern": f'^[^"\\\\\\x00-\\x1f]{{1,{max_cell}}}$'}
    row = {
        "type": "object",
        "properties": {"label": needed, "value": needed, "unit": cell, "reference_range": cell,
                       "flag": {"enum": ["high", "low", "abnormal", "normal"]}},
        "required": ["label", "value", "unit", "reference_range", "flag"],
    }
    rows = {"type": "array", "minItems": min_rows, "maxItems": max_rows, "items": row}
    return json.dumps({"type": "object", "properties": {"rows": rows}, "required": ["rows"]})


_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


class _Row(BaseModel):
    label: str
    value: str
    unit: str = ""
    reference_range: str = ""
    flag: str = "normal"


class _Rows(BaseModel):
    rows: list[_Row]


def rows_to_findings(text: str, page: int) -> list[Finding]:
    """The model's JSON answer -> Findings (source="image"); unusable rows are dropped."""
    try:
        rows = _Rows.model_validate(json.loads(text)).rows
    except (ValueError, ValidationError) as exc:
        log.info("vision answer for page %d not usable: %s", page, str(exc).splitlines()[0])
        return []
    out = []
    for r in rows[:MAX_ROWS]:
        label, value = " ".join(r.label.split()), " ".join(r.value.split())
        if not label or not value:
            continue
        unit, rng = " ".join(r.unit.split()), " ".join(r.reference_range.split())
        m = _NUMBER.fullmatch(value.replace(" ", ""))
        out.append(Finding(
            label=label, value=value, unit=unit, reference_range=rng,
            flag=r.flag if r.flag in ("high", "low", "abnormal") else "normal",
            page=page, bbox=None, text=" ".join(p for p in (label, value, unit, rng) if p),
            kind="lab", source="image",
            value_num=float(m.group(0).replace(",", ".")) if m else None,
        ))
    return out


def page_zoom(width_pt: float, height_pt: float, max_image_tokens: int,
              zoom: float = 1.5) -> float:
    """The render zoom (at most `zoom`) at which a page of this size in points is no more
    than `max_image_tokens` image tokens."""
    if width_pt <= 0 or height_pt <= 0 or max_image_tokens <= 0:
        return zoom
    return min(zoom, math.sqrt(max_image_tokens * TOKEN_SIDE_PX**2 / (width_pt * height_pt)))


class VisionPageScanner:
    """PageScanner on a ModelRuntime started with `mmproj_path`."""

    def __init__(
        self, runtime: ModelRuntime, *, zoom: float = 1.5, max_tokens: int = 1536,
        max_rows: int = MAX_ROWS, max_cell: int = 80, min_rows: int = 0,
    ):
        if not runtime.config.mmproj_path:
            raise ModelError("Reading scanned pages needs a vision projector (mmproj) file.")
        self.runtime, self.zoom, self.max_tokens = runtime, zoom, max_tokens
        self.max_image_tokens = runtime.config.image_max_tokens or DEFAULT_MAX_IMAGE_TOKENS
        self.schema = rows_schema(max_rows, max_cell, min_rows)
        self.last_text = ""

    def scan(
        self, doc: Any, page_number: int, *, cancel: CancelToken
    ) -> Generator[Progress, None, list[Finding]]:
        from checkup_desktop.core.pdf import render_page

        cancel.check()
        page = next((p for p in getattr(doc, "pages", ()) if p.number == page_number), None)
        zoom = page_zoom(getattr(page, "width", 0.0), getattr(page, "height", 0.0),
                         self.max_image_tokens, self.zoom)
        png = render_page(doc, page_number, zoom=zoom)
        try:
            gen = self.runtime.read_image(png, READ_PROMPT, schema=self.schema,
                                          max_tokens=self.max_tokens, cancel=cancel)
            result = yield from relay(gen, lambda n: Progress(
                stage="scanning", page=page_number, pages=getattr(doc, "page_count", None),
                tokens=n))
        except ModelDisabledError as exc:  # said once by the CLI / Settings, not per page
            log.info("page %d not read: %s", page_number, exc.message)
            return []
        except (ModelCrashedError, ModelError) as exc:  # the page stays "unread"
            log.warning("page %d could not be read by the vision model: %s", page_number,
                        exc.message)
            return []
        self.last_text = result.text
        return rows_to_findings(result.text, page_number)
