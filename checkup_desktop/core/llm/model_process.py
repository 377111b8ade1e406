"""The model process: the one owner of the llama.cpp `Llama` object (child side).

core/llm/runtime.py starts `child_main` in a spawned process and talks to it over one Pipe
(messages: core/llm/pipe_protocol.py). Its code runs only there: it loads the model,
answers completion, vision and tokenize requests, reports each generated token and stops
between tokens when the shared cancel event is set.
"""

from __future__ import annotations

import json
import os
import signal
import time
from typing import TYPE_CHECKING, Any

from checkup_desktop.core.llm import pipe_protocol as msg
from checkup_desktop.core.llm import sampling

if TYPE_CHECKING:
    from checkup_desktop.core.llm.runtime import RuntimeConfig

TEST_CRASH_ENV = "CHECKUP_TEST_CHILD_CRASH"  # tests only: "load:SIGILL", "decode:SIGSEGV"
CHILD_NICENESS = 5


def auto_gpu_layers() -> int:
    """All layers on the GPU when this llama.cpp build can offload, else none (asked in the
    model process: the parent never loads the native library)."""
    try:
        import llama_cpp

        return -1 if llama_cpp.llama_supports_gpu_offload() else 0
    except Exception:  # noqa: BLE001 - a broken native lib only means "no GPU"
        return 0



def _test_crash_hook(stage: str) -> None:
    """Tests only. CHECKUP_TEST_CHILD_CRASH="<load|decode>:<SIGNAL>[:N]" makes the model
    process kill itself with that signal at that stage, as a CPU without the build's
    instructions (SIGILL) or a bad memory access (SIGSEGV) does; CHECKUP_TEST_CHILD_CRASH_LOG
    names a file that gets one line per crash, and with N only the first N children crash.
    Without the variable (production) this does nothing."""
    spec = os.environ.get(TEST_CRASH_ENV, "")
    where, _, rest = spec.partition(":")
    name, _, limit = rest.partition(":")
    if not spec or where != stage:
        return
    if log_path := os.environ.get(TEST_CRASH_ENV + "_LOG"):
        if limit and os.path.exists(log_path):
            with open(log_path, encoding="utf-8") as f:
                if len(f.readlines()) >= int(limit):
                    return
        with open(log_path, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()} {stage} {name}\n")
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file for a test crash
    except (ImportError, ValueError, OSError):
        pass
    os.kill(os.getpid(), getattr(signal, name or "SIGILL", signal.SIGILL))


class _Progress:
    """stopping_criteria: reports each new token to the parent, stops when cancelled."""

    def __init__(self, conn: Any, cancel_event: Any, req_id: int, n_prompt: int):
        self.conn, self.cancel_event = conn, cancel_event
        self.req_id, self.n_prompt = req_id, n_prompt
        self.sent = 0
        self.first_token_at: float | None = None

    def __call__(self, input_ids: Any, _logits: Any) -> bool:
        # called right after each token is sampled, before it is evaluated (so it is not in
        # input_ids yet), and once more after the loop: count each token once
        n = len(input_ids) - self.n_prompt + 1
        if n > self.sent:
            if self.first_token_at is None:
                self.first_token_at = time.perf_counter()
            self.sent = n
            self.conn.send((msg.TOKEN, self.req_id, n))
        return self.cancel_event.is_set()


class _CappedMtmd:
    """The mtmd bindings module, with `image_max_tokens` set in the context parameters the
    chat handler asks for (llama-cpp-python's MTMDChatHandler has no argument for it)."""

    def __init__(self, module: Any, max_tokens: int):
        self._module, self._max_tokens = module, max_tokens

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)

    def mtmd_context_params_default(self) -> Any:
        params = self._module.mtmd_context_params_default()
        if hasattr(params, "image_max_tokens"):
            params.image_max_tokens = self._max_tokens
        return params


def _run_completion(
    llm: Any, formatter: Any, grammars: dict, conn: Any, cancel_event: Any, req_id: int,
    req: dict,
) -> dict | None:
    """One chat completion in the child; None when cancelled."""
    from llama_cpp import Llama, LlamaGrammar, StoppingCriteriaList

    _test_crash_hook("decode")
    prompt = formatter(messages=req["messages"]).prompt
    tokens = llm.tokenize(prompt.encode("utf-8"), special=True)
    n_prompt = len(tokens)
    if n_prompt + 8 > llm.n_ctx():
        raise ValueError(f"prompt of {n_prompt} tokens does not fit n_ctx={llm.n_ctx()}")
    reused = min(Llama.longest_token_prefix(llm._input_ids.tolist(), tokens), n_prompt - 1)
    grammar = None
    if schema := req.get("schema"):
        if schema not in grammars:
            grammars[schema] = LlamaGrammar.from_json_schema(schema, verbose=False)
        grammar = grammars[schema]
    progress = _Progress(conn, cancel_event, req_id, n_prompt)
    # benchmarks need an exact token count: forbid end-of-generation
    llm._checkup_banned = (llm.token_eos(),) if req.get("no_eos") else ()
    t0 = time.perf_counter()
    out = llm.create_completion(
        tokens,
        max_tokens=req.get("max_tokens", 160),
        temperature=req.get("temperature", 0.2),
        top_k=req.get("top_k", 40),
        top_p=req.get("top_p", 0.95),
        repeat_penalty=req.get("repeat_penalty", 1.1),
        seed=req.get("seed"),
        grammar=grammar,
        stopping_criteria=StoppingCriteriaList([progress]),
    )
    if cancel_event.is_set():
        return None
    t1 = time.perf_counter()
    usage = out["usage"]
    return {
        "text": out["choices"][0]["text"],
        "prompt_tokens": usage["prompt_tokens"],
        "evaluated_prompt_tokens": n_prompt - max(reused, 0),
        "generated_tokens": usage["completion_tokens"],
        "finish_reason": out["choices"][0]["finish_reason"] or "stop",
        "prefill_s": (progress.first_token_at or t1) - t0,
        "total_s": t1 - t0,
    }


def _run_vision(llm: Any, conn: Any, req_id: int, req: dict) -> dict:
    """One image + text question through the model's MTMD (projector) chat handler.
    It takes no stopping_criteria, so cancel here is the parent's hard kill; a pass-through
    logits processor still reports each token."""
    import base64

    from llama_cpp import LogitsProcessorList

    if llm.chat_handler is None:
        raise ValueError("no vision projector (mmproj) is loaded")
    _test_crash_hook("decode")
    sent = [0]

    def progress(_ids: Any, scores: Any) -> Any:
        sent[0] += 1
        conn.send((msg.TOKEN, req_id, sent[0]))
        return scores

    uri = "data:image/png;base64," + base64.b64encode(req["png"]).decode("ascii")
    messages = [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": uri}},
        {"type": "text", "text": req["prompt"]},
    ]}]
    t0 = time.perf_counter()
    out = llm.create_chat_completion(
        messages=messages,
        max_tokens=req.get("max_tokens", 512),
        temperature=req.get("temperature", 0.0),
        seed=req.get("seed"),
        response_format={"type": "json_object", "schema": json.loads(req["schema"])},
        logits_processor=LogitsProcessorList([progress]),
    )
    llm.reset()  # image positions in the cache must not prefix-match later text prompts
    t1 = time.perf_counter()
    usage = out["usage"]
    return {
        "text": out["choices"][0]["message"]["content"] or "",
        "prompt_tokens": usage["prompt_tokens"],
        "evaluated_prompt_tokens": usage["prompt_tokens"],
        "generated_tokens": usage["completion_tokens"],
        "finish_reason": out["choices"][0].get("finish_reason") or "stop",
        "prefill_s": t1 - t0,
        "total_s": t1 - t0,
    }


def child_main(conn: Any, cancel_event: Any, config: RuntimeConfig) -> None:
    """The model process: load the model, report READY or LOAD_ERROR, then answer requests
    one at a time until CLOSE or the pipe closes (pipe_protocol.py)."""
    # stdout belongs to the CLI's --json output: keep native chatter on stderr
    try:
        os.dup2(2, 1)
    except OSError:
        pass
    # Background work: on a busy machine the window (and the user) come first. No effect on
    # speed when the CPU is otherwise idle.
    if hasattr(os, "nice"):
        try:
            os.nice(CHILD_NICENESS)
        except OSError:
            pass
    try:
        _test_crash_hook("load")
        from llama_cpp import Llama
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        gpu_layers = auto_gpu_layers() if config.n_gpu_layers is None else config.n_gpu_layers
        handler = None
        if config.mmproj_path:
            from llama_cpp.llama_chat_format import MTMDChatHandler

            handler = MTMDChatHandler(config.mmproj_path, verbose=False,
                                      use_gpu=gpu_layers != 0)
            if config.image_max_tokens and hasattr(handler, "_mtmd_cpp"):
                handler._mtmd_cpp = _CappedMtmd(handler._mtmd_cpp, config.image_max_tokens)
        llm = Llama(
            config.model_path,
            n_ctx=config.n_ctx,
            n_threads=config.n_threads,
            n_threads_batch=config.n_threads,
            n_gpu_layers=gpu_layers,
            chat_handler=handler,
            verbose=False,
        )
        if handler is not None:  # load the projector now: a bad one fails at start
            handler._init_mtmd_context(llm)
        sampling.install(llm)
        template = llm.metadata.get("tokenizer.chat_template")
        if not template:
            raise ValueError("the model has no chat template")

        def tok_text(tid: int) -> str:
            return llm._model.token_get_text(tid) if tid != -1 else ""

        formatter = Jinja2ChatFormatter(
            template, eos_token=tok_text(llm.token_eos()), bos_token=tok_text(llm.token_bos())
        )
    except Exception as exc:  # noqa: BLE001 - reported to the parent as a typed error
        conn.send((msg.LOAD_ERROR, str(exc)))
        return
    conn.send((msg.READY, {"n_ctx": llm.n_ctx(), "metadata_name": llm.metadata.get(
        "general.name", "")}))
    grammars: dict[str, Any] = {}

    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        kind = message[0]
        if kind == msg.CLOSE:
            return
        req_id = message[1]
        try:
            if kind == msg.TOKENIZE:
                n = len(llm.tokenize(message[2].encode(), special=True))
                conn.send((msg.DONE, req_id, n))
                continue
            if kind == msg.VISION:
                result = _run_vision(llm, conn, req_id, message[2])
            else:
                result = _run_completion(llm, formatter, grammars, conn, cancel_event,
                                         req_id, message[2])
            conn.send((msg.CANCELLED, req_id) if result is None
                      else (msg.DONE, req_id, result))
        except Exception as exc:  # noqa: BLE001 - the parent turns it into ModelError
            conn.send((msg.ERROR, req_id, f"{type(exc).__name__}: {exc}"))
