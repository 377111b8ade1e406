"""The learned safety check (checkup_desktop/core/safety/learned.py): shipped weights load, it
is cheap, deterministic, combined with the rules in check_text, and knowledge-base text (trusted)
is exempt. Its held-out figures are printed by scripts/train_safety_model.py."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import numpy as np
import pytest

from checkup_desktop.core.safety import check_text, classify, joint, learned, meaning
from checkup_desktop.core.safety.rules import violations
from checkup_desktop.paths import resources_dir

CORPUS = Path(__file__).parent / "redteam" / "sentences.tsv"


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    with CORPUS.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_weights_ship_small_and_load():
    path = resources_dir() / learned.MODEL_FILE
    assert path.is_file()
    assert path.stat().st_size < 2_000_000
    assert learned.available()
    with np.load(path) as z:
        assert int(z["bits"]) == learned.DIM_BITS
        assert z["weights"].shape == (1 << learned.DIM_BITS,)
    assert 0.05 <= learned.threshold() <= 0.99


def test_features_are_deterministic_and_carry_kind_and_language():
    a = learned.feature_indices("Your TSH is above the range.", "explanation", "en")
    assert a == learned.feature_indices("Your  TSH is above the range.", "explanation", "en")
    assert a != learned.feature_indices("Your TSH is above the range.", "title", "en")
    assert a != learned.feature_indices("Your TSH is above the range.", "explanation", "de")
    toks = learned.tokens("TSH 偏高", "title", "zh")
    assert {"K:title", "L:zh", "KL:title:zh", "C:偏高"} <= toks


def test_probabilities_separate_the_corpus(corpus):
    p_unsafe = [learned.unsafe_probability(r["text"], r["kind"], r["lang"])
                for r in corpus if r["expected"] == "unsafe"]
    p_safe = [learned.unsafe_probability(r["text"], r["kind"], r["lang"])
              for r in corpus if r["expected"] == "safe"]
    assert np.mean(p_unsafe) > 0.8 > 0.2 > np.mean(p_safe)
    # the shipped threshold flags at most 2% of the corpus's safe sentences
    thr = learned.threshold()
    assert sum(p >= thr for p in p_safe) <= 0.02 * len(p_safe)


def test_the_check_costs_well_under_a_millisecond_per_sentence(corpus):
    learned.unsafe_probability("warm up", "explanation", "en")
    rows = corpus[:300]
    start = time.perf_counter()
    for r in rows:
        learned.unsafe_probability(r["text"], r["kind"], r["lang"])
    assert (time.perf_counter() - start) / len(rows) < 0.002


def test_the_learned_check_adds_to_the_rules_and_never_for_trusted_text(monkeypatch):
    text = "Your result is above the range; ask about a repeat test."
    assert check_text(text, "explanation", "en") == []
    monkeypatch.setattr(joint, "flags", lambda *_a: True)
    assert check_text(text, "explanation", "en") == ["reads as unsafe (learned check)"]
    assert ("learned", "reads as unsafe (learned check)") in classify(text, "explanation", "en")
    assert check_text(text, "explanation", "en", trusted=True) == []
    # a sentence the rules already flag keeps the rules' reason alone
    treat = "Take vitamin D 2000 IU every morning with breakfast."
    assert violations(treat, "explanation", "en")
    assert "reads as unsafe (learned check)" not in check_text(treat, "explanation", "en")


@pytest.mark.parametrize("p_words,p_meaning,flagged", [
    (0.7, 0.95, True),   # neither reaches its own threshold, together they do
    (0.6, 0.95, False),
    (0.8, 0.5, False),
    (0.99, 0.1, True),   # one check alone at its own threshold
    (0.1, 0.99, True),
])
def test_the_two_learned_checks_judge_alone_or_by_their_mean(monkeypatch, p_words, p_meaning,
                                                              flagged):
    monkeypatch.setattr(learned, "unsafe_probability", lambda *_a: p_words)
    monkeypatch.setattr(meaning, "unsafe_probability", lambda *_a: p_meaning)
    assert joint.JOINT_THRESHOLD == 0.8
    assert joint.flags("any sentence", "explanation", "en") is flagged


def test_without_the_meaning_check_the_word_check_judges_at_its_own_threshold(monkeypatch):
    monkeypatch.setattr(meaning, "available", lambda: False)
    monkeypatch.setattr(meaning, "unsafe_probability", lambda *_a: None)
    monkeypatch.setattr(learned, "unsafe_probability", lambda *_a: learned.threshold() - 0.01)
    assert not joint.flags("any sentence", "explanation", "en")
    monkeypatch.setattr(learned, "unsafe_probability", lambda *_a: learned.threshold())
    assert joint.flags("any sentence", "explanation", "en")


def test_without_weights_the_rules_judge_alone(monkeypatch):
    monkeypatch.setattr(learned, "_model", lambda: None)
    assert not learned.available()
    assert learned.unsafe_probability("You have diabetes.", "explanation", "en") is None
    assert not learned.flags("You have diabetes.", "explanation", "en")


@pytest.mark.parametrize("title,lang", [
    ("High fasting glucose", "en"), ("Raised LDL cholesterol", "en"), ("Low vitamin D", "en"),
    ("Hämoglobin erniedrigt", "de"), ("Glucosa alta en ayunas", "es"), ("空腹血糖偏高", "zh"),
])
def test_plain_result_titles_are_left_to_the_rules(title, lang):
    # the learned check once flagged "High fasting glucose" (few words: mostly its title bias)
    assert check_text(title, "title", lang) == []



def test_a_short_title_with_a_direction_is_still_judged_by_the_rules():
    assert any("condition" in r for r in check_text("Diabetes: high fasting glucose", "title"))
    assert check_text("Colesterol LDL alto: tome una estatina", "title", "es") != []
