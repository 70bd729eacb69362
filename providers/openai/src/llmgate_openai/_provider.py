"""OpenAIProvider: the thin I/O around :mod:`._convert`.

Chat calls go out, by default, as plain JSON through the :class:`Forwarder` (the sender
the gateway's pass-through uses): ``to_wire`` builds the body, the forwarder posts it and
``from_wire`` reads the answer, with the same error table as the SDK path. The SDK added
about a millisecond of CPU per call (its request, header and URL objects and the
httpx-shaped layer over aiohttp) and nothing a chat call needs, which is most of the
provider's cost in a busy async program (an eval of 10,000 rows, a gateway).
``transport = "sdk"`` sends through the official ``openai`` SDK instead (its ``http_client``
transport); embeddings always do.

On the SDK path the SDK does the HTTP (auth headers, base URL, timeouts); its own retries
are off (``max_retries=0``): retrying, failover and deadlines belong to the core. Answers
are read as raw JSON on both paths rather than parsed into the SDK's pydantic models: that
is cheaper, lets a malformed 200 become a ``ServerError``, and lets the provider see
whether a stream really ended with ``data: [DONE]`` (the SDK's own stream iterator stops
silently when the connection closes early).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import ssl
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any, ClassVar, Literal, cast

import httpx2
import openai
from pydantic import Field

from llmgate.provider import (
    Capabilities,
    ChatRequest,
    Completion,
    EmbeddingRequest,
    Embeddings,
    LoopLocal,
    Provider,
    ProviderSettings,
    StreamEvent,
    Usage,
    attempt_bounded,
    environment_proxy,
    timeout_at,
)
from llmgate_openai._convert import (
    EMBEDDING_BATCH,
    embeddings_from_wire,
    embeddings_to_wire,
    from_wire,
    parse_json_body,
    to_wire,
)
from llmgate_openai._errors import StreamProgress, map_errors
from llmgate_openai._forward import Forwarder
from llmgate_openai._sse import SSEDecoder

__all__ = ["OpenAIProvider", "OpenAISettings"]

OFFICIAL_BASE_URL = "https://api.openai.com/v1"
# Sent to OpenAI-compatible servers configured without a key: the SDK insists on one, and
# servers started without --api-key ignore the header.
NO_KEY_PLACEHOLDER = "llmgate-no-key"


class OpenAISettings(ProviderSettings):
    """``[providers.NAME]`` keys for ``type = "openai"`` (OpenAI and compatible servers).

    ``transport`` picks how chat calls go out: ``"direct"`` (plain JSON on a lean HTTP
    client, no SDK objects), ``"sdk"`` (the official SDK) or ``"auto"`` (the default:
    direct, unless a proxy from ``HTTPS_PROXY``/``HTTP_PROXY`` applies to the endpoint,
    which only the SDK speaks to). ``http_client``
    picks the SDK's transport where the SDK is used (``transport = "sdk"``, embeddings):
    ``"aiohttp"`` (the default, measurably cheaper per call) or ``"httpx"``. ``headers``
    are sent with every request.
    """

    type: str = "openai"
    organization: str | None = None
    project: str | None = None
    transport: Literal["auto", "direct", "sdk"] = "auto"
    http_client: Literal["aiohttp", "httpx"] = "aiohttp"
    headers: dict[str, str] = Field(default_factory=dict)


class OpenAIProvider(Provider):
    """OpenAI's chat completions, or any OpenAI-compatible server through ``base_url``::

    provider = OpenAIProvider("openai", OpenAISettings(api_key="sk-..."))
    done = await provider.complete(ChatRequest(model="gpt-4o-mini", messages=msgs))
    async for event in provider.stream(request):
        print(event.text, end="")
    await provider.aclose()
    """

    settings_model: ClassVar[type[ProviderSettings]] = OpenAISettings
    capabilities: ClassVar[Capabilities] = Capabilities(
        streaming=True,
        tools=True,
        params=frozenset(
            {
                "max_tokens",
                "temperature",
                "top_p",
                "stop",
                "seed",
                "presence_penalty",
                "frequency_penalty",
                "response_format",
                "parallel_tool_calls",
                "user",
                "logit_bias",
            }
        ),
        content_parts=frozenset({"text", "image_url"}),
        structured_output=True,
        embeddings=True,
        openai_passthrough=True,
    )
    settings: OpenAISettings

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        if not isinstance(settings, OpenAISettings):
            settings = OpenAISettings.model_validate(settings.model_dump())
        super().__init__(name, settings)
        if settings.api_key is None and settings.base_url is None:
            raise self.config_error(
                "OpenAI needs an API key (a compatible server set through base_url may "
                "go without one)",
                "api_key",
            )
        # The official endpoint takes max_completion_tokens; compatible servers max_tokens.
        self.official = settings.base_url is None
        self._base_url = settings.base_url or OFFICIAL_BASE_URL
        self.direct = settings.transport == "direct" or (
            settings.transport == "auto" and environment_proxy(self._base_url) is None
        )
        self._secrets = self.secrets()
        self._clients: LoopLocal[openai.AsyncOpenAI] = LoopLocal(self._new_client)
        self._forwarders: LoopLocal[Forwarder] = LoopLocal(self._new_forwarder)

    def _new_client(self) -> openai.AsyncOpenAI:
        """One SDK client per event loop: its connection pool is bound to the loop."""
        s = self.settings
        tls = _default_tls()
        http: httpx2.AsyncClient = (
            openai.DefaultAioHttpClient(verify=tls)
            if s.http_client == "aiohttp"
            else openai.DefaultAsyncHttpxClient(verify=tls)
        )
        key = s.api_key.get_secret_value() if s.api_key is not None else NO_KEY_PLACEHOLDER
        return openai.AsyncOpenAI(
            api_key=key,
            organization=s.organization,
            project=s.project,
            base_url=self._base_url,
            timeout=s.timeout_s,
            max_retries=0,
            default_headers=s.headers or None,
            http_client=http,
        )

    def _new_forwarder(self) -> Forwarder:
        """The SDK-free sender: direct chat calls and the gateway's pass-through attempts."""
        s = self.settings
        key = s.api_key.get_secret_value() if s.api_key is not None else NO_KEY_PLACEHOLDER
        headers = {"authorization": f"Bearer {key}", **s.headers}
        if s.organization:
            headers["openai-organization"] = s.organization
        if s.project:
            headers["openai-project"] = s.project
        return Forwarder(
            self._base_url.rstrip("/") + "/chat/completions",
            headers,
            official=self.official,
            tls=_default_tls(),
            secrets=self._secrets,
        )

    async def forward(
        self, body: dict[str, Any], request: ChatRequest, raw: bytes | None = None
    ) -> tuple[bytes, Completion]:
        with map_errors(self.name, request.model, secrets=self._secrets):
            return await self._forwarders.get().send(body, request, self._timeout(request), raw)

    async def forward_stream(
        self, body: dict[str, Any], request: ChatRequest, raw: bytes | None = None
    ) -> AsyncIterator[StreamEvent]:
        # One generator from the body's reads to the events (SSEDecoder is fed each read):
        # a generator layer between them cost a resumption and a yield per event.
        timeout = self._timeout(request)
        deadline = asyncio.get_running_loop().time() + timeout
        progress = StreamProgress()
        with map_errors(self.name, request.model, secrets=self._secrets, progress=progress):
            if attempt_bounded(timeout):  # the call flow's bound ends this first
                sent = await self._forwarders.get().open_stream(body, request, raw)
            else:
                with timeout_at(deadline):
                    sent = await self._forwarders.get().open_stream(body, request, raw)
            progress.started = True
            sse = SSEDecoder(progress, self._secrets)
            try:
                while True:
                    # The deadline bounds each read, never a yield: a scope spanning a
                    # yield would cancel whatever the consumer awaits meanwhile.
                    with timeout_at(deadline):  # (asyncio's, at a tenth of the cost)
                        piece = await sent.next_piece()
                    if piece is None:
                        break
                    sse.feed(piece)
                    while (event := sse.next()) is not None:
                        yield event
                sse.end()
            finally:
                # Read to the end: the connection goes back to the pool; cut short: closed.
                sent.release()

    def _timeout(self, request: ChatRequest) -> float:
        return request.timeout_s if request.timeout_s is not None else self.settings.timeout_s

    async def complete(self, request: ChatRequest) -> Completion:
        kwargs = to_wire(request, official=self.official)
        timeout = self._timeout(request)
        if self.direct:
            with map_errors(self.name, request.model, secrets=self._secrets):
                # The forwarder bounds the whole attempt with ``timeout``.
                _, completion = await self._forwarders.get().send(kwargs, request, timeout)
            return completion
        client = self._clients.get()
        with map_errors(self.name, request.model, secrets=self._secrets):
            # The SDK's timeout bounds each connect/read; this bounds the whole attempt.
            async with asyncio.timeout(timeout):
                response = await _post(client, kwargs, timeout, stream=False)
            return from_wire(parse_json_body(response.content))

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        if self.direct:
            body = to_wire(request, official=self.official)
            events = cast(AsyncGenerator[StreamEvent, None], self.forward_stream(body, request))
            async with contextlib.aclosing(events):
                async for event in events:
                    yield event
            return
        client = self._clients.get()
        kwargs = to_wire(request, official=self.official)
        kwargs["stream"] = True
        kwargs["stream_options"] = {"include_usage": True}
        timeout = self._timeout(request)
        deadline = asyncio.get_running_loop().time() + timeout
        progress = StreamProgress()
        with map_errors(self.name, request.model, secrets=self._secrets, progress=progress):
            async with asyncio.timeout_at(deadline):
                response = await _post(client, kwargs, timeout, stream=True)
            progress.started = True
            sse = SSEDecoder(progress, self._secrets)
            reads = response.aiter_bytes()
            try:
                while True:
                    with timeout_at(deadline):  # each read, never across a yield
                        piece = await anext(reads, None)
                    if piece is None:
                        break
                    sse.feed(piece)
                    while (decoded := sse.next()) is not None:
                        yield decoded
                sse.end()
            finally:
                await reads.aclose()
                await response.aclose()

    async def embed(self, request: EmbeddingRequest) -> Embeddings:
        """``POST /embeddings``, in batches of at most 2048 inputs, sent one after another."""
        client = self._clients.get()
        timeout = request.timeout_s if request.timeout_s is not None else self.settings.timeout_s
        vectors: list[Any] = []
        usage = Usage()
        model = request.model
        inputs = list(request.inputs)
        with map_errors(self.name, request.model, secrets=self._secrets):
            async with asyncio.timeout(timeout):
                for start in range(0, len(inputs), EMBEDDING_BATCH):
                    body = embeddings_to_wire(request, inputs[start : start + EMBEDDING_BATCH])
                    response = await _post(client, body, timeout, stream=False, path="/embeddings")
                    batch = embeddings_from_wire(parse_json_body(response.content))
                    vectors.extend(batch.vectors)
                    usage = usage + batch.usage
                    model = batch.model or model
        return Embeddings(vectors=vectors, model=model, usage=usage)

    async def aclose(self) -> None:
        """Close every loop's SDK client: this loop's here, other running loops' on their loop.

        The close on another loop is scheduled, not awaited: that loop's thread may be the
        one blocked in a sync ``Client.close()`` waiting for this very call.
        """
        here = asyncio.get_running_loop()
        for loop, closer in [
            *((loop, c.close) for loop, c in self._clients.pop_all()),
            *((loop, f.close) for loop, f in self._forwarders.pop_all()),
        ]:
            if loop is here:
                await closer()
            elif loop.is_running() and not loop.is_closed():
                asyncio.run_coroutine_threadsafe(closer(), loop)


@functools.cache
def _default_tls() -> ssl.SSLContext:
    """The SDK's default TLS settings, built once per process.

    Left to itself every SDK client loads the CA bundle again (~55 ms, most of the cost of a
    client), and llmgate makes one client per event loop per provider. The context is
    never modified after this, so sharing it between loops and threads is safe.
    """
    return httpx2.create_ssl_context()


async def _post(
    client: openai.AsyncOpenAI,
    body: dict[str, Any],
    timeout_s: float,
    *,
    stream: bool,
    path: str = "/chat/completions",
) -> httpx2.Response:
    """POST /chat/completions through the SDK, answered as the raw HTTP response.

    ``chat.completions.create`` would first walk the body against the SDK's TypedDicts
    (``async_maybe_transform``), a no-op for the plain JSON llmgate builds that measured
    ~40% of the SDK's CPU time per call. ``post`` keeps everything else ``create`` does:
    auth headers, base URL, timeout, and the SDK's status-code exceptions.
    """
    options: openai.RequestOptions = {"timeout": timeout_s, "security": {"bearer_auth": True}}
    response = await client.post(
        path, body=body, cast_to=httpx2.Response, options=options, stream=stream
    )
    return response
