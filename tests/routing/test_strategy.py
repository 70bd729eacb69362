from __future__ import annotations

import random
import threading
from collections import Counter
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from llmgate.routing import (
    STRATEGIES,
    CascadeStrategy,
    FailoverStrategy,
    LeastLatencyStrategy,
    RoundRobinStrategy,
    WeightedStrategy,
    make_strategy,
)

TARGETS = ["a:m", "b:m", "c:m"]


@pytest.mark.parametrize("name", STRATEGIES)
@given(seed=st.integers(0, 2**32), n=st.integers(1, 6))
def test_every_strategy_orders_every_target_exactly_once(name: str, seed: int, n: int) -> None:
    targets = [f"p{i}:m" for i in range(n)]
    weights = [float(i % 3) + 0.5 for i in range(n)] if name == "weighted" else None
    strategy = make_strategy(name, targets, weights, rng=random.Random(seed))
    for _ in range(5):
        assert sorted(strategy.order()) == sorted(targets)
        strategy.observe(targets[-1], 0.2, ok=True)


def test_failover_keeps_config_order_whatever_happens() -> None:
    strategy = FailoverStrategy(TARGETS)
    strategy.observe("a:m", 99.0, ok=False)
    assert [strategy.order() for _ in range(3)] == [TARGETS] * 3
    strategy.order().clear()  # callers get a copy
    assert strategy.order() == TARGETS


def test_round_robin_rotates_the_start() -> None:
    strategy = RoundRobinStrategy(TARGETS)
    assert [strategy.order() for _ in range(4)] == [
        ["a:m", "b:m", "c:m"],
        ["b:m", "c:m", "a:m"],
        ["c:m", "a:m", "b:m"],
        ["a:m", "b:m", "c:m"],
    ]


def test_round_robin_counter_is_shared_fairly_between_threads() -> None:
    strategy = RoundRobinStrategy(TARGETS)
    firsts: Counter[str] = Counter()
    lock = threading.Lock()
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        mine = Counter(strategy.order()[0] for _ in range(300))
        with lock:
            firsts.update(mine)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert firsts == {"a:m": 800, "b:m": 800, "c:m": 800}


def test_weighted_first_pick_follows_the_weights() -> None:
    strategy = WeightedStrategy(TARGETS, [6, 3, 1], rng=random.Random(1234))
    draws = 20_000
    firsts = Counter(strategy.order()[0] for _ in range(draws))
    assert firsts["a:m"] / draws == pytest.approx(0.6, abs=0.02)
    assert firsts["b:m"] / draws == pytest.approx(0.3, abs=0.02)
    assert firsts["c:m"] / draws == pytest.approx(0.1, abs=0.02)


def test_weighted_second_place_is_drawn_among_the_rest() -> None:
    strategy = WeightedStrategy(TARGETS, [6, 3, 1], rng=random.Random(99))
    seconds = Counter(o[1] for o in (strategy.order() for _ in range(20_000)) if o[0] == "a:m")
    total = sum(seconds.values())
    # With a:m taken, b:m should come next 3 times in 4.
    assert seconds["b:m"] / total == pytest.approx(0.75, abs=0.03)


def test_weighted_zero_weight_is_a_last_resort_only() -> None:
    strategy = WeightedStrategy(TARGETS, [1, 0, 1], rng=random.Random(5))
    assert all(strategy.order()[-1] == "b:m" for _ in range(500))


def test_weighted_seeded_rng_is_reproducible() -> None:
    a = WeightedStrategy(TARGETS, [1, 2, 3], rng=random.Random(7))
    b = WeightedStrategy(TARGETS, [1, 2, 3], rng=random.Random(7))
    assert [a.order() for _ in range(20)] == [b.order() for _ in range(20)]


@pytest.mark.parametrize(
    "weights", [[1, 2], [1, -1, 1], [0, 0, 0], [1, float("nan"), 1], [1, float("inf"), 1]]
)
def test_weighted_rejects_bad_weights(weights: list[float]) -> None:
    with pytest.raises(ValueError, match="weights"):
        WeightedStrategy(TARGETS, weights)


def test_least_latency_tries_untried_targets_first_in_config_order(clock: Any) -> None:
    strategy = LeastLatencyStrategy(TARGETS, clock=clock)
    assert strategy.order() == TARGETS
    strategy.observe("a:m", 0.5, ok=True)
    assert strategy.order() == ["b:m", "c:m", "a:m"]


def test_least_latency_picks_the_fastest_after_observations(clock: Any) -> None:
    strategy = LeastLatencyStrategy(TARGETS, clock=clock)
    for _ in range(5):
        strategy.observe("a:m", 0.9, ok=True)
        strategy.observe("b:m", 0.2, ok=True)
        strategy.observe("c:m", 0.5, ok=True)
    assert strategy.order() == ["b:m", "c:m", "a:m"]


def test_least_latency_is_a_moving_average(clock: Any) -> None:
    strategy = LeastLatencyStrategy(["a:m"], alpha=0.5, clock=clock)
    assert strategy.latency("a:m") is None
    strategy.observe("a:m", 1.0, ok=True)
    strategy.observe("a:m", 3.0, ok=True)
    assert strategy.latency("a:m") == pytest.approx(2.0)


def test_least_latency_adapts_when_the_fastest_slows_down(clock: Any) -> None:
    strategy = LeastLatencyStrategy(TARGETS[:2], clock=clock)
    for _ in range(5):
        strategy.observe("a:m", 0.1, ok=True)
        strategy.observe("b:m", 0.3, ok=True)
    assert strategy.order()[0] == "a:m"
    for _ in range(5):
        strategy.observe("a:m", 2.0, ok=True)
    assert strategy.order()[0] == "b:m"


def test_least_latency_a_fast_failure_does_not_look_fast(clock: Any) -> None:
    strategy = LeastLatencyStrategy(TARGETS[:2], clock=clock)
    strategy.observe("a:m", 0.3, ok=True)
    strategy.observe("b:m", 0.001, ok=False)  # connection refused in a millisecond
    assert strategy.order() == ["a:m", "b:m"]


def test_least_latency_remeasures_stale_targets(clock: Any) -> None:
    strategy = LeastLatencyStrategy(TARGETS[:2], stale_after_s=60, clock=clock)
    strategy.observe("a:m", 0.1, ok=True)
    strategy.observe("b:m", 5.0, ok=True)
    assert strategy.order() == ["a:m", "b:m"]
    clock.advance(30)
    strategy.observe("a:m", 0.1, ok=True)
    clock.advance(31)  # b:m last measured 61 s ago
    assert strategy.order() == ["b:m", "a:m"]


def test_least_latency_ignores_unknown_targets(clock: Any) -> None:
    strategy = LeastLatencyStrategy(TARGETS, clock=clock)
    strategy.observe("zzz:m", 0.01, ok=True)
    assert strategy.order() == TARGETS


def test_make_strategy_builds_each_kind_and_refuses_nonsense() -> None:
    assert isinstance(make_strategy("failover", TARGETS), FailoverStrategy)
    assert isinstance(make_strategy("round-robin", TARGETS), RoundRobinStrategy)
    assert isinstance(make_strategy("weighted", TARGETS, [1, 1, 1]), WeightedStrategy)
    assert isinstance(make_strategy("least-latency", TARGETS), LeastLatencyStrategy)
    assert isinstance(make_strategy("cascade", TARGETS), CascadeStrategy)
    with pytest.raises(ValueError, match="unknown strategy 'fastest'"):
        make_strategy("fastest", TARGETS)
    with pytest.raises(ValueError, match="weights only apply"):
        make_strategy("failover", TARGETS, [1, 1, 1])
    with pytest.raises(ValueError, match="at least one target"):
        make_strategy("failover", [])


def test_cascade_is_cheapest_first_unpriced_last_ties_in_config_order() -> None:
    targets = ["a:m", "b:m", "c:m", "d:m", "e:m"]
    costs = [Decimal("0.02"), None, Decimal("0.001"), Decimal("0.02"), Decimal(0)]
    strategy = CascadeStrategy(targets, costs)
    assert strategy.order() == ["e:m", "c:m", "a:m", "d:m", "b:m"]
    strategy.observe("e:m", 30.0, ok=False)  # outcomes never reorder a cascade
    assert strategy.order() == ["e:m", "c:m", "a:m", "d:m", "b:m"]
    assert make_strategy("cascade", targets).order() == targets  # nothing priced: config order
    with pytest.raises(ValueError, match="costs has 1 entries"):
        CascadeStrategy(targets, [None])
