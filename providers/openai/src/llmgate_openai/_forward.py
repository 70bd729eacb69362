"""The gateway's pass-through attempt: an OpenAI body sent as it came, without the SDK.

The SDK costs about a millisecond of CPU per call (building its request and response
objects, the httpx-shaped layer over aiohttp); a gateway whose caller already speaks
OpenAI's format needs none of it. This posts the caller's own bytes with only ``model``
changed (:func:`splice_request`; the parsed body encoded again where that cannot be done
safely) on llmgate's own lean HTTP/1.1 client (``llmgate.provider.HTTPPool``: a pool per
event loop, ~4x less CPU per call than aiohttp's client, which the gateway measured as
its largest single cost), and answers the vendor's bytes unchanged plus the
:class:`Completion` read from them, so the core prices, records and fails over exactly
as after :meth:`OpenAIProvider.complete`. Errors go through the same table
(``error_from_status``) as the SDK path. The provider's direct transport sends its
converted requests through the same :class:`Forwarder`.
"""

from __future__ import annotations

import asyncio
import json
import re
import ssl
from collections.abc import Callable, Mapping
from typing import Any

from llmgate import errors
from llmgate.errors import scrub_secrets
from llmgate.provider import (
    ChatRequest,
    Completion,
    HTTPEndpoint,
    HTTPResponse,
    attempt_bounded,
)
from llmgate_openai._convert import from_wire, parse_json_body
from llmgate_openai._errors import error_from_status

__all__ = ["Forwarder", "splice_request"]

_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


class Forwarder:
    """One connection pool per event loop (the forwarder is made per loop), for one target."""

    def __init__(
        self,
        url: str,
        headers: Mapping[str, str],
        *,
        official: bool,
        tls: ssl.SSLContext,
        secrets: list[str],
    ) -> None:
        self.url = url
        self.headers = {"content-type": "application/json", "user-agent": "llmgate", **headers}
        self.official = official
        self.secrets = secrets
        self._endpoint = HTTPEndpoint(url, self.headers, tls)

    def wire(
        self, body: dict[str, Any], request: ChatRequest, raw: bytes | None, *, stream: bool
    ) -> bytes:
        """The request body's bytes: ``raw`` (the caller's own body, which says what ``body``
        says) with only ``model``, the max-tokens name and the usage chunk's option changed
        when those can be changed in place (:func:`splice_request`), else ``body`` encoded.
        Encoding the body again measured as the largest part of what a forwarded call's
        request costs the gateway, and grows with the conversation."""
        if raw is not None:
            data = splice_request(raw, body, request.model, official=self.official, stream=stream)
            if data is not None:
                return data
        out = self._body(body, request)
        if stream:
            out["stream"] = True
            out["stream_options"] = {"include_usage": True}
        return _ENCODER.encode(out).encode()

    async def send(
        self,
        body: dict[str, Any],
        request: ChatRequest,
        timeout_s: float,
        raw: bytes | None = None,
    ) -> tuple[bytes, Completion]:
        """The vendor's answer as it came (its bytes) and the :class:`Completion` in it."""
        data = self.wire(body, request, raw, stream=False)
        try:
            if attempt_bounded(timeout_s):  # the call flow's bound ends this first
                # (_exchange written out: one coroutine less on the gateway's hot path)
                response = await self._endpoint.post(data)
                try:
                    content = await response.read()
                finally:
                    response.release()
            else:
                async with asyncio.timeout(timeout_s):
                    response, content = await self._exchange(data)
        except TimeoutError as exc:
            raise errors.TimeoutError(f"no answer within {timeout_s:.3g} s") from exc
        except OSError as exc:
            raise self._unreachable(exc) from exc
        if response.status >= 400:
            raise error_from_status(
                response.status, _error_body(content), response.headers, secrets=self.secrets
            )
        return content, from_wire(parse_json_body(content))

    async def _exchange(self, data: bytes) -> tuple[HTTPResponse, bytes]:
        response = await self._endpoint.post(data)
        try:
            return response, await response.read()
        finally:
            response.release()

    async def open_stream(
        self, body: dict[str, Any], request: ChatRequest, raw: bytes | None = None
    ) -> HTTPResponse:
        """POST with ``"stream": true`` (and the usage chunk asked for, to price it); the
        response once its status is known to be a success."""
        try:
            response = await self._endpoint.post(self.wire(body, request, raw, stream=True))
        except OSError as exc:
            raise self._unreachable(exc) from exc
        if response.status >= 400:
            try:
                content = await response.read()
            except OSError as exc:
                raise self._unreachable(exc) from exc
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
        self._endpoint.close()


_COLON = re.compile(rb"[ \t\r\n]*:[ \t\r\n]*")
# A str as JSON (``ensure_ascii=False``), the C function under the encoder: no encoder
# object's Python-level work for one string.
_quoted: Callable[[str], str] = json.encoder.encode_basestring
_USAGE_OPTION = b'{"stream_options":{"include_usage":true},'
_MAX_OLD, _MAX_NEW = b'"max_tokens"', b'"max_completion_tokens"'


def splice_request(
    raw: bytes, body: dict[str, Any], model: str, *, official: bool, stream: bool
) -> bytes | None:
    """``raw`` with its top-level ``model`` set to ``model``, ``max_tokens`` named as the
    target wants it, and for a stream the usage chunk asked for; ``None`` when that cannot
    be done safely in place (the caller then encodes ``body``).

    ``body`` is what the gateway parsed from ``raw`` (``gateway._openai_forward.forward_body``:
    ``max_tokens`` whatever the caller named it, ``stream_options`` only when the caller
    asked for the usage chunk); ``raw`` says nothing else (``gateway._openai_forward.verbatim``).
    Safe means: ``raw`` has no ``\\u`` escape, so each of its keys is written literally,
    and a key's quoted name that occurs exactly once in the bytes is then that key (inside
    a string a quote is escaped, so a look-alike there makes the count two). The ``model``
    value must be written as llmgate would write it.
    """
    # (bytes.find rather than ``in``: ``in`` first tries its operand as an integer, and
    # that raises and catches a TypeError each time)
    if not raw.startswith(b"{") or raw.find(b"\\u") >= 0 or raw.count(b'"model"') != 1:
        return None
    j = raw.index(b'"model"') + 7
    if raw[j : j + 1] == b":":  # right after the key, as JSON libraries write it
        j += 1
    else:
        colon = _COLON.match(raw, j)
        if colon is None:
            return None
        j = colon.end()
    old = _quoted(body["model"]).encode()
    if raw[j : j + 1] == b" ":  # ": " (Python's json.dumps)
        j += 1
    if not raw.startswith(old, j):
        return None
    out = raw[:j] + _quoted(model).encode() + raw[j + len(old) :]
    if "max_tokens" in body:
        want, other = (_MAX_NEW, _MAX_OLD) if official else (_MAX_OLD, _MAX_NEW)
        if out.find(other) >= 0:
            if out.find(want) >= 0 or out.count(other) != 1:
                return None
            out = out.replace(other, want)
        elif out.count(want) != 1:
            return None
    if stream and "stream_options" not in body:
        # (With it, the caller's own option already asks for the usage chunk.)
        out = _USAGE_OPTION + out[1:]
    return out


def _error_body(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", "replace")
