"""The gateway's pass-through attempt: an OpenAI body sent as it came, without the SDK.

The SDK costs about a millisecond of CPU per call (building its request and response
objects, the httpx-shaped layer over aiohttp); a gateway whose caller already speaks
OpenAI's format needs none of it. This posts the caller's JSON (its ``model`` replaced by
the target's) on a plain aiohttp session kept per event loop, and answers the vendor's
object unchanged plus the :class:`Completion` read from it, so the core prices, records and
fails over exactly as after :meth:`OpenAIProvider.complete`. Errors go through the same
table (``error_from_status``) as the SDK path.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import AsyncIterator, Mapping
from typing import Any

import aiohttp
import yarl

from llmgate import errors
from llmgate.errors import scrub_secrets
from llmgate.provider import ChatRequest, Completion
from llmgate_openai._convert import from_wire, parse_json_body
from llmgate_openai._errors import error_from_status

__all__ = ["Forwarder", "StreamBody"]

_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


class Forwarder:
    """One aiohttp session (one connection pool) per event loop, for one provider."""

    def __init__(
        self,
        url: str,
        headers: Mapping[str, str],
        *,
        official: bool,
        tls: ssl.SSLContext,
        secrets: list[str],
    ) -> None:
        self.url = yarl.URL(url)  # parsed once, not per request
        self.headers = {"content-type": "application/json", "user-agent": "llmgate", **headers}
        self.official = official
        self.secrets = secrets
        self._tls = tls
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        # No pool limit (the route's and the key's limits decide how many calls go out),
        # DNS answers cached, keep-alive on: a busy gateway sends on warm connections. No
        # cookies (an API has none to keep) and no session timeout: the core bounds each
        # attempt with its own deadline.
        connector = aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, ssl=self._tls)
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            timeout=aiohttp.ClientTimeout(total=None),
            skip_auto_headers=("User-Agent",),
        )
        return self._session

    async def send(
        self, body: dict[str, Any], request: ChatRequest, timeout_s: float
    ) -> tuple[dict[str, Any], Completion]:
        session = self._session or self._open()
        data = _ENCODER.encode(self._body(body, request)).encode()
        try:
            async with asyncio.timeout(timeout_s):
                async with session.post(self.url, data=data, headers=self.headers) as response:
                    content = await response.read()
                    status = response.status
                    headers = response.headers
        except aiohttp.ClientError as exc:
            raise self._unreachable(exc) from exc
        except TimeoutError as exc:
            raise errors.TimeoutError(f"no answer within {timeout_s:.3g} s") from exc
        if status >= 400:
            raise error_from_status(status, _error_body(content), headers, secrets=self.secrets)
        payload = parse_json_body(content)
        return payload, from_wire(payload)

    async def open_stream(
        self, body: dict[str, Any], request: ChatRequest
    ) -> aiohttp.ClientResponse:
        """POST with ``"stream": true`` (and the usage chunk asked for, to price it); the
        response once its status is known to be a success."""
        session = self._session or self._open()
        out = self._body(body, request)
        out["stream"] = True
        out["stream_options"] = {"include_usage": True}
        try:
            response = await session.post(
                self.url, data=_ENCODER.encode(out).encode(), headers=self.headers
            )
        except aiohttp.ClientError as exc:
            raise self._unreachable(exc) from exc
        if response.status >= 400:
            try:
                content = await response.read()
            finally:
                response.release()
            raise error_from_status(
                response.status, _error_body(content), response.headers, secrets=self.secrets
            )
        return response

    def _body(self, body: dict[str, Any], request: ChatRequest) -> dict[str, Any]:
        out = dict(body)
        out["model"] = request.model
        if self.official and "max_tokens" in out:
            # The official endpoint takes max_completion_tokens (as _convert.to_wire).
            out["max_completion_tokens"] = out.pop("max_tokens")
        return out

    def _unreachable(self, exc: BaseException) -> errors.ConnectionError:
        detail = scrub_secrets(f"{type(exc).__name__}: {exc}".rstrip(": "), self.secrets)
        return errors.ConnectionError(f"could not reach the server ({detail})")

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()


def _error_body(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", "replace")


class StreamBody:
    """An aiohttp stream response as the SSE decoder (``_provider._events``) reads it.

    A connection that breaks mid-body is a ``ConnectionError`` (an ``OSError``), which the
    error table reads as a cut stream, as with the SDK's transport.
    """

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self.response = response

    async def aiter_bytes(self) -> AsyncIterator[bytes]:
        try:
            async for data in self.response.content.iter_any():
                yield data
        except aiohttp.ClientError as exc:
            raise ConnectionError(f"{type(exc).__name__}: {exc}") from exc

    async def aclose(self) -> None:
        # Read to the end: the connection goes back to the pool; cut short: it is closed.
        if self.response.content.at_eof():
            self.response.release()
        else:
            self.response.close()
