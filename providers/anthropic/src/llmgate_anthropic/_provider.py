"""The Anthropic provider: thin I/O around ``_convert``.

By default a call is plain JSON on the core's lean HTTP/1.1 client (``_direct``, on
:class:`llmgate.provider.HTTPPool`): the SDK's request and response objects cost about a
millisecond of CPU per call and add nothing a Messages call needs. ``transport = "sdk"``
sends through the official SDK instead, used for what it is good at (auth headers, the
HTTP client, status errors) and asked for raw bodies. On both paths the JSON is read once
into dicts for ``from_wire`` and the ``StreamAccumulator``, without building the SDK's
pydantic models on every stream event, and failures go through the one table in
``_errors``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import ssl
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any, ClassVar, Literal

import anthropic
import httpx2
from anthropic import AsyncStream
from anthropic._constants import ANTHROPIC_API_VERSION
from pydantic import Field

from llmgate import errors
from llmgate.provider import (
    Capabilities,
    ChatRequest,
    Completion,
    LoopLocal,
    Provider,
    ProviderSettings,
    StreamEvent,
    environment_proxy,
)
from llmgate_anthropic._convert import InvalidPayload, from_wire, to_wire
from llmgate_anthropic._direct import DirectClient, sse_data
from llmgate_anthropic._errors import ErrorContext, map_error, mapped_errors
from llmgate_anthropic._stream import StreamAccumulator, StreamCut

__all__ = ["AnthropicProvider", "AnthropicSettings"]

# Context windows by model family (longest prefix wins); ``context_window`` in the settings
# overrides them.
_CONTEXT_WINDOWS = {"claude-": 200_000}
_CLOSE_TIMEOUT_S = 5.0


class AnthropicSettings(ProviderSettings):
    """The ``[providers.NAME]`` table of ``type = "anthropic"``.

    ``default_max_tokens`` is sent when neither the call nor the model table gives a
    ``max_tokens`` (the vendor requires one). ``anthropic_version`` overrides the SDK's
    ``anthropic-version`` header. ``transport`` picks how calls go out: ``"direct"`` (plain
    JSON on llmgate's lean HTTP client, no SDK objects), ``"sdk"`` (the official SDK, on
    the transport ``http_client`` names) or ``"auto"`` (the default: direct, unless a proxy from
    ``HTTPS_PROXY``/``HTTP_PROXY`` applies to the endpoint, which only the SDK speaks to).
    """

    type: Literal["anthropic"] = "anthropic"
    default_max_tokens: int = Field(default=4096, gt=0)
    anthropic_version: str | None = None
    transport: Literal["auto", "direct", "sdk"] = "auto"
    http_client: Literal["aiohttp", "httpx"] = "aiohttp"


class AnthropicProvider(Provider):
    """Serves chat through Anthropic's Messages API.

    Usually built by the client from config (``type = "anthropic"``); directly::

        settings = AnthropicSettings(api_key="...", timeout_s=30)
        provider = AnthropicProvider("claude", settings)
        completion = await provider.complete(ChatRequest(model="claude-haiku-4-5", messages=msgs))
        await provider.aclose()
    """

    settings_model: ClassVar[type[ProviderSettings]] = AnthropicSettings
    capabilities: ClassVar[Capabilities] = Capabilities(
        params=frozenset({"max_tokens", "temperature", "top_p", "stop", "top_k", "metadata"}),
        content_parts=frozenset({"text", "image_url"}),
        structured_output=True,
    )

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        if not isinstance(settings, AnthropicSettings):
            settings = AnthropicSettings.model_validate(settings.model_dump())
        super().__init__(name, settings)
        if settings.api_key is None or not settings.api_key.get_secret_value():
            raise self.config_error(
                'an Anthropic API key is required (api_key = "${ANTHROPIC_API_KEY}")', "api_key"
            )
        self._config: AnthropicSettings = settings
        self.direct = settings.transport == "direct" or (
            settings.transport == "auto" and environment_proxy(self._endpoint()) is None
        )
        self._clients: LoopLocal[anthropic.AsyncAnthropic] = LoopLocal(self._make_client)
        self._direct: LoopLocal[DirectClient] = LoopLocal(self._make_direct)

    def context_window(self, model: str) -> int | None:
        if self.settings.context_window is not None:
            return self.settings.context_window
        matches = [p for p in _CONTEXT_WINDOWS if model.startswith(p)]
        return _CONTEXT_WINDOWS[max(matches, key=len)] if matches else None

    def _make_client(self) -> anthropic.AsyncAnthropic:
        """One SDK client per event loop; the SDK's own retries are off (the core retries)."""
        cfg = self._config
        http = (
            anthropic.DefaultAioHttpClient()
            if cfg.http_client == "aiohttp"
            else anthropic.DefaultAsyncHttpxClient()
        )
        headers = {"anthropic-version": cfg.anthropic_version} if cfg.anthropic_version else None
        assert cfg.api_key is not None  # checked in __init__
        return anthropic.AsyncAnthropic(
            api_key=cfg.api_key.get_secret_value(),
            base_url=cfg.base_url,
            max_retries=0,
            timeout=cfg.timeout_s,
            http_client=http,
            default_headers=headers,
            open_telemetry=False,  # llmgate makes its own spans; the SDK's would double them
        )

    def _endpoint(self) -> str:
        """Where messages go, as the SDK decides: the setting, else $ANTHROPIC_BASE_URL, else
        the vendor's endpoint."""
        cfg = self._config
        base = cfg.base_url or os.environ.get("ANTHROPIC_BASE_URL") or "https://api.anthropic.com"
        return base.rstrip("/") + "/v1/messages"

    def _make_direct(self) -> DirectClient:
        """One direct sender per event loop, with the headers the SDK would send."""
        cfg = self._config
        assert cfg.api_key is not None  # checked in __init__
        headers = {
            "x-api-key": cfg.api_key.get_secret_value(),
            "anthropic-version": cfg.anthropic_version or ANTHROPIC_API_VERSION,
        }
        return DirectClient(self._endpoint(), headers, _default_tls(), self.secrets())

    def _context(self, request: ChatRequest) -> ErrorContext:
        return ErrorContext(self.name, request.model, tuple(self.secrets()))

    async def _post(self, request: ChatRequest, *, stream: bool) -> httpx2.Response:
        """``POST /v1/messages`` through the SDK client, answered as a raw response.

        The SDK still does auth, headers and status errors; its typed ``messages.create``
        is bypassed because it lags the API (no ``temperature`` in this version's keywords),
        warns about model deprecations that the caller did not ask about, and would build a
        pydantic model for every stream event.
        """
        body = to_wire(request, fallback_max_tokens=self._config.default_max_tokens)
        if stream:
            body["stream"] = True
        timeout = request.timeout_s or self._config.timeout_s
        return await self._clients.get().post(
            "/v1/messages",
            cast_to=httpx2.Response,
            body=body,
            options={"timeout": timeout},
            stream=stream,
        )

    def _body(self, request: ChatRequest, *, stream: bool) -> dict[str, Any]:
        body = to_wire(request, fallback_max_tokens=self._config.default_max_tokens)
        if stream:
            body["stream"] = True
        return body

    async def complete(self, request: ChatRequest) -> Completion:
        # What ``mapped_errors`` does, inline: its context manager and error context were
        # a measurable share of a call's CPU, and are needed only when something failed.
        try:
            # The SDK's timeout is per read; this bounds the whole attempt.
            async with asyncio.timeout(request.timeout_s or self._config.timeout_s):
                if self.direct:
                    content = await self._direct.get().post(self._body(request, stream=False))
                else:
                    content = (await self._post(request, stream=False)).content
            try:
                payload = json.loads(content)
            except ValueError as exc:
                raise InvalidPayload(f"the answer is not JSON: {content[:200]!r}") from exc
            return from_wire(payload, structured=_structured_tool(request))
        except errors.ProviderError:
            raise
        except Exception as exc:
            raise map_error(exc, self._context(request)) from exc

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        acc = StreamAccumulator(structured=_structured_tool(request))
        async with mapped_errors(self._context(request), acc):
            events = self._direct_events(request) if self.direct else self._sdk_events(request)
            async with contextlib.aclosing(events):  # a stream left early frees its response
                async for data in events:
                    event = acc.feed(data)
                    if event is not None:
                        yield event
            if not acc.done:
                raise StreamCut("the stream ended without message_stop")

    async def _direct_events(self, request: ChatRequest) -> AsyncGenerator[Any, None]:
        timeout = request.timeout_s or self._config.timeout_s
        client = self._direct.get()
        async with asyncio.timeout(timeout):
            response = await client.open_stream(self._body(request, stream=True))
        try:
            async for data in sse_data(client.chunks(response), timeout):
                yield data
        finally:
            client.finish(response)

    async def _sdk_events(self, request: ChatRequest) -> AsyncGenerator[Any, None]:
        response = await self._post(request, stream=True)
        try:
            async for sse in AsyncStream.raw_events(response):
                if sse.data:
                    yield sse.json()
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        """Close every loop's client (a client on another loop is closed on that loop)."""
        here = asyncio.get_running_loop()
        clients: list[tuple[asyncio.AbstractEventLoop, anthropic.AsyncAnthropic | DirectClient]]
        clients = [*self._clients.pop_all(), *self._direct.pop_all()]
        for loop, client in clients:
            if loop is here:
                await client.close()
            elif loop.is_running():
                future = asyncio.run_coroutine_threadsafe(client.close(), loop)
                await asyncio.wait_for(asyncio.wrap_future(future), _CLOSE_TIMEOUT_S)
            # A closed loop has already taken its connections with it.


def _structured_tool(request: ChatRequest) -> str | None:
    """The name of the tool forced for structured output, if the call asked for it."""
    fmt = request.response_format
    return fmt.name if fmt is not None else None


@functools.cache
def _default_tls() -> ssl.SSLContext:
    """The SDK's default TLS settings, built once per process (loading the CA bundle costs
    tens of milliseconds, and a client is made per event loop). Never modified after."""
    return httpx2.create_ssl_context()
