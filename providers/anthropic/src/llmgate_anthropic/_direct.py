"""``POST /v1/messages`` as plain JSON on an aiohttp session: the provider's default path.

The HTTP client is all inside :class:`DirectClient` (``post``, ``open_stream``, ``chunks``,
``finish``, ``close``), so that a leaner client can replace aiohttp's in one place.

The SDK spent about a millisecond of CPU per call building its request, header and URL
objects and the httpx-shaped layer over aiohttp, none of which a Messages call needs; in a
busy async program (an eval of 10,000 rows, a gateway) that was most of the provider's
cost. This sends the body ``_convert.to_wire`` built with the headers the SDK would send
(``x-api-key``, ``anthropic-version``) and hands back the raw reply: the caller reads it
with the same converters, and a failure goes through the same table (``_errors``) as on
the SDK path, an HTTP error as a :class:`StatusError` (kept as the ``__cause__``).
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import aiohttp
import yarl

from llmgate.errors import scrub_secrets
from llmgate_anthropic._convert import InvalidPayload

__all__ = ["DirectClient", "StatusError", "sse_data"]

_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


class StatusError(Exception):
    """An HTTP error reply: its status, the vendor's error ``type`` and ``message``, headers.

    The message is scrubbed of ``secrets`` here already: this exception is kept as the
    mapped error's ``__cause__``, and a vendor may echo the key it refused.
    """

    def __init__(
        self, status: int, content: bytes, headers: Mapping[str, str], secrets: Sequence[str]
    ) -> None:
        self.status = status
        self.headers = headers
        self.error_type: str | None = None
        try:
            body: Any = json.loads(content)
        except ValueError:
            body = None
        error = body.get("error") if isinstance(body, dict) else None
        if isinstance(error, dict) and error.get("message"):
            self.error_type = str(error.get("type") or "") or None
            self.message = str(error["message"])
        else:  # a proxy's page, or an empty body
            text = content.decode("utf-8", "replace").strip()
            self.message = text[:500] if text else f"HTTP {status} with an empty body"
        self.message = scrub_secrets(self.message, secrets)
        super().__init__(f"HTTP {status}: {self.message}")


class DirectClient:
    """One aiohttp session (one connection pool) for one event loop and one provider."""

    def __init__(
        self, url: str, headers: Mapping[str, str], tls: ssl.SSLContext, secrets: Sequence[str]
    ) -> None:
        self.secrets = secrets
        self.url = yarl.URL(url)  # parsed once, not per request
        self.headers = {
            "content-type": "application/json",
            "accept": "application/json",
            "user-agent": "llmgate",
            **headers,
        }
        self._tls = tls
        self._session: aiohttp.ClientSession | None = None
        self._closed = False

    def _open(self) -> aiohttp.ClientSession:
        # No pool limit (the route's limits decide how many calls go out), DNS answers
        # cached, no cookies, no session timeout: the provider bounds each attempt itself.
        connector = aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, ssl=self._tls)
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            timeout=aiohttp.ClientTimeout(total=None),
            skip_auto_headers=("User-Agent",),
        )
        return self._session

    async def post(self, body: dict[str, Any]) -> bytes:
        """The body of a successful reply; :class:`StatusError` for an HTTP error."""
        session = self._session or self._open()
        data = _ENCODER.encode(body).encode()
        async with session.post(self.url, data=data, headers=self.headers) as response:
            content = await response.read()
            if response.status >= 400:
                raise StatusError(response.status, content, response.headers, self.secrets)
            return content

    async def open_stream(self, body: dict[str, Any]) -> aiohttp.ClientResponse:
        """POST with ``"stream": true``; the response once its status says success."""
        session = self._session or self._open()
        data = _ENCODER.encode(body).encode()
        response = await session.post(self.url, data=data, headers=self.headers)
        if response.status >= 400:
            try:
                content = await response.read()
            finally:
                response.release()
            raise StatusError(response.status, content, response.headers, self.secrets)
        return response

    @staticmethod
    def chunks(response: aiohttp.ClientResponse) -> AsyncIterator[bytes]:
        """A stream response's body, piece by piece as it arrives."""
        return response.content.iter_any()

    @staticmethod
    def finish(response: aiohttp.ClientResponse) -> None:
        """Read to the end, the connection goes back to the pool; cut short, it is closed."""
        if response.content.at_eof():
            response.release()
        else:
            response.close()

    def is_closed(self) -> bool:
        return self._closed

    async def close(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()


async def sse_data(chunks: AsyncIterator[bytes], read_timeout_s: float) -> AsyncIterator[Any]:
    """The decoded ``data`` of each server-sent event in a body read as ``chunks``, in order.

    Each network read must arrive within ``read_timeout_s`` (as the SDK's read timeout): a
    long answer that keeps streaming is not cut, a stalled one is. The timeout never spans
    a ``yield``, which would cancel whatever the consumer awaits meanwhile.
    """
    buffer = b""
    data: list[bytes] = []
    reads = aiter(chunks)
    while True:
        async with asyncio.timeout(read_timeout_s):
            raw = await anext(reads, None)
        if raw is None:
            return
        buffer += raw
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            line = line.rstrip(b"\r")
            if line.startswith(b"data:"):
                data.append(line[5:].lstrip(b" "))
            elif not line and data:  # a blank line ends the event
                payload, data = b"\n".join(data), []
                try:
                    event = json.loads(payload)
                except ValueError as exc:
                    raise InvalidPayload(f"a stream event that is not JSON: {exc}") from exc
                yield event
