"""The one table from OpenAI's failures to :mod:`llmgate.errors`, and the context manager
that applies it around every request and every stream read.

The status code decides first (``_BY_STATUS``); the vendor's ``code`` and message refine
two cases (context window on 400, overload on 503). Transport failures are told apart by
their cause chain, because the SDK's aiohttp transport reports a refused connection or a
server that hung up as ``APITimeoutError`` -- only a real timeout has a ``TimeoutError``
in its chain.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal

import httpx
import httpx2
import openai

from llmgate import errors
from llmgate.errors import ProviderError, scrub_secrets
from llmgate.provider import parse_retry_after

__all__ = ["StreamProgress", "error_from_status", "map_errors", "translate"]

_BY_STATUS: dict[int, type[ProviderError]] = {
    400: errors.BadRequestError,  # ContextWindowExceededError when the vendor says so
    401: errors.AuthenticationError,
    403: errors.AuthenticationError,
    404: errors.NotFoundError,
    408: errors.TimeoutError,
    413: errors.BadRequestError,
    422: errors.BadRequestError,
    429: errors.RateLimitError,
    500: errors.ServerError,
    502: errors.ServerError,
    503: errors.ServerError,  # OverloadedError when the vendor says overloaded or slow down
    504: errors.ServerError,
    529: errors.OverloadedError,
}
_CONTEXT_HINTS = ("context_length_exceeded", "maximum context length", "context window")
_OVERLOAD_HINTS = ("overloaded", "slow down")
_TIMEOUT_CLASSES = (openai.APITimeoutError, httpx2.TimeoutException, httpx.TimeoutException)
_CONNECTION_FAILURES: tuple[type[BaseException], ...] = (OSError,)
try:  # the SDK's aiohttp transport; without the extra only httpx is in use
    import aiohttp
except ImportError:  # pragma: no cover
    pass
else:
    _CONNECTION_FAILURES += (aiohttp.ClientConnectionError,)
_TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    openai.APIConnectionError,  # APITimeoutError included
    httpx2.TransportError,
    httpx.TransportError,
    builtins.TimeoutError,  # asyncio.timeout() and aiohttp's timeouts
    OSError,
)


@dataclass(slots=True)
class StreamProgress:
    """What a stream has delivered so far: decides between a failed call and a cut stream."""

    started: bool = False
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def error_from_status(
    status: int | None,
    body: Any,
    headers: Mapping[str, str] | None = None,
    *,
    secrets: Sequence[str] = (),
) -> ProviderError:
    """The llmgate error for an HTTP error reply (``status`` None: an error event in a stream).

    ``body`` is the ``error`` object of the vendor's reply (``{"message", "type", "param",
    "code"}``), or whatever text a proxy sent instead.
    """
    message, code = _message_and_code(status, body)
    message = scrub_secrets(message, secrets)
    haystack = f"{code} {message}".lower()
    cls = _BY_STATUS.get(status or 500) or (
        errors.ServerError if (status or 500) >= 500 else errors.BadRequestError
    )
    if cls is errors.BadRequestError and any(hint in haystack for hint in _CONTEXT_HINTS):
        cls = errors.ContextWindowExceededError
    elif status == 503 and any(hint in haystack for hint in _OVERLOAD_HINTS):
        cls = errors.OverloadedError
    if cls is errors.RateLimitError:
        error = errors.RateLimitError(
            message, retry_after=_retry_after(headers or {}), status_code=status
        )
        if code == "insufficient_quota":
            # Out of credit: waiting does not help, so this instance is not retryable.
            error.retryable = False
        return error
    return cls(message, status_code=status)


def _message_and_code(status: int | None, body: Any) -> tuple[str, str]:
    if isinstance(body, Mapping):
        inner = body.get("error", body)
        if isinstance(inner, Mapping):
            message = str(inner.get("message") or f"HTTP {status} with no error message")
            return message, str(inner.get("code") or inner.get("type") or "")
    text = str(body or "").strip()
    return (f"HTTP {status}: {text[:200]}" if text else f"HTTP {status} with an empty body"), ""


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """OpenAI's ``retry-after-ms`` (milliseconds, more precise) else ``retry-after``."""
    millis = parse_retry_after(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000.0
    return parse_retry_after(headers.get("retry-after"))


def _timed_out(exc: BaseException) -> bool:
    """True if the failure is a timeout, not a refused or dropped connection.

    Walks the cause chain: a ``TimeoutError`` anywhere means a timeout; a socket error or
    an aiohttp connection error means the connection failed (whatever the SDK called it);
    failing both, an httpx or SDK timeout class decides.
    """
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and len(chain) < 16:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    if any(isinstance(e, builtins.TimeoutError) for e in chain):
        return True
    if any(isinstance(e, _CONNECTION_FAILURES) for e in chain):
        return False
    return any(isinstance(e, _TIMEOUT_CLASSES) for e in chain)


def translate(
    exc: BaseException, *, secrets: Sequence[str] = (), progress: StreamProgress | None = None
) -> ProviderError | None:
    """The llmgate error for ``exc``, or ``None`` when it is not a vendor failure (a bug)."""
    if isinstance(exc, openai.APIStatusError):
        return error_from_status(exc.status_code, exc.body, exc.response.headers, secrets=secrets)
    if isinstance(exc, openai.APIResponseValidationError):
        return errors.ServerError(scrub_secrets(f"invalid answer from the server: {exc}", secrets))
    if isinstance(exc, _TRANSPORT_ERRORS):
        timed_out = _timed_out(exc)
        detail = scrub_secrets(f"{type(exc).__name__}: {exc}".rstrip(": "), secrets)
        if progress is not None and progress.started and (progress.parts or not timed_out):
            what = "stalled past the timeout" if timed_out else "was cut"
            return errors.StreamInterruptedError(
                f"the stream {what} before [DONE] ({detail})", partial_text=progress.text
            )
        if timed_out:
            return errors.TimeoutError(f"the request timed out ({detail})")
        return errors.ConnectionError(f"could not reach the server ({detail})")
    if isinstance(exc, openai.APIError):
        return errors.ServerError(scrub_secrets(exc.message, secrets))
    return None


class map_errors:  # named like a function: it is used as `with map_errors(...):`
    """Context manager (sync and async) that re-raises vendor failures as llmgate errors.

    It also stamps ``provider`` and ``model`` on llmgate errors raised inside it (the pure
    conversion functions raise them without knowing the target)::

        async with map_errors("openai", "gpt-4o-mini", secrets=["sk-..."]):
            raw = await client.chat.completions.with_raw_response.create(...)
    """

    __slots__ = ("model", "progress", "provider", "secrets")

    def __init__(
        self,
        provider: str,
        model: str,
        *,
        secrets: Sequence[str] = (),
        progress: StreamProgress | None = None,
    ) -> None:
        self.provider = provider
        self.model = model
        self.secrets = secrets
        self.progress = progress

    def __enter__(self) -> map_errors:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> Literal[False]:
        if exc is None or not isinstance(exc, Exception):
            return False  # cancellation and generator exits pass untouched
        if isinstance(exc, ProviderError):
            self._stamp(exc)
            return False
        mapped = translate(exc, secrets=self.secrets, progress=self.progress)
        if mapped is None:
            return False
        self._stamp(mapped)
        raise mapped from exc

    async def __aenter__(self) -> map_errors:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> Literal[False]:
        return self.__exit__(exc_type, exc, tb)

    def _stamp(self, error: ProviderError) -> None:
        if error.provider is None:
            error.provider = self.provider
        if error.model is None:
            error.model = self.model
