"""Failover building blocks: routes, deadline, error policy, retries, circuit breakers,
strategies.

Pure, I/O-free pieces that the call flow drives the same way for sync and async calls.
``Client.route(name)`` returns a :class:`Route`; a shared :class:`BreakerStore` (one atomic
``update``) is handed to ``Client(breaker_store=...)``.
"""

from llmgate.routing.breaker import (
    Admission,
    BreakerConfig,
    BreakerRecord,
    BreakerSnapshot,
    BreakerStore,
    CircuitBreaker,
    CircuitState,
    InMemoryBreakerStore,
    OnChange,
    ScriptedBreakerStore,
)
from llmgate.routing.deadline import Clock, Deadline
from llmgate.routing.policy import (
    Action,
    ContentFilterMode,
    RetryPolicy,
    classify,
    counts_against_target,
    marks_unhealthy,
)
from llmgate.routing.route import Route, Target
from llmgate.routing.strategy import (
    STRATEGIES,
    CascadeStrategy,
    FailoverStrategy,
    LeastLatencyStrategy,
    RoundRobinStrategy,
    Strategy,
    WeightedStrategy,
    make_strategy,
)

__all__ = [
    "STRATEGIES",
    "Action",
    "Admission",
    "BreakerConfig",
    "BreakerRecord",
    "BreakerSnapshot",
    "BreakerStore",
    "CircuitBreaker",
    "CircuitState",
    "Clock",
    "ContentFilterMode",
    "Deadline",
    "CascadeStrategy",
    "FailoverStrategy",
    "InMemoryBreakerStore",
    "LeastLatencyStrategy",
    "OnChange",
    "RetryPolicy",
    "RoundRobinStrategy",
    "Route",
    "ScriptedBreakerStore",
    "Strategy",
    "Target",
    "WeightedStrategy",
    "classify",
    "counts_against_target",
    "make_strategy",
    "marks_unhealthy",
]
