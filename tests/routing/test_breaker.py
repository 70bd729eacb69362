from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from llmgate.routing import (
    Admission,
    BreakerConfig,
    BreakerRecord,
    BreakerStore,
    CircuitBreaker,
    CircuitState,
    InMemoryBreakerStore,
)

KEY = "openai:gpt-4o-mini"
Changes = list[tuple[str, CircuitState, CircuitState]]


def make(clock: Any, changes: Changes | None = None, **config: Any) -> CircuitBreaker:
    def on_change(key: str, old: CircuitState, new: CircuitState) -> None:
        if changes is not None:
            changes.append((key, old, new))

    return CircuitBreaker(BreakerConfig(**config), clock=clock, on_change=on_change)


def test_opens_after_n_consecutive_failures_and_refuses_everything(clock: Any) -> None:
    changes: Changes = []
    breaker = make(clock, changes, failure_threshold=3, cooldown_s=30)
    for _ in range(2):
        assert breaker.allow(KEY)
        breaker.record_failure(KEY)
    assert breaker.state(KEY) is CircuitState.CLOSED
    breaker.record_failure(KEY)
    assert breaker.state(KEY) is CircuitState.OPEN
    assert changes == [(KEY, CircuitState.CLOSED, CircuitState.OPEN)]
    clock.advance(29.999)
    assert not any(breaker.allow(KEY) for _ in range(100))


def test_a_success_resets_the_consecutive_count(clock: Any) -> None:
    breaker = make(clock, failure_threshold=3)
    for _ in range(10):
        breaker.record_failure(KEY)
        breaker.record_failure(KEY)
        breaker.record_success(KEY)
    assert breaker.state(KEY) is CircuitState.CLOSED
    assert breaker.snapshot()[KEY].consecutive_failures == 0


def test_one_probe_after_the_cooldown_and_success_closes(clock: Any) -> None:
    changes: Changes = []
    breaker = make(clock, changes, failure_threshold=1, cooldown_s=10)
    breaker.record_failure(KEY)
    clock.advance(10)
    assert breaker.admit(KEY) is Admission.PROBE
    assert breaker.state(KEY) is CircuitState.HALF_OPEN
    assert [breaker.allow(KEY) for _ in range(50)] == [False] * 50
    breaker.record_success(KEY)
    assert breaker.state(KEY) is CircuitState.CLOSED
    assert breaker.admit(KEY) is Admission.ALLOWED
    assert [new for _, _, new in changes] == [
        CircuitState.OPEN,
        CircuitState.HALF_OPEN,
        CircuitState.CLOSED,
    ]


def test_probe_failure_reopens_with_a_fresh_cooldown(clock: Any) -> None:
    breaker = make(clock, failure_threshold=1, cooldown_s=10)
    breaker.record_failure(KEY)
    clock.advance(15)
    assert breaker.allow(KEY)
    breaker.record_failure(KEY)
    assert breaker.state(KEY) is CircuitState.OPEN
    clock.advance(9.9)
    assert not breaker.allow(KEY)
    clock.advance(0.1)
    assert breaker.allow(KEY)


def test_stragglers_while_open_neither_close_nor_extend(clock: Any) -> None:
    breaker = make(clock, failure_threshold=1, cooldown_s=10)
    breaker.record_failure(KEY)
    clock.advance(5)
    breaker.record_success(KEY)  # a request admitted before the circuit opened
    assert breaker.state(KEY) is CircuitState.OPEN
    breaker.record_failure(KEY)
    clock.advance(5)
    assert breaker.allow(KEY), "a late failure must not postpone the probe"


def test_failure_rate_over_the_window_opens(clock: Any) -> None:
    breaker = make(clock, failure_threshold=None, failure_rate=0.5, window_s=60, min_calls=10)
    # Alternating: never two failures in a row, yet half the calls fail.
    for i in range(9):
        (breaker.record_failure if i % 2 == 0 else breaker.record_success)(KEY)
    assert breaker.state(KEY) is CircuitState.CLOSED, "below min_calls"
    breaker.record_success(KEY)
    breaker.record_failure(KEY)
    assert breaker.state(KEY) is CircuitState.OPEN
    snap = breaker.snapshot()[KEY]
    assert (snap.window_calls, snap.window_failures) == (11, 6)


def test_old_calls_fall_out_of_the_window(clock: Any) -> None:
    breaker = make(clock, failure_threshold=None, failure_rate=0.5, window_s=10, min_calls=4)
    for _ in range(3):
        breaker.record_failure(KEY)
    clock.advance(11)  # those three failures are now older than the window
    for _ in range(3):
        breaker.record_success(KEY)
    breaker.record_failure(KEY)
    assert breaker.state(KEY) is CircuitState.CLOSED
    snap = breaker.snapshot()[KEY]
    assert (snap.window_calls, snap.window_failures) == (4, 1)


def test_a_low_failure_rate_keeps_the_circuit_closed(clock: Any) -> None:
    breaker = make(clock, failure_threshold=None, failure_rate=0.5, min_calls=10)
    for i in range(1000):
        (breaker.record_failure if i % 3 == 0 else breaker.record_success)(KEY)
        clock.advance(0.05)
    assert breaker.state(KEY) is CircuitState.CLOSED


def test_force_open_marks_unhealthy_from_any_state(clock: Any) -> None:
    changes: Changes = []
    breaker = make(clock, changes, cooldown_s=30)
    breaker.force_open(KEY)
    assert breaker.state(KEY) is CircuitState.OPEN
    assert not breaker.allow(KEY)
    clock.advance(20)
    breaker.force_open(KEY)  # refreshes the cooldown, no duplicate event
    clock.advance(20)
    assert not breaker.allow(KEY)
    clock.advance(10)
    assert breaker.allow(KEY)
    assert changes == [
        (KEY, CircuitState.CLOSED, CircuitState.OPEN),
        (KEY, CircuitState.OPEN, CircuitState.HALF_OPEN),
    ]


def test_release_probe_lets_the_next_caller_probe(clock: Any) -> None:
    breaker = make(clock, failure_threshold=1, cooldown_s=10, probe_timeout_s=None)
    breaker.record_failure(KEY)
    clock.advance(10)
    assert breaker.admit(KEY) is Admission.PROBE
    clock.advance(1000)
    assert not breaker.allow(KEY), "without a probe timeout only release frees it"
    breaker.release_probe(KEY)
    assert breaker.admit(KEY) is Admission.PROBE
    assert not breaker.allow(KEY)


def test_a_silent_probe_times_out(clock: Any) -> None:
    breaker = make(clock, failure_threshold=1, cooldown_s=10, probe_timeout_s=5)
    breaker.record_failure(KEY)
    clock.advance(10)
    assert breaker.allow(KEY)
    clock.advance(4.9)
    assert not breaker.allow(KEY)
    clock.advance(0.1)
    assert breaker.admit(KEY) is Admission.PROBE
    assert not breaker.allow(KEY)


def test_release_probe_outside_half_open_changes_nothing(clock: Any) -> None:
    breaker = make(clock, failure_threshold=1, cooldown_s=10)
    breaker.release_probe(KEY)
    assert breaker.state(KEY) is CircuitState.CLOSED
    breaker.record_failure(KEY)
    breaker.release_probe(KEY)
    assert not breaker.allow(KEY)


def test_reset_closes(clock: Any) -> None:
    breaker = make(clock, failure_threshold=1)
    breaker.record_failure(KEY)
    breaker.reset(KEY)
    assert breaker.state(KEY) is CircuitState.CLOSED
    assert breaker.allow(KEY)


def test_targets_are_independent(clock: Any) -> None:
    breaker = make(clock, failure_threshold=1)
    breaker.record_failure("a:m")
    assert not breaker.allow("a:m")
    assert breaker.allow("b:m")
    assert breaker.allow("a:other-model")


def test_snapshot_reports_every_target(clock: Any) -> None:
    breaker = make(clock, failure_threshold=2, cooldown_s=30)
    breaker.record_failure("b:m")
    breaker.force_open("a:m")
    clock.advance(10)
    snap = breaker.snapshot()
    assert list(snap) == ["a:m", "b:m"]
    assert snap["a:m"].state is CircuitState.OPEN
    assert snap["a:m"].retry_in_s == pytest.approx(20.0)
    assert snap["b:m"].consecutive_failures == 1
    assert snap["b:m"].retry_in_s is None
    assert not snap["b:m"].probe_in_flight
    clock.advance(20)
    breaker.allow("a:m")
    assert breaker.snapshot()["a:m"].probe_in_flight


def test_a_failing_callback_does_not_break_the_call(
    clock: Any, caplog: pytest.LogCaptureFixture
) -> None:
    def explode(key: str, old: CircuitState, new: CircuitState) -> None:
        raise RuntimeError("metrics down")

    breaker = CircuitBreaker(BreakerConfig(failure_threshold=1), clock=clock, on_change=explode)
    breaker.record_failure(KEY)
    assert breaker.state(KEY) is CircuitState.OPEN
    assert "on_change callback failed" in caplog.text


def test_callback_may_read_the_breaker_without_deadlock(clock: Any) -> None:
    seen: list[CircuitState] = []
    breaker: CircuitBreaker

    def on_change(key: str, old: CircuitState, new: CircuitState) -> None:
        seen.append(breaker.state(key))

    breaker = CircuitBreaker(BreakerConfig(failure_threshold=1), clock=clock, on_change=on_change)
    breaker.record_failure(KEY)
    assert seen == [CircuitState.OPEN]


def test_config_validation() -> None:
    for bad in (
        {"failure_threshold": 0},
        {"failure_rate": 0.0},
        {"failure_rate": 1.5},
        {"window_s": 0},
        {"min_calls": 0},
        {"cooldown_s": -1},
        {"probe_timeout_s": 0},
    ):
        with pytest.raises(ValueError):
            BreakerConfig(**bad)


def test_the_in_memory_store_satisfies_the_protocol() -> None:
    store: BreakerStore = InMemoryBreakerStore()
    assert store.get("x") is None
    assert store.update("x", lambda record, now: record.consecutive_failures, 0.0) == 0
    copy = store.get("x")
    assert copy is not None
    copy.bucket_calls[0] = 99  # a copy: the stored record is untouched
    stored = store.get("x")
    assert stored is not None and stored.bucket_calls[0] == 0
    assert store.keys() == ["x"]


@pytest.fixture
def eager_thread_switches() -> Iterator[None]:
    """Switch threads as often as the interpreter can, so races show up."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


_STATE_SLOT: Any = vars(BreakerRecord)["state"]  # the slot descriptor behind `.state`


class YieldingRecord(BreakerRecord):
    """Hands the GIL to another thread on every read of ``state``.

    Without this, CPython rarely switches threads inside the breaker's few bytecodes, and
    an unlocked check-then-set would pass the test by luck.
    """

    @property
    def state(self) -> CircuitState:
        value: CircuitState = _STATE_SLOT.__get__(self)
        time.sleep(0)  # not a wait: yields the GIL between a read and what follows it
        return value

    @state.setter
    def state(self, value: CircuitState) -> None:
        _STATE_SLOT.__set__(self, value)


@pytest.mark.usefixtures("eager_thread_switches")
@pytest.mark.parametrize("round_no", range(20))
def test_sixteen_threads_at_the_end_of_the_cooldown_get_exactly_one_probe(
    clock: Any, round_no: int
) -> None:
    store = InMemoryBreakerStore()
    store._records[KEY] = YieldingRecord()
    breaker = CircuitBreaker(
        BreakerConfig(failure_threshold=1, cooldown_s=30), store=store, clock=clock
    )
    breaker.record_failure(KEY)
    clock.advance(30)  # the cooldown ends right now
    barrier = threading.Barrier(16)
    results: list[bool] = []
    lock = threading.Lock()

    def worker() -> None:
        barrier.wait()
        allowed = breaker.allow(KEY)
        with lock:
            results.append(allowed)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert len(results) == 16
    assert results.count(True) == 1
    assert breaker.state(KEY) is CircuitState.HALF_OPEN


@pytest.mark.usefixtures("eager_thread_switches")
def test_many_threads_hammering_keep_counts_consistent(clock: Any) -> None:
    breaker = make(clock, failure_threshold=10**9, failure_rate=None)
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        for _ in range(2000):
            if breaker.allow(KEY):
                breaker.record_failure(KEY)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert breaker.snapshot()[KEY].consecutive_failures == 16000


async def test_asyncio_tasks_get_exactly_one_probe(clock: Any) -> None:
    import asyncio

    breaker = make(clock, failure_threshold=1, cooldown_s=1)
    breaker.record_failure(KEY)
    clock.advance(1)

    async def ask() -> bool:
        await asyncio.sleep(0)
        return breaker.allow(KEY)

    results = await asyncio.gather(*(ask() for _ in range(50)))
    assert results.count(True) == 1
