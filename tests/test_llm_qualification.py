"""Model qualification (issue 11 §6) on the real SmolLM2-135M: the calibration set is
written and checked like an analysis, the record is stored, and the writer and the bench give
the model only the jobs it passed."""

from __future__ import annotations

import pytest
from generators import drain

from checkup_desktop.core.cancel import Cancelled, CancelToken
from checkup_desktop.core.llm import qualification as ql
from checkup_desktop.core.llm.card_writer import LlamaCardWriter
from checkup_desktop.core.llm.locate import default_model_path
from checkup_desktop.core.llm.model_bench import bench_model
from checkup_desktop.core.llm.runtime import ModelRuntime
from checkup_desktop.core.sample_report import write_sample_report

pytestmark = pytest.mark.model


def test_jobs_are_given_only_where_little_generation_is_wasted():
    assert ql.decide_jobs(100, 20, 50, 10) == "all"
    assert ql.decide_jobs(100, 21, 50, 10) == "unknown"  # known cards waste too much
    assert ql.decide_jobs(100, 0, 50, 11) == "none"  # unknown ones do
    assert ql.decide_jobs(0, 0, 0, 0) == "none"  # wrote nothing: nothing proven


def test_the_calibration_set_is_seven_known_and_three_unknown_issues():
    pairs = ql.calibration_issues("en")
    assert len(pairs) == 10
    assert sum(issue.known for issue, _ in pairs) == 7
    for issue, card in pairs:
        assert card.origin == "rules" and card.evidence and len(issue.findings) == 1


def test_qualifying_the_builtin_model_measures_and_stores_it():
    assert ql.load_qualification(default_model_path()) is None  # a fresh app folder
    q, events = drain(ql.qualify_model(default_model_path(), threads=1))
    assert events[0].stage == "qualifying" and events[0].card_count == 10
    assert any(e.tokens for e in events)  # token progress, for a progress bar
    assert (q.cards, q.known_cards, q.unknown_cards) == (10, 7, 3)
    assert 0 <= q.accepted <= q.cards and q.accepted == q.known_accepted + q.unknown_accepted
    assert 0 < q.generated_tokens == q.known_tokens + q.unknown_tokens
    assert 0 <= q.wasted_tokens <= q.generated_tokens
    assert q.wasted_tokens == q.known_wasted_tokens + q.unknown_wasted_tokens
    assert q.words > 0 and q.words_per_s > 0
    assert q.peak_ram_mb > default_model_path().stat().st_size / 2**20  # held the weights
    assert q.jobs == ql.decide_jobs(q.known_tokens, q.known_wasted_tokens, q.unknown_tokens,
                                    q.unknown_wasted_tokens)
    if q.wasted_share > ql.MAX_WASTED_SHARE:
        assert q.jobs != "all"
    # stored for Settings, and the writer follows it from now on
    assert ql.load_qualification(default_model_path()) == q
    assert ql.jobs_for(default_model_path()) == q.jobs
    line = q.summary()
    assert f"about {round(10 * q.accepted_share)} in 10 cards" in line
    assert "words per second on this computer" in line
    data = q.to_json()
    assert data["summary"] == line and 0 <= data["wasted_share"] <= 1


def test_the_window_runs_it_as_a_task_with_progress_and_cancel():
    seen = []
    task = ql.qualification_task(default_model_path(), threads=1, store=False)
    token = CancelToken()

    def progress(done, total, text):
        seen.append((done, total, text))
        if done == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        task(progress, token)
    assert seen[:2] == [(1, 10, "Trying the model on sample results (1 of 10)"),
                        (2, 10, "Trying the model on sample results (2 of 10)")]
    assert ql.load_qualification(default_model_path()) is None  # nothing half-stored


def test_the_writer_does_only_its_jobs():
    pairs = ql.calibration_issues("en")
    known = next(p for p in pairs if p[0].known)
    unknown = next(p for p in pairs if not p[0].known)
    with ModelRuntime(default_model_path(), threads=1) as rt:
        none = LlamaCardWriter(rt, jobs="none")
        assert none.start_model("en") is False and rt.starts == 0  # not even loaded
        card, events = drain(none.write(*known, lang="en", cancel=CancelToken()))
        assert card is None and events == [] and none.last_skipped
        writer = LlamaCardWriter(rt, jobs="unknown")
        card, _ = drain(writer.write(*known, lang="en", cancel=CancelToken()))
        assert card is None and writer.stats["generated_tokens"] == 0
        assert writer.stats["skipped"] == 1 and rt.starts == 0
        drain(writer.write(*unknown, lang="en", cancel=CancelToken()))
        assert not writer.last_skipped and writer.stats["generated_tokens"] > 0
        st = writer.stats
        assert st["wasted_tokens"] == (st["generated_tokens"] if st["rejected"] else 0)
    with pytest.raises(ValueError):
        LlamaCardWriter(rt, jobs="some")


def test_a_stored_record_sets_the_default_jobs():
    # never tried on this computer (a fresh home): no cards until it has shown what it can do
    assert LlamaCardWriter(ModelRuntime(default_model_path())).jobs == "none"
    q = ql.Qualification(
        model=default_model_path().name, size_bytes=default_model_path().stat().st_size,
        lang="en", cards=10, accepted=9, known_cards=7, known_accepted=7, unknown_cards=3,
        unknown_accepted=2, generated_tokens=1000, wasted_tokens=150, known_tokens=700,
        known_wasted_tokens=50, unknown_tokens=300, unknown_wasted_tokens=100, words=600,
        writing_s=50.0, peak_ram_mb=300.0, jobs="unknown")
    ql.save_qualification(q)
    writer = LlamaCardWriter(ModelRuntime(default_model_path()))
    assert writer.jobs == "unknown"
    said = []
    ql.qualify_writer(writer, say=said.append)  # a stored record: nothing to try again
    assert writer.jobs == "unknown" and said == [] and writer.runtime.pid is None
    assert q.summary().startswith("Writes about 9 in 10 cards; about 12 words per second")


def test_bench_gives_the_model_only_work_it_passed(tmp_path):
    report = write_sample_report(tmp_path / "sample.pdf", pages=1)
    r = bench_model(report, threads=1, naive=False, qualify=True)
    q = ql.load_qualification(default_model_path())
    assert q is not None and r["model_jobs"] == q.jobs  # qualified on the way, and stored
    assert r["qualification"] == q.summary()
    assert 0 <= r["model_cards_accepted_share"] <= 1
    assert 0 <= r["wasted_generation_share"] <= ql.MAX_WASTED_SHARE
    if q.jobs == "none":
        assert r["model_cards_written"] == 0 and r["generated_tokens"] == 0
        assert r["time_to_first_model_card_s"] is None and r["speedup_vs_naive"] is None
    else:
        assert r["model_cards_written"] > 0
