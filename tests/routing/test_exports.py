from __future__ import annotations

import llmgate.routing as routing

INTENDED = {
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
    "ScriptedBreakerStore",
    "LeastLatencyStrategy",
    "OnChange",
    "RetryPolicy",
    "RoundRobinStrategy",
    "Route",
    "Strategy",
    "Target",
    "WeightedStrategy",
    "classify",
    "counts_against_target",
    "make_strategy",
    "marks_unhealthy",
}


def test_exports_are_exactly_the_intended_names() -> None:
    assert set(routing.__all__) == INTENDED
    assert len(routing.__all__) == len(INTENDED)
    public = {n for n in vars(routing) if not n.startswith("_")}
    assert public >= INTENDED
