"""What a call runs against: its route, the route's targets, and what every call shares.

Plain data, kept apart from the flow so the planner, the starters and the recorder can all
name these types without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from llmgate._events import EventBus
from llmgate._hooks import CostHook, PrivacyHook
from llmgate.provider import Provider
from llmgate.routing import CircuitBreaker, RetryPolicy, Strategy

__all__ = ["Route", "Runtime", "Target"]


@dataclass(frozen=True, slots=True)
class Target:
    key: str  # "provider:model", the breaker's and the strategy's key
    name: str
    type: str
    model: str
    provider: Provider


@dataclass(slots=True)
class Route:
    name: str
    targets: dict[str, Target]
    strategy: Strategy
    retry: RetryPolicy
    timeout_s: float | None
    on_stream_error: str = "raise"
    hedge_after_s: float | None = None
    content_filter: str = "raise"


@dataclass(slots=True)
class Runtime:
    """What every call of one client shares."""

    events: EventBus
    breaker: CircuitBreaker
    privacy: PrivacyHook
    costs: CostHook
    secrets: list[str]
    # Prompt sizes (characters) that overflowed a target: later calls that large skip it.
    too_small: dict[str, int] = field(default_factory=dict)
