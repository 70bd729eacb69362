"""The provider protocol: what a plugin implements to serve calls.

A provider turns a validated :class:`ChatRequest` into a :class:`Completion` or a stream of
:class:`StreamEvent`, and maps its vendor's failures into :mod:`llmgate.errors`. It returns
token counts, never money, and holds no retry, routing, cost or privacy logic: those live
once in the core. A third-party plugin looks like this::

    # pyproject.toml: [project.entry-points."llmgate.providers"] echo = "my_pkg:EchoProvider"
    class EchoProvider(Provider):
        capabilities = Capabilities(tools=False)

        async def complete(self, request: ChatRequest) -> Completion:
            text = request.messages[-1].text()
            return Completion(text=text, model=request.model, usage=Usage(1, 1))

        async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
            yield StreamEvent(text=request.messages[-1].text())
"""

from __future__ import annotations

import abc
import asyncio
import email.utils
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from llmgate import errors
from llmgate._blocking import iterate_blocking, run_blocking
from llmgate._bound import attempt_bounded, timeout_at
from llmgate._httpclient import Endpoint as HTTPEndpoint
from llmgate._httpclient import HTTPResponse, request_head
from llmgate._httpclient import Pool as HTTPPool
from llmgate._httpconn import ProtocolError as HTTPProtocolError
from llmgate._jsonbytes import loads as json_loads
from llmgate._types import (
    ChatRequest,
    Completion,
    EmbeddingRequest,
    Embeddings,
    Message,
    ResponseFormat,
    StreamEvent,
    ToolCall,
    ToolCallDelta,
    Usage,
)
from llmgate.errors import ConfigError

__all__ = [
    "Capabilities",
    "ChatRequest",
    "Completion",
    "EmbeddingRequest",
    "Embeddings",
    "HTTPEndpoint",
    "HTTPPool",
    "HTTPProtocolError",
    "HTTPResponse",
    "LoopLocal",
    "Message",
    "Provider",
    "ProviderSettings",
    "ResponseFormat",
    "StreamEvent",
    "ToolCall",
    "ToolCallDelta",
    "Usage",
    "attempt_bounded",
    "environment_proxy",
    "iterate_blocking",
    "json_loads",
    "parse_retry_after",
    "request_head",
    "run_blocking",
    "timeout_at",
]

DEFAULT_PARAMS = frozenset({"max_tokens", "temperature", "top_p", "stop", "seed"})


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a provider can do; the core refuses anything else before sending."""

    streaming: bool = True
    tools: bool = True
    params: frozenset[str] = DEFAULT_PARAMS
    content_parts: frozenset[str] = field(default_factory=lambda: frozenset({"text"}))
    # Whether ``ChatRequest.response_format`` is honoured (JSON of a given schema). False
    # by default: a provider that ignored it would return free text where JSON was asked.
    structured_output: bool = False
    # Whether :meth:`Provider.embed` is implemented (``client.embed`` skips the others).
    embeddings: bool = False
    # Whether :meth:`Provider.forward` is implemented: the target speaks OpenAI's chat
    # completions, so the gateway may hand it the caller's request body as it came.
    openai_passthrough: bool = False


def environment_proxy(url: str) -> str | None:
    """The proxy that ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY`` name for ``url``, unless
    ``NO_PROXY`` exempts its host; ``None`` when the connection goes straight out.

    The vendor SDKs (httpx) honour these variables; a provider's own lean HTTP client does
    not speak to proxies, so with ``transport = "auto"`` it sends through the SDK when one
    applies instead of failing behind a corporate proxy.
    """
    import urllib.parse
    import urllib.request

    parts = urllib.parse.urlsplit(url)
    proxies = urllib.request.getproxies_environment()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy or not parts.hostname:
        return None
    if urllib.request.proxy_bypass(parts.hostname):  # NO_PROXY (the environment on POSIX)
        return None
    return proxy


class ProviderSettings(BaseModel):
    """Keys every provider table accepts; a plugin subclasses it to add its own.

    Unknown keys are refused (``extra="forbid"``) so that a typo is a ``ConfigError``
    naming the key, not a setting that silently does nothing.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: str
    api_key: SecretStr | None = None
    base_url: str | None = None
    trust: Literal["external", "private", "local"] = "external"
    timeout_s: float = Field(default=60.0, gt=0)
    context_window: int | None = Field(default=None, gt=0)
    cost_per_hour: float | None = Field(default=None, ge=0)
    rpm: int | None = Field(default=None, ge=1)
    """The vendor's requests per minute, shared by every process (per model)."""
    tpm: int | None = Field(default=None, ge=1)
    """The vendor's tokens per minute, shared by every process (per model)."""


class Provider(abc.ABC):
    """Base class of every provider. One instance serves one ``[providers.NAME]`` table."""

    settings_model: ClassVar[type[ProviderSettings]] = ProviderSettings
    capabilities: ClassVar[Capabilities] = Capabilities()

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        self.name = name
        self.settings = settings

    def __repr__(self) -> str:
        # The settings hold the key as a SecretStr, but say nothing of it at all here.
        return f"{type(self).__name__}(name={self.name!r}, trust={self.trust!r})"

    @property
    def trust(self) -> str:
        return self.settings.trust

    def config_error(self, problem: str, key: str | None = None) -> ConfigError:
        """A ``ConfigError`` about this provider's ``[providers.NAME]`` table.

        ``key`` is the key inside the table (``"api_key"``); the error carries the full
        path from the top of the file (``providers.NAME.api_key``). That is the one rule
        for config keys: whoever raises a ``ConfigError`` names the full path, and the
        ``Client`` only adds the file, never a prefix. Call it after ``super().__init__``
        (it needs ``self.name``)::

            super().__init__(name, settings)
            if settings.api_key is None:
                raise self.config_error("an API key is required", "api_key")
        """
        table = f"providers.{self.name}"
        return ConfigError(problem, key=f"{table}.{key}" if key else table)

    def secrets(self) -> list[str]:
        """Values that must never appear in an error or log line (scrubbed by the core)."""
        key = self.settings.api_key
        return [key.get_secret_value()] if key is not None else []

    def context_window(self, model: str) -> int | None:
        """The model's context window in tokens, if known (used to fail over to a larger one)."""
        return self.settings.context_window

    @abc.abstractmethod
    async def complete(self, request: ChatRequest) -> Completion:
        """Serve one attempt; raise a :class:`llmgate.errors.ProviderError` on failure."""

    @abc.abstractmethod
    def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        """Stream one attempt; errors while iterating are mapped too."""

    async def embed(self, request: EmbeddingRequest) -> Embeddings:
        """Embed ``request.inputs`` (all of them: batch them as the vendor needs).

        Only called when ``capabilities.embeddings`` is true; return one vector per input,
        in order, and the tokens billed.
        """
        raise errors.BadRequestError(
            "this provider does not serve embeddings", provider=self.name, model=request.model
        )

    async def forward(
        self, body: dict[str, Any], request: ChatRequest, raw: bytes | None = None
    ) -> tuple[bytes, Completion]:
        """Send an OpenAI chat completions body as it came, for ``request.model``.

        Only called when ``capabilities.openai_passthrough`` is true, by the gateway's
        pass-through attempts (no redaction, no structured output): ``body`` is the caller's
        JSON with ``model`` still the caller's, and ``raw``, when given, its bytes as
        received, which say exactly what ``body`` says (a provider may send them with only
        ``model`` changed rather than encode ``body`` again). The provider sends it for
        ``request.model`` within ``request.timeout_s`` and returns the vendor's answer
        bytes unchanged, with the :class:`Completion` read from them (the usage is what
        gets priced). Failures are raised as :class:`llmgate.errors.ProviderError`, as in
        :meth:`complete`.
        """
        raise errors.BadRequestError(
            "this provider does not take OpenAI request bodies", provider=self.name
        )

    def forward_stream(
        self, body: dict[str, Any], request: ChatRequest, raw: bytes | None = None
    ) -> AsyncIterator[StreamEvent]:
        """:meth:`forward` for ``"stream": true``: the events, as :meth:`stream` yields them."""
        raise errors.BadRequestError(
            "this provider does not take OpenAI request bodies", provider=self.name
        )

    async def aclose(self) -> None:  # noqa: B027 - optional hook, nothing to close by default
        """Release connections and models."""

    async def release_loop(self) -> None:
        """Close what this provider holds for the running event loop, which is going away.

        A ``Client`` calls it on its loop thread when it closes, also for providers it was
        handed (which it does not ``aclose``). The default closes this loop's object in every
        :class:`LoopLocal` attribute that has an async ``close``/``aclose``.
        """
        for value in list(vars(self).values()):
            if isinstance(value, LoopLocal):
                item = value.pop_current()
                closer = getattr(item, "aclose", None) or getattr(item, "close", None)
                if closer is not None:
                    result = closer()
                    if asyncio.iscoroutine(result):
                        await result


T = TypeVar("T")


class LoopLocal(Generic[T]):
    """One lazily made object per event loop (an SDK client is bound to the loop it runs in).

    The sync API runs calls on llmgate's own loop thread while ``achat`` runs on the
    caller's loop; a provider keeps one SDK client per loop through this.
    """

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._items: dict[asyncio.AbstractEventLoop, T] = {}

    def get(self) -> T:
        loop = asyncio.get_running_loop()
        item = self._items.get(loop)
        if item is None:
            for dead in [lp for lp in self._items if lp.is_closed()]:
                del self._items[dead]
            item = self._items[loop] = self._factory()
        return item

    def pop_current(self) -> T | None:
        """Forget (and return) the running loop's object, if one was made."""
        return self._items.pop(asyncio.get_running_loop(), None)

    def pop_all(self) -> list[tuple[asyncio.AbstractEventLoop, T]]:
        items = list(self._items.items())
        self._items.clear()
        return items


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` (or ``retry-after-ms``-style seconds) header value.

    Accepts delta-seconds (``"1"``, ``"0.5"``) and HTTP-dates; anything else is ``None``.
    """
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, parsed.timestamp() - (time.time() if now is None else now))
