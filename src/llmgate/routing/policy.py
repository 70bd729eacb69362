"""What to do after a failed attempt, and how long to wait before retrying.

One table for every provider, keyed on the :mod:`llmgate.errors` classes (providers map
their vendor's errors into that tree, so the policy never sees a vendor exception)::

    action = classify(exc, content_filter="raise")
    if action is Action.RETRY:
        delay = retry_policy.next_delay(retry_no, exc, deadline.remaining())
        if delay is None:
            ...            # retries used up, or no time left: fail over now
    elif action is Action.FAILOVER_LARGER_CONTEXT:
        ...                # only targets with a larger context window are worth trying

The sync and async drivers of the call flow share these objects; neither sleeps here.
"""

from __future__ import annotations

import enum
import random
from typing import Final, Literal

import tenacity

from llmgate import errors

__all__ = [
    "Action",
    "ContentFilterMode",
    "RetryPolicy",
    "classify",
    "counts_against_target",
    "marks_unhealthy",
]

ContentFilterMode = Literal["raise", "failover"]


class Action(enum.Enum):
    """The policy's answer for one failed attempt."""

    RETRY = "retry"
    """Transient: retry on the same target (with backoff), then fail over."""
    FAILOVER = "failover"
    """This target cannot serve the call (bad key, unknown model): try the next one now."""
    FAILOVER_LARGER_CONTEXT = "failover_larger_context"
    """The prompt does not fit: try only a target with a larger context window."""
    RAISE = "raise"
    """The request itself is wrong (or the error is unknown): stop and show it to the user."""


# Looked up along the exception's MRO, so the nearest class wins: ContextWindowExceededError
# is a BadRequestError, and a plugin's subclass of ServerError is treated as a ServerError.
_TABLE: Final[dict[type[BaseException], Action]] = {
    errors.RateLimitError: Action.RETRY,
    errors.OverloadedError: Action.RETRY,
    errors.ServerError: Action.RETRY,
    errors.TimeoutError: Action.RETRY,
    errors.ConnectionError: Action.RETRY,
    # The flow classifies a StreamInterruptedError only when nothing reached the caller yet;
    # after the first chunk, `on_stream_error` decides instead.
    errors.StreamInterruptedError: Action.RETRY,
    errors.AuthenticationError: Action.FAILOVER,
    errors.NotFoundError: Action.FAILOVER,
    errors.ContextWindowExceededError: Action.FAILOVER_LARGER_CONTEXT,
    errors.OutputValidationError: Action.RAISE,  # the route's on_invalid_output overrides
    errors.CheckFailedError: Action.FAILOVER,  # a wrong answer: the next target may know
    errors.BadRequestError: Action.RAISE,
}


def classify(exc: BaseException, *, content_filter: ContentFilterMode = "raise") -> Action:
    """Decide what the flow does after ``exc`` ended an attempt.

    ``content_filter`` is the route's setting for vendor refusals: ``"raise"`` shows the
    refusal to the user, ``"failover"`` tries the next target (whose policy may differ).
    A :class:`~llmgate.errors.ProviderError` subclass that is not in the table (a plugin's
    own class) follows its ``retryable`` flag; anything else is a bug or a cancellation and
    is raised unchanged.
    """
    if isinstance(exc, errors.ContentFilterError):
        return Action.FAILOVER if content_filter == "failover" else Action.RAISE
    for cls in type(exc).__mro__:
        action = _TABLE.get(cls)
        if action is not None:
            # A provider may mark one instance as hopeless on this target (a 429 that means
            # "out of credit"): move on without retrying.
            if (
                action is Action.RETRY
                and isinstance(exc, errors.ProviderError)
                and not exc.retryable
            ):
                return Action.FAILOVER
            return action
    if isinstance(exc, errors.ProviderError) and exc.retryable:
        return Action.RETRY
    return Action.RAISE


def marks_unhealthy(exc: BaseException) -> bool:
    """True when ``exc`` should open the target's circuit at once (401/403: a bad key).

    A wrong or revoked key will not heal by itself within a cooldown, but an operator may
    fix it, so the breaker probes again after the cooldown rather than forever skipping it.
    """
    return isinstance(exc, errors.AuthenticationError)


# Failures that say something about the target's health, as opposed to the request's
# (a bad request, a prompt too long, a refusal) or the caller's (a cancellation).
_TARGET_FAULTS: Final = (
    errors.RateLimitError,
    errors.OverloadedError,
    errors.ServerError,
    errors.TimeoutError,
    errors.ConnectionError,
    errors.StreamInterruptedError,
    errors.AuthenticationError,
    errors.NotFoundError,
)


def counts_against_target(exc: BaseException) -> bool:
    """True when ``exc`` should be a ``record_failure`` on the target's circuit breaker.

    Errors caused by the request (``BadRequestError``, ``ContextWindowExceededError``,
    ``ContentFilterError``) say nothing about the target and must not open its circuit, or
    one user's oversized prompt would take a healthy vendor out for everyone. A stream cut
    after its first chunk does count: the vendor broke it.
    """
    return isinstance(exc, _TARGET_FAULTS)


class _FullJitter(tenacity.wait_random_exponential):
    """tenacity's full-jitter wait, drawing from an injected RNG instead of the global one.

    The window is tenacity's ``wait_exponential`` (``base * 2**(n-1)``, capped at ``max``);
    the delay is uniform in ``[0, window]`` ("Full Jitter").
    """

    def __init__(self, base_s: float, max_s: float, rng: random.Random) -> None:
        super().__init__(multiplier=base_s, max=max_s)
        self._rng = rng

    def __call__(self, retry_state: tenacity.RetryCallState) -> float:
        high = tenacity.wait_exponential.__call__(self, retry_state)
        return self._rng.uniform(self.min, high)


class RetryPolicy:
    """Per-target retries with exponential backoff and full jitter, inside the deadline.

    ``retries`` is the number of retries on one target after its first attempt (the route's
    ``retries``). ``next_delay`` answers how long to wait before retry number ``retry_no``
    (1 for the first retry), or ``None`` to stop retrying this target and move on now::

        policy = RetryPolicy(retries=2)
        delay = policy.next_delay(1, exc, remaining_s=deadline.remaining())
        if delay is not None:
            time.sleep(delay)            # or `await asyncio.sleep(delay)`

    A 429's ``Retry-After`` is a floor on the wait. One longer than ``max_retry_after_s``
    (a quota that resets in an hour) or than the time left means: move on now.
    """

    __slots__ = ("_wait", "base_s", "max_retry_after_s", "max_s", "retries", "retrying")

    def __init__(
        self,
        retries: int,
        base_s: float = 0.25,
        max_s: float = 8.0,
        *,
        max_retry_after_s: float = 60.0,
        rng: random.Random | None = None,
    ) -> None:
        if retries < 0:
            raise ValueError(f"retries must be >= 0, got {retries!r}")
        if base_s <= 0 or max_s < base_s:
            raise ValueError(f"need 0 < base_s <= max_s, got base_s={base_s!r}, max_s={max_s!r}")
        self.retries = retries
        self.base_s = base_s
        self.max_s = max_s
        self.max_retry_after_s = max_retry_after_s
        self._wait = _FullJitter(base_s, max_s, rng if rng is not None else random.Random())
        # The equivalent tenacity controller, for a driver that prefers to loop with it; here
        # it is also the owner of the RetryCallState the wait function reads.
        self.retrying = tenacity.Retrying(
            wait=self._wait, stop=tenacity.stop_after_attempt(retries + 1), reraise=True
        )

    def window(self, retry_no: int) -> float:
        """The upper bound of the jittered wait before retry ``retry_no`` (without jitter)."""
        return float(min(self.max_s, self.base_s * 2 ** (retry_no - 1)))

    def next_delay(
        self, retry_no: int, exc: BaseException, remaining_s: float | None
    ) -> float | None:
        """Seconds to wait before retry ``retry_no`` (1-based), or ``None`` to move on now."""
        if retry_no < 1:
            raise ValueError(f"retry_no starts at 1, got {retry_no!r}")
        if retry_no > self.retries:
            return None
        state = tenacity.RetryCallState(self.retrying, None, (), {})
        state.attempt_number = retry_no
        delay = self._wait(state)
        retry_after = getattr(exc, "retry_after", None)
        if isinstance(retry_after, int | float) and retry_after > 0:
            if retry_after > self.max_retry_after_s:
                return None
            delay = max(delay, float(retry_after))
        if remaining_s is not None and delay >= remaining_s:
            return None  # waiting would leave no time for the retry itself
        return delay

    def __repr__(self) -> str:
        return f"RetryPolicy(retries={self.retries}, base_s={self.base_s}, max_s={self.max_s})"
