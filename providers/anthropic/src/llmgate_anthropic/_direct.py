"""``POST /v1/messages`` as plain JSON on the core's lean HTTP client: the default path.

The HTTP client is all inside :class:`DirectClient` (``post``, ``open_stream``, ``chunks``,
``finish``, ``close``), on :class:`llmgate.provider.HTTPPool`, the keep-alive HTTP/1.1
client the OpenAI provider's direct transport uses too.

The SDK spent about a millisecond of CPU per call building its request, header and URL
objects and the httpx-shaped layer over aiohttp, none of which a Messages call needs; in a
busy async program (an eval of 10,000 rows, a gateway) that was most of the provider's
cost. aiohttp's own client, the first replacement, still spent about 90 us more per call
(its request and response objects; measured on loopback). This sends the body that
``_convert.to_wire`` built, after a request head built once with the headers the SDK would
send (``x-api-key``, ``anthropic-version``), and hands back the raw reply: the caller reads
it with the same converters, and a failure goes through the same table (``_errors``) as on
the SDK path, an HTTP error as a :class:`StatusError` (kept as the ``__cause__``), a failed
or cut connection as an ``OSError``.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import AsyncGenerator, AsyncIterator, Mapping, Sequence
from typing import Any

from llmgate.errors import scrub_secrets
from llmgate.provider import HTTPEndpoint, HTTPResponse, json_loads, timeout_at
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
    """One connection pool (the core's :class:`HTTPPool`) for one event loop and one provider.

    The pool has no limit of its own (the route's limits decide how many calls go out),
    no cookies, no redirects and no timeout: the provider bounds each attempt itself.
    """

    def __init__(
        self, url: str, headers: Mapping[str, str], tls: ssl.SSLContext, secrets: Sequence[str]
    ) -> None:
        self.secrets = secrets
        self.url = url
        self.headers = {
            "content-type": "application/json",
            "accept": "application/json",
            "user-agent": "llmgate",
            **headers,
        }
        # The request head is built once; each call adds its length and body.
        self._endpoint = HTTPEndpoint(url, self.headers, tls)
        self._closed = False

    async def post(self, body: dict[str, Any]) -> bytes:
        """The body of a successful reply; :class:`StatusError` for an HTTP error."""
        response = await self._endpoint.post(_ENCODER.encode(body).encode())
        try:
            content = await response.read()
        finally:
            response.release()
        if response.status >= 400:
            raise StatusError(response.status, content, response.headers, self.secrets)
        return content

    async def open_stream(self, body: dict[str, Any]) -> HTTPResponse:
        """POST with ``"stream": true``; the response once its status says success."""
        response = await self._endpoint.post(_ENCODER.encode(body).encode())
        if response.status >= 400:
            try:
                content = await response.read()
            finally:
                response.release()
            raise StatusError(response.status, content, response.headers, self.secrets)
        return response

    @staticmethod
    def chunks(response: HTTPResponse) -> AsyncIterator[bytes]:
        """A stream response's body, piece by piece as it arrives."""
        return response.iter_any()

    @staticmethod
    def finish(response: HTTPResponse) -> None:
        """Read to the end, the connection goes back to the pool; cut short, it is closed."""
        response.release()

    def is_closed(self) -> bool:
        return self._closed

    async def close(self) -> None:
        self._closed = True
        self._endpoint.close()


async def sse_data(
    chunks: AsyncIterator[bytes], read_timeout_s: float
) -> AsyncGenerator[Any, None]:
    """The decoded ``data`` of each server-sent event in a body read as ``chunks``, in order.

    Each network read must arrive within ``read_timeout_s`` (as the SDK's read timeout): a
    long answer that keeps streaming is not cut, a stalled one is. The timeout never spans
    a ``yield``, which would cancel whatever the consumer awaits meanwhile.
    """
    buffer = b""
    data: list[bytes] = []
    reads = aiter(chunks)
    loop = asyncio.get_running_loop()
    try:
        while True:
            # (asyncio.timeout's rules at a tenth of its cost: this is set for every read)
            with timeout_at(loop.time() + read_timeout_s):
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
                        event = json_loads(payload)  # (json.loads, fewer layers)
                    except ValueError as exc:
                        raise InvalidPayload(f"a stream event that is not JSON: {exc}") from exc
                    yield event
    finally:
        # The client's body reader is an async generator: closed here, when the stream
        # ends early too, rather than left to the loop's finalizer.
        aclose = getattr(reads, "aclose", None)
        if aclose is not None:
            await aclose()
