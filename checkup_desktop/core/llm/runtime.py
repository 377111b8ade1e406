"""The app's side of the local model: ModelRuntime starts the model process
(core/llm/model_process.py, the one owner of the llama.cpp `Llama` object) and talks to it
over one Pipe (messages: core/llm/pipe_protocol.py).

Why a child: an abort or crash inside llama.cpp cannot take the app down, and a cancel
during prefill (which llama.cpp cannot interrupt) can hard-kill the child; the next request
starts a fresh one. A child that dies before it finished its first request (at load or on its
first decode: an illegal instruction, a segfault, killed for memory) is retried once; a second
such death, or a file llama.cpp refuses, disables the model for the session (`health`), and
every later request raises ModelDisabledError at once: no restart loop.

Between tokens, cancel is cooperative: a shared multiprocessing.Event
checked by `stopping_criteria`.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checkup_desktop.core.cancel import Cancelled, CancelToken
from checkup_desktop.core.llm import health
from checkup_desktop.core.llm import pipe_protocol as msg
from checkup_desktop.core.llm.errors import ModelCrashedError, ModelDisabledError, ModelError
from checkup_desktop.core.llm.gguf_check import check_language_model, check_projector
from checkup_desktop.core.llm.model_process import child_main

log = logging.getLogger(__name__)

_SPAWN = mp.get_context("spawn")
LOAD_TIMEOUT_S = 120.0
CANCEL_GRACE_S = 0.5  # after this, a child still busy (prefill) is killed
# A child that dies before finishing a request is started again once (MAX_EARLY_CRASHES - 1
# retries); crashes of any kind are capped per runtime so nothing restarts forever.
MAX_EARLY_CRASHES = 2
MAX_CRASHES = 4
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


@dataclass(frozen=True)
class RuntimeConfig:
    model_path: str
    n_ctx: int = 1024
    n_threads: int | None = None  # None: auto_threads()
    n_gpu_layers: int | None = None  # None: model_process.auto_gpu_layers()
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


def relay(gen: Generator[int, None, Any], event: Callable[[int], Any]) -> Generator[Any, None, Any]:
    """Re-yield a runtime generator's token counts as pipeline events; return its result."""
    while True:
        try:
            n = next(gen)
        except StopIteration as stop:
            return stop.value
        yield event(n)


def run_to_end(gen: Generator[Any, None, Any]) -> Any:
    """Run a generator to its end without watching its progress; return its result."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value




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
        self._loading = False  # started, READY not received yet
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
            target=child_main, args=(child, self._cancel, self.config),
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
        reply = self._recv(timeout=LOAD_TIMEOUT_S, req_id=None)
        while reply[0] not in (msg.READY, msg.LOAD_ERROR):  # a prefetch cannot answer first
            reply = self._recv(timeout=LOAD_TIMEOUT_S, req_id=None)
        self._loading = False
        if reply[0] == msg.LOAD_ERROR:  # llama.cpp refused the file: retrying cannot help
            self._discard()
            raise self._disable(health.load_reason(Path(self.config.model_path).name,
                                                   reply[1]))

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
            self._conn.send((msg.COMPLETE, self._next_id, {"messages": messages,
                                                           "max_tokens": 1, "seed": 0}))
        except (OSError, BrokenPipeError):
            self._discard()

    def close(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            try:
                self._conn.send((msg.CLOSE,))
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
                    reply = self._conn.recv()
                    if req_id is None or len(reply) < 2 or reply[1] == req_id:
                        return reply
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
        req_id = self._request(msg.TOKENIZE, text)
        reply = self._recv(timeout=60, req_id=req_id)
        if reply[0] == msg.ERROR:
            raise ModelError(f"The local language model failed ({reply[2]}).")
        return int(reply[2])

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
        return (yield from self._stream(msg.COMPLETE, req, cancel, timeout_s))

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
        return (yield from self._stream(msg.VISION, req, cancel, timeout_s))

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
                reply = self._conn.recv() if ready else None
            except (EOFError, OSError):
                raise self._crashed() from None
            if reply is None:
                if not self._proc.is_alive():
                    raise self._crashed()
                if time.monotonic() > deadline:
                    self._discard()
                    raise ModelError("The local language model did not respond in time.")
                continue
            if len(reply) > 1 and reply[1] != req_id:
                continue
            kind = reply[0]
            if kind == msg.TOKEN:
                if cancel_at is None:
                    yield int(reply[2])
            elif kind == msg.CANCELLED:
                raise Cancelled()
            elif kind == msg.ERROR:
                raise ModelError(f"The local language model failed on this card ({reply[2]}).")
            elif kind == msg.DONE:
                self._proven, self._early_crashes, self._background = True, 0, False
                if cancel_at is not None:
                    raise Cancelled()
                return Completion(**reply[2])

    def complete_text(self, messages: list[dict[str, str]], **kw: Any) -> Completion:
        """`complete` without progress."""
        return run_to_end(self.complete(messages, **kw))
