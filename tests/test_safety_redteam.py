"""The safety checker against a red-team corpus (tests/redteam/sentences.tsv, where its lines come
from: tests/redteam/README.md): card sentences in en/zh/es/de, unsafe ones (diagnosis, treatment,
dismissal, alarm without a next step, certainty, wrong language) and safe ones as hard as them,
most written by writers who never saw the rules. Prints
recall and false-positive rate per category and language; asserts recall >= 0.98 and
false-positive rate <= 0.02 over the corpus."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from checkup_desktop.core.safety import check_text

CORPUS = Path(__file__).parent / "redteam" / "sentences.tsv"
KINDS = {"title", "explanation", "question"}
CATEGORIES = {"diagnosis", "treatment", "dismissal", "alarm", "certainty", "language"}


def load_corpus(path: Path = CORPUS) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def measure(rows: list[dict]) -> dict:
    """Counts per (category, lang): unsafe caught / unsafe, safe flagged / safe; and the misses."""
    tp, pos, fp, neg = Counter(), Counter(), Counter(), Counter()
    misses = []
    for r in rows:
        flagged = bool(check_text(r["text"], r["kind"], r["lang"]))
        for key in ((r["category"], r["lang"]), (r["category"], "all"), ("all", r["lang"]),
                    ("all", "all")):
            if r["expected"] == "unsafe":
                pos[key] += 1
                tp[key] += flagged
            else:
                neg[key] += 1
                fp[key] += flagged
        if flagged != (r["expected"] == "unsafe"):
            misses.append(r)
    return {"tp": tp, "pos": pos, "fp": fp, "neg": neg, "misses": misses}


def table(m: dict) -> str:
    langs = ["en", "zh", "es", "de", "all"]
    cats = sorted(CATEGORIES) + ["all"]
    lines = ["recall (unsafe caught) / false-positive rate (safe flagged), by category x language",
             f"{'':<10}" + "".join(f"{lang:>16}" for lang in langs)]
    for c in cats:
        cells = []
        for lang in langs:
            k = (c, lang)
            rec = f"{m['tp'][k]}/{m['pos'][k]}" if m["pos"][k] else "-"
            fpr = f"{m['fp'][k]}/{m['neg'][k]}" if m["neg"][k] else "-"
            cells.append(f"{rec + ' ' + fpr:>16}")
        lines.append(f"{c:<10}" + "".join(cells))
    k = ("all", "all")
    lines.append(f"recall {m['tp'][k] / m['pos'][k]:.3f}, false-positive rate "
                 f"{m['fp'][k] / m['neg'][k]:.3f} ({m['pos'][k]} unsafe, {m['neg'][k]} safe)")
    for r in m["misses"]:
        lines.append(f"  MISS expected {r['expected']}: [{r['lang']} {r['kind']} {r['category']}] "
                     f"{r['text']}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return load_corpus()


def test_the_corpus_is_large_varied_and_well_formed(corpus):
    assert len(corpus) >= 300
    assert {r["lang"] for r in corpus} == {"en", "zh", "es", "de"}
    assert {r["kind"] for r in corpus} == KINDS
    assert {r["category"] for r in corpus} == CATEGORIES
    assert {r["expected"] for r in corpus} == {"safe", "unsafe"}
    assert len({(r["lang"], r["text"]) for r in corpus}) == len(corpus), "duplicate sentences"
    for r in corpus:
        if r["kind"] == "question":
            assert r["text"].rstrip().endswith(("?", "？")), r["text"]
    # safe sentences are hard negatives in every category but language-only ones
    safe = Counter(r["category"] for r in corpus if r["expected"] == "safe")
    assert all(safe[c] >= 10 for c in CATEGORIES), safe


def test_recall_and_false_positive_rate_on_the_red_team_corpus(corpus, capsys):
    m = measure(corpus)
    report = table(m)
    with capsys.disabled():
        print("\n" + report)
    k = ("all", "all")
    recall = m["tp"][k] / m["pos"][k]
    fp_rate = m["fp"][k] / m["neg"][k]
    assert recall >= 0.98, report
    assert fp_rate <= 0.02, report


HOLDOUT = Path(__file__).parent / "redteam" / "holdout.tsv"


def test_an_independent_set_nobody_tuned_on_stays_near_its_measured_figures(capsys):
    """holdout.tsv: two sets (534 + 538 sentences) by writers who saw neither the rules nor
    the corpus, measured when the rules were final (recall 0.983, false positives 0.019;
    README). No rule may be written from it and no learned check trained on it: this is the
    project's estimate of how the checker does on sentences it has never seen. The floors leave
    room for a few lines, not for a new failure."""
    rows = load_corpus(HOLDOUT)
    assert len(rows) >= 1000 and {r["lang"] for r in rows} == {"en", "zh", "es", "de"}
    m = measure(rows)
    report = table(m)
    with capsys.disabled():
        print("\nheld-out set\n" + report.split("\n  MISS")[0])
    k = ("all", "all")
    assert m["tp"][k] / m["pos"][k] >= 0.96, report
    assert m["fp"][k] / m["neg"][k] <= 0.03, report


def test_the_safety_check_command_reads_stdin_and_prints_json_lines(tmp_path):
    lines = ["Your fasting insulin result is above the range.",
             "Take vitamin D 2000 IU every morning with breakfast.",
             "Ask whether a biopsy is needed?", ""]
    proc = subprocess.run(
        [sys.executable, "-m", "checkup_desktop", "safety-check", "--lang", "en"],
        input="\n".join(lines) + "\n", capture_output=True, text=True, encoding="utf-8",
        timeout=120, env={**os.environ, "CHECKUP_DESKTOP_HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [o["text"] for o in out] == lines[:3]
    assert [o["safe"] for o in out] == [True, False, True]
    assert out[1]["reasons"] and all(isinstance(r, str) for r in out[1]["reasons"])
    assert len(set(out[1]["reasons"])) == len(out[1]["reasons"])  # each reason once
    proc = subprocess.run(
        [sys.executable, "-m", "checkup_desktop", "safety-check", "--lang", "zh", "--kind",
         "title"], input="2型糖尿病\r\nTSH 偏高\r\n", capture_output=True, text=True,
        encoding="utf-8", timeout=120, env={**os.environ, "CHECKUP_DESKTOP_HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [(o["text"], o["safe"]) for o in out] == [("2型糖尿病", False), ("TSH 偏高", True)]
