"""The loaded model: a pool of llama.cpp contexts, used from worker threads only.

Everything here blocks; the provider runs it through :mod:`llmgate._blocking`. Importing
this module imports llama.cpp (and loads its shared library), so the provider imports it
lazily, on a worker thread, on first use.

The contexts are :class:`llmgate_llamacpp._llama.Llama` objects: ``llama_cpp.Llama`` with
hooks that count tokens exactly and stop within a token of a cancellation.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jinja2
import llama_cpp
from llama_cpp import llama_chat_format
from llama_cpp.llama_grammar import LlamaGrammar

from llmgate.errors import (
    BadRequestError,
    ConfigError,
    ContextWindowExceededError,
    LLMGateError,
    ServerError,
)
from llmgate.provider import ChatRequest, Completion, StreamEvent, ToolCall, Usage
from llmgate_llamacpp._adapters import (
    Adapter,
    AdapterSet,
    check_adapter_file,
    declared_adapters,
    weights_of,
)
from llmgate_llamacpp._convert import to_llama_messages, to_llama_params, to_llama_response_format
from llmgate_llamacpp._cpu import ExtraBuffers, decide_extra_buffers
from llmgate_llamacpp._gguf import GGUFError, GGUFInfo, read_gguf_info
from llmgate_llamacpp._llama import Cancelled, Llama, LlamaCall, PromptTooLong, open_llama
from llmgate_llamacpp._models import PACKAGED_MODELS, PackagedModelError, packaged_model_path
from llmgate_llamacpp._pool import ContextPool
from llmgate_llamacpp._probe import ProbeFailed, probe_load
from llmgate_llamacpp._settings import LlamaCppSettings
from llmgate_llamacpp._tools import ToolPlan, ToolStream, tool_plan

__all__ = ["Engine"]


class Engine:
    """One model, loaded once on first use and kept warm, served by ``n_parallel`` contexts.

    A llama.cpp context is not thread-safe: each call takes one context from the pool for
    its whole length (a stream holds it until it ends or is cancelled). Each context's
    model also holds every declared LoRA adapter; a call sets the one it names on the
    context it took (see :mod:`._adapters`).
    """

    def __init__(self, provider: str, settings: LlamaCppSettings) -> None:
        s = settings
        self.provider = provider
        self.settings = settings
        self.model = settings.served_model
        self.adapters = declared_adapters(provider, settings)
        self.n_ctx: int | None = settings.n_ctx or None
        self._pool = ContextPool()
        self._contexts: list[Llama] = []
        self._load_lock = threading.Lock()
        self._stats_lock = threading.Lock()
        self.tokens_sampled = 0  # every token llama.cpp sampled, for diagnostics and tests
        self.extra_buffers: ExtraBuffers | None = None  # decided at load (see _cpu.py)
        # A packaged model's generation defaults; a call's own parameters win.
        self._defaults = dict(PACKAGED_MODELS[s.model.lower()].defaults) if s.model else {}

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Load the model if it is not loaded yet (safe from any number of threads)."""
        if self._contexts:
            return
        with self._load_lock:
            if self._contexts:
                return
            path = self._path()
            info = self._read_info(path)
            options = self._options(self._checked_n_ctx(path, info))
            for adapter in self.adapters.values():
                check_adapter_file(adapter, info)
            if self.settings.checks_load:
                self._check_in_child(path, options)
            contexts: list[Llama] = []
            try:
                for _ in range(self.settings.n_parallel):
                    contexts.append(self._load_one(path, options))
            except BaseException:
                for llm in contexts:
                    llm.close()
                raise
            for llm in contexts:
                self._pool.put(llm)
            self.n_ctx = contexts[0].n_ctx()  # llama.cpp pads n_ctx up to a multiple of 256
            self._contexts = contexts

    def _key(self, name: str) -> str:
        """The full key path, as ``Provider.config_error`` writes it (the Client adds the file)."""
        return f"providers.{self.provider}.{name}"

    def _path(self) -> Path:
        s = self.settings
        if s.model is not None:
            try:
                return packaged_model_path(s.model)
            except PackagedModelError as exc:
                raise ConfigError(str(exc), key=self._key("model")) from None
        path = Path(str(s.model_path)).expanduser()
        if not path.is_file():
            raise ConfigError(f"model file not found: {path}", key=self._key("model_path"))
        return path

    def _read_info(self, path: Path) -> GGUFInfo:
        try:
            return read_gguf_info(path)
        except GGUFError as exc:
            raise ConfigError(f"{path}: {exc}", key=self._key(self.settings.model_key)) from None
        except OSError as exc:
            raise ConfigError(
                f"cannot read {path}: {exc.strerror}", key=self._key(self.settings.model_key)
            ) from None

    def _checked_n_ctx(self, path: Path, info: GGUFInfo) -> int:
        """The context size to allocate, refusing one the model was not trained for."""
        trained = info.context_length
        wanted = self.settings.n_ctx or trained
        if wanted is None:
            raise ConfigError(
                f"{path} does not say its context length; set n_ctx", key=self._key("n_ctx")
            )
        if trained is not None and wanted > trained:
            raise ConfigError(
                f"n_ctx = {wanted} is larger than the {trained} tokens {path.name} was trained "
                f"for; set n_ctx <= {trained} (or 0 for exactly {trained})",
                key=self._key("n_ctx"),
            )
        return wanted

    def _options(self, n_ctx: int) -> dict[str, Any]:
        """The keyword arguments of every ``Llama`` of this engine (JSON-safe: the load
        check in a child process uses the very same)."""
        s = self.settings
        system_info = llama_cpp.llama_print_system_info().decode("utf-8", "replace")
        self.extra_buffers = decide_extra_buffers(s.extra_buffers, system_info)
        options: dict[str, Any] = {
            "n_ctx": n_ctx,
            "n_gpu_layers": s.n_gpu_layers,
            "n_threads": s.n_threads,
            "n_threads_batch": s.batch_threads,
            "chat_format": s.chat_format,
            "verbose": False,
            "extra_buffers": self.extra_buffers.enabled,
        }
        if s.seed is not None:
            options["seed"] = s.seed
        return options

    def _check_in_child(self, path: Path, options: dict[str, Any]) -> None:
        """Load and run the model in a child process first (see :mod:`._probe`)."""
        adapters = list(self.adapters.values())
        try:
            probe_load(path, options, [a.path for a in adapters])
        except ProbeFailed as exc:
            if exc.adapter is not None:
                raise ConfigError(str(exc), key=adapters[exc.adapter].key) from None
            if options.get("extra_buffers") and self._runs_without_extra_buffers(path, options):
                raise ConfigError(
                    f"{path}: {exc}; with extra_buffers = false it loads and runs: set "
                    "extra_buffers = false (this build's extra CPU buffer kernels, AMX among "
                    "them, crash on this CPU), or rebuild llama-cpp-python for this CPU",
                    key=self._key("extra_buffers"),
                ) from None
            raise ConfigError(f"{path}: {exc}", key=self._key(self.settings.model_key)) from None

    def _runs_without_extra_buffers(self, path: Path, options: dict[str, Any]) -> bool:
        """Whether the same file and options pass the child check with extra buffers off:
        then they, not the file, are what crashed. The signal alone does not say so (the
        AMX kernels die with SIGILL on one CPU and SIGSEGV on another)."""
        adapters = [a.path for a in self.adapters.values()]
        try:
            probe_load(path, {**options, "extra_buffers": False}, adapters)
        except ProbeFailed:
            return False
        return True

    def _load_one(self, path: Path, options: dict[str, Any]) -> Llama:
        s = self.settings
        n_ctx = options["n_ctx"]
        try:
            llm = open_llama(path, options)
        except ValueError as exc:
            if "context" in str(exc):
                raise ConfigError(
                    f"llama.cpp could not create a context of n_ctx = {n_ctx} tokens for "
                    f"{path} (not enough memory?): lower n_ctx or n_gpu_layers",
                    key=self._key("n_ctx"),
                ) from exc
            raise ConfigError(
                f"llama.cpp could not load {path}: the file is corrupt or truncated, or its "
                "architecture is not supported by this build of llama-cpp-python",
                key=self._key(s.model_key),
            ) from exc
        try:
            self._check_chat_format(llm)
            llm.lora = AdapterSet(llm, self.adapters)
        except BaseException:
            llm.close()
            raise
        return llm

    def _check_chat_format(self, llm: Llama) -> None:
        name = llm.chat_format
        if llm.chat_handler is not None or name is None or name in llm._chat_handlers:
            return
        try:
            llama_chat_format.get_chat_completion_handler(name)
        except Exception as exc:
            raise ConfigError(
                f"unknown chat_format {name!r}; leave it unset to use the template in the "
                "GGUF file, or name a llama-cpp-python format (chatml, llama-2, llama-3, ...)",
                key=self._key("chat_format"),
            ) from exc

    def close(self) -> None:
        """Free every context, waiting for calls in flight to hand theirs back."""
        with self._load_lock:
            for _ in self._contexts:
                self._pool.get().close()
            self._contexts = []

    # -- serving ---------------------------------------------------------------------------

    @contextmanager
    def _slot(
        self, cancel: threading.Event, adapter: Adapter | None
    ) -> Iterator[tuple[Llama, LlamaCall]]:
        """A context for one call (one that has ``adapter`` set, when such a one is free),
        taken from the pool and always given back."""
        self.load()
        llm = self._pool.get(weights_of(adapter))
        call = LlamaCall(cancel)
        try:
            if cancel.is_set():
                raise Cancelled
            llm.call = call
            yield llm, call
        finally:
            llm.call = None
            with self._stats_lock:
                self.tokens_sampled += call.sampled
            self._pool.put(llm)

    def adapter(self, model: str) -> Adapter | None:
        """The adapter a call's model names, or ``None`` for the base model."""
        return self.adapters.get(model.lower())

    def complete(self, request: ChatRequest, cancel: threading.Event) -> Completion:
        """One chat completion (blocking)."""
        messages, params, tools = self._prepare(request)
        adapter = self.adapter(request.model)
        model = adapter.name if adapter else self.model
        with self._slot(cancel, adapter) as (llm, _call), self._errors(model):
            start = time.perf_counter()
            _use(llm, adapter)
            out: Any = llm.create_chat_completion(messages, **params)
            busy = time.perf_counter() - start
        choice = out["choices"][0]
        usage = out["usage"]
        text, finish = choice["message"].get("content") or "", choice.get("finish_reason")
        calls: tuple[ToolCall, ...] = ()
        if tools is not None:
            text, calls, finish = tools.parse(text, finish, self._where(model))
        return Completion(
            text=text,
            model=model,
            usage=Usage(usage["prompt_tokens"], usage["completion_tokens"]),
            tool_calls=calls,
            finish_reason=finish,
            response_id=out.get("id"),
            busy_s=busy,
        )

    def stream(self, request: ChatRequest, cancel: threading.Event) -> Iterator[StreamEvent]:
        """Stream one chat completion (a blocking generator); the last event holds usage."""
        messages, params, tools = self._prepare(request)
        adapter = self.adapter(request.model)
        model = adapter.name if adapter else self.model
        finish: str | None = None
        split = ToolStream(tools, self._where(model)) if tools is not None else None
        with self._slot(cancel, adapter) as (llm, call), self._errors(model):
            start = time.perf_counter()
            _use(llm, adapter)
            chunks: Any = llm.create_chat_completion(messages, stream=True, **params)
            try:
                for chunk in chunks:
                    choice = chunk["choices"][0]
                    text = choice["delta"].get("content")
                    if text:
                        yield from split.feed(text) if split else (StreamEvent(text=text),)
                    finish = choice.get("finish_reason") or finish
            finally:
                chunks.close()  # stop llama's generator here, while the context is ours
            if split is not None:
                held, finish = split.finish(finish)
                yield from held
            busy = time.perf_counter() - start
            usage = Usage(call.prompt_tokens, call.output_tokens)
        yield StreamEvent(usage=usage, finish_reason=finish, model=model, busy_s=busy)

    def _prepare(self, request: ChatRequest) -> tuple[Any, dict[str, Any], ToolPlan | None]:
        try:
            params = {**self._defaults, **to_llama_params(request.params)}
            if request.response_format is not None:
                params["response_format"] = to_llama_response_format(request.response_format)
            tools = tool_plan(request)
            if tools is None:
                return to_llama_messages(request.messages), params, None
            if (grammar := tools.grammar()) is not None:  # a forced call: its shape is fixed
                params.pop("response_format", None)
                params["grammar"] = LlamaGrammar.from_string(grammar, verbose=False)
            return tools.messages(request.messages), params, tools
        except ValueError as exc:
            raise BadRequestError(str(exc), **self._where(request.model or self.model)) from None

    def _where(self, model: str) -> dict[str, Any]:
        return {"provider": self.provider, "model": model}

    @contextmanager
    def _errors(self, model: str) -> Iterator[None]:
        """The one table mapping llama.cpp's failures into llmgate's error tree."""
        where: dict[str, Any] = {"provider": self.provider, "model": model}
        try:
            yield
        except (LLMGateError, Cancelled, GeneratorExit):
            raise
        except PromptTooLong as exc:
            raise ContextWindowExceededError(str(exc), **where) from exc
        except jinja2.TemplateError as exc:
            raise BadRequestError(
                f"the model's chat template refused the messages: {exc}", **where
            ) from exc
        except ValueError as exc:
            raise BadRequestError(f"llama.cpp refused the request: {exc}", **where) from exc
        except (RuntimeError, OSError, MemoryError) as exc:
            raise ServerError(f"llama.cpp failed: {exc}", **where) from exc


def _use(llm: Llama, adapter: Adapter | None) -> None:
    """Set the call's adapter (or none) on the context it took."""
    if llm.lora is not None:
        llm.lora.use(adapter)
