"""HTTP errors of the gateway, and the one table that maps llmgate's errors onto them.

Every failure a client can see is an :class:`HTTPError`: a status, a kind (which each
vendor's error shape names in its own words), a message that has been through
:func:`llmgate.errors.scrub_secrets`, and a ``Retry-After`` where one is known. Anything
else that escapes a handler becomes a 500 with a fixed message: never a traceback, never
an exception's text that might hold a secret.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

from llmgate import errors

__all__ = ["HTTPError", "from_exception", "seconds_to_midnight"]

# kind -> (OpenAI error type, Anthropic error type)
_TYPES: dict[str, tuple[str, str]] = {
    "invalid_request": ("invalid_request_error", "invalid_request_error"),
    "authentication": ("authentication_error", "authentication_error"),
    "permission": ("permission_error", "permission_error"),
    "not_found": ("not_found_error", "not_found_error"),
    "too_large": ("invalid_request_error", "request_too_large"),
    "rate_limit": ("rate_limit_error", "rate_limit_error"),
    "upstream": ("server_error", "api_error"),
    "overloaded": ("server_error", "overloaded_error"),
    "timeout": ("timeout_error", "timeout_error"),
    "internal": ("server_error", "api_error"),
}


class HTTPError(Exception):
    """A failure answered with ``status`` in the caller's vendor shape.

    ``param`` names the offending request field (OpenAI's ``param``), ``code`` a stable
    machine-readable reason (``invalid_api_key``, ``budget_exceeded``, ...).
    """

    def __init__(
        self,
        status: int,
        kind: str,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.kind = kind
        self.message = errors.scrub_secrets(message)
        self.param = param
        self.code = code
        self.retry_after = retry_after

    def headers(self) -> dict[str, str]:
        if self.retry_after is None:
            return {}
        return {"retry-after": str(max(1, math.ceil(self.retry_after)))}

    def openai(self) -> dict[str, Any]:
        return {
            "error": {
                "message": self.message,
                "type": _TYPES.get(self.kind, _TYPES["internal"])[0],
                "param": self.param,
                "code": self.code,
            }
        }

    def anthropic(self) -> dict[str, Any]:
        return {
            "type": "error",
            "error": {
                "type": _TYPES.get(self.kind, _TYPES["internal"])[1],
                "message": self.message,
            },
        }


def bad_request(message: str, param: str | None = None, code: str | None = None) -> HTTPError:
    return HTTPError(400, "invalid_request", message, param=param, code=code)


def seconds_to_midnight(now: datetime | None = None) -> float:
    """Seconds until the next UTC midnight, when daily budgets start again."""
    now = now or datetime.now(UTC)
    tomorrow = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return (tomorrow - now).total_seconds()


def _budget_retry_after(exc: errors.BudgetExceededError) -> float | None:
    name = exc.budget or ""
    if name.endswith("daily"):
        return seconds_to_midnight()
    if name.endswith("monthly"):
        now = datetime.now(UTC)
        first = (now.replace(day=1) + timedelta(days=32)).replace(
            day=1, hour=0, minute=0, second=0, microsecond=0
        )
        return (first - now).total_seconds()
    return None


def _all_failed(exc: errors.AllProvidersFailedError) -> HTTPError:
    """503 when every target was busy (rate limited, overloaded, circuit open), else 502."""
    kinds = {a.error for a in exc.attempts}
    busy = {"RateLimitError", "OverloadedError", "CircuitOpen"}
    if exc.attempts and kinds <= busy:
        return HTTPError(
            503,
            "overloaded",
            f"every target of route {exc.route!r} is busy; try again later",
            code="all_providers_busy",
            retry_after=_retry_after_of(exc),
        )
    if exc.attempts and kinds <= {"TimeoutError"}:
        return HTTPError(504, "timeout", str(exc), code="upstream_timeout")
    return HTTPError(502, "upstream", str(exc), code="all_providers_failed")


def _retry_after_of(exc: errors.AllProvidersFailedError) -> float | None:
    cause = exc.__cause__ or exc.__context__
    value = getattr(cause, "retry_after", None)
    return float(value) if isinstance(value, (int, float)) else None


def from_exception(exc: BaseException) -> HTTPError:
    """The HTTP answer for an error raised by ``Client.achat``/``astream`` (one table)."""
    if isinstance(exc, HTTPError):
        return exc
    if isinstance(exc, errors.BudgetExceededError):
        wait = _budget_retry_after(exc)
        return HTTPError(429, "rate_limit", str(exc), code="budget_exceeded", retry_after=wait)
    if isinstance(exc, errors.AllProvidersFailedError):
        return _all_failed(exc)
    if isinstance(exc, errors.PrivacyViolationError):
        return HTTPError(400, "invalid_request", str(exc), code="privacy_violation")
    if isinstance(exc, errors.ContextWindowExceededError):
        return HTTPError(400, "invalid_request", str(exc), code="context_length_exceeded")
    if isinstance(exc, errors.BadRequestError):
        return HTTPError(400, "invalid_request", str(exc))
    if isinstance(exc, errors.ContentFilterError):
        return HTTPError(400, "invalid_request", str(exc), code="content_filter")
    if isinstance(exc, errors.RateLimitError):
        return HTTPError(
            429, "rate_limit", str(exc), code="upstream_rate_limited", retry_after=exc.retry_after
        )
    if isinstance(exc, errors.OverloadedError):
        return HTTPError(503, "overloaded", str(exc), code="upstream_overloaded")
    if isinstance(exc, errors.TimeoutError):
        return HTTPError(504, "timeout", str(exc), code="upstream_timeout")
    if isinstance(exc, errors.NotFoundError):
        return HTTPError(404, "not_found", str(exc), code="model_not_found")
    if isinstance(exc, errors.ProviderError):
        # Upstream auth failures are the gateway's configuration, not the caller's key.
        return HTTPError(502, "upstream", str(exc), code="upstream_error")
    if isinstance(exc, errors.ConfigError):
        return HTTPError(400, "invalid_request", exc.problem, code="invalid_model")
    if isinstance(exc, errors.LLMGateError):
        return HTTPError(502, "upstream", str(exc), code="upstream_error")
    return HTTPError(500, "internal", "internal error in the gateway", code="internal_error")
