"""The ``llamacpp`` provider: a GGUF model running in this process.

The model is loaded on first use (on a worker thread: loading llama.cpp's library and the
weights takes a while and must not block the event loop) and stays loaded until
``aclose``. Every call runs on a worker thread through :mod:`llmgate._blocking`.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Awaitable
from contextlib import aclosing
from typing import TYPE_CHECKING, ClassVar, TypeVar

from llmgate import errors
from llmgate.provider import (
    Capabilities,
    ChatRequest,
    Completion,
    EmbeddingRequest,
    Embeddings,
    Provider,
    ProviderSettings,
    StreamEvent,
    iterate_blocking,
    run_blocking,
)
from llmgate_llamacpp._convert import SUPPORTED_PARAMS
from llmgate_llamacpp._embeddings import Embedders
from llmgate_llamacpp._models import PACKAGED_MODELS
from llmgate_llamacpp._settings import LlamaCppSettings

if TYPE_CHECKING:
    from llmgate_llamacpp._engine import Engine

__all__ = ["LlamaCppProvider"]

T = TypeVar("T")


class LlamaCppProvider(Provider):
    """An in-process GGUF model served through llama-cpp-python::

        provider = LlamaCppProvider("local", LlamaCppSettings(model="smollm2-135m-instruct"))
        done = await provider.complete(ChatRequest(
            model="smollm2-135m-instruct",
            messages=(Message("user", "Hi"),),
            params={"max_tokens": 16, "temperature": 0},
        ))
        done.text, done.usage, done.busy_s     # busy_s: seconds the model was busy

    Tools are offered in one format for every model (see ``_tools.py``): a call that must
    use a tool is forced into that format by a grammar. ``embed`` serves the packaged
    embedding models, and this provider's own model when it is one (``_embeddings.py``).
    """

    settings_model: ClassVar[type[ProviderSettings]] = LlamaCppSettings
    capabilities: ClassVar[Capabilities] = Capabilities(
        streaming=True,
        tools=True,
        params=SUPPORTED_PARAMS,
        structured_output=True,
        embeddings=True,
    )

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        if not isinstance(settings, LlamaCppSettings):
            settings = LlamaCppSettings.model_validate(settings.model_dump())
        super().__init__(name, settings)
        self._settings = settings
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()
        self._embedders = Embedders(name, settings)

    def engine(self) -> Engine:
        """The engine, made on first use (blocking: imports llama.cpp; call off the loop)."""
        with self._engine_lock:
            if self._engine is None:
                from llmgate_llamacpp._engine import Engine

                self._engine = Engine(self.name, self._settings)
            return self._engine

    def load(self) -> None:
        """Load the model now rather than on the first call (blocking)."""
        s = self._settings
        if s.model is not None and PACKAGED_MODELS[s.model.lower()].embedding:
            self._embedders.load(s.served_model)  # an embedding model: no chat engine
            return
        self.engine().load()

    async def warm_up(self) -> None:
        """Load the model now, off the event loop (e.g. at start-up, or for a health check)."""
        await run_blocking(self.load)

    def context_window(self, model: str) -> int | None:
        """The context size in tokens: ``n_ctx`` as llama.cpp allocated it once loaded.

        llama.cpp pads ``n_ctx`` up to a multiple of 256; ``n_ctx = 0`` (the trained
        length) is unknown until the model is loaded.
        """
        if self._engine is not None and self._engine.n_ctx is not None:
            return self._engine.n_ctx
        return self._settings.n_ctx or None

    async def complete(self, request: ChatRequest) -> Completion:
        self._check_model(request.model)
        cancel = threading.Event()
        work = run_blocking(self._complete, request, cancel, cancel=cancel)
        return await self._within(request, _deadline(request), work)

    def _complete(self, request: ChatRequest, cancel: threading.Event) -> Completion:
        return self.engine().complete(request, cancel)

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        self._check_model(request.model)
        cancel = threading.Event()
        events = iterate_blocking(lambda: self.engine().stream(request, cancel), cancel=cancel)
        deadline = _deadline(request)
        async with aclosing(events):
            while True:
                try:
                    # The deadline wraps each wait, never a yield (a timeout scope must not
                    # span a suspension of this generator).
                    event = await self._within(request, deadline, anext(events))
                except StopAsyncIteration:
                    return
                yield event

    async def embed(self, request: EmbeddingRequest) -> Embeddings:
        cancel = threading.Event()
        work = run_blocking(self._embedders.embed, request, cancel, cancel=cancel)
        return await self._within(request, _deadline(request), work)

    async def aclose(self) -> None:
        engine = self._engine
        if engine is not None:
            await run_blocking(engine.close)
        await run_blocking(self._embedders.close)

    async def _within(
        self, request: ChatRequest | EmbeddingRequest, deadline: float | None, work: Awaitable[T]
    ) -> T:
        """``work``, cut at the attempt's deadline (``request.timeout_s``) with a TimeoutError.

        Cutting cancels the call, which stops generation within a token and frees the model.
        """
        try:
            async with asyncio.timeout_at(deadline):
                return await work
        except TimeoutError:
            raise errors.TimeoutError(
                f"no answer within the attempt's {request.timeout_s} s",
                provider=self.name,
                model=request.model,
            ) from None

    def _check_model(self, model: str) -> None:
        """Refuse a model name this provider does not serve: its base model or an adapter."""
        s = self._settings
        names = {"", *s.base_names, *s.adapters}
        if s.model is not None and PACKAGED_MODELS[s.model.lower()].embedding:
            raise errors.BadRequestError(
                f"{s.model!r} is an embedding model: use client.embed", provider=self.name
            )
        if model.lower() not in {n.lower() for n in names}:
            served = ", ".join(repr(n) for n in (s.served_model, *s.adapters))
            raise errors.NotFoundError(
                f"this provider serves only {served}, not {model!r}",
                provider=self.name,
                model=model,
            )


def _deadline(request: ChatRequest | EmbeddingRequest) -> float | None:
    """The loop time by which the attempt must be done, if it has a limit."""
    if request.timeout_s is None:
        return None
    return asyncio.get_running_loop().time() + request.timeout_s
