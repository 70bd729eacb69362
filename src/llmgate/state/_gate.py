"""The call flow's rate-limit check: which limits apply, and wait or move on when full.

The flow calls :meth:`RateGate.admit` next to the budget reservation of each attempt.
Over a limit, the route's ``on_rate_limit`` decides: ``"wait"`` (default) sleeps until the
limit admits the call again, as long as that fits in the call's deadline; ``"failover"``
moves to the route's next target at once. Either way a target passed over is recorded in
the call's attempts as skipped with ``RateLimitedError`` and the reason.

With a Redis budget, :class:`SharedCostKeeper` takes the attempt's rate-limit slot in the
same script as its budget reservation (one round trip instead of two) and leaves the
answer for the gate in a context variable: the flow calls the two back to back in one
task, so the gate finds it there without the flow knowing. Without one, the gate asks the
limiter itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from typing import Any

from llmgate._types import ChatRequest, Usage
from llmgate.costs.budget import Reservation
from llmgate.costs.keeper import CostKeeper
from llmgate.state.limits import Permit, RateLimit, RateLimiter, RateRules

__all__ = ["RateGate", "SharedCostKeeper"]

# What the budget reservation already got from the rate limits for this task's attempt:
# (target key, Permit | (wait, limit name)). Set by SharedCostKeeper.reserve, taken by the
# RateGate.admit that the flow calls right after it, in the same task.
_TAKEN: ContextVar[tuple[str, Any] | None] = ContextVar("llmgate_rate_taken", default=None)


def worst_tokens(limits: Sequence[RateLimit], request: ChatRequest, provider_type: str) -> int:
    """The tokens an admission counts: prompt estimate + ``max_tokens`` (if a tpm applies)."""
    if not any(limit.kind == "tokens" for limit in limits):
        return 0
    from llmgate.costs.tokens import estimate_prompt_tokens

    prompt = estimate_prompt_tokens(request.messages, request.model, provider_type)
    return prompt + (request.max_tokens or 0)


class SharedCostKeeper(CostKeeper):
    """A cost keeper whose Redis budget reservation also takes the attempt's rate-limit
    slot, in the same script: one round trip for both checks instead of two."""

    rules: RateRules | None = None

    def reserve(
        self, request: ChatRequest, provider: str, provider_type: str, tags: Mapping[str, str]
    ) -> Reservation | None:
        combined = getattr(self.guard, "reserve_with_rate", None)
        if self.rules is None or combined is None:
            return super().reserve(request, provider, provider_type, tags)
        key = f"{provider}:{request.model}"
        limits = self.rules.applicable(key, provider, tags)
        if not limits:
            return super().reserve(request, provider, provider_type, tags)
        tokens = worst_tokens(limits, request, provider_type)
        amount = self.worst_case(request, provider, provider_type)
        reservation, taken = combined(amount, tags, limits, tokens)
        _TAKEN.set(None if taken is None else (key, taken))
        return reservation  # type: ignore[no-any-return]


class RateGate:
    """Applies :class:`RateRules` through a :class:`RateLimiter` for the call flow."""

    def __init__(self, rules: RateRules, limiter: RateLimiter) -> None:
        self.rules = rules
        self.limiter = limiter

    async def admit(
        self, call: Any, target: Any, request: ChatRequest
    ) -> tuple[Permit | None, str | None]:
        """``(permit, None)`` to go on (``permit`` ``None``: no limit applies), or
        ``(None, why)`` when the target must be skipped."""
        taken = _TAKEN.get()
        if taken is not None:
            _TAKEN.set(None)
        limits = self.rules.applicable(target.key, target.name, call.tags)
        if not limits:
            return None, None
        tokens = worst_tokens(limits, request, target.type)
        mode = getattr(call.route, "on_rate_limit", "wait")
        waited = 0.0
        while True:
            if taken is not None and taken[0] == target.key:  # got with the reservation
                result, taken = taken[1], None
            else:
                result = self.limiter.acquire(limits, tokens)
            if isinstance(result, Permit):
                return result, None
            wait, name = result
            left = call.deadline.remaining()
            if mode != "wait" or (left is not None and wait >= left):
                why = f"rate limit {name!r} is full (admits again in {wait:.3g} s)"
                if waited:
                    why += f" after waiting {waited:.3g} s"
                return None, why
            await asyncio.sleep(max(wait, 0.001))
            waited += wait

    def settle(self, permit: Permit | None, usage: Usage | None) -> None:
        """Correct the token count to what the attempt really used (0 if unknown)."""
        if permit is None or not any(limit.kind == "tokens" for limit in permit.limits):
            return
        used = 0 if usage is None else usage.input_tokens + usage.output_tokens
        self.limiter.settle(permit, used)
