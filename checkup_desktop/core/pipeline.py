"""The pipeline (DESIGN §3) as a generator: read -> extract -> group + route -> cards -> check.

Each yield is a progress report and a cancel point. Rules cards are yielded first; a writer
(the local model) may then replace each one. Whatever wrote a card, the safety checker and the
knowledge base's floors run on it before it is yielded.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from checkup_desktop.core.cancel import CancelToken
from checkup_desktop.core.cards import entry_text, generic_card, keep_next_step, rules_card
from checkup_desktop.core.errors import NoReadableTextError
from checkup_desktop.core.events import CardReady, Done, Event, Progress
from checkup_desktop.core.extract import extract_findings
from checkup_desktop.core.knowledge import KnowledgeBase, load_knowledge
from checkup_desktop.core.models import (
    ActionCard,
    AlsoInReport,
    Analysis,
    EarlierResult,
    Finding,
    Issue,
)
from checkup_desktop.core.pdf import Document, read_pdf
from checkup_desktop.core.photos import is_photo, photo_to_pdf
from checkup_desktop.core.report_date import collection_date
from checkup_desktop.core.report_history import earlier_results
from checkup_desktop.core.routing import enforce_floors, group_issues
from checkup_desktop.core.safety import check_card, grounding_from_card
from checkup_desktop.core.summary import account_summary
from checkup_desktop.core.writer_protocol import CardWriter

log = logging.getLogger(__name__)

PHOTO_NEEDS_VISION = (
    "This is a photo of a report. Reading photos needs a local model that can read images: "
    "install one in Settings > Model (the recommended one, Qwen3-VL, can). You can also ask "
    "the lab for the report as a PDF."
)


class PageScanner(Protocol):
    """Reads image-only pages into Findings (a vision model); see core/llm."""

    def scan(self, doc: Document, page_number: int, *,
             cancel: CancelToken) -> Generator[Progress, None, list[Finding]]: ...


@dataclass
class RulesResult:
    """What the first phase leaves for the model: the issues and their knowledge-base cards."""

    source: str
    pages: int
    unread_pages: list[int]
    findings: list[Finding]
    issues: list[Issue]
    cards: list[ActionCard]
    also_in_report: list[AlsoInReport] = field(default_factory=list)
    report_date: str = ""  # ISO collection date the report prints, "" when none
    # earlier check-ups' results the report prints (core/report_history.py): trends only
    earlier_results: list[EarlierResult] = field(default_factory=list)

    def analysis(self, lang: str) -> Analysis:
        return Analysis(source=self.source, pages=self.pages, unread_pages=self.unread_pages,
                        cards=self.cards, findings=self.findings, language=lang,
                        also_in_report=self.also_in_report, report_date=self.report_date,
                        earlier_results=self.earlier_results)


def analyze(path: str | Path, *, password: str | None = None, lang: str = "en",
            writer: CardWriter | None = None, scanner: PageScanner | None = None,
            cancel: CancelToken | None = None,
            kb: KnowledgeBase | None = None) -> Iterator[Event]:
    cancel = cancel or CancelToken()
    kb = kb or load_knowledge()
    if writer is not None and hasattr(writer, "start_model"):
        writer.start_model(lang)  # returns at once: the model loads while the PDF is read
    result = yield from rules_phase(path, password=password, lang=lang, scanner=scanner,
                                    cancel=cancel, kb=kb)
    if writer is not None:
        yield from writer_phase(result, writer, lang=lang, cancel=cancel, kb=kb)
    yield Progress("done", pages=result.pages)
    yield Done(result.analysis(lang))


def rules_phase(path: str | Path, *, password: str | None = None, lang: str = "en",
                scanner: PageScanner | None = None, cancel: CancelToken,
                kb: KnowledgeBase) -> Generator[Event, None, RulesResult]:
    """Read, extract, group and write the knowledge-base cards (steps 1-4 and 6)."""
    yield Progress("reading")
    photo = is_photo(path)
    doc = read_pdf(photo_to_pdf(path) if photo else path, password=password)
    for page in doc.pages:
        cancel.check()
        yield Progress("reading", page=page.number, pages=doc.page_count)

    yield Progress("extracting", pages=doc.page_count)
    findings = extract_findings(doc, kb)
    unread = list(doc.unread_pages)
    if scanner is not None:
        for number in list(unread):
            cancel.check()
            yield Progress("scanning", page=number, pages=doc.page_count)
            scanned = yield from scanner.scan(doc, number, cancel=cancel)
            if scanned:
                findings += scanned
                unread.remove(number)
    if len(unread) == doc.page_count:
        raise NoReadableTextError(PHOTO_NEEDS_VISION if photo else (
            "This report contains only pictures of pages, and no text the app can read. "
            "Reading scanned pages needs a local model that can read images (Settings > Model). "
            "You can also ask the lab for the report as a text PDF."
        ))

    cancel.check()
    # the report's own summary: items without a card get one, or an "also in your report" line
    summary_findings, also_in_report = account_summary(doc, findings, kb, lang)
    findings += summary_findings
    yield Progress("grouping", pages=doc.page_count)
    issues = group_issues(findings, kb)
    cards: list[ActionCard] = []
    for i, issue in enumerate(issues, start=1):
        card = _checked(rules_card(issue, kb, lang=lang), issue, kb, lang)
        cards.append(card)
        yield CardReady(card, index=i, count=len(issues))
    collected = collection_date(doc)
    earlier = earlier_results(doc, findings, kb, collected)  # never a finding nor a card
    return RulesResult(Path(path).name, doc.page_count, unread, findings, issues, cards,
                       also_in_report, collected.isoformat() if collected else "", earlier)


def writer_phase(result: RulesResult, writer: CardWriter, *, lang: str, cancel: CancelToken,
                 kb: KnowledgeBase) -> Iterator[Event]:
    """The local model rewrites each card (step 5); every rewrite is checked (step 6) and
    replaces the knowledge-base card in `result.cards` (by the template when it fails a
    check). A writer that keeps the knowledge-base card returns None: nothing is replaced."""
    issues, cards = result.issues, result.cards
    for i, issue in enumerate(issues, start=1):
        cancel.check()
        yield Progress("writing", card_index=i, card_count=len(issues))
        written = yield from writer.write(issue, cards[i - 1], lang=lang, cancel=cancel)
        cancel.check()  # a card finished after cancel is not kept
        if written is None:  # the knowledge-base card stays
            continue
        written = keep_next_step(enforce_floors(written, issue, kb), cards[i - 1], issue, lang)
        # term grounding: the model may name only the conditions, medicines and procedures that
        # the knowledge-base card or the evidence already name
        grounding = grounding_from_card(cards[i - 1]) + "\n" + entry_text(issue, kb, lang)
        cards[i - 1] = card = _checked(written, issue, kb, lang, grounding=grounding)
        yield CardReady(card, index=i, count=len(issues), replaces=True)


def _checked(card: ActionCard, issue: Issue, kb: KnowledgeBase, lang: str, *,
             grounding: str = "") -> ActionCard:
    """Safety is code, not hope: a card with a violation is replaced by the template."""
    problems = check_card(card, grounding)
    if not problems:
        return card
    log.warning("card %s rejected (%s); using the knowledge-base template", card.id,
                "; ".join(problems))
    fallback = rules_card(issue, kb, lang=lang)
    if card.origin == "rules" or check_card(fallback):
        # the templates are tested: this is a bug, but report text never ends an analysis
        log.error("knowledge-base card for %s fails a check; using the generic card", issue.key)
        return generic_card(issue, kb, lang=lang)
    return fallback


def preload_rules() -> None:
    """Load the knowledge base and run extraction once on a made-up line, so the first real
    analysis does not pay for it. The window calls this while it is idle. It must not touch
    MuPDF: PyMuPDF is not thread-safe, and the window's worker thread may be reading a PDF."""
    from checkup_desktop.core.pdf import Cell, Line, Page

    kb = load_knowledge()
    texts = ("Hemoglobin", "11.2", "g/dL", "13.0 - 17.0")
    cells = [Cell(text=t, bbox=(50.0 + 100 * i, 100.0, 90.0 + 100 * i, 110.0))
             for i, t in enumerate(texts)]
    line = Line(text=" ".join(texts), bbox=(50.0, 100.0, 390.0, 110.0), page=1, words=[],
                cells=cells)
    doc = Document(path="", page_count=1, pages=[Page(number=1, width=595.0, height=842.0,
                                                      lines=[line], has_text=True)])
    group_issues(extract_findings(doc, kb), kb)


def run(path: str | Path, **kwargs) -> Analysis:
    for event in analyze(path, **kwargs):
        if isinstance(event, Done):
            return event.analysis
    raise RuntimeError("pipeline ended without a result")
