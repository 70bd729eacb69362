"""What a call runs against: its route and targets (public, in ``llmgate.routing``), and
what every call of one client shares.

Plain data, kept apart from the flow so the planner, the starters and the recorder can all
name these types without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from llmgate._events import EventBus
from llmgate._hooks import CostHook, PrivacyHook
from llmgate.routing import CircuitBreaker
from llmgate.routing.route import Route, Target

__all__ = ["Route", "Runtime", "Target"]


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
    limits: Any = None  # the rate-limit check (llmgate.state._gate.RateGate), if any
    # Shared state (llmgate.state._admission.SharedAdmission): with Redis, the breaker,
    # budget and limits of an attempt go through it, two round trips per attempt.
    shared: Any = None
