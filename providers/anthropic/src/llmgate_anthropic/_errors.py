"""Anthropic failures mapped into :mod:`llmgate.errors`, in one table.

Every call and every stream iteration runs inside :func:`mapped_errors`, so no vendor
exception (nor an ``httpx2`` one raised while a stream is read) reaches the core. The
vendor's exception stays as ``__cause__``; messages are scrubbed of the API key.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import anthropic
import httpx2

from llmgate import errors
from llmgate.provider import parse_retry_after
from llmgate_anthropic._convert import InvalidPayload, InvalidRequest, Refusal
from llmgate_anthropic._direct import StatusError
from llmgate_anthropic._stream import StreamAccumulator, StreamCut, StreamErrorEvent

__all__ = ["ErrorContext", "map_error", "mapped_errors"]

# The SDK's aiohttp transport (``http_client = "aiohttp"``, the SDK path's default) may let
# aiohttp's own errors out while a body is read. The direct path's client raises ``OSError``
# (``ConnectionError`` among them) for a failed or cut connection.
_AIOHTTP: tuple[type[BaseException], ...] = ()
try:
    import aiohttp
except ImportError:  # pragma: no cover - without the extra only httpx is in use
    pass
else:
    _AIOHTTP = (aiohttp.ClientError,)

# Status first, as the vendor documents its errors; the error type decides where the status
# cannot (an ``event: error`` arrives on an open 200 stream) and for ``overloaded_error``,
# which also comes under other 5xx statuses.
_TABLE: dict[int | str, type[errors.ProviderError]] = {
    400: errors.BadRequestError,
    "invalid_request_error": errors.BadRequestError,
    401: errors.AuthenticationError,
    "authentication_error": errors.AuthenticationError,
    403: errors.AuthenticationError,
    "permission_error": errors.AuthenticationError,
    404: errors.NotFoundError,
    "not_found_error": errors.NotFoundError,
    413: errors.ContextWindowExceededError,
    "request_too_large": errors.ContextWindowExceededError,
    422: errors.BadRequestError,
    429: errors.RateLimitError,
    "rate_limit_error": errors.RateLimitError,
    500: errors.ServerError,
    "api_error": errors.ServerError,
    502: errors.ServerError,
    503: errors.ServerError,
    504: errors.ServerError,
    "timeout_error": errors.ServerError,
    529: errors.OverloadedError,
    "overloaded_error": errors.OverloadedError,
}

# Failures without a vendor status, most specific first (APITimeoutError subclasses
# APIConnectionError). Internal ones come from ``_convert``.
_RAISED: tuple[tuple[type[BaseException], type[errors.ProviderError]], ...] = (
    (InvalidRequest, errors.BadRequestError),
    (InvalidPayload, errors.ServerError),
    (Refusal, errors.ContentFilterError),
    (anthropic.APIResponseValidationError, errors.ServerError),
    (anthropic.APITimeoutError, errors.TimeoutError),
    (anthropic.APIConnectionError, errors.ConnectionError),
    (httpx2.TimeoutException, errors.TimeoutError),
    (httpx2.TransportError, errors.ConnectionError),
    (builtins.TimeoutError, errors.TimeoutError),
    *((cls, errors.ConnectionError) for cls in _AIOHTTP),
    (OSError, errors.ConnectionError),  # the direct path's client, a refused socket
)

# Transport failures that, once a stream has started, mean the stream was cut.
_CUTS = (
    StreamCut,
    anthropic.APIConnectionError,
    httpx2.TransportError,
    builtins.TimeoutError,
    *_AIOHTTP,
    OSError,
)

_CONTEXT_WORDING = re.compile(
    r"prompt is too long|context (window|limit|length)|too many (input )?tokens",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ErrorContext:
    """Who failed: stamped on every mapped error. ``secrets`` are scrubbed from messages."""

    provider: str
    model: str
    secrets: tuple[str, ...] = ()


@asynccontextmanager
async def mapped_errors(
    context: ErrorContext, stream: StreamAccumulator | None = None
) -> AsyncIterator[None]:
    """Map whatever escapes the block; with ``stream``, a cut reports the partial text."""
    try:
        yield
    except errors.ProviderError:
        raise
    except Exception as exc:
        raise map_error(exc, context, stream) from exc


def map_error(
    exc: BaseException, context: ErrorContext, stream: StreamAccumulator | None = None
) -> errors.ProviderError:
    """The llmgate error for ``exc`` (the caller raises it ``from exc``)."""
    kw: dict[str, Any] = {"provider": context.provider, "model": context.model}
    if isinstance(exc, anthropic.APIStatusError):
        return _from_status(exc.status_code, exc.type, _vendor_message(exc), exc, context, kw)
    if isinstance(exc, StatusError):  # the direct path's HTTP error
        return _from_status(exc.status, exc.error_type, exc.message, exc, context, kw)
    if isinstance(exc, StreamErrorEvent):
        return _from_status(None, exc.error_type, exc.message, exc, context, kw)
    message = errors.scrub_secrets(str(exc) or type(exc).__name__, context.secrets)
    if stream is not None and stream.started and isinstance(exc, _CUTS):
        return errors.StreamInterruptedError(
            f"stream cut before message_stop: {message}", partial_text=stream.text, **kw
        )
    for raised, mapped in _RAISED:
        if isinstance(exc, raised):
            return mapped(message, **kw)
    return errors.ServerError(f"unexpected {type(exc).__name__}: {message}", **kw)


def _from_status(
    status: int | None,
    error_type: str | None,
    vendor_message: str,
    exc: BaseException,
    context: ErrorContext,
    kw: dict[str, Any],
) -> errors.ProviderError:
    message = errors.scrub_secrets(vendor_message, context.secrets)
    kw["status_code"] = status
    if error_type == "overloaded_error":
        cls: type[errors.ProviderError] = errors.OverloadedError
    else:
        cls = (
            _TABLE.get(status or 0)
            or _TABLE.get(error_type or "")
            or (errors.ServerError if (status or 500) >= 500 else errors.BadRequestError)
        )
    if cls is errors.BadRequestError and _CONTEXT_WORDING.search(message):
        cls = errors.ContextWindowExceededError
    if cls is errors.RateLimitError:
        return errors.RateLimitError(message, retry_after=_retry_after(exc), **kw)
    return cls(message, **kw)


def _vendor_message(exc: anthropic.APIStatusError) -> str:
    """The vendor's ``error.message``; else the body as text (a proxy's HTML page, say)."""
    if exc.api_message:
        return str(exc.api_message)
    return str(exc.body) if exc.body else exc.message


def _retry_after(exc: BaseException) -> float | None:
    if isinstance(exc, StatusError):
        headers: Mapping[str, str] = exc.headers
    else:
        response = getattr(exc, "response", None)
        headers = response.headers if response is not None else {}
    seconds = parse_retry_after(headers.get("retry-after"))
    if seconds is None and headers.get("retry-after-ms"):
        ms = parse_retry_after(headers.get("retry-after-ms"))
        seconds = ms / 1000 if ms is not None else None
    return seconds
