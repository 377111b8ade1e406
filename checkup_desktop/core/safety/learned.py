"""A small learned check beside the rules (issue 11 §1): logistic regression on hashed
character n-grams (2-5), word unigrams and bigrams, with the card language and the kind of text
as tokens. Trained offline on the red-team corpus (tests/redteam/sentences.tsv) by
scripts/train_safety_model.py, which also measures it leave-one-batch-out and writes the weights
and the threshold to resources/safety/learned_model.npz.

`unsafe_probability(text, kind, lang)` -> probability that a card sentence is unsafe;
`flags(text, kind, lang)` -> whether it reaches the shipped threshold. Without the weights file
(or numpy) the learned check is off and the rules alone judge.
"""

from __future__ import annotations

import math
import re
import unicodedata
import zlib
from functools import lru_cache

from checkup_desktop.paths import resources_dir

MODEL_FILE = "safety/learned_model.npz"
DIM_BITS = 18
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DIGITS.sub("0", text)
    return " ".join(text.split())


def tokens(text: str, kind: str, lang: str) -> set[str]:
    """The feature tokens of one sentence (before hashing)."""
    s = normalise(text)
    out = {f"K:{kind}", f"L:{lang}", f"KL:{kind}:{lang}"}
    padded = f" {s} "
    for n in range(2, 6):
        out.update("C:" + padded[i:i + n] for i in range(len(padded) - n + 1))
    words = _WORD.findall(s)
    out.update("W:" + w for w in words)
    out.update(f"B:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    out.update(f"KW:{kind}:{w}" for w in words[:3])  # how a title or question starts
    return out


def feature_indices(text: str, kind: str, lang: str, bits: int = DIM_BITS) -> list[int]:
    mask = (1 << bits) - 1
    return sorted({zlib.crc32(t.encode("utf-8")) & mask for t in tokens(text, kind, lang)})


@lru_cache(maxsize=1)
def _model():
    path = resources_dir() / MODEL_FILE
    try:
        import numpy as np

        with np.load(path) as z:
            return (z["weights"].astype(np.float32), float(z["bias"]), float(z["threshold"]),
                    int(z["bits"]))
    except (OSError, ImportError, KeyError, ValueError):
        return None


def available() -> bool:
    return _model() is not None


def threshold() -> float:
    m = _model()
    return m[2] if m else 1.0


def unsafe_probability(text: str, kind: str, lang: str) -> float | None:
    """The model's probability that the sentence is unsafe; None without the model."""
    m = _model()
    if m is None or not text.strip():
        return None
    weights, bias, _thr, bits = m
    idx = feature_indices(text, kind, lang, bits)
    z = bias + float(weights[idx].sum()) / math.sqrt(len(idx))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# A result's direction: a short title made of a test name and one of these ("High fasting
# glucose", "Hämoglobin erniedrigt", "空腹血糖偏高") is the plainest card title there is. With so
# few words the model is mostly its bias for titles (many unsafe titles name a disease), and it
# flagged them; the rules still judge such titles (a disease name, a verdict, another language).
_DIRECTION = {lang: re.compile(rx, re.IGNORECASE) for lang, rx in {
    "en": r"\b(?:high|higher|low|lower|raised|elevated|reduced|increased|decreased|above|below|"
          r"borderline|slightly|mildly|abnormal|positive|negative|outside)\b",
    "es": r"\b(?:alt[oa]s?|baj[oa]s?|elevad[oa]s?|por encima|por debajo|límite|ligeramente|"
          r"positiv[oa]|negativ[oa]|fuera)\b",
    "de": r"\b(?:hoch|erhöht|niedrig|erniedrigt|über|unter|leicht|grenzwertig|positiv|negativ)\b",
    "zh": r"偏高|偏低|升高|降低|高于|低于|阳性|异常",
}.items()}


def plain_result_title(text: str, kind: str, lang: str) -> bool:
    """A short title that only names a test and its direction (not for the learned check)."""
    # in the card's own language: "Elevated fasting glucose" on a Spanish card is not plain
    rx = _DIRECTION.get(lang)
    if kind != "title" or rx is None or not rx.search(text):
        return False
    return len(text) <= 16 if lang == "zh" else len(text.split()) <= 6


def flags(text: str, kind: str, lang: str) -> bool:
    p = unsafe_probability(text, kind, lang)
    return p is not None and p >= threshold()
