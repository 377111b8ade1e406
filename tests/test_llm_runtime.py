"""The model child process on the real SmolLM2-135M: completion, prefix reuse, cancel,
crash + restart, bad files. No mocks of llama.cpp."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from generators import drain

from checkup_desktop.core.cancel import Cancelled, CancelToken
from checkup_desktop.core.llm.errors import ModelCrashedError, ModelError, ModelFileError
from checkup_desktop.core.llm.locate import default_model_path
from checkup_desktop.core.llm.model_process import auto_gpu_layers
from checkup_desktop.core.llm.runtime import ModelRuntime, auto_threads

try:
    from test_llm_gguf import write_gguf
except ImportError:  # tests collected as a package
    from tests.test_llm_gguf import write_gguf

pytestmark = pytest.mark.model

CHAT = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Count from one to fifty in words, separated by commas."},
]


@pytest.fixture(scope="module")
def rt():
    with ModelRuntime(default_model_path(), n_ctx=1024) as runtime:
        yield runtime


def test_auto_hardware_settings():
    assert 1 <= auto_threads() <= (os.cpu_count() or 1)
    assert auto_gpu_layers() in (0, -1)


def test_completion_streams_progress_and_reuses_the_prefix(rt):
    first, seen = drain(rt.complete(CHAT, max_tokens=12, seed=1))
    assert first.generated_tokens == 12 and first.finish_reason == "length"
    assert seen == list(range(1, 13))  # one progress step per token, in order
    assert first.text.strip()
    again, _ = drain(rt.complete(CHAT[:1] + [{"role": "user", "content": "Say hello."}],
                                 max_tokens=4, seed=1))
    # the shared system prompt stays in the KV cache: only the new tail is computed
    assert again.evaluated_prompt_tokens < again.prompt_tokens
    assert rt.count_tokens("hello world") >= 2


def test_json_schema_grammar_constrains_output(rt):
    schema = '{"type":"object","properties":{"ok":{"enum":["yes","no"]}},"required":["ok"]}'
    out = rt.complete_text(CHAT, schema=schema, max_tokens=20)
    assert out.text.replace(" ", "") in ('{"ok":"yes"}', '{"ok":"no"}')


def test_cancel_between_tokens_stops_fast_and_runtime_stays_usable(rt):
    rt.start()
    pid = rt.pid
    token = CancelToken()
    gen = rt.complete(CHAT, max_tokens=400, cancel=token)
    with pytest.raises(Cancelled):
        for n in gen:
            if n == 5:
                token.cancel()
                cancelled_at = time.monotonic()
    assert time.monotonic() - cancelled_at < 1.0
    assert rt.pid == pid  # cooperative: stopping_criteria ended it, no kill needed
    assert rt.complete_text(CHAT, max_tokens=3).generated_tokens == 3


def test_cancel_during_prefill_kills_the_child_and_restarts_lazily(rt):
    rt.start()
    pid, restarts = rt.pid, rt.restarts
    rt.cancel_grace_s = 0.0  # treat any wait as "stuck in prefill": kill at once
    token = CancelToken()
    long_chat = [{"role": "user", "content": "word " * 700}]
    timer = threading.Timer(0.05, token.cancel)
    timer.start()
    t0 = time.monotonic()
    try:
        with pytest.raises(Cancelled):
            rt.complete_text(long_chat, max_tokens=50, cancel=token)
    finally:
        rt.cancel_grace_s = 0.5
        timer.cancel()
    assert time.monotonic() - t0 < 1.5
    assert rt.pid is None  # the busy child was killed
    assert rt.complete_text(CHAT, max_tokens=3).generated_tokens == 3
    assert rt.pid != pid and rt.restarts == restarts + 1


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGABRT])
def test_crash_during_generation_gives_a_clear_error_then_restarts(rt, sig):
    rt.start()
    restarts = rt.restarts
    gen = rt.complete(CHAT, max_tokens=300)
    with pytest.raises(ModelCrashedError) as err:
        for n in gen:
            if n == 3:
                os.kill(rt.pid, sig)  # SIGABRT is what a GGML_ASSERT failure raises
    assert "stopped unexpectedly" in err.value.message
    assert rt.complete_text(CHAT, max_tokens=2).generated_tokens == 2
    assert rt.restarts == restarts + 1


def test_child_dead_while_idle_is_restarted_quietly(rt, caplog):
    rt.start()
    os.kill(rt.pid, signal.SIGKILL)
    time.sleep(0.2)
    assert rt.complete_text(CHAT, max_tokens=2).generated_tokens == 2
    assert "died while idle" in caplog.text


def test_child_keeps_stdout_clean(rt, capfd):
    rt.close()  # a fresh child, started under capfd
    rt.complete_text(CHAT, max_tokens=3)
    out, _ = capfd.readouterr()
    assert out == ""


def test_not_a_model_file_is_a_typed_error(tmp_path):
    bad = tmp_path / "model.gguf"
    bad.write_text("this is not a model")
    with pytest.raises(ModelFileError) as err:
        ModelRuntime(bad)
    assert "not a GGUF model file" in err.value.message


def test_truncated_model_is_a_typed_error(tmp_path):
    src = default_model_path()
    cut = tmp_path / "cut.gguf"
    with src.open("rb") as f:
        cut.write_bytes(f.read(20_000_000))
    with pytest.raises(ModelFileError, match="damaged or incomplete"):
        ModelRuntime(cut)


def test_gguf_llama_cpp_cannot_load_is_a_typed_error(tmp_path):
    # header is fine, but the tensors a llama model needs are missing
    path = write_gguf(tmp_path / "empty-llama.gguf")
    runtime = ModelRuntime(path)
    with pytest.raises(ModelError) as err:
        runtime.complete_text(CHAT, max_tokens=2)
    assert "could not be loaded" in err.value.message
    assert runtime.pid is None
    # the same error when the load was started in the background by a prefetch
    runtime.prefetch(CHAT)
    with pytest.raises(ModelError, match="could not be loaded"):
        runtime.complete_text(CHAT, max_tokens=2)


def test_background_start_and_prefetch_then_a_normal_request(rt):
    rt.close()
    t0 = time.monotonic()
    rt.prefetch(CHAT[:1])
    assert time.monotonic() - t0 < 0.3  # did not wait for the model to load
    out = rt.complete_text(CHAT, max_tokens=2)  # skips the prefetch's replies
    assert out.generated_tokens == 2
    assert out.evaluated_prompt_tokens < out.prompt_tokens  # system prompt was prefetched
