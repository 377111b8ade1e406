"""The lazy-grammar sampler on the real SmolLM2-135M, against llama-cpp-python's own chain."""

from __future__ import annotations

import json

import pytest

from checkup_desktop.core.llm import sampling
from checkup_desktop.core.llm.locate import default_model_path
from checkup_desktop.core.llm.prompts import card_schema

pytestmark = pytest.mark.model

PROMPTS = [
    "<|im_start|>user\nWrite a short JSON card about a high cholesterol result.<|im_end|>\n"
    "<|im_start|>assistant\n",
    "<|im_start|>user\nExplain in two sentences what a blood count is.<|im_end|>\n"
    "<|im_start|>assistant\n",
]
ENUM_SCHEMA = json.dumps({"type": "object", "properties": {
    "colour": {"enum": ["ultramarine", "vermilion"]}}, "required": ["colour"]})


@pytest.fixture(scope="module")
def llm():
    from llama_cpp import Llama

    model = Llama(str(default_model_path()), n_ctx=1024, n_threads=1, verbose=False)
    yield model
    model.close()


def generate(llm, prompt, *, lazy, schema=None, temp=0.0, seed=0, max_tokens=60):
    from llama_cpp import LlamaGrammar

    stock = type(llm)._init_sampler.__get__(llm)
    if lazy:
        sampling.install(llm)
    else:
        llm._init_sampler = stock
    grammar = LlamaGrammar.from_json_schema(schema, verbose=False) if schema else None
    out = llm.create_completion(prompt, max_tokens=max_tokens, temperature=temp, seed=seed,
                                grammar=grammar, repeat_penalty=1.1)
    checks = getattr(llm._sampler, "grammar_checks", None)
    llm._init_sampler = stock
    return out["choices"][0]["text"], checks


@pytest.mark.parametrize("schema", [None, card_schema(known=True), ENUM_SCHEMA])
@pytest.mark.parametrize("prompt", PROMPTS)
def test_greedy_output_is_the_same_as_llama_cpp_pythons_sampler(llm, prompt, schema):
    """At temperature 0 the lazy check must pick exactly the token the full-vocabulary
    grammar would: the highest-scoring token the grammar accepts."""
    stock, _ = generate(llm, prompt, lazy=False, schema=schema)
    lazy, checks = generate(llm, prompt, lazy=True, schema=schema)
    assert lazy == stock
    if schema == ENUM_SCHEMA:
        assert json.loads(lazy)["colour"] in ("ultramarine", "vermilion")
    if schema:
        assert sum(checks.values()) > 0


def test_the_grammar_is_asked_about_one_token_most_of_the_time(llm):
    text, checks = generate(llm, PROMPTS[0], lazy=True, schema=card_schema(known=True),
                            temp=0.2, max_tokens=120)
    assert text.startswith("{")
    total = sum(checks.values())
    assert total >= 20
    assert checks["one"] > total / 2, checks  # the cheap path is the common one


def test_a_grammar_the_model_would_never_follow_still_wins(llm):
    """'ultramarine' is far from what the model wants to say: the fallbacks (top k, then
    the whole vocabulary) must still produce valid JSON."""
    for seed in (1, 2, 3):
        text, checks = generate(llm, PROMPTS[1], lazy=True, schema=ENUM_SCHEMA, temp=0.8,
                                seed=seed)
        assert json.loads(text)["colour"] in ("ultramarine", "vermilion")
        assert checks["top_k"] + checks["vocabulary"] > 0


def test_same_seed_same_text_and_the_end_token_can_be_banned(llm):
    a, _ = generate(llm, PROMPTS[1], lazy=True, temp=0.8, seed=7, max_tokens=30)
    b, _ = generate(llm, PROMPTS[1], lazy=True, temp=0.8, seed=7, max_tokens=30)
    assert a == b
    sampling.install(llm)
    llm._checkup_banned = (llm.token_eos(),)
    out = llm.create_completion(PROMPTS[1], max_tokens=200, temperature=0.0)
    assert out["usage"]["completion_tokens"] == 200
