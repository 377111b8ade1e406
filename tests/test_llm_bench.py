"""The model benchmark on the real SmolLM2-135M and a generated one-page report."""

from __future__ import annotations

import pytest

from checkup_desktop.core.llm.locate import default_model_path
from checkup_desktop.core.llm.model_bench import bench_model
from checkup_desktop.core.sample_report import write_sample_report

pytestmark = pytest.mark.model

KEYS = {"time_to_first_card_s", "time_to_all_cards_s", "naive_time_s", "speedup_vs_naive",
        "efficiency", "prompt_tokens", "generated_tokens", "prefill_tokens_per_s",
        "decode_tokens_per_s", "peak_rss_mb", "cancel_latency_s"}


def test_bench_model_reports_every_figure(tmp_path):
    report = write_sample_report(tmp_path / "sample.pdf", pages=1)
    r = bench_model(report, max_cards=2)
    assert KEYS <= set(r)
    assert r["model_cards_written"] == 2 and r["cards"] >= 2
    assert 0 < r["time_to_first_card_s"] < r["time_to_first_model_card_s"]
    assert r["time_to_first_model_card_s"] < r["time_to_all_cards_s"]
    # the second card reuses the shared system prompt + example from the KV cache
    assert r["evaluated_prompt_tokens"] < r["prompt_tokens"]
    assert r["generated_tokens"] > 0 and r["naive_generated_tokens"] > 0
    assert r["prefill_tokens_per_s"] > 0 and r["decode_tokens_per_s"] > 0
    assert 0 < r["efficiency"] < 2
    assert 0 <= r["cancel_latency_s"] < 30  # the figure itself is for the bench to print
    assert r["naive_time_s"] > 0 and r["speedup_vs_naive"] > 0
    model_mb = default_model_path().stat().st_size / 2**20
    assert r["peak_rss_model_process_mb"] > model_mb  # the child really held the weights
    assert r["peak_rss_mb"] >= r["peak_rss_app_mb"] + r["peak_rss_model_process_mb"] - 0.2
