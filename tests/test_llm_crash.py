"""Issue 9, "a model that cannot run says so once": a REAL model child process that dies by
a signal at load or on its first decode (as a llama.cpp built for another CPU does with
SIGILL) is retried once, then the model is not used again this session. The analysis keeps
the knowledge-base cards, the reason is recorded in plain words, and the CLI prints it on one
stderr line and exits 0. The crash comes from the runtime's test-only hook
(CHECKUP_TEST_CHILD_CRASH), read in the child; llama.cpp itself is never mocked."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest
from pdfmaker import lab_report

from checkup_desktop.core.llm import health
from checkup_desktop.core.llm.card_writer import LlamaCardWriter
from checkup_desktop.core.llm.errors import ModelDisabledError
from checkup_desktop.core.llm.locate import default_model_path
from checkup_desktop.core.llm.model_process import TEST_CRASH_ENV
from checkup_desktop.core.llm.runtime import ModelRuntime
from checkup_desktop.core.pipeline import run

try:
    from test_llm_gguf import write_gguf
except ImportError:  # tests collected as a package
    from tests.test_llm_gguf import write_gguf

pytestmark = pytest.mark.model

CHAT = [{"role": "user", "content": "Say hello."}]


@pytest.fixture(autouse=True)
def fresh_health():
    health.reset()
    yield
    health.reset()  # the default model must work again for the tests that follow


@pytest.fixture
def report(tmp_path):
    return lab_report(tmp_path / "cbc.pdf")  # low haemoglobin, low platelets: 2+ cards


@pytest.fixture
def arm(tmp_path, monkeypatch):
    """arm("load:SIGILL") -> the crash log (one line per child that killed itself)."""
    log = tmp_path / "crashes.log"

    def set_spec(spec: str):
        monkeypatch.setenv(TEST_CRASH_ENV, spec)
        monkeypatch.setenv(TEST_CRASH_ENV + "_LOG", str(log))
        return log

    return set_spec


def crashes(log) -> int:
    return len(log.read_text().splitlines()) if log.exists() else 0


def test_reasons_are_plain_words_with_a_next_step():
    ill = health.crash_reason(-signal.SIGILL)
    assert "illegal-instruction" in ill and "Settings > Model" in ill
    assert "knowledge-base wording" in ill
    assert "memory-access" in health.crash_reason(-signal.SIGSEGV)
    oom = health.crash_reason(-signal.SIGKILL)
    assert "ran out of memory" in oom and "smaller model" in oom
    assert "illegal-instruction" in health.crash_reason(0xC000001D)  # Windows
    assert "exit code 7" in health.crash_reason(7)
    # the record is per model file and process-wide until reset
    health.record_model_failure("/models/a.gguf", "A failed.")
    assert health.model_disabled_reason() == "A failed."
    assert health.model_disabled_reason("/models/a.gguf") == "A failed."
    assert health.model_disabled_reason("/models/b.gguf") is None
    health.reset()
    assert health.model_disabled_reason() is None


@pytest.mark.parametrize("spec,words", [
    ("load:SIGILL", "illegal-instruction"),
    ("decode:SIGSEGV", "memory-access"),
    ("decode:SIGILL", "illegal-instruction"),
])
def test_a_model_that_dies_twice_is_dropped_and_the_rules_cards_stay(report, arm, spec, words):
    log = arm(spec)
    runtime = ModelRuntime(default_model_path(), threads=1)
    writer = LlamaCardWriter(runtime, jobs="all")
    try:
        t0 = time.monotonic()
        analysis = run(report, writer=writer)
        elapsed = time.monotonic() - t0
    finally:
        runtime.close()
    assert len(analysis.cards) >= 2
    assert all(c.origin == "rules" for c in analysis.cards)
    assert runtime.starts == 2 and crashes(log) == 2  # the first start and one retry
    assert writer.stats["failed"] == len(analysis.cards) and writer.stats["accepted"] == 0
    reason = health.model_disabled_reason(default_model_path())
    assert reason is not None and words in reason and "Settings > Model" in reason
    assert elapsed < 60
    # the rest of the session does not try again: no child is started
    again = ModelRuntime(default_model_path())
    with pytest.raises(ModelDisabledError) as err:
        again.complete_text(CHAT, max_tokens=2)
    assert err.value.message == reason and again.starts == 0
    assert run(report, writer=LlamaCardWriter(again, jobs="all")).cards == analysis.cards
    assert again.starts == 0 and crashes(log) == 2


def test_one_crash_is_retried_and_the_model_then_writes(report, arm):
    log = arm("decode:SIGSEGV:1")  # only the first child dies
    with ModelRuntime(default_model_path(), threads=1) as runtime:
        writer = LlamaCardWriter(runtime, jobs="all")
        run(report, writer=writer)
        assert crashes(log) == 1 and runtime.starts == 2
        assert runtime.disabled_reason is None and health.model_disabled_reason() is None
        assert writer.stats["generated_tokens"] > 0  # the retried child wrote cards
        assert runtime.complete_text(CHAT, max_tokens=2).generated_tokens == 2


def test_a_file_llama_cpp_refuses_is_not_retried(tmp_path):
    runtime = ModelRuntime(write_gguf(tmp_path / "hollow.gguf"))
    with pytest.raises(ModelDisabledError, match="could not be loaded"):
        runtime.complete_text(CHAT, max_tokens=2)
    with pytest.raises(ModelDisabledError):
        runtime.complete_text(CHAT, max_tokens=2)
    assert runtime.starts == 1
    assert "Settings > Model" in health.model_disabled_reason(tmp_path / "hollow.gguf")


def test_the_window_worker_finishes_with_rules_cards(qtbot, report, arm):
    from checkup_desktop.workers.analysis_worker import AnalysisRunner, AnalysisWorker

    log = arm("load:SIGILL")
    runtime = ModelRuntime(default_model_path(), threads=1)
    worker = AnalysisWorker(report, writer=LlamaCardWriter(runtime, jobs="all"))
    runner = AnalysisRunner(worker)
    seen: list[tuple] = []
    runner.finished.connect(lambda a: seen.append(("finished", a)))
    runner.failed.connect(lambda m: seen.append(("failed", m)))
    try:
        with qtbot.waitSignal(runner.done, timeout=90_000):
            runner.start()
    finally:
        runtime.close()
    assert [kind for kind, _ in seen] == ["finished"]
    cards = seen[0][1].cards
    assert cards and all(c.origin == "rules" for c in cards)
    assert runtime.starts == 2 and crashes(log) == 2
    assert "illegal-instruction" in health.model_disabled_reason()


def test_cli_says_it_once_on_stderr_and_exits_0(report, arm):
    log = arm("load:SIGILL")
    out = subprocess.run([sys.executable, "-m", "checkup_desktop", "analyze", str(report),
                          "--json", "--threads", "1"],
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    # a model new to this computer is tried on sample results first: that is where it dies
    lines = out.stderr.splitlines()
    assert len(lines) == 2, out.stderr
    assert lines[0].startswith("checkup-desktop: trying the local model once")
    assert lines[1].startswith("checkup-desktop: The local model stopped working")
    assert "illegal-instruction" in lines[1] and "Settings > Model" in lines[1]
    cards = json.loads(out.stdout)["cards"]
    assert len(cards) >= 2 and all(c["origin"] == "rules" for c in cards)
    assert crashes(log) == 2  # at most one retry, in a real process
