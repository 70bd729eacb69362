"""CircuitBreaker over the Redis store: the same behaviour as in memory, shared by every
breaker (process) on the prefix, with a local fallback while Redis is down."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from llmgate.routing import Admission, BreakerConfig, CircuitBreaker, CircuitState
from llmgate.state import RedisBreakerStore, RedisStore, StoreHealth

KEY = "vendor:gpt-test"
Changes = list[tuple[str, CircuitState, CircuitState]]


@pytest.fixture
def store(redis_url: str, state_prefix: str) -> Iterator[RedisStore]:
    made = RedisStore(redis_url, prefix=state_prefix)
    yield made
    made.close()


def breaker(store: RedisStore, changes: Changes | None = None, **config: Any) -> CircuitBreaker:
    def on_change(key: str, old: CircuitState, new: CircuitState) -> None:
        if changes is not None:
            changes.append((key, old, new))

    return CircuitBreaker(
        BreakerConfig(**config), store=RedisBreakerStore(store), on_change=on_change
    )


def test_failures_through_one_breaker_open_the_circuit_for_another(store: RedisStore) -> None:
    changes: Changes = []
    a = breaker(store, changes, failure_threshold=3, cooldown_s=30)
    b = breaker(store, failure_threshold=3, cooldown_s=30)
    assert b.allow(KEY)
    for _ in range(3):
        a.record_failure(KEY)
    assert changes == [(KEY, CircuitState.CLOSED, CircuitState.OPEN)]
    assert not any(b.allow(KEY) for _ in range(20))
    assert b.state(KEY) is CircuitState.OPEN
    view = b.snapshot()[KEY]
    assert view.consecutive_failures == 3 and view.retry_in_s is not None
    assert 25 < view.retry_in_s <= 30


def test_exactly_one_probe_among_many_breakers_then_success_closes(store: RedisStore) -> None:
    changes: Changes = []
    breakers = [breaker(store, changes, failure_threshold=1, cooldown_s=0.2) for _ in range(4)]
    breakers[0].record_failure(KEY)
    time.sleep(0.3)
    admissions: list[Admission] = []
    lock = threading.Lock()

    def ask(b: CircuitBreaker) -> None:
        for _ in range(5):
            found = b.admit(KEY)
            with lock:
                admissions.append(found)

    threads = [threading.Thread(target=ask, args=(b,)) for b in breakers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert admissions.count(Admission.PROBE) == 1
    assert admissions.count(Admission.DENIED) == 19
    breakers[2].record_success(KEY)
    assert breakers[3].snapshot()[KEY].state is CircuitState.CLOSED  # read from the store
    assert changes[-2:] == [
        (KEY, CircuitState.OPEN, CircuitState.HALF_OPEN),
        (KEY, CircuitState.HALF_OPEN, CircuitState.CLOSED),
    ]


def test_a_failed_probe_reopens_and_a_released_probe_lets_the_next_caller_probe(
    store: RedisStore,
) -> None:
    b = breaker(store, failure_threshold=1, cooldown_s=0.1)
    b.record_failure(KEY)
    time.sleep(0.15)
    assert b.admit(KEY) is Admission.PROBE
    b.release_probe(KEY)
    assert b.admit(KEY) is Admission.PROBE
    b.record_failure(KEY)
    assert b.state(KEY) is CircuitState.OPEN
    assert not b.allow(KEY)
    b.reset(KEY)
    assert b.allow(KEY)


def test_the_failure_rate_counts_calls_across_breakers(store: RedisStore) -> None:
    config = {"failure_threshold": None, "failure_rate": 0.5, "min_calls": 4, "window_s": 60}
    a, b = breaker(store, **config), breaker(store, **config)
    a.record_success(KEY)
    b.record_success(KEY)
    a.record_failure(KEY)
    assert a.state(KEY) is CircuitState.CLOSED  # 1 of 3: too few calls
    b.record_failure(KEY)
    assert b.state(KEY) is CircuitState.OPEN  # 2 of 4
    assert a.snapshot()[KEY].state is CircuitState.OPEN
    assert a.snapshot()[KEY].window_calls == 4


def test_a_quiet_success_costs_no_round_trip_but_a_success_after_failures_resets(
    store: RedisStore,
) -> None:
    a = breaker(store, failure_threshold=3)
    b = breaker(store, failure_threshold=3)
    assert a.allow(KEY)
    b.record_failure(KEY)
    b.record_failure(KEY)
    assert b.allow(KEY)  # admitted with 2 failures on record: its success must reset them
    b.record_success(KEY)
    b.record_failure(KEY)
    assert b.state(KEY) is CircuitState.CLOSED


def test_with_sync_s_a_closed_circuit_admits_locally_and_sees_failures_soon_after(
    store: RedisStore,
) -> None:
    fast = CircuitBreaker(
        BreakerConfig(failure_threshold=1, cooldown_s=30),
        store=RedisBreakerStore(store, sync_s=0.2),
    )
    other = breaker(store, failure_threshold=1, cooldown_s=30)
    assert fast.allow(KEY)
    other.record_failure(KEY)  # opened elsewhere
    assert fast.allow(KEY)  # still within sync_s of the last "closed"
    time.sleep(0.25)
    assert not fast.allow(KEY)  # asked Redis again: open
    assert not fast.allow(KEY)  # an open circuit is never admitted locally


def test_breakers_keep_working_locally_while_redis_is_unreachable() -> None:
    events: list[tuple[str, str, str]] = []
    store = RedisStore(
        "redis://127.0.0.1:1/0",
        prefix="down",
        timeout_s=0.2,
        health=StoreHealth(lambda *e: events.append(e)),
    )
    b = breaker(store, failure_threshold=2, cooldown_s=30)
    assert b.allow(KEY)
    b.record_failure(KEY)
    b.record_failure(KEY)
    assert not b.allow(KEY)  # opened locally
    assert [e[:2] for e in events] == [("unavailable", "breaker")]
    store.close()
