"""``Client``: the one object applications hold.

It owns the providers, the routes, the circuit breakers, the event bus and (for the sync
API) a loop thread; every call goes through the single flow in ``_flow.py``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from llmgate import _config, errors
from llmgate._build import RouteCache, located, make_providers
from llmgate._embed import embed, embed_call
from llmgate._events import Callback, EventBus
from llmgate._flow import Call, chat
from llmgate._messages import check_tags
from llmgate._requests import Messages, ResponseFormatArg, build_call, route_checks
from llmgate._stream_handles import AsyncStream, Stream
from llmgate._streaming import StreamRun
from llmgate._sync import LoopThread
from llmgate._types import ChatResponse, EmbeddingResponse
from llmgate._wiring import make_layers
from llmgate.provider import Provider
from llmgate.routing import BreakerStore, Route

if TYPE_CHECKING:
    from llmgate._checks import RouteChecks
    from llmgate.costs import BudgetGuard, Ledger
    from llmgate.eval import EvalReport
    from llmgate.redaction import Redactor

__all__ = ["AsyncStream", "Client", "Stream"]  # the stream handles live in _stream_handles


class Client:
    """Chat with any configured model through routes, failover, budgets and redaction.

    ::

        from llmgate import Client

        with Client.from_config("llmgate.toml") as client:
            r = client.chat("chat", messages=[{"role": "user", "content": "Hi"}], max_tokens=64)
            print(r.text, r.provider, r.usage.output_tokens, r.cost)

    ``Client()`` reads ``$LLMGATE_CONFIG``, else ``./llmgate.toml``, else serves the route
    ``default`` from the packaged local model. Every keyword argument is optional and
    replaces what the config would build; objects handed in stay the caller's to close:

    - ``providers``: names to ready provider objects (bypassing plugin discovery);
    - ``on_event``: a callback subscribed to every event (:mod:`llmgate.events`);
    - ``ledger``: a ledger URL (``memory``, ``sqlite:///path``) or a
      :class:`llmgate.costs.Ledger`, instead of the config's ``[costs] ledger``;
    - ``redactor``: a :class:`llmgate.redaction.Redactor` (e.g. with extra detectors)
      instead of the one the ``[redaction]`` section would build;
    - ``breaker_store``: a :class:`llmgate.routing.BreakerStore` holding the circuit
      breakers' state (shared by several processes), instead of one in memory;
    - ``budget_guard``: a :class:`llmgate.costs.BudgetGuard` that reserves and settles
      budgets, instead of the one ``[costs.budgets]`` would build.
    """

    def __init__(
        self,
        config: str | os.PathLike[str] | Mapping[str, Any] | _config.Config | None = None,
        *,
        providers: Mapping[str, Provider] | None = None,
        on_event: Callback | None = None,
        ledger: str | Ledger | None = None,
        redactor: Redactor | None = None,
        breaker_store: BreakerStore | None = None,
        budget_guard: BudgetGuard | None = None,
    ) -> None:
        if isinstance(config, _config.Config):
            cfg = config
        elif isinstance(config, Mapping):
            cfg = _config.from_mapping(config, file="<dict>", extra_providers=providers or ())
        else:
            cfg = _config.load_config(config, extra_providers=providers or ())
        self.config = cfg
        self.events = EventBus()
        if on_event is not None:
            self.events.subscribe(on_event)
        self._providers, self._owned = make_providers(cfg, providers)
        self._layers = make_layers(
            cfg,
            self._providers,
            self.events,
            ledger=ledger,
            redactor=redactor,
            breaker_store=breaker_store,
            budget_guard=budget_guard,
        )
        self._state, self._costs = self._layers.state, self._layers.costs
        self._runtime = self._layers.runtime
        self._routes = RouteCache(cfg, self._providers, self._costs.typical, self._route_checks)
        self._loop = LoopThread()
        self._closed = False

    @classmethod
    def from_config(cls, path: str | os.PathLike[str], **kwargs: Any) -> Client:
        return cls(os.fspath(path), **kwargs)

    def __repr__(self) -> str:
        return f"Client(file={self.config.file!r}, providers={sorted(self._providers)})"

    # -- routes ----------------------------------------------------------------------------
    @property
    def ledger(self) -> Ledger:
        """The cost ledger: ``totals(by=...)``, ``spent(...)``, ``rows(...)``, ``export(...)``.

        ::

            for row in client.ledger.totals(by="model"):
                print(row.key, row.cost, row.calls)
        """
        return self._costs.ledger

    @property
    def providers(self) -> Mapping[str, Provider]:
        return dict(self._providers)

    def route(self, name: str | None = None) -> Route:
        """The :class:`llmgate.routing.Route` a call to ``name`` takes.

        ``name`` is a route name or ``"provider:model"``; ``None`` is the default route.
        """
        return self._routes.get(name)

    def _route_checks(self, specs: Sequence[Any]) -> RouteChecks | None:
        return route_checks(specs, self._call)

    # -- calls -------------------------------------------------------------------------------
    def _call(
        self,
        route: str | None,
        messages: Messages | None,
        tools: Sequence[Mapping[str, Any]] | None,
        tool_choice: str | Mapping[str, Any] | None,
        tags: Mapping[str, str] | None,
        params: dict[str, Any],
        response_format: ResponseFormatArg,
        stream: bool,
    ) -> Call:
        if self._closed:
            raise errors.LLMGateError("this client is closed")
        if messages is None:
            raise errors.BadRequestError("messages is required")
        return build_call(
            self._runtime,
            self.route(route),
            messages,
            tools,
            tool_choice,
            tags,
            params,
            response_format,
            stream,
        )

    def _prepared(
        self,
        route: str | None,
        messages: Messages,
        *,
        stream: bool,
        tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
        tags: Mapping[str, str] | None = None,
        response_format: ResponseFormatArg = None,
        **params: Any,
    ) -> Call:
        """The call :meth:`achat` or :meth:`astream` would make, for a caller that runs it
        itself (the gateway, which lets qualifying attempts forward the caller's body)."""
        return self._call(
            route, messages, tools, tool_choice, tags, params, response_format, stream
        )

    def chat(
        self,
        route: str | None = None,
        messages: Messages | None = None,
        *,
        tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
        tags: Mapping[str, str] | None = None,
        response_format: ResponseFormatArg = None,
        **params: Any,
    ) -> ChatResponse:
        """One chat call through ``route``; blocks until the answer (or the error).

        ``response_format`` asks for JSON of a shape: a pydantic class or a JSON Schema
        (``r.parsed`` is then the validated object), or ``{"type": "json_object"}``::

            r = client.chat("chat", "Invoice for 3 pens at $2", response_format=Invoice)
            r.parsed.total
        """
        call = self._call(route, messages, tools, tool_choice, tags, params, response_format, False)
        try:
            return self._loop.run(chat(call))
        except errors.ConfigError as exc:  # e.g. a local model that fails to load
            raise located(exc, self.config.file) from exc.__cause__

    async def achat(
        self,
        route: str | None = None,
        messages: Messages | None = None,
        *,
        tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
        tags: Mapping[str, str] | None = None,
        response_format: ResponseFormatArg = None,
        **params: Any,
    ) -> ChatResponse:
        """The async twin of :meth:`chat` (same flow, run on the caller's loop)."""
        call = self._call(route, messages, tools, tool_choice, tags, params, response_format, False)
        try:
            return await chat(call)
        except errors.ConfigError as exc:
            raise located(exc, self.config.file) from exc.__cause__

    def stream(
        self,
        route: str | None = None,
        messages: Messages | None = None,
        *,
        tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
        tags: Mapping[str, str] | None = None,
        response_format: ResponseFormatArg = None,
        **params: Any,
    ) -> Stream:
        """A streaming call: ``with client.stream(...) as s: for chunk in s: ...``."""
        call = self._call(route, messages, tools, tool_choice, tags, params, response_format, True)
        return Stream(self._loop, StreamRun(call))

    def astream(
        self,
        route: str | None = None,
        messages: Messages | None = None,
        *,
        tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
        tags: Mapping[str, str] | None = None,
        response_format: ResponseFormatArg = None,
        **params: Any,
    ) -> AsyncStream:
        """``async with client.astream(...) as s: async for chunk in s: ...``."""
        call = self._call(route, messages, tools, tool_choice, tags, params, response_format, True)
        return AsyncStream(StreamRun(call))

    def eval(self, dataset: Any, *, targets: Sequence[str], **options: Any) -> EvalReport:
        """Run a dataset (JSONL path or row mappings) through ``targets`` and compare them.

        Options: ``scorers``, ``params``, ``judge_params``, ``concurrency``, ``failover``,
        ``cache_dir``, ``stream``, ``progress``; see :mod:`llmgate.eval` and docs/eval.md.
        """
        from llmgate.eval._runner import aevaluate

        return self._loop.run(aevaluate(self, dataset, targets=targets, **options))

    # -- embeddings --------------------------------------------------------------------------
    def _embed_call(
        self,
        route: str | None,
        inputs: str | Sequence[str] | None,
        dimensions: int | None,
        tags: Mapping[str, str] | None,
    ) -> Call:
        if self._closed:
            raise errors.LLMGateError("this client is closed")
        return embed_call(
            self._runtime, self.route(route), inputs, dimensions, check_tags(tags), self.config.file
        )

    def embed(
        self,
        route: str | None = None,
        inputs: str | Sequence[str] | None = None,
        *,
        dimensions: int | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> EmbeddingResponse:
        """Embed ``inputs`` through ``route``: one vector per input, with usage and cost.

        The same routes, failover, budgets, redaction and events as chat; a route fails
        over only between targets of the same model::

            r = client.embed("embed", inputs=["a cat", "a dog"], dimensions=256)
            r.vectors[0], r.usage.input_tokens, r.cost
        """
        call = self._embed_call(route, inputs, dimensions, tags)
        return self._loop.run(embed(call, dimensions))

    async def aembed(
        self,
        route: str | None = None,
        inputs: str | Sequence[str] | None = None,
        *,
        dimensions: int | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> EmbeddingResponse:
        """The async twin of :meth:`embed`."""
        call = self._embed_call(route, inputs, dimensions, tags)
        return await embed(call, dimensions)

    # -- lifecycle ---------------------------------------------------------------------------
    async def _aclose_providers(self) -> None:
        for provider in self._owned:
            await provider.aclose()

    async def _release_loop(self) -> None:
        """On the loop thread that is about to stop: release what providers hold for it."""
        await self._state.release_loop()
        for provider in self._providers.values():
            if provider not in self._owned:
                await provider.release_loop()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._loop.close(self._shutdown())
        self._close_layers()

    def _close_layers(self) -> None:
        self.events.close()
        self._layers.close()

    async def _shutdown(self) -> None:
        await self._release_loop()
        await self._aclose_providers()

    async def aclose(self) -> None:
        """Close from async code: this loop's resources here, the loop thread's there."""
        if self._closed:
            return
        await self._shutdown()  # this loop's resources
        self._closed = True
        self._loop.close(self._release_loop())
        self._close_layers()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Client:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
