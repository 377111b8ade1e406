"""The meaning check (issue 11 §1): a small classifier on multilingual sentence vectors
(core/safety/sentence_encoder.py). The rules and the learned n-gram check see words; this sees
what a sentence says, so it also catches unsafe sentences worded unlike anything in the
red-team corpus, in any of the four card languages.

Model: one hidden layer (ReLU) on a sentence vector plus the card language and the kind of
text. The vector is the mean of the encoder's token states after layer 8 of 12 (LAYERS), not
its final sentence vector: on unseen red-team sentences the middle layer, which keeps more of
the wording, separated unsafe from safe far better (recall at 2% false positives 0.91 against
0.70, sets 11 and 12, trained on the corpus before they joined it). The head is trained on
tests/redteam/sentences.tsv by scripts/train_meaning_head.py, which chooses the threshold on
held-out folds and writes resources/safety/meaning_head.npz with the layer it was trained on.
Without the encoder's weights or the head file the check is off and the other checks judge
alone.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from checkup_desktop.core.safety import sentence_encoder
from checkup_desktop.paths import resources_dir

HEAD_FILE = "safety/meaning_head.npz"
LANGS = ("en", "zh", "es", "de")
KINDS = ("title", "explanation", "question")
LAYERS = 8  # the encoder layer whose states are pooled (see above)
SCALE = 10.0  # unit vectors have entries ~0.05: scaled to the size of the one-hot part


def features(vectors: np.ndarray, kinds: list[str], langs: list[str]) -> np.ndarray:
    """Sentence vectors plus one-hot language, kind and language x kind."""
    oh = np.zeros((len(kinds), len(LANGS) + len(KINDS) + len(LANGS) * len(KINDS)), np.float32)
    for i, (kind, lang) in enumerate(zip(kinds, langs, strict=True)):
        li = LANGS.index(lang) if lang in LANGS else 0
        ki = KINDS.index(kind) if kind in KINDS else 1
        oh[i, li] = oh[i, len(LANGS) + ki] = oh[i, len(LANGS) + len(KINDS) + li * 3 + ki] = 1
    return np.hstack([vectors * SCALE, oh]).astype(np.float32)


def forward(params: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Probability of "unsafe" for each row of features."""
    h = np.maximum(x @ params["w1"] + params["b1"], 0.0)
    z = h @ params["w2"] + params["b2"]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


@lru_cache(maxsize=1)
def _head() -> tuple[dict[str, np.ndarray], float] | None:
    try:
        with np.load(resources_dir() / HEAD_FILE) as z:
            if int(z["layers"]) != LAYERS:  # a head trained on other vectors would misjudge
                return None
            params = {k: z[k].astype(np.float32) for k in ("w1", "b1", "w2", "b2")}
            return params, float(z["threshold"])
    except (OSError, KeyError, ValueError):
        return None


def available() -> bool:
    return _head() is not None and sentence_encoder.available()


@lru_cache(maxsize=4096)  # a card's sentences are judged again after each rewrite
def unsafe_probability(text: str, kind: str, lang: str) -> float | None:
    head = _head()
    if head is None or not text.strip():
        return None
    vec = sentence_encoder.embed([text], LAYERS)
    if vec is None:
        return None
    return float(forward(head[0], features(vec, [kind], [lang]))[0])


def flags(text: str, kind: str, lang: str) -> bool:
    head = _head()
    p = unsafe_probability(text, kind, lang)
    return head is not None and p is not None and p >= head[1]
