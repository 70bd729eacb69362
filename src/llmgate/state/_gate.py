"""The call flow's rate-limit check: which limits apply, and wait or move on when full.

The flow calls :meth:`RateGate.admit` next to the budget reservation of each attempt.
Over a limit, the route's ``on_rate_limit`` decides: ``"wait"`` (default) sleeps until the
limit admits the call again, as long as that fits in the call's deadline; ``"failover"``
moves to the route's next target at once. Either way a target passed over is recorded in
the call's attempts as skipped with ``RateLimitedError`` and the reason.
"""

from __future__ import annotations

import asyncio
from typing import Any

from llmgate._types import ChatRequest, Usage
from llmgate.state.limits import Permit, RateLimiter, RateRules

__all__ = ["RateGate"]


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
        limits = self.rules.applicable(target.key, target.name, call.tags)
        if not limits:
            return None, None
        tokens = 0
        if any(limit.kind == "tokens" for limit in limits):
            from llmgate.costs.tokens import estimate_prompt_tokens

            prompt = estimate_prompt_tokens(request.messages, target.model, target.type)
            tokens = prompt + (request.max_tokens or 0)
        mode = getattr(call.route, "on_rate_limit", "wait")
        waited = 0.0
        while True:
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
