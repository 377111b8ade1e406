"""`checkup-desktop bench`: speed figures, printed (goals live here, not in timed tests)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.pdf import read_pdf
from checkup_desktop.core.pipeline import run

RULES_ONLY_GOAL_S = 0.5


def bench_rules_only(report: Path, repeats: int = 5) -> dict:
    """Wall time of a rules-only analysis, and how much of it is PDF reading."""
    kb = load_knowledge()
    run(report, kb=kb)  # warm: imports, knowledge base, MuPDF
    totals, reads = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        read_pdf(report)
        reads.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        analysis = run(report, kb=kb)
        totals.append(time.perf_counter() - t0)
    total = statistics.median(totals)
    read = statistics.median(reads)
    return {
        "report": report.name,
        "pages": analysis.pages,
        "cards": len(analysis.cards),
        "rules_only_wall_s": round(total, 4),
        "pdf_read_s": round(read, 4),
        "pdf_read_share": round(read / total, 3) if total else 0.0,
        "goal_s": RULES_ONLY_GOAL_S,
        "meets_goal": total < RULES_ONLY_GOAL_S,
    }
