"""Vision path end to end on a tiny random-weight model pair built here: a 1-block llama
(SmolLM2's tokenizer) and a LLaVA-style clip projector ("mlp") that llama.cpp's MTMD loads.
Random weights read nothing meaningful; the test proves the plumbing: page image ->
projector -> model -> grammar-bound JSON -> Finding rows with source="image"."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from checkup_desktop.core.cancel import Cancelled, CancelToken
from checkup_desktop.core.events import Done, Progress
from checkup_desktop.core.llm.errors import ModelError, ModelFileError
from checkup_desktop.core.llm.locate import default_model_path
from checkup_desktop.core.llm.runtime import ModelRuntime
from checkup_desktop.core.llm.vision import VisionPageScanner, rows_to_findings
from checkup_desktop.core.pdf import read_pdf
from checkup_desktop.core.pipeline import analyze

pytestmark = pytest.mark.model

# GGUF metadata value types: code -> struct format (8 = string, 9 = array)
_SC = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q",
       11: "<q", 12: "<d"}


def read_tokenizer(path: Path) -> dict:
    """The `tokenizer.*` metadata of a GGUF, arrays included, as typed tuples."""
    out = {}
    with open(path, "rb") as f:
        assert f.read(4) == b"GGUF"
        _version, _tensors, n_kv = struct.unpack("<IQQ", f.read(20))

        def rd(fmt):
            return struct.unpack(fmt, f.read(struct.calcsize(fmt)))[0]

        def rs():
            return f.read(rd("<Q")).decode("utf-8", "surrogatepass")

        def val(t):
            if t in _SC:
                return (t, rd(_SC[t]))
            if t == 8:
                return (t, rs())
            item, n = rd("<I"), rd("<Q")
            return (9, item, [val(item)[1] for _ in range(n)])

        for _ in range(n_kv):
            key = rs()
            value = val(rd("<I"))
            if key.startswith("tokenizer."):
                out[key] = value
    return out


def _s(text: str) -> bytes:
    b = text.encode("utf-8", "surrogatepass")
    return struct.pack("<Q", len(b)) + b


def _typed(v):
    if isinstance(v, tuple):
        return v
    if isinstance(v, bool):
        return (7, v)
    if isinstance(v, int):
        return (4, v)
    if isinstance(v, float):
        return (6, v)
    if isinstance(v, str):
        return (8, v)
    return (9, 6, v)  # list of floats


def _value(typed) -> bytes:
    t = typed[0]
    if t in _SC:
        return struct.pack("<I", t) + struct.pack(_SC[t], typed[1])
    if t == 8:
        return struct.pack("<I", 8) + _s(typed[1])
    item, items = typed[1], typed[2]
    body = b"".join(_s(x) if item == 8 else struct.pack(_SC[item], x) for x in items)
    return struct.pack("<IIQ", 9, item, len(items)) + body


def write(path: Path, kv: dict, tensors: dict) -> Path:
    """tensors: name -> float32 array; numpy shape is the GGUF ne order reversed."""
    head = b"GGUF" + struct.pack("<IQQ", 3, len(tensors), len(kv))
    head += b"".join(_s(k) + _value(_typed(v)) for k, v in kv.items())
    infos, blobs, offset = b"", [], 0
    for name, arr in tensors.items():
        data = np.ascontiguousarray(arr, dtype=np.float32).tobytes()
        ne = list(reversed(arr.shape))
        infos += _s(name) + struct.pack("<I", len(ne))
        infos += b"".join(struct.pack("<Q", d) for d in ne) + struct.pack("<IQ", 0, offset)
        pad = -len(data) % 32
        blobs.append(data + b"\0" * pad)
        offset += len(data) + pad
    body = head + infos
    body += b"\0" * (-len(body) % 32)
    path.write_bytes(body + b"".join(blobs))
    return path


CHATML_WITH_PARTS = (  # like real VLM templates: content may be a list of text/image parts
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n"
    "{% if m['content'] is string %}{{ m['content'] }}{% else %}"
    "{% for p in m['content'] %}{% if p['type'] == 'text' %}{{ p['text'] }}"
    "{% else %}<__media__>{% endif %}{% endfor %}{% endif %}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def build(folder: Path, tokenizer_src: Path, *, n_embd: int = 64) -> tuple[Path, Path]:
    """(model, mmproj): 1-block llama of width 64 and a 32x32-pixel clip + 2-layer MLP."""
    rng = np.random.default_rng(0)

    def r(*shape):
        return (rng.standard_normal(shape) * 0.02).astype(np.float32)

    def ones(n):
        return np.ones(n, np.float32)

    def zeros(n):
        return np.zeros(n, np.float32)

    tok = read_tokenizer(tokenizer_src)
    n_vocab, n_ff, n_head = len(tok["tokenizer.ggml.tokens"][2]), 128, 2
    kv = {"general.architecture": "llama", "general.name": "tiny-vlm-test",
          "llama.context_length": 2048, "llama.embedding_length": n_embd,
          "llama.block_count": 1, "llama.feed_forward_length": n_ff,
          "llama.attention.head_count": n_head, "llama.attention.head_count_kv": n_head,
          "llama.attention.layer_norm_rms_epsilon": 1e-5, "llama.rope.freq_base": 10000.0,
          "llama.vocab_size": n_vocab, "llama.rope.dimension_count": n_embd // n_head,
          **tok, "tokenizer.chat_template": CHATML_WITH_PARTS}
    tensors = {"token_embd.weight": r(n_vocab, n_embd), "output_norm.weight": ones(n_embd),
               "blk.0.attn_norm.weight": ones(n_embd), "blk.0.ffn_norm.weight": ones(n_embd),
               "blk.0.ffn_gate.weight": r(n_ff, n_embd), "blk.0.ffn_up.weight": r(n_ff, n_embd),
               "blk.0.ffn_down.weight": r(n_embd, n_ff)}
    for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
        tensors[f"blk.0.{name}.weight"] = r(n_embd, n_embd)
    model = write(folder / "tiny-vlm.gguf", kv, tensors)

    v_embd, v_ff, image, patch, hidden = 32, 48, 32, 8, 96
    kv = {"general.architecture": "clip", "general.name": "tiny-vlm-mmproj",
          "clip.has_vision_encoder": True, "clip.projector_type": "mlp",
          "clip.vision.image_size": image, "clip.vision.patch_size": patch,
          "clip.vision.embedding_length": v_embd, "clip.vision.feed_forward_length": v_ff,
          "clip.vision.block_count": 1, "clip.vision.attention.head_count": 2,
          "clip.vision.attention.layer_norm_epsilon": 1e-5,
          "clip.vision.projection_dim": n_embd, "clip.use_gelu": True,
          "clip.vision.image_mean": [0.5, 0.5, 0.5], "clip.vision.image_std": [0.5, 0.5, 0.5]}
    tensors = {"v.patch_embd.weight": r(v_embd, 3, patch, patch), "v.class_embd": r(v_embd),
               "v.position_embd.weight": r((image // patch) ** 2 + 1, v_embd),
               "v.pre_ln.weight": ones(v_embd), "v.pre_ln.bias": zeros(v_embd),
               "v.blk.0.ffn_up.weight": r(v_ff, v_embd), "v.blk.0.ffn_up.bias": zeros(v_ff),
               "v.blk.0.ffn_down.weight": r(v_embd, v_ff),
               "v.blk.0.ffn_down.bias": zeros(v_embd),
               "mm.0.weight": r(hidden, v_embd), "mm.0.bias": zeros(hidden),
               "mm.2.weight": r(n_embd, hidden), "mm.2.bias": zeros(n_embd)}
    for name in ("attn_q", "attn_k", "attn_v", "attn_out"):
        tensors[f"v.blk.0.{name}.weight"] = r(v_embd, v_embd)
        tensors[f"v.blk.0.{name}.bias"] = zeros(v_embd)
    for name in ("ln1", "ln2"):
        tensors[f"v.blk.0.{name}.weight"] = ones(v_embd)
        tensors[f"v.blk.0.{name}.bias"] = zeros(v_embd)
    proj = write(folder / "mmproj-tiny-vlm.gguf", kv, tensors)
    return model, proj


@pytest.fixture(scope="module")
def tiny_vlm(tmp_path_factory):
    return build(tmp_path_factory.mktemp("vlm"), default_model_path())


@pytest.fixture(scope="module")
def runtime(tiny_vlm):
    model, proj = tiny_vlm
    with ModelRuntime(model, mmproj_path=proj, n_ctx=1024) as rt:
        yield rt


def image_only_pdf(path: Path) -> Path:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 120, 90), 0)
    pix.clear_with(230)
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=220)
    page.insert_image(page.rect, pixmap=pix)
    doc.save(path)
    doc.close()
    return path


def test_rows_to_findings_parses_and_drops_unusable_rows():
    text = json.dumps({"rows": [
        {"label": "Glucose", "value": "7.2", "unit": "mmol/L", "reference_range": "3.9-6.1",
         "flag": "high"},
        {"label": "", "value": "1", "unit": "", "reference_range": "", "flag": "normal"},
        {"label": "Note", "value": "see doctor", "unit": "", "reference_range": "",
         "flag": "abnormal"},
    ]})
    rows = rows_to_findings(text, page=3)
    assert [(f.label, f.value_num, f.flag, f.page, f.source) for f in rows] == [
        ("Glucose", 7.2, "high", 3, "image"), ("Note", None, "abnormal", 3, "image")]
    assert rows[0].text == "Glucose 7.2 mmol/L 3.9-6.1"
    assert rows_to_findings('{"rows": [', page=1) == []


def test_scanner_reads_an_image_only_page_into_image_findings(runtime, tmp_path):
    doc = read_pdf(image_only_pdf(tmp_path / "scan.pdf"))
    assert doc.unread_pages == [1]
    scanner = VisionPageScanner(runtime, min_rows=1, max_rows=1, max_cell=8, max_tokens=200)
    gen = scanner.scan(doc, 1, cancel=CancelToken())
    events = []
    while True:
        try:
            events.append(next(gen))
        except StopIteration as stop:
            findings = stop.value
            break
    assert events and all(isinstance(e, Progress) and e.stage == "scanning" for e in events)
    answer = json.loads(scanner.last_text)  # the grammar made it valid JSON
    assert len(answer["rows"]) == 1
    row = answer["rows"][0]
    if row["label"].strip() and row["value"].strip():
        assert len(findings) == 1
        f = findings[0]
        assert (f.source, f.page, f.bbox, f.kind) == ("image", 1, None, "lab")
        assert f.label == " ".join(row["label"].split())
    else:  # whitespace-only cells are dropped
        assert findings == []
    # the same runtime still writes text afterwards (image positions left the cache)
    out = runtime.complete_text([{"role": "user", "content": "Hi"}], max_tokens=3)
    assert out.generated_tokens == 3


def test_pipeline_uses_the_scanner_for_image_only_pages(runtime, tmp_path):
    path = image_only_pdf(tmp_path / "scan.pdf")
    scanner = VisionPageScanner(runtime, min_rows=1, max_rows=1, max_cell=8, max_tokens=200)
    probe = VisionPageScanner(runtime, min_rows=1, max_rows=1, max_cell=8, max_tokens=200)
    found = list(_drain(probe.scan(read_pdf(path), 1, cancel=CancelToken())))
    # the tiny model is seeded: it writes the same non-blank cell every run
    assert found, "the random vision model wrote only blanks"
    events = list(analyze(path, scanner=scanner))
    analysis = next(e.analysis for e in events if isinstance(e, Done))
    assert analysis.unread_pages == []  # the scanned page counts as read
    assert analysis.findings and all(f.source == "image" for f in analysis.findings)


def _drain(gen):
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value or []


def test_cancel_during_a_scan_stops_it_and_the_runtime_recovers(runtime, tmp_path):
    doc = read_pdf(image_only_pdf(tmp_path / "scan.pdf"))
    scanner = VisionPageScanner(runtime, min_rows=1, max_rows=1, max_cell=8, max_tokens=200)
    token = CancelToken()
    with pytest.raises(Cancelled):
        for _event in scanner.scan(doc, 1, cancel=token):
            token.cancel()
    # killed or stopped: either way the next request works (a fresh child if needed)
    assert runtime.complete_text([{"role": "user", "content": "Hi"}], max_tokens=2)


def test_projector_problems_are_plain_errors(tiny_vlm, tmp_path):
    model, proj = tiny_vlm
    with pytest.raises(ModelFileError, match="not a vision projector"):
        ModelRuntime(model, mmproj_path=model)
    with pytest.raises(ModelFileError, match="belongs to a different model"):
        ModelRuntime(default_model_path(), mmproj_path=proj)  # 576-wide model, 64-wide proj
    with pytest.raises(ModelError, match="vision projector"):
        VisionPageScanner(ModelRuntime(model))


def test_a_scanned_page_is_capped_in_image_tokens(runtime):
    """Issue 11 §7: a page cannot take minutes. The runtime asks llama.cpp for at most
    `image_max_tokens` per image (the manifest's value for recommended models) and the page is
    rendered no larger than that budget."""
    import llama_cpp.mtmd_cpp as mtmd_cpp

    from checkup_desktop.core.llm.factory import image_token_cap
    from checkup_desktop.core.llm.manager import load_manifest
    from checkup_desktop.core.llm.model_process import _CappedMtmd
    from checkup_desktop.core.llm.runtime import DEFAULT_MAX_IMAGE_TOKENS
    from checkup_desktop.core.llm.vision import TOKEN_SIDE_PX, page_zoom

    assert runtime.config.image_max_tokens == DEFAULT_MAX_IMAGE_TOKENS <= 1024
    assert VisionPageScanner(runtime).max_image_tokens == DEFAULT_MAX_IMAGE_TOKENS
    # the parameters the chat handler gets from the real bindings carry the cap
    params = _CappedMtmd(mtmd_cpp, 300).mtmd_context_params_default()
    assert params.image_max_tokens == 300
    assert _CappedMtmd(mtmd_cpp, 300).mtmd_init_from_file is mtmd_cpp.mtmd_init_from_file
    for width, height in ((595, 842), (612, 792), (842, 1191)):  # A4, Letter, A3
        zoom = page_zoom(width, height, 768)
        tokens = (width * zoom / TOKEN_SIDE_PX) * (height * zoom / TOKEN_SIDE_PX)
        assert 700 < tokens <= 768.5 and zoom < 1.5
    assert page_zoom(300, 220, 768) == 1.5  # a small page keeps the normal zoom
    for entry in load_manifest():
        if entry.vision:
            assert image_token_cap(entry.file("model").filename) == entry.max_image_tokens
    assert image_token_cap("some-other-model.gguf") is None
