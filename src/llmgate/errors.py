"""The llmgate error tree.

Every vendor failure is mapped into this tree by its provider (one table per provider),
with the vendor's exception kept as ``__cause__``. Applications catch these, never a vendor
SDK's exceptions::

    from llmgate import Client
    from llmgate.errors import AllProvidersFailedError, BudgetExceededError

    try:
        r = client.chat("chat", messages=[{"role": "user", "content": "Hi"}])
    except BudgetExceededError as exc:
        print("refused before anything was sent:", exc)
    except AllProvidersFailedError as exc:
        for attempt in exc.attempts:
            print(attempt.provider, attempt.model, attempt.error)

No message, repr or attribute of these errors ever holds an API key: providers pass vendor
messages through :func:`scrub_secrets` before they build an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from llmgate._types import Attempt

__all__ = [
    "AllProvidersFailedError",
    "AnswerRejectedError",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExceededError",
    "BudgetUnavailableError",
    "CheckFailedError",
    "ConfigError",
    "ConnectionError",
    "ContentFilterError",
    "ContextWindowExceededError",
    "LLMGateError",
    "NotFoundError",
    "OutputValidationError",
    "OverloadedError",
    "PrivacyViolationError",
    "ProviderError",
    "RateLimitError",
    "RateLimitedError",
    "ServerError",
    "StreamInterruptedError",
    "TimeoutError",
    "scrub_secrets",
]

# Shapes of credentials that vendors sometimes echo back in error messages ("Incorrect API
# key provided: sk-abc...") or that a proxy may put in a body. Masked wherever an error is
# built, in addition to the exact configured keys the caller passes.
_KEY_SHAPES = re.compile(
    r"(sk-ant-[A-Za-z0-9_\-]{8,}|sk-[A-Za-z0-9_\-]{16,}|(?:Bearer|bearer)\s+[A-Za-z0-9._\-]{8,})"
)


def scrub_secrets(text: str, secrets: Iterable[str] = ()) -> str:
    """Return ``text`` with every configured secret and every key-shaped token masked."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return _KEY_SHAPES.sub("***", text)


class LLMGateError(Exception):
    """Base of every error llmgate raises."""


class ConfigError(LLMGateError):
    """A config file (or the arguments standing in for one) is wrong.

    ``file`` is the path, ``key`` the dotted key path (``routes.chat.targets[1]``) and
    ``problem`` what is wrong with it::

        try:
            Client.from_config("llmgate.toml")
        except ConfigError as exc:
            print(exc.file, exc.key, exc.problem)
    """

    def __init__(self, problem: str, *, file: str | None = None, key: str | None = None) -> None:
        self.problem = problem
        self.file = file
        self.key = key
        where = ", ".join(part for part in (file or "", f"key {key}" if key else "") if part)
        super().__init__(f"{where}: {problem}" if where else problem)


class ProviderError(LLMGateError):
    """A provider failed to serve one attempt.

    ``provider`` and ``model`` name the target; ``status_code`` is the vendor's HTTP status
    when there was one. ``retryable`` is the error class's default for the failover policy.
    """

    retryable: bool = False

    def __init__(
        self,
        message: str,
        *,
        provider: str | None = None,
        model: str | None = None,
        status_code: int | None = None,
    ) -> None:
        self.message = message
        self.provider = provider
        self.model = model
        self.status_code = status_code
        super().__init__(message)

    def __str__(self) -> str:
        target = ":".join(part for part in (self.provider, self.model) if part)
        status = f" (HTTP {self.status_code})" if self.status_code else ""
        return f"{target}{status}: {self.message}" if target else f"{self.message}{status}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.message!r}, provider={self.provider!r}, "
            f"model={self.model!r}, status_code={self.status_code!r})"
        )


class RateLimitError(ProviderError):
    """HTTP 429. ``retry_after`` (seconds) is the vendor's ``Retry-After`` when it sent one."""

    retryable = True

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class OverloadedError(ProviderError):
    """The vendor says it is overloaded (Anthropic 529, OpenAI 503 "overloaded")."""

    retryable = True


class ServerError(ProviderError):
    """A 5xx from the vendor, or an answer that does not follow the vendor's own format."""

    retryable = True


class TimeoutError(ProviderError):  # noqa: A001 - the contract names it so
    """The attempt ran out of time (the target's ``timeout_s`` or the route's deadline)."""

    retryable = True


class ConnectionError(ProviderError):  # noqa: A001 - the contract names it so
    """The vendor could not be reached (refused, reset, DNS, TLS)."""

    retryable = True


class AuthenticationError(ProviderError):
    """401/403: the key is wrong or lacks permission. Never retried on the same target."""


class NotFoundError(ProviderError):
    """404: the model (or endpoint) does not exist for this key. Fails over, never retried."""


class BadRequestError(ProviderError):
    """The request itself is wrong; neither retried nor failed over.

    Raised before anything is sent when llmgate can tell (unknown role, empty content, a
    parameter the provider does not support), else mapped from the vendor's 400/422.
    """


class ContextWindowExceededError(BadRequestError):
    """The prompt does not fit the model's context window; fails over only to a larger one."""


class ContentFilterError(ProviderError):
    """The vendor refused the request or stopped the answer on its content policy."""


class StreamInterruptedError(ProviderError):
    """A stream broke after some of it had reached the caller.

    ``partial_text`` is what the caller already received::

        try:
            with client.stream("chat", messages=msgs) as s:
                for chunk in s:
                    print(chunk.text, end="")
        except StreamInterruptedError as exc:
            print("cut after", len(exc.partial_text), "characters")
    """

    retryable = True

    def __init__(self, message: str, *, partial_text: str = "", **kw: Any) -> None:
        super().__init__(message, **kw)
        self.partial_text = partial_text


class OutputValidationError(ProviderError):
    """The answer does not parse or validate against the ``response_format`` asked for.

    A provider error, so the route's ``on_invalid_output`` (``raise``, ``retry`` or
    ``failover``) decides what happens next. ``text`` is the answer as received (restored);
    the message names only what is wrong, never the answer's content. ``usage`` is what the
    invalid answer cost in tokens (it is billed)::

        try:
            r = client.chat("chat", messages=msgs, response_format=Invoice)
        except OutputValidationError as exc:
            print("not an Invoice:", exc.message)
    """

    def __init__(self, message: str, *, text: str = "", usage: Any = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.text = text
        self.usage = usage


class CheckFailedError(ProviderError):
    """One answer failed a check of the route's ``checks`` (a regex, a JSON Schema, a
    function, a judge): the attempt ends ``"rejected"`` and the call moves to the next
    target. Billed like any answer; ``usage`` is what it cost in tokens, ``failures`` names
    each failed check and why (never the answer's content), ``text`` is the answer.
    """

    def __init__(
        self,
        message: str,
        *,
        text: str = "",
        usage: Any = None,
        failures: Sequence[str] = (),
        **kw: Any,
    ) -> None:
        super().__init__(message, **kw)
        self.text = text
        self.usage = usage
        self.failures = list(failures)


class AllProvidersFailedError(LLMGateError):
    """Every target of the route failed; ``attempts`` is the whole failover trace."""

    def __init__(self, route: str, attempts: Sequence[Attempt]) -> None:
        self.route = route
        self.attempts = list(attempts)
        lines = [f"every target of route {route!r} failed ({len(self.attempts)} attempts):"]
        for a in self.attempts:
            lines.append(f"  {a.provider}:{a.model} -> {a.outcome}: {a.error or ''}".rstrip())
        super().__init__("\n".join(lines))


class BudgetExceededError(LLMGateError):
    """The call's worst-case cost does not fit the budget that is left; nothing was sent."""

    def __init__(
        self,
        message: str,
        *,
        budget: str | None = None,
        limit: Any = None,
        spent: Any = None,
        estimate: Any = None,
    ) -> None:
        super().__init__(message)
        self.budget = budget
        self.limit = limit
        self.spent = spent
        self.estimate = estimate


class BudgetUnavailableError(BudgetExceededError):
    """The shared budget store (Redis) cannot be reached, and budgets fail closed.

    A subclass of :class:`BudgetExceededError` so code that already handles a refused
    budget refuses here too; nothing was sent. ``[state] on_error = "fail-open"`` lets
    calls through instead (with a warning and an event)::

        try:
            client.chat("chat", messages=msgs)
        except BudgetUnavailableError:
            print("budget store down; try again later")
        except BudgetExceededError:
            print("over budget")
    """


class RateLimitedError(LLMGateError):
    """A rate limit of ours (``rpm``/``tpm`` in the config) refused the call; nothing was sent.

    Distinct from :class:`RateLimitError`, a vendor's 429. ``limit`` names the limit
    (``"openai:gpt-4o-mini rpm"``, ``"team=support rpm"``); ``retry_after`` is the seconds
    until it admits a call again::

        try:
            client.chat("chat", messages=msgs)
        except RateLimitedError as exc:
            time.sleep(exc.retry_after or 1)
    """

    def __init__(
        self, message: str, *, limit: str | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.limit = limit
        self.retry_after = retry_after


class PrivacyViolationError(LLMGateError):
    """The redaction policy forbids sending this request (block mode, or no trusted target).

    ``entities`` lists the entity types found (``["EMAIL", "SECRET"]``), never the values::

        try:
            client.chat("chat", messages=msgs)
        except PrivacyViolationError as exc:
            print("refused, found:", exc.entities)
    """

    def __init__(self, message: str, *, entities: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.entities = list(entities)


class AnswerRejectedError(AllProvidersFailedError):
    """No answer passed the route's ``checks``: every target answered wrong or failed.

    A subclass of :class:`AllProvidersFailedError` (``attempts`` is the trace, the rejected
    answers with outcome ``"rejected"``), so code that handles a failed route still works.
    ``response`` is the last rejected answer, for a caller that prefers some answer to
    none::

        try:
            r = client.chat("cascade", msgs)
        except AnswerRejectedError as exc:
            r = exc.response      # the dearest target's answer, failing its checks
    """

    def __init__(self, route: str, attempts: Sequence[Attempt], response: Any) -> None:
        super().__init__(route, attempts)
        self.response = response
