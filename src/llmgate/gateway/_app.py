"""The gateway itself, independent of any HTTP server: bytes and headers in, a reply out.

:meth:`Gateway.handle` takes a method, a path, the request headers (looked up in lower
case) and the body, and returns a :class:`Reply`, whose ``stream`` (for SSE answers) the
server adapter writes out and *closes*, also when the client has gone: closing it closes
the llmgate stream, which cancels the upstream attempt and records what it used. Keeping
this apart from the server is what let the server be chosen by measurement (the bench
runs the same object under several servers).
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from llmgate._client import Client
from llmgate._flow import chat
from llmgate._passthrough import Passthrough
from llmgate._stream_handles import AsyncStream
from llmgate._streaming import StreamRun
from llmgate.errors import LLMGateError
from llmgate.gateway import _anthropic, _openai, _openai_answer, _openai_forward
from llmgate.gateway._admin import PREFIX as ADMIN
from llmgate.gateway._admin import Admin, admin_key
from llmgate.gateway._errors import HTTPError, from_exception
from llmgate.gateway._keys import KeyCache, KeyStore, VirtualKey
from llmgate.gateway._limits import RateLimiter, SpendTracker, key_limiter
from llmgate.gateway._metrics import Metrics
from llmgate.gateway._settings import GatewaySettings
from llmgate.gateway._wire import ChatCall, dumps, loads_object

__all__ = ["Gateway", "Reply", "close_stream"]

log = logging.getLogger("llmgate.gateway")
_JSON = "application/json"


@dataclass(slots=True)
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    stream: AsyncIterator[bytes] | None = None
    content_type: str = _JSON


class Gateway:
    """OpenAI's and Anthropic's chat endpoints over one :class:`~llmgate.Client`.

    ``store`` holds the virtual keys (``None`` with ``settings.auth == "none"``).
    """

    def __init__(
        self,
        client: Client,
        settings: GatewaySettings,
        store: KeyStore | None,
        *,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.client = client
        client.events.defer_on_loop()
        self.settings = settings
        self.store = store
        self.keys = KeyCache(store, settings.key_cache_s) if store is not None else None
        self.limiter = limiter or key_limiter(client)
        self.spend = SpendTracker(client.ledger)
        self.metrics = Metrics()
        self.draining = False
        routes = client.config.routes
        self._targets = {name: tuple(rc.targets) for name, rc in routes.items()}
        secret = settings.admin_key.get_secret_value() if settings.admin_key else None
        admin = admin_key(secret)
        forget = self.keys.forget if self.keys is not None else None
        self.admin = (
            Admin(store, admin, list(routes), forget) if admin and store is not None else None
        )

    # -- dispatch ----------------------------------------------------------------------
    async def handle(
        self, method: str, path: str, headers: Mapping[str, str], body: bytes
    ) -> Reply:
        path = path.split("?", 1)[0].rstrip("/") or "/"
        flavor = "anthropic" if path == "/v1/messages" else "openai"
        try:
            reply = await self._dispatch(method, path, headers, body)
        except HTTPError as exc:
            reply = _error(exc, flavor)
        except LLMGateError as exc:
            reply = _error(from_exception(exc), flavor)
        except Exception:
            log.exception("unexpected error in the gateway on %s %s", method, path)
            reply = _error(from_exception(RuntimeError()), flavor)
        self.metrics.request(path, reply.status)
        return reply

    async def _dispatch(
        self, method: str, path: str, headers: Mapping[str, str], body: bytes
    ) -> Reply:
        if path in ("/v1/chat/completions", "/v1/messages"):
            _method(method, "POST")
            if len(body) > self.settings.max_body_bytes:
                raise too_large(self.settings.max_body_bytes)
            key = await self._authenticate(headers, anthropic=path == "/v1/messages")
            data = loads_object(body)
            if path == "/v1/messages":
                return await self._chat(_anthropic.parse_request(data), key, "anthropic")
            call = _openai.parse_request(data)
            passthrough = None
            if self.settings.passthrough:
                # Qualifying attempts forward the caller's own body (_passthrough.py); its
                # bytes when they say what the parsed body says (no encoding again).
                raw = body if _openai_forward.verbatim(data, call) else None
                passthrough = Passthrough(_openai_forward.forward_body(call), raw)
            return await self._chat(call, key, "openai", passthrough)
        if path == ADMIN or path.startswith(ADMIN + "/"):
            if self.admin is None:
                raise HTTPError(404, "not_found", "key management is off", code="unknown_url")
            if len(body) > self.settings.max_body_bytes:
                raise too_large(self.settings.max_body_bytes)
            status, payload = await self.admin.handle(method, path, headers, body)
            return Reply(status, payload)
        if path == "/v1/models":
            _method(method, "GET")
            key = await self._authenticate(headers, anthropic="x-api-key" in headers)
            return self._models(key, anthropic="anthropic-version" in headers)
        if path == "/health":
            return Reply(200, b'{"status":"ok"}')
        if path == "/ready":
            if self.draining:
                return Reply(503, b'{"status":"draining"}')
            return Reply(200, b'{"status":"ready"}')
        if path == "/metrics" and self.settings.metrics:
            return Reply(200, self.metrics.render(), content_type=_PROM)
        raise HTTPError(404, "not_found", f"no endpoint {method} {path}", code="unknown_url")

    # -- keys --------------------------------------------------------------------------
    async def _authenticate(
        self, headers: Mapping[str, str], *, anthropic: bool
    ) -> VirtualKey | None:
        if self.keys is None:
            return None
        key = headers.get("x-api-key") if anthropic else None
        if not key:
            auth = headers.get("authorization") or ""
            scheme, _, value = auth.partition(" ")
            key = value.strip() if scheme.lower() == "bearer" else ""
        if not key:
            key = headers.get("x-api-key") or ""
        if not key:
            raise HTTPError(
                401,
                "authentication",
                "no API key: send 'Authorization: Bearer <key>' or 'x-api-key: <key>'",
                code="missing_api_key",
            )
        found = await self.keys.lookup(key)
        if found is None or found.revoked is not None:
            raise HTTPError(
                401, "authentication", "invalid or revoked API key", code="invalid_api_key"
            )
        return found

    def _allowed(self, key: VirtualKey | None) -> list[str]:
        routes = [r for r in self._targets if key is None or key.routes is None or r in key.routes]
        targets = [t for r in routes for t in self._targets[r]]
        return routes + list(dict.fromkeys(t for t in targets if t not in routes))

    def _authorize(self, model: str, key: VirtualKey | None) -> None:
        if model in self._targets:
            if key is not None and key.routes is not None and model not in key.routes:
                raise HTTPError(
                    403,
                    "permission",
                    f"this key may not use route {model!r}",
                    param="model",
                    code="model_not_allowed",
                )
            return
        provider, sep, name = model.partition(":")
        if not sep or not name or provider not in self.client.providers:
            raise HTTPError(
                404,
                "not_found",
                f"the model {model!r} does not exist: name a route "
                f"({', '.join(sorted(self._targets)) or 'none'}) or provider:model",
                param="model",
                code="model_not_found",
            )
        if key is not None and key.routes is not None and model not in self._allowed(key):
            raise HTTPError(
                403,
                "permission",
                f"this key may not use {model!r}",
                param="model",
                code="model_not_allowed",
            )

    async def _limit(self, key: VirtualKey) -> None:
        if key.rpm is not None:
            wait = await self.limiter.acquire(key.name, key.rpm)
            if wait is not None:
                raise HTTPError(
                    429,
                    "rate_limit",
                    f"key {key.name!r} is over its limit of {key.rpm} requests per minute",
                    code="key_rate_limited",
                    retry_after=wait,
                )
        if key.daily_usd is not None:
            self.spend.check(key.name, key.daily_usd)

    def _models(self, key: VirtualKey | None, *, anthropic: bool) -> Reply:
        """The models list in the caller's vendor shape (Anthropic SDKs send a version)."""
        names = self._allowed(key)
        data: list[dict[str, Any]]
        if anthropic:
            data = [
                {
                    "type": "model",
                    "id": name,
                    "display_name": name,
                    "created_at": "1970-01-01T00:00:00Z",
                }
                for name in names
            ]
            first, last = (names[0], names[-1]) if names else (None, None)
            body = {"data": data, "has_more": False, "first_id": first, "last_id": last}
            return Reply(200, dumps(body))
        data = [{"id": n, "object": "model", "created": 0, "owned_by": "llmgate"} for n in names]
        return Reply(200, dumps({"object": "list", "data": data}))

    # -- chat --------------------------------------------------------------------------
    async def _chat(
        self,
        call: ChatCall,
        key: VirtualKey | None,
        flavor: str,
        passthrough: Passthrough | None = None,
    ) -> Reply:
        self._authorize(call.model, key)
        if key is not None:
            await self._limit(key)
        kwargs: dict[str, Any] = dict(call.params)
        kwargs["tags"] = {"key": key.name} if key is not None else None
        if call.tools:
            kwargs["tools"] = call.tools
        if call.tool_choice is not None:
            kwargs["tool_choice"] = call.tool_choice
        if call.stream:
            return await self._stream(call, key, flavor, kwargs, passthrough)
        try:
            if passthrough is None:
                r = await self.client.achat(call.model, call.messages, **kwargs)
            else:  # qualifying attempts forward the caller's own body (_passthrough.py)
                prepared = self.client._prepared(call.model, call.messages, stream=False, **kwargs)
                r = await chat(prepared, passthrough)
        except BaseException:
            if key is not None:
                self.spend.stale(key.name)
            raise
        if key is not None:
            self.spend.add(key.name, r.cost)
        self.metrics.cost(key.name if key else "", r.cost)
        if passthrough is not None and passthrough.answer is not None:
            body = _openai_forward.forwarded(passthrough.answer, r.cost)  # the vendor's own answer
        elif flavor == "anthropic":
            body = dumps(_anthropic.message(r, message_id="msg_" + secrets.token_hex(12)))
        else:
            body = dumps(
                _openai_answer.completion(
                    r, response_id="chatcmpl-" + secrets.token_hex(12), created=int(time.time())
                )
            )
        headers = {
            "x-llmgate-cost-usd": "unknown" if r.cost is None else str(r.cost),
            "x-llmgate-attempts": str(len(r.attempts)),
            "x-llmgate-provider": r.provider,
            "x-llmgate-route": call.model,
        }
        return Reply(200, body, headers)

    async def _stream(
        self,
        call: ChatCall,
        key: VirtualKey | None,
        flavor: str,
        kwargs: dict[str, Any],
        passthrough: Passthrough | None,
    ) -> Reply:
        if passthrough is None:
            s = self.client.astream(call.model, call.messages, **kwargs)
        else:
            prepared = self.client._prepared(call.model, call.messages, stream=True, **kwargs)
            s = AsyncStream(StreamRun(prepared, passthrough))
        chunks = aiter(s)
        try:
            # The first chunk before the status line: a call that fails before any content
            # gets a real error status (and failover happens before it, in the flow).
            first = await anext(chunks, None)
        except BaseException:
            await s.aclose()
            if key is not None:
                self.spend.stale(key.name)
            raise
        writer: _openai_answer.ChunkWriter | _anthropic.EventWriter
        if flavor == "anthropic":
            writer = _anthropic.EventWriter("msg_" + secrets.token_hex(12), call.model)
        else:
            writer = _openai_answer.ChunkWriter(
                "chatcmpl-" + secrets.token_hex(12),
                int(time.time()),
                call.model,
                call.include_usage,
            )
        provider = (first.provider if first is not None else None) or ""
        if first is not None and first.model:
            writer.model = first.model
        name = key.name if key is not None else ""

        async def body() -> AsyncIterator[bytes]:
            self.metrics.open_streams += 1
            finished = False
            try:
                # The role chunk and the first content in one write: one segment, one
                # wake-up of the client for its first token.
                yield writer.start() + (writer.chunk(first) if first is not None else b"")
                async for chunk in chunks:
                    block = writer.chunk(chunk)
                    if block:
                        yield block
                r = s.response
                finished = True
                if key is not None:
                    self.spend.add(name, r.cost)
                self.metrics.cost(name, r.cost)
                yield writer.finish(r)
            except LLMGateError as exc:
                yield writer.error(from_exception(exc))
            except Exception:
                log.exception("unexpected error in a gateway stream")
                yield writer.error(from_exception(RuntimeError()))
            finally:
                self.metrics.open_streams -= 1
                if not finished and key is not None:
                    self.spend.stale(name)
                await s.aclose()

        headers = {
            "x-llmgate-provider": provider,
            "x-llmgate-route": call.model,
            "cache-control": "no-cache",
        }
        return Reply(200, headers=headers, stream=body(), content_type="text/event-stream")


_PROM = "text/plain; version=0.0.4; charset=utf-8"


async def close_stream(stream: AsyncIterator[bytes], started: bool) -> None:
    """Close a reply's stream, also one nothing was read from (``started`` false: a client
    that hung up between the status decision and the first block). An async generator
    closed before its first step runs none of its ``finally``: the upstream would stay open
    until garbage collection and the key's spend would not be re-read. So it is stepped
    once first, its block dropped, and then closed, which runs the handler's cleanup."""
    if not started:
        try:
            await anext(stream, None)
        except Exception:  # the stream's own error: what matters here is its cleanup
            log.debug("a stream stepped only to close it raised", exc_info=True)
    await stream.aclose()  # type: ignore[attr-defined]


def _method(method: str, expected: str) -> None:
    if method != expected:
        raise HTTPError(405, "invalid_request", f"use {expected} here", code="method_not_allowed")


def too_large(limit: int) -> HTTPError:
    return HTTPError(
        413, "too_large", f"the request body is larger than {limit} bytes", code="body_too_large"
    )


def _error(exc: HTTPError, flavor: str) -> Reply:
    shape = exc.anthropic() if flavor == "anthropic" else exc.openai()
    return Reply(exc.status, dumps(shape), exc.headers())
