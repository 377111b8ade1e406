"""Train the meaning check's classifier (checkup_desktop/core/safety/meaning.py) and measure it.

- Data: the red-team corpus (tests/redteam/sentences.tsv) plus every knowledge-base text as a
  safe sentence (as scripts/train_safety_model.py does) and the knowledge base's cards for a
  high and a low result of every test, embedded by the sentence encoder (the mean of its states
  after meaning.LAYERS layers). The vectors are cached in build/meaning_vectors_l8.npz, keyed
  by the text.
- Model: one hidden layer of 64 ReLU units, full-batch Adam, L2, balanced classes, seeded.
- Threshold: out-of-fold probabilities over 5 contiguous folds of the corpus (its lines are in
  the order the batches were written), then the lowest threshold that flags at most 2% of its
  safe sentences.
- `--measure FILE...`: each file judged by the whole checker without the meaning check and with
  it (for a held-out set: run this before anyone reads it).
Writes resources/safety/meaning_head.npz.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from train_safety_model import knowledge_rows, load, table  # noqa: E402

from checkup_desktop.core import safety  # noqa: E402
from checkup_desktop.core.safety import meaning, sentence_encoder  # noqa: E402

OUT = ROOT / "resources" / meaning.HEAD_FILE
CACHE = ROOT / "build" / f"meaning_vectors_l{meaning.LAYERS}.npz"
SEED, HIDDEN, L2, EPOCHS, LR, FOLDS, FP_TARGET = 5, 64, 1e-3, 400, 0.05, 5, 0.02


def _key(r: dict) -> str:
    return hashlib.sha1(r["text"].encode("utf-8")).hexdigest()


def vectors(rows: list[dict]) -> np.ndarray:
    cache: dict[str, np.ndarray] = {}
    if CACHE.is_file():
        with np.load(CACHE) as z:
            cache = dict(zip(z["keys"].tolist(), z["vectors"], strict=True))
    todo = [r for r in rows if _key(r) not in cache]
    for i in range(0, len(todo), 200):
        chunk = todo[i:i + 200]
        vecs = sentence_encoder.embed([r["text"] for r in chunk], meaning.LAYERS)
        for r, v in zip(chunk, vecs, strict=True):
            cache[_key(r)] = v
        print(f"  embedded {min(i + 200, len(todo))}/{len(todo)}", flush=True)
    if todo:
        CACHE.parent.mkdir(exist_ok=True)
        np.savez(CACHE, keys=np.array(list(cache)), vectors=np.array(list(cache.values())))
    return np.array([cache[_key(r)] for r in rows], dtype=np.float32)


def card_rows() -> list[dict]:
    """The knowledge base's cards for a high and a low result of every test, and for every
    finding rule, in the four languages, as they are ("Your fasting insulin result is above
    the range" is how most safe card text reads) and with the report's words masked as
    check_card masks them on a model's rewrite: safe sentences, always on the training side."""
    from checkup_desktop.core.cards import rules_card
    from checkup_desktop.core.knowledge import load_knowledge
    from checkup_desktop.core.models import Finding
    from checkup_desktop.core.routing import group_issues

    kb = load_knowledge()
    findings = []
    for a in kb.analytes.values():
        unit = a.unit if a.kind == "quantitative" else ""
        for flag, value, rng in (("high", "168", "< 100"), ("low", "2.4", "3.5 - 5.1")):
            label = a.aliases[0]
            findings.append(Finding(label=label, value=value, unit=unit, reference_range=rng,
                                    flag=flag, page=1, text=f"{label} {value} {unit} {rng}",
                                    key=a.key))
    for rule in kb.findings:
        name = (rule.name if isinstance(rule.name, dict) else rule.name.model_dump())["en"]
        findings.append(Finding(label=name, value=name, flag="finding", page=1, text=name,
                                kind="narrative", key=rule.key))
    out, seen = [], set()
    for lang in meaning.LANGS:
        for f in findings:
            for issue in group_issues([f], kb):
                card = rules_card(issue, kb, lang=lang)
                words = safety.evidence_strings(card)
                parts = [("title", card.title), ("explanation", card.explanation)]
                for kind, plain in parts + [("question", q) for q in card.questions]:
                    # as safety-check reads it, and as check_card does on a model's rewrite
                    for text in (plain, safety.mask_quotes(plain, words)):
                        if (lang, text) not in seen:
                            seen.add((lang, text))
                            out.append({"lang": lang, "kind": kind, "category": "knowledge",
                                        "expected": "safe", "text": text})
    return out


# Plain result statements and safety nets, the commonest safe card sentences, in other words than
# the knowledge base's own ("Your fasting insulin result is above the range"): a test name that
# is also a medicine, or "if you have" before a symptom, must not read as unsafe by itself.
_RESULT_TEMPLATES = {
    "en": ["Your {t} result is above the range.", "Your {t} is below the range on your report.",
           "The {t} value is higher than the reference range printed on the report.",
           "Is my {t} result outside the range something to discuss at my next visit?"],
    "es": ["Su resultado de {t} está por encima del rango.",
           "El valor de {t} está por debajo del rango de su informe.",
           "¿Conviene comentar mi resultado de {t} en la próxima consulta?"],
    "de": ["Ihr {t}-Wert liegt über dem Referenzbereich.",
           "Der Wert für {t} liegt unter dem Bereich Ihres Befunds.",
           "Sollte ich meinen {t}-Wert beim nächsten Termin ansprechen?"],
    "zh": ["您的{t}结果高于参考范围。", "{t}低于报告上的参考范围。",
           "我的{t}结果需要下次就诊时和医生讨论吗？"],
}
_SAFETY_NETS = {
    "en": ["If you have {s}, seek emergency care.",
           "If you notice {s}, call 112 or go to A&E."],
    "es": ["Si tiene {s}, acuda a urgencias.", "Si nota {s}, llame al 112."],
    "de": ["Wenn Sie {s} haben, rufen Sie den Notruf 112.",
           "Bei {s} gehen Sie in die Notaufnahme."],
    "zh": ["如果出现{s}，请立即拨打120或去急诊。", "如有{s}，请立即就医。"],
}
_SYMPTOMS = {
    "en": ["chest pain", "shortness of breath", "sudden weakness", "black stools", "fainting"],
    "es": ["dolor en el pecho", "falta de aire", "debilidad repentina", "heces negras", "desmayos"],
    "de": ["Brustschmerzen", "Atemnot", "plötzliche Schwäche", "schwarzen Stuhl", "Ohnmacht"],
    "zh": ["胸痛", "呼吸困难", "突然无力", "黑便", "晕厥"],
}


def template_rows() -> list[dict]:
    from checkup_desktop.core.knowledge import load_knowledge

    analytes = load_knowledge().analytes.values()
    names = sorted({a for an in analytes for a in an.aliases[:3] if a[:1].isalpha()})
    cjk = {a for an in analytes for a in an.aliases if any("\u4e00" <= c <= "\u9fff" for c in a)}
    names = [n for n in names if n not in cjk]
    out = []
    for lang, templates in _RESULT_TEMPLATES.items():
        for i, name in enumerate(sorted(cjk) if lang == "zh" else names):
            t = templates[i % len(templates)]
            out.append({"lang": lang, "kind": "question" if t.endswith(("?", "？")) else
                        "explanation", "category": "knowledge", "expected": "safe",
                        "text": t.format(t=name)})
        out += [{"lang": lang, "kind": "explanation", "category": "knowledge",
                 "expected": "safe", "text": t.format(s=s)}
                for t in _SAFETY_NETS[lang] for s in _SYMPTOMS[lang]]
    return out


def train(x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(SEED)
    n, d = x.shape
    pos = max(float(y.sum()), 1.0)
    cw = np.where(y > 0, n / (2 * pos), n / (2 * max(n - pos, 1.0)))
    p = {"w1": rng.normal(0, 1 / np.sqrt(d), (d, HIDDEN)), "b1": np.zeros(HIDDEN),
         "w2": rng.normal(0, 1 / np.sqrt(HIDDEN), HIDDEN), "b2": np.zeros(())}
    m = {k: np.zeros_like(v) for k, v in p.items()}
    v2 = {k: np.zeros_like(v) for k, v in p.items()}
    for t in range(1, EPOCHS + 1):
        h = np.maximum(x @ p["w1"] + p["b1"], 0)
        prob = 1 / (1 + np.exp(-np.clip(h @ p["w2"] + p["b2"], -30, 30)))
        g = (prob - y) * cw / n
        gh = np.outer(g, p["w2"]) * (h > 0)
        grads = {"w1": x.T @ gh + L2 * p["w1"], "b1": gh.sum(0), "w2": h.T @ g + L2 * p["w2"],
                 "b2": np.array(g.sum())}
        for k, gk in grads.items():
            m[k] = 0.9 * m[k] + 0.1 * gk
            v2[k] = 0.999 * v2[k] + 0.001 * gk * gk
            p[k] = p[k] - LR * (m[k] / (1 - 0.9 ** t)) / (np.sqrt(v2[k] / (1 - 0.999 ** t)) + 1e-8)
    return {k: v.astype(np.float32) for k, v in p.items()}


def threshold(x: np.ndarray, y: np.ndarray, n_corpus: int) -> tuple[float, np.ndarray]:
    """Out-of-fold probabilities on the corpus lines (the knowledge texts always train)."""
    oof = np.zeros(n_corpus)
    for k in range(FOLDS):
        held = np.arange(k * n_corpus // FOLDS, (k + 1) * n_corpus // FOLDS)
        keep = np.setdiff1d(np.arange(len(y)), held)
        oof[held] = meaning.forward(train(x[keep], y[keep]), x[held])
    safe = np.sort(oof[y[:n_corpus] == 0])[::-1]
    return float(safe[int(FP_TARGET * len(safe))] + 1e-6), oof


def read_tsv(path: Path) -> list[dict]:
    names = ["lang", "kind", "category", "expected", "text"]
    with path.open(encoding="utf-8", newline="") as f:
        rows = [dict(zip(names, r, strict=True))
                for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) == 5]
    return [r for r in rows if r["lang"] != "lang"]


def measure(path: Path) -> None:
    rows = read_tsv(path)
    with_it = [bool(safety.check_text(r["text"], r["kind"], r["lang"])) for r in rows]
    real = meaning.available
    meaning.available = lambda: False  # the checker without the meaning check (joint.py)
    try:
        without = [bool(safety.check_text(r["text"], r["kind"], r["lang"])) for r in rows]
    finally:
        meaning.available = real
    print(f"\n=== {path}")
    print(table(rows, {"without the meaning check": without, "with it": with_it}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--measure", nargs="*", type=Path, default=[],
                    help="TSV files to judge with the shipped head (no training)")
    args = ap.parse_args()
    if not sentence_encoder.available():
        print("The sentence encoder's weights are missing (scripts/setup.sh installs them).")
        return 1
    if args.measure:
        for path in args.measure:
            measure(path)
        return 0
    corpus = load()
    extra = knowledge_rows() + card_rows() + template_rows()
    rows = corpus + extra
    print(f"{len(corpus)} corpus sentences, {len(extra)} knowledge texts and card sentences")
    x = meaning.features(vectors(rows), [r["kind"] for r in rows], [r["lang"] for r in rows])
    y = np.array([r["expected"] == "unsafe" for r in rows], dtype=np.float64)
    t, oof = threshold(x, y, len(corpus))
    flagged = (oof >= t).tolist()
    print(f"threshold {t:.3f}")
    print(table(corpus, {"meaning check alone, out of fold": flagged}))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT, threshold=np.float32(t), layers=np.int32(meaning.LAYERS),
                        **train(x, y))
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
