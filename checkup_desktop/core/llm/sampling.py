"""Token sampling in the model process, with the JSON grammar checked lazily.

llama-cpp-python's sampler chain runs the grammar over the whole vocabulary (49k tokens for
SmolLM2) at every step before top-k: measured here, that costs more than the model's own
decode step (~12 ms per token, decode at 39 instead of 74 tokens/s). Like llama.cpp's own
`common_sampler`, this sampler first samples as if there were no grammar and asks the
grammar only about that one token; when the grammar refuses it, it asks about the top-k
candidates, and only when none of them fits about the whole vocabulary. The chosen token is
always one the grammar accepts, so the output still follows the schema.

Same knobs and order as llama-cpp-python's chain: repeat penalty over the last tokens
generated, top-k, top-p, min-p, temperature, then a seeded draw (greedy at temperature 0).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterable
from typing import Any

import numpy as np

PENALTY_LAST_N = 64  # llama-cpp-python's default last_n_tokens_size

_TOKEN_DATA = np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)], align=True)


class GrammarFirstSampler:
    """Drop-in for llama-cpp-python's `LlamaSampler` inside `Llama.generate` (which only
    calls `sample(ctx, idx)`). Built by `install(llm)` for each generation."""

    def __init__(
        self, llm: Any, *, grammar: Any = None, temp: float = 0.8, top_k: int = 40,
        top_p: float = 0.95, min_p: float = 0.05, repeat_penalty: float = 1.0,
        logits_processor: Any = None, banned: Iterable[int] = (), **_ignored: Any,
    ):
        import llama_cpp

        self._lib = llama_cpp
        self.llm = llm
        self.n_vocab = llm.n_vocab()
        self.temp, self.top_k, self.top_p, self.min_p = temp, max(1, top_k), top_p, min_p
        self.repeat_penalty = repeat_penalty
        self.logits_processor = logits_processor
        self.banned = np.array(sorted(set(banned)), dtype=np.intc)
        self.history: list[int] = []
        self.rng = np.random.default_rng(llm._seed & 0xFFFFFFFF)
        self.grammar = None
        if grammar is not None:
            self.grammar = llama_cpp.llama_sampler_init_grammar(
                llm._model.vocab, grammar._grammar.encode("utf-8"),
                grammar._root.encode("utf-8"))
            if not self.grammar:
                raise ValueError("the JSON grammar could not be compiled")
        # how often the grammar was asked about one token / the top k / the whole
        # vocabulary (the tests check the cheap path is the common one)
        self.grammar_checks = {"one": 0, "top_k": 0, "vocabulary": 0}

    # -- the interface Llama.generate uses
    def sample(self, ctx: Any, idx: int = -1) -> int:
        ptr = self._lib.llama_get_logits_ith(ctx.ctx, idx)
        logits = np.ctypeslib.as_array(ptr, shape=(self.n_vocab,)).astype(np.single)
        self._adjust(logits)
        token = self._choose(logits)
        if self.grammar is not None:
            self._lib.llama_sampler_accept(self.grammar, token)
        self.history.append(token)
        return token

    def close(self) -> None:
        grammar, self.grammar = self.grammar, None
        if grammar is not None:
            try:
                self._lib.llama_sampler_free(grammar)
            except Exception:  # noqa: BLE001 - at interpreter exit the library may be gone
                pass

    def __del__(self) -> None:
        self.close()

    # -- steps
    def _adjust(self, logits: np.ndarray) -> None:
        if self.logits_processor is not None:
            for proc in self.logits_processor:
                logits[:] = proc(self.llm._input_ids, logits)
        if self.banned.size:
            logits[self.banned] = -np.inf
        if self.repeat_penalty != 1.0 and self.history:
            recent = np.unique(np.asarray(self.history[-PENALTY_LAST_N:], dtype=np.intc))
            vals = logits[recent]
            logits[recent] = np.where(vals > 0, vals / self.repeat_penalty,
                                      vals * self.repeat_penalty)

    def _choose(self, logits: np.ndarray) -> int:
        k = min(self.top_k, self.n_vocab)
        top = np.argpartition(logits, -k)[-k:]
        top = top[np.argsort(-logits[top], kind="stable")]
        token = self._draw(top, logits[top])
        if self.grammar is None or self._allowed(np.array([token]), logits)[0]:
            if self.grammar is not None:
                self.grammar_checks["one"] += 1
            return token
        ok = self._allowed(top, logits)  # usually a fitting token is among the top k
        if ok.any():
            self.grammar_checks["top_k"] += 1
            return self._draw(top[ok], logits[top[ok]])
        self.grammar_checks["vocabulary"] += 1
        ids = np.flatnonzero(np.isfinite(logits)).astype(np.intc)
        ids = ids[self._allowed(ids, logits)]
        if ids.size == 0:  # nothing fits (e.g. end of text banned): end the generation
            return int(self.llm.token_eos())
        ids = ids[np.argsort(-logits[ids], kind="stable")][:k]
        return self._draw(ids, logits[ids])

    def _draw(self, ids: np.ndarray, logits: np.ndarray) -> int:
        """ids sorted by logit, highest first: top-p, min-p, temperature, draw."""
        if self.temp <= 0 or ids.size == 1:
            return int(ids[0])
        shifted = logits - logits[0]
        p = np.exp(shifted)
        p /= p.sum()
        keep = ids.size
        if self.top_p < 1.0:
            keep = min(keep, int(np.searchsorted(np.cumsum(p), self.top_p)) + 1)
        if self.min_p > 0.0:
            keep = min(keep, int(np.count_nonzero(shifted[:keep] >= np.log(self.min_p))))
        keep = max(keep, 1)
        q = np.exp(shifted[:keep] / self.temp)
        q /= q.sum()
        return int(ids[self.rng.choice(keep, p=q)])

    def _allowed(self, ids: np.ndarray, logits: np.ndarray) -> np.ndarray:
        """Which of `ids` the grammar accepts next (it marks the others -inf)."""
        data = np.zeros(ids.size, dtype=_TOKEN_DATA)
        data["id"] = ids
        data["logit"] = np.where(np.isfinite(logits[ids]), logits[ids], 0.0)
        arr = self._lib.llama_token_data_array(
            data=data.ctypes.data_as(self._lib.llama_token_data_p), size=ids.size,
            selected=-1, sorted=False)
        self._lib.llama_sampler_apply(self.grammar, ctypes.byref(arr))
        return np.isfinite(data["logit"]) & np.isfinite(logits[ids])


def install(llm: Any) -> None:
    """Make every later generation of `llm` use GrammarFirstSampler (same arguments as
    llama-cpp-python's own sampler, plus `banned` token ids set per request)."""
    llm._checkup_banned = ()

    def init_sampler(**kw: Any) -> GrammarFirstSampler:
        old = llm._sampler
        if old is not None and hasattr(old, "close"):
            old.close()
        return GrammarFirstSampler(llm, banned=llm._checkup_banned, **kw)

    llm._init_sampler = init_sampler
