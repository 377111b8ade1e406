"""Train the learned safety check (checkup_desktop/core/safety/learned.py) on the red-team corpus
and measure it honestly, leave-one-batch-out.

    .venv/bin/python scripts/train_safety_model.py [--no-write] [--historical]

- Batches: the corpus has no batch column; each line's batch is the commit that added it
  (`git blame`), 24 batches written one after another. Without git: 5 folds by a hash of the text.
  The knowledge base's own texts (four languages) are added as safe sentences to every training
  side; they are never in a held-out batch.
- Model: logistic regression (numpy, full-batch Adam, L2, balanced classes, deterministic) on
  hashed char 2-5-grams, word unigrams/bigrams and kind/language tokens.
- Threshold: chosen on the training folds only (inner leave-batches-out out-of-fold
  probabilities): the lowest probability at which at most --fp-target of the training folds'
  safe sentences are flagged.
- Report: per category and language, for each held-out batch: the rules of today alone and OR the
  model (today's rules were tuned on every batch, so they are in-sample), and with --historical
  the rules as they were just before the batch was added (truly held-out, as each batch was
  measured when it came in) alone and OR the model.
- Finally trains on the whole corpus, chooses the threshold the same way and writes
  resources/safety/learned_model.npz.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkup_desktop.core.safety import learned  # noqa: E402

CORPUS = ROOT / "tests" / "redteam" / "sentences.tsv"
OUT = ROOT / "resources" / learned.MODEL_FILE
SEED = 11
L2 = 1e-5
EPOCHS = 60
LR = 0.05


def load() -> list[dict]:
    with CORPUS.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def knowledge_rows() -> list[dict]:
    """Every knowledge-base text (titles, explanations, questions) in the four languages: safe
    sentences by construction, always on the training side (never measured)."""
    from checkup_desktop.core.knowledge import load_knowledge

    out = []
    for group in load_knowledge().groups.values():
        for lang in ("en", "zh", "es", "de"):
            t = group.texts(lang)
            parts = [("title", x) for x in (t.abnormal, t.high, t.low) if x]
            parts += [("explanation", t.explanation)] + [("question", q) for q in t.questions]
            out += [{"lang": lang, "kind": k, "category": "knowledge", "expected": "safe",
                     "text": x} for k, x in parts if x]
    return out


def batches(rows: list[dict]) -> tuple[list[int], list[str]]:
    """Batch number of each row (the commit that added its line, in history order)."""
    try:
        blame = subprocess.run(["git", "-C", str(ROOT), "blame", "--line-porcelain", "--",
                                str(CORPUS.relative_to(ROOT))], capture_output=True, text=True,
                               check=True).stdout
        order = subprocess.run(["git", "-C", str(ROOT), "log", "--reverse", "--format=%H", "--",
                                str(CORPUS.relative_to(ROOT))], capture_output=True, text=True,
                               check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        blame, order = "", []
    commits = [ln[:40] for ln in blame.splitlines()
               if len(ln) > 41 and ln[40] == " " and all(c in "0123456789abcdef" for c in ln[:40])]
    commits = commits[1:]  # the header line
    if len(commits) != len(rows) or not order:
        return [zlib.crc32(r["text"].encode()) % 5 for r in rows], []
    rank = {c: i for i, c in enumerate(order)}
    used = sorted(set(commits), key=lambda c: rank.get(c, len(rank)))
    num = {c: i for i, c in enumerate(used)}
    return [num[c] for c in commits], used


class Data:
    def __init__(self, rows: list[dict], bits: int, extra: list[dict] = ()):
        self.bits = bits
        self.extra = np.arange(len(rows), len(rows) + len(extra))
        rows = [*rows, *extra]
        self.idx = [np.array(learned.feature_indices(r["text"], r["kind"], r["lang"], bits),
                             dtype=np.int64) for r in rows]
        self.y = np.array([r["expected"] == "unsafe" for r in rows], dtype=np.float64)

    def flat(self, sel: np.ndarray):
        idx = [self.idx[i] for i in sel]
        lens = np.array([len(x) for x in idx])
        return (np.concatenate(idx), np.repeat(np.arange(len(sel)), lens),
                np.repeat(1.0 / np.sqrt(lens), lens))


def train(data: Data, sel: np.ndarray) -> tuple[np.ndarray, float]:
    np.random.default_rng(SEED)  # full-batch and zero-initialised: nothing random is drawn
    sel = np.concatenate([sel, data.extra])
    feats, rowid, val = data.flat(sel)
    y = data.y[sel]
    n, dim = len(sel), 1 << data.bits
    pos = max(y.sum(), 1.0)
    cw = np.where(y > 0, n / (2 * pos), n / (2 * max(n - pos, 1.0)))
    w, b = np.zeros(dim), 0.0
    mw, vw, mb, vb = np.zeros(dim), np.zeros(dim), 0.0, 0.0
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, EPOCHS + 1):
        z = np.bincount(rowid, weights=w[feats] * val, minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = (p - y) * cw / n
        gw = np.bincount(feats, weights=g[rowid] * val, minlength=dim) + L2 * w
        gb = g.sum()
        mw = b1 * mw + (1 - b1) * gw
        vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        w -= LR * (mw / (1 - b1 ** t)) / (np.sqrt(vw / (1 - b2 ** t)) + eps)
        b -= LR * (mb / (1 - b1 ** t)) / (np.sqrt(vb / (1 - b2 ** t)) + eps)
    return w, b


def predict(data: Data, sel: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    feats, rowid, val = data.flat(sel)
    z = np.bincount(rowid, weights=w[feats] * val, minlength=len(sel)) + b
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def choose_threshold(data: Data, sel: np.ndarray, groups: np.ndarray, fp_target: float,
                     inner_folds: int = 4) -> float:
    """Out-of-fold probabilities on `sel` (its batches split into inner folds), then the lowest
    threshold that flags at most fp_target of its safe sentences."""
    gs = sorted(set(groups[sel].tolist()))
    oof = np.zeros(len(sel))
    for k in range(inner_folds):
        held = {g for i, g in enumerate(gs) if i % inner_folds == k}
        te = np.array([i for i, s in enumerate(sel) if groups[s] in held])
        tr = np.array([i for i, s in enumerate(sel) if groups[s] not in held])
        if len(te) == 0:
            continue
        w, b = train(data, sel[tr])
        oof[te] = predict(data, sel[te], w, b)
    safe = np.sort(oof[data.y[sel] == 0])[::-1]
    allowed = int(np.floor(fp_target * len(safe)))
    # flag p >= t: at most `allowed` safe sentences at or above t
    t = safe[allowed] + 1e-6 if allowed < len(safe) else 0.5
    return float(min(max(t, 0.05), 0.99))


def historical_flags(rows: list[dict], batch: list[int], commits: list[str]) -> list[bool | None]:
    """Each sentence judged by the checker as it was just before its batch was added."""
    out: list[bool | None] = [None] * len(rows)
    code = ("import sys, json\nfrom checkup_desktop.core.safety import check_text\n"
            "rows = json.load(sys.stdin)\n"
            "print(json.dumps([bool(check_text(t, k, l)) for t, k, l in rows]))")
    with tempfile.TemporaryDirectory() as tmp:
        for bi, c in enumerate(commits):
            sel = [i for i, x in enumerate(batch) if x == bi]
            d = Path(tmp) / str(bi)
            d.mkdir()
            arch = subprocess.run(["git", "-C", str(ROOT), "archive", f"{c}^", "checkup_desktop",
                                   "resources"], capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(d)], input=arch, check=True)
            p = subprocess.run([sys.executable, "-c", code], cwd=d, capture_output=True,
                               text=True, env={**os.environ, "PYTHONPATH": str(d)},
                               input=json.dumps([[rows[i]["text"], rows[i]["kind"],
                                                  rows[i]["lang"]] for i in sel]))
            if p.returncode == 0:
                for i, f in zip(sel, json.loads(p.stdout), strict=True):
                    out[i] = f
    return out


def table(rows: list[dict], columns: dict[str, list[bool]]) -> str:
    langs = ["en", "zh", "es", "de", "all"]
    cats = sorted({r["category"] for r in rows}) + ["all"]
    lines = []
    for name, flagged in columns.items():
        tp, pos, fp, neg = Counter(), Counter(), Counter(), Counter()
        for r, f in zip(rows, flagged, strict=True):
            for key in ((r["category"], r["lang"]), (r["category"], "all"), ("all", r["lang"]),
                        ("all", "all")):
                if r["expected"] == "unsafe":
                    pos[key] += 1
                    tp[key] += f
                else:
                    neg[key] += 1
                    fp[key] += f
        lines.append(f"\n{name}: recall / false-positive rate")
        lines.append(f"{'':<10}" + "".join(f"{lang:>14}" for lang in langs))
        for c in cats:
            cells = []
            for lang in langs:
                k = (c, lang)
                rec = f"{tp[k] / pos[k]:.2f}" if pos[k] else "-"
                fpr = f"{fp[k] / neg[k]:.2f}" if neg[k] else "-"
                cells.append(f"{rec + ' / ' + fpr:>14}")
            lines.append(f"{c:<10}" + "".join(cells))
        k = ("all", "all")
        lines.append(f"  overall recall {tp[k] / pos[k]:.3f} ({tp[k]}/{pos[k]}), false-positive "
                     f"rate {fp[k] / neg[k]:.3f} ({fp[k]}/{neg[k]})")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-write", action="store_true", help="measure only")
    ap.add_argument("--no-cv", action="store_true", help="only train and write the model")
    ap.add_argument("--historical", action="store_true",
                    help="also judge each batch by the rules as they were before it (git)")
    ap.add_argument("--fp-target", type=float, default=0.01)
    args = ap.parse_args()
    from checkup_desktop.core.safety import check_text

    rows = load()
    batch, commits = batches(rows)
    groups = np.array(batch)
    from train_meaning_head import template_rows  # plain result statements, safety nets

    kb = knowledge_rows() + template_rows()
    data = Data(rows, learned.DIM_BITS, kb)
    print(f"{len(kb)} knowledge-base texts (safe, always trained on)")
    print(f"{len(rows)} sentences, {len(set(batch))} batches "
          f"({'git blame' if commits else 'hash folds'})")
    if not args.no_cv:
        rules_now = [bool(check_text(r["text"], r["kind"], r["lang"])) for r in rows]
        prob = np.zeros(len(rows))
        thr = np.zeros(len(rows))
        for g in sorted(set(batch)):
            te = np.flatnonzero(groups == g)
            tr = np.flatnonzero(groups != g)
            t = choose_threshold(data, tr, groups, args.fp_target)
            w, b = train(data, tr)
            prob[te] = predict(data, te, w, b)
            thr[te] = t
            print(f"  batch {g:2d}: {len(te):3d} sentences, threshold {t:.3f}", flush=True)
        model = [bool(p >= t) for p, t in zip(prob, thr, strict=True)]
        cols = {"model alone (held-out batch)": model,
                "today's rules alone (in-sample: tuned on every batch)": rules_now,
                "today's rules OR model": [a or b for a, b in zip(rules_now, model, strict=True)]}
        if args.historical and commits:
            hist = historical_flags(rows, batch, commits)
            keep = [i for i, h in enumerate(hist) if h is not None]
            sub = [rows[i] for i in keep]
            print(table(rows, cols))
            print(table(sub, {
                "rules before the batch was added (held-out)": [bool(hist[i]) for i in keep],
                "rules before the batch OR model (held-out)": [bool(hist[i]) or model[i]
                                                               for i in keep]}))
        else:
            print(table(rows, cols))
    t = choose_threshold(data, np.arange(len(rows)), groups, args.fp_target)
    w, b = train(data, np.arange(len(rows)))
    print(f"final model: threshold {t:.3f}, {int((w != 0).sum())} non-zero weights")
    if not args.no_write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(OUT, weights=w.astype(np.float16), bias=np.float64(b),
                            threshold=np.float64(t), bits=np.int64(learned.DIM_BITS))
        print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
