"""The call flow's rate-limit check: which limits apply, and wait or move on when full.

The flow calls :meth:`RateGate.admit` next to the budget reservation of each attempt.
Over a limit, the route's ``on_rate_limit`` decides: ``"wait"`` (default) sleeps until the
limit admits the call again, as long as that fits in the call's deadline; ``"failover"``
moves to the route's next target at once. Either way a target passed over is recorded in
the call's attempts as skipped with ``RateLimitedError`` and the reason.

With Redis, the flow's phase-one script (``_admission.py``) already took the slot or
learnt how long to wait, and hands that answer in as ``first``; the gate asks the limiter
again only after waiting (on the async client: the loop is never blocked).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from llmgate._types import ChatRequest, Usage
from llmgate.state.limits import Permit, RateLimit, RateLimiter, RateRules

__all__ = ["RateGate", "worst_tokens"]


def worst_tokens(limits: Sequence[RateLimit], request: ChatRequest, provider_type: str) -> int:
    """The tokens an admission counts: prompt estimate + ``max_tokens`` (if a tpm applies)."""
    if not any(limit.kind == "tokens" for limit in limits):
        return 0
    from llmgate.costs.tokens import estimate_prompt_tokens

    prompt = estimate_prompt_tokens(request.messages, request.model, provider_type)
    return prompt + (request.max_tokens or 0)


class RateGate:
    """Applies :class:`RateRules` through a :class:`RateLimiter` for the call flow."""

    def __init__(self, rules: RateRules, limiter: RateLimiter) -> None:
        self.rules = rules
        self.limiter = limiter

    async def admit(
        self,
        call: Any,
        target: Any,
        request: ChatRequest,
        first: tuple[Sequence[RateLimit], int, Permit | tuple[float, str]] | None = None,
    ) -> tuple[Permit | None, str | None]:
        """``(permit, None)`` to go on (``permit`` ``None``: no limit applies), or
        ``(None, why)`` when the target must be skipped. ``first``: the limits, tokens and
        answer of an admission already made (phase one's script)."""
        limits: Sequence[RateLimit]
        if first is None:
            limits = self.rules.applicable(target.key, target.name, call.tags)
            if not limits:
                return None, None
            tokens = worst_tokens(limits, request, target.type)
        else:
            limits, tokens, answer = first
        acquire = getattr(self.limiter, "aacquire", None)
        mode = getattr(call.route, "on_rate_limit", "wait")
        waited = 0.0
        while True:
            if first is not None:
                result, first = answer, None
            elif acquire is not None:
                result = await acquire(limits, tokens)
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
