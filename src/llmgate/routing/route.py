"""A resolved route: what ``Client.route(name)`` returns and every call of that route walks.

Built by the client from a ``[routes.NAME]`` table (or from a bare ``"provider:model"``)
once, on first use, and shared by the calls of that route::

    route = client.route("chat")
    for key, target in route.targets.items():        # in the table's order
        print(key, target.type, target.model, target.provider.trust)
    route.strategy.order()                            # the order the next call would try
    route.retry.retries, route.timeout_s

Plain data: the flow reads it, nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from llmgate._checks import RouteChecks
    from llmgate.provider import Provider
    from llmgate.routing.policy import RetryPolicy
    from llmgate.routing.strategy import Strategy

__all__ = ["Route", "Target"]


@dataclass(frozen=True, slots=True)
class Target:
    """One ``"provider:model"`` of a route.

    ``key`` is the target string (the circuit breaker's and the strategy's key), ``name``
    the provider's config name, ``type`` its provider type, ``provider`` the instance.
    """

    key: str
    name: str
    type: str
    model: str
    provider: Provider


@dataclass(slots=True)
class Route:
    """A route's targets (in config order), strategy, retry policy and deadline.

    ``timeout_s`` bounds the whole call, failover included; ``on_stream_error``,
    ``hedge_after_s``, ``content_filter``, ``on_rate_limit`` and ``on_invalid_output`` are
    the ``[routes.NAME]`` keys of that name. ``checks`` is what an answer must pass
    (``None`` when the route has none).
    """

    name: str
    targets: dict[str, Target]
    strategy: Strategy
    retry: RetryPolicy
    timeout_s: float | None
    on_stream_error: str = "raise"
    hedge_after_s: float | None = None
    content_filter: str = "raise"
    on_rate_limit: str = "wait"  # over a rate limit of ours: "wait" | "failover"
    on_invalid_output: str = "raise"
    checks: RouteChecks | None = None
