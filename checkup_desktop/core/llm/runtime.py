"""The one owner of the llama.cpp `Llama` object, in a child process.

Why a child: an abort or crash inside llama.cpp cannot take the app down, and a cancel
during prefill (which llama.cpp cannot interrupt) can hard-kill the child; the next request
starts a fresh one. A child that dies before it finished its first request (at load or on its
first decode: an illegal instruction, a segfault, killed for memory) is retried once; a second
such death, or a file llama.cpp refuses, disables the model for the session (`health`), and
every later request raises ModelDisabledError at once: no restart loop.

Between tokens, cancel is cooperative: a shared multiprocessing.Event
checked by `stopping_criteria`.

Protocol over one duplex Pipe (parent -> child): ("complete", id, request dict),
("tokenize", id, text), ("close",). Child -> parent: ("ready", info) | ("load_error", msg)
once, then per request ("token", id, n_generated)*, and ("done", id, result) |
("cancelled", id) | ("error", id, msg).
"""

from __future__ import annotations

import json
import logging
import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checkup_desktop.core.cancel import Cancelled, CancelToken
from checkup_desktop.core.llm import health, sampling
from checkup_desktop.core.llm.errors import ModelCrashedError, ModelDisabledError, ModelError
from checkup_desktop.core.llm.gguf_check import check_language_model, check_projector

log = logging.getLogger(__name__)

_SPAWN = mp.get_context("spawn")
LOAD_TIMEOUT_S = 120.0
CANCEL_GRACE_S = 0.5  # after this, a child still busy (prefill) is killed
# A child that dies before finishing a request is started again once (MAX_EARLY_CRASHES - 1
# retries); crashes of any kind are capped per runtime so nothing restarts forever.
MAX_EARLY_CRASHES = 2
MAX_CRASHES = 4
TEST_CRASH_ENV = "CHECKUP_TEST_CHILD_CRASH"  # tests only: "load:SIGILL", "decode:SIGSEGV"
# Image tokens one scanned page may take when the manifest gives no `max_image_tokens` for
# the model (see models/manifest.toml): llama.cpp's default is the model's full resolution,
# thousands of tokens for an A4 page, minutes of CPU time.
DEFAULT_MAX_IMAGE_TOKENS = 768


def auto_threads() -> int:
    """About one thread per physical core (logical / 2), at most 8, leaving the rest for the
    UI and other apps: ggml's spinning thread barriers collapse when the CPU is
    oversubscribed (measured on 2 busy cores: 1 thread ~30 tok/s, 2 threads ~2 tok/s)."""
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        n = os.cpu_count() or 2
    return max(1, min(8, n // 2))


def auto_gpu_layers() -> int:
    try:
        import llama_cpp

        return -1 if llama_cpp.llama_supports_gpu_offload() else 0
    except Exception:  # noqa: BLE001 - a broken native lib only means "no GPU"
        return 0


@dataclass(frozen=True)
class RuntimeConfig:
    model_path: str
    n_ctx: int = 1024
    n_threads: int | None = None  # None: auto_threads()
    n_gpu_layers: int | None = None  # None: auto_gpu_layers(), asked in the child
    mmproj_path: str | None = None  # vision projector (used by the vision module)
    image_max_tokens: int | None = None  # per image, for dynamic-resolution vision models


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int  # tokens in the prompt
    evaluated_prompt_tokens: int  # prompt tokens actually computed (rest reused from KV)
    generated_tokens: int
    finish_reason: str
    prefill_s: float  # time until the first generated token
    total_s: float


CHILD_NICENESS = 5


def relay(gen: Generator[int, None, Any], event: Callable[[int], Any]) -> Generator[Any, None, Any]:
    """Re-yield a runtime generator's token counts as pipeline events; return its result."""
    while True:
        try:
            n = next(gen)
        except StopIteration as stop:
            return stop.value
        yield event(n)


# ----------------------------------------------------------------------------- child side


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
            self.conn.send(("token", self.req_id, n))
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
        conn.send(("token", req_id, sent[0]))
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


def _child_main(conn: Any, cancel_event: Any, config: RuntimeConfig) -> None:
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
        conn.send(("load_error", str(exc)))
        return
    conn.send(("ready", {"n_ctx": llm.n_ctx(), "metadata_name": llm.metadata.get(
        "general.name", "")}))
    grammars: dict[str, Any] = {}

    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        kind = msg[0]
        if kind == "close":
            return
        req_id = msg[1]
        try:
            if kind == "tokenize":
                conn.send(("done", req_id, len(llm.tokenize(msg[2].encode(), special=True))))
                continue
            if kind == "vision":
                result = _run_vision(llm, conn, req_id, msg[2])
            else:
                result = _run_completion(llm, formatter, grammars, conn, cancel_event,
                                         req_id, msg[2])
            conn.send(("cancelled", req_id) if result is None else ("done", req_id, result))
        except Exception as exc:  # noqa: BLE001 - the parent turns it into ModelError
            conn.send(("error", req_id, f"{type(exc).__name__}: {exc}"))


# ---------------------------------------------------------------------------- parent side


class ModelRuntime:
    """Owns the model child process. Not thread-safe: use it from one worker thread.

    The child starts lazily on the first request and again after a crash or a hard cancel.
    """

    def __init__(
        self,
        model_path: str | Path,
        *,
        n_ctx: int = 1024,
        threads: int | None = None,
        gpu_layers: int | None = None,
        mmproj_path: str | Path | None = None,
        image_max_tokens: int | None = None,
    ):
        self.info = check_language_model(model_path)  # fail fast, plain message
        if mmproj_path:
            from checkup_desktop.core.llm.manager import check_pair

            check_pair(self.info, check_projector(mmproj_path))
        self.config = RuntimeConfig(
            model_path=str(Path(model_path).resolve()),
            n_ctx=n_ctx,
            n_threads=threads or auto_threads(),
            n_gpu_layers=gpu_layers,  # None: decided in the child (no native lib here)
            mmproj_path=str(mmproj_path) if mmproj_path else None,
            image_max_tokens=(image_max_tokens or DEFAULT_MAX_IMAGE_TOKENS) if mmproj_path
            else None,
        )
        self._proc: Any = None
        self._conn: Any = None
        self._loading = False  # started, "ready" not received yet
        self._cancel = _SPAWN.Event()
        self._next_id = 0
        self.restarts = 0  # children started after the first (crash / hard cancel)
        self.starts = 0  # children started in all
        self.crashes = 0  # children that died on their own
        self._early_crashes = 0  # in a row, each before its child finished a request
        self._proven = False  # the current child finished a request
        self._background = False  # a prefetch was sent and no later request finished
        self.disabled_reason: str | None = None  # set once the model cannot run here
        self.cancel_grace_s = CANCEL_GRACE_S
        self._started_once = False

    # -- lifecycle
    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.is_alive() else None

    def start(self, *, wait: bool = True) -> None:
        """Start the model process. wait=False returns at once and lets the model load in
        the background (e.g. while the PDF is read); the next request waits for it.
        Raises ModelDisabledError when the model cannot run on this computer."""
        self._check_enabled()
        if self._proc is not None and self._proc.is_alive():
            if wait:
                self._await_ready()
            return
        if self._proc is not None and (self._loading or self._background):
            # died loading or on a background request (prefetch): a crash, retried once
            error = self._crashed()
            if isinstance(error, ModelDisabledError):
                raise error
        elif self._proc is not None:  # died while idle: nothing was lost, start a new one
            log.warning("model process died while idle (exit code %s); restarting",
                        self._proc.exitcode)
        self._discard()
        parent, child = _SPAWN.Pipe(duplex=True)
        self._cancel.clear()
        proc = _SPAWN.Process(
            target=_child_main, args=(child, self._cancel, self.config),
            name="checkup-model", daemon=True,
        )
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        self._proven = self._background = False
        self.starts += 1
        if self._started_once:
            self.restarts += 1
        self._started_once = True
        self._loading = True
        if wait:
            self._await_ready()

    def _await_ready(self) -> None:
        if not self._loading:
            return
        msg = self._recv(timeout=LOAD_TIMEOUT_S, req_id=None)
        while msg[0] not in ("ready", "load_error"):  # output of a prefetch cannot come first
            msg = self._recv(timeout=LOAD_TIMEOUT_S, req_id=None)
        self._loading = False
        if msg[0] == "load_error":  # llama.cpp refused the file: retrying cannot help
            self._discard()
            raise self._disable(health.load_reason(Path(self.config.model_path).name, msg[1]))

    def _check_enabled(self) -> None:
        if self.disabled_reason is None:
            self.disabled_reason = health.model_disabled_reason(self.config.model_path)
        if self.disabled_reason is not None:
            raise ModelDisabledError(self.disabled_reason)

    def _disable(self, reason: str) -> ModelDisabledError:
        """The model is not used again this session (this runtime and any other on the same
        file); the reason is kept for the CLI and Settings."""
        self.disabled_reason = reason
        health.record_model_failure(self.config.model_path, reason)
        log.info("local model disabled for this session: %s", reason)
        return ModelDisabledError(reason)

    def prefetch(self, messages: list[dict[str, str]]) -> None:
        """Fire and forget: start the model if needed and have it compute `messages` (a
        shared prompt prefix) into its KV cache, without waiting. A later request with the
        same prefix then evaluates only its own tail. Errors surface on that request."""
        try:
            self.start(wait=False)
        except ModelDisabledError:
            return
        self._next_id += 1  # its replies are skipped as stale by the next request
        self._background = True
        try:
            self._conn.send(("complete", self._next_id, {"messages": messages,
                                                         "max_tokens": 1, "seed": 0}))
        except (OSError, BrokenPipeError):
            self._discard()

    def close(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            try:
                self._conn.send(("close",))
                self._proc.join(timeout=2)
            except (OSError, BrokenPipeError):
                pass
        self._discard()

    def __enter__(self) -> ModelRuntime:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _discard(self) -> None:
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.kill()
            self._proc.join(timeout=5)
            self._proc.close()
        if self._conn is not None:
            self._conn.close()
        self._proc = self._conn = None
        self._loading = False

    # -- messaging
    def _crashed(self) -> ModelCrashedError | ModelDisabledError:
        """The child died on its own: count it; the second death in a row of a child that
        never finished a request (or too many in all) disables the model."""
        code = None
        if self._proc is not None:
            self._proc.join(timeout=1)  # the exit code of a child that is just ending
            code = self._proc.exitcode
        early = not self._proven
        self._discard()
        self.crashes += 1
        self._early_crashes = self._early_crashes + 1 if early else 0
        log.info("model process died (exit code %s, %s)", code,
                 "before finishing a request" if early else "during a request")
        if self._early_crashes >= MAX_EARLY_CRASHES or self.crashes >= MAX_CRASHES:
            return self._disable(health.crash_reason(code))
        return ModelCrashedError(
            "The local language model stopped unexpectedly"
            + (f" (exit code {code})" if code is not None else "")
            + ". It will be restarted for the next card."
        )

    def _recv(self, *, timeout: float, req_id: int | None) -> tuple:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if self._conn.poll(0.05):
                    msg = self._conn.recv()
                    if req_id is None or len(msg) < 2 or msg[1] == req_id:
                        return msg
                    continue  # a late message of an earlier, abandoned request
            except (EOFError, OSError):
                raise self._crashed() from None
            if not self._proc.is_alive():
                raise self._crashed()
            if time.monotonic() > deadline:
                self._discard()
                raise ModelError("The local language model did not respond in time.")

    def _request(self, kind: str, payload: Any) -> int:
        self.start()  # waits for a background load to finish
        self._next_id += 1
        self._cancel.clear()
        try:
            self._conn.send((kind, self._next_id, payload))
        except (OSError, BrokenPipeError):
            raise self._crashed() from None
        return self._next_id

    def count_tokens(self, text: str) -> int:
        req_id = self._request("tokenize", text)
        msg = self._recv(timeout=60, req_id=req_id)
        if msg[0] == "error":
            raise ModelError(f"The local language model failed ({msg[2]}).")
        return int(msg[2])

    def complete(
        self,
        messages: list[dict[str, str]],
        *,
        schema: str | None = None,
        max_tokens: int = 160,
        temperature: float = 0.2,
        seed: int | None = 0,
        cancel: CancelToken | None = None,
        timeout_s: float = 300.0,
        no_eos: bool = False,
    ) -> Generator[int, None, Completion]:
        """Chat completion with the model's own template. Yields the number of tokens
        generated so far (for progress) and returns the Completion.

        Raises Cancelled (token cancelled), ModelCrashedError (child died; next call
        restarts it) or ModelError (the model failed on this request).
        """
        req = {"messages": messages, "schema": schema, "max_tokens": max_tokens,
               "temperature": temperature, "seed": seed, "no_eos": no_eos}
        return (yield from self._stream("complete", req, cancel, timeout_s))

    def read_image(
        self,
        png: bytes,
        prompt: str,
        *,
        schema: str,
        max_tokens: int = 512,
        seed: int | None = 0,
        cancel: CancelToken | None = None,
        timeout_s: float = 600.0,
    ) -> Generator[int, None, Completion]:
        """Ask the vision model about one image (needs `mmproj_path`); JSON per `schema`.
        Yields tokens generated so far; cancel kills the child after the grace period."""
        if not self.config.mmproj_path:
            raise ModelError("Reading scanned pages needs a vision projector (mmproj) file.")
        req = {"png": png, "prompt": prompt, "schema": schema, "max_tokens": max_tokens,
               "seed": seed}
        return (yield from self._stream("vision", req, cancel, timeout_s))

    def _stream(
        self, kind: str, req: dict, cancel: CancelToken | None, timeout_s: float
    ) -> Generator[int, None, Completion]:
        if cancel is not None:
            cancel.check()
        req_id = self._request(kind, req)
        deadline = time.monotonic() + timeout_s
        cancel_at: float | None = None
        while True:
            if cancel is not None and cancel.cancelled and cancel_at is None:
                self._cancel.set()  # checked by stopping_criteria between tokens
                cancel_at = time.monotonic()
            if cancel_at is not None and time.monotonic() - cancel_at > self.cancel_grace_s:
                log.info("model busy in prefill after cancel: killing the child")
                self._discard()
                raise Cancelled()
            try:
                ready = self._conn.poll(0.02)
                msg = self._conn.recv() if ready else None
            except (EOFError, OSError):
                raise self._crashed() from None
            if msg is None:
                if not self._proc.is_alive():
                    raise self._crashed()
                if time.monotonic() > deadline:
                    self._discard()
                    raise ModelError("The local language model did not respond in time.")
                continue
            if len(msg) > 1 and msg[1] != req_id:
                continue
            kind = msg[0]
            if kind == "token":
                if cancel_at is None:
                    yield int(msg[2])
            elif kind == "cancelled":
                raise Cancelled()
            elif kind == "error":
                raise ModelError(f"The local language model failed on this card ({msg[2]}).")
            elif kind == "done":
                self._proven, self._early_crashes, self._background = True, 0, False
                if cancel_at is not None:
                    raise Cancelled()
                return Completion(**msg[2])

    def complete_text(self, messages: list[dict[str, str]], **kw: Any) -> Completion:
        """`complete` without progress: runs the generator to its end."""
        gen = self.complete(messages, **kw)
        while True:
            try:
                next(gen)
            except StopIteration as stop:
                return stop.value
