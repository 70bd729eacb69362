"""The breaker against a plain reference model, driven by hypothesis.

The model keeps the failure-rate window as a list of (bucket, failed) events instead of the
breaker's ring of counters, so the two agree only if the ring is right too.
"""

from __future__ import annotations

import math

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from llmgate.routing import Admission, BreakerConfig, CircuitBreaker, CircuitState
from llmgate.routing._breaker_state import WINDOW_BUCKETS

KEY = "a:m"
CLOSED, OPEN, HALF_OPEN = CircuitState.CLOSED, CircuitState.OPEN, CircuitState.HALF_OPEN


class Model:
    """What the breaker should do, written as directly as possible."""

    def __init__(self, config: BreakerConfig) -> None:
        self.config = config
        self.state = CLOSED
        self.consecutive = 0
        self.open_until = -math.inf
        self.probe_started: float | None = None
        self.events: list[tuple[int, bool]] = []
        self.changes: list[tuple[CircuitState, CircuitState]] = []

    def _move(self, new: CircuitState) -> None:
        if new is not self.state:
            self.changes.append((self.state, new))
        self.state = new

    def _open(self, now: float) -> None:
        self._move(OPEN)
        self.open_until = now + self.config.cooldown_s
        self.probe_started = None

    def _close(self) -> None:
        self._move(CLOSED)
        self.consecutive = 0
        self.probe_started = None
        self.events = []

    def _epoch(self, now: float) -> int:
        return int(now // (self.config.window_s / WINDOW_BUCKETS))

    def admit(self, now: float) -> Admission:
        if self.state is CLOSED:
            return Admission.ALLOWED
        if self.state is OPEN:
            if now < self.open_until:
                return Admission.DENIED
            self._move(HALF_OPEN)
            self.probe_started = now
            return Admission.PROBE
        timeout = self.config.probe_timeout_s
        if self.probe_started is None or (
            timeout is not None and now - self.probe_started >= timeout
        ):
            self.probe_started = now
            return Admission.PROBE
        return Admission.DENIED

    def success(self, now: float) -> None:
        if self.state is CLOSED:
            self.consecutive = 0
            if self.config.failure_rate is not None:
                self.events.append((self._epoch(now), False))
        elif self.state is HALF_OPEN:
            self._close()

    def failure(self, now: float) -> None:
        if self.state is HALF_OPEN:
            self._open(now)
        if self.state is not CLOSED:
            return
        self.consecutive += 1
        threshold = self.config.failure_threshold
        if threshold is not None and self.consecutive >= threshold:
            self._open(now)
            return
        rate = self.config.failure_rate
        if rate is None:
            return
        epoch = self._epoch(now)
        self.events.append((epoch, True))
        recent = [failed for e, failed in self.events if e > epoch - WINDOW_BUCKETS]
        if len(recent) >= self.config.min_calls and sum(recent) >= rate * len(recent):
            self._open(now)

    def force_open(self, now: float) -> None:
        self._open(now)

    def window(self, now: float) -> tuple[int, int]:
        epoch = self._epoch(now)
        recent = [failed for e, failed in self.events if e > epoch - WINDOW_BUCKETS]
        return len(recent), sum(recent)

    def release(self) -> None:
        if self.state is HALF_OPEN:
            self.probe_started = None


configs = st.builds(
    BreakerConfig,
    failure_threshold=st.one_of(st.none(), st.integers(1, 6)),
    failure_rate=st.one_of(st.none(), st.sampled_from([0.25, 0.5, 0.75, 1.0])),
    window_s=st.sampled_from([1.0, 10.0, 60.0]),
    min_calls=st.integers(1, 8),
    cooldown_s=st.sampled_from([0.0, 1.0, 5.0, 30.0]),
    probe_timeout_s=st.one_of(st.none(), st.sampled_from([2.0, 10.0])),
)


class BreakerMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0
        self.seen: list[tuple[CircuitState, CircuitState]] = []

    @initialize(config=configs)
    def setup(self, config: BreakerConfig) -> None:
        def on_change(key: str, old: CircuitState, new: CircuitState) -> None:
            assert key == KEY
            self.seen.append((old, new))

        self.model = Model(config)
        self.breaker = CircuitBreaker(config, clock=lambda: self.now, on_change=on_change)
        self.probes_out = 0  # probes granted in this half-open episode, still unanswered

    @rule(dt=st.sampled_from([0.0, 0.01, 0.1, 0.5, 1.0, 2.0, 4.99, 5.0, 10.0, 31.0]))
    def advance(self, dt: float) -> None:
        self.now += dt

    @rule()
    def allow(self) -> None:
        open_before_cooldown = self.model.state is OPEN and self.now < self.model.open_until
        probe_was_live = self.model.state is HALF_OPEN and self.model.probe_started is not None
        timeout = self.model.config.probe_timeout_s
        probe_expired = (
            probe_was_live
            and timeout is not None
            and self.model.probe_started is not None
            and self.now - self.model.probe_started >= timeout
        )
        expected = self.model.admit(self.now)
        got = self.breaker.admit(KEY)
        assert got is expected
        if open_before_cooldown:
            assert got is Admission.DENIED, "a request got through an open circuit"
        if got is Admission.PROBE:
            self.probes_out = 1 if probe_expired else self.probes_out + 1
        assert self.probes_out <= 1, "two probes in one half-open episode"

    @rule()
    def success(self) -> None:
        self.model.success(self.now)
        self.breaker.record_success(KEY)
        self._settle()

    @rule()
    def failure(self) -> None:
        self.model.failure(self.now)
        self.breaker.record_failure(KEY)
        self._settle()

    @rule()
    def force_open(self) -> None:
        self.model.force_open(self.now)
        self.breaker.force_open(KEY)
        self._settle()

    @precondition(lambda self: self.model.state is HALF_OPEN)
    @rule()
    def release_probe(self) -> None:
        self.model.release()
        self.breaker.release_probe(KEY)
        self.probes_out = 0

    def _settle(self) -> None:
        if self.model.state is not HALF_OPEN:
            self.probes_out = 0

    @invariant()
    def agrees_with_the_model(self) -> None:
        if not hasattr(self, "model"):
            return
        assert self.breaker.state(KEY) is self.model.state
        assert self.seen == self.model.changes
        snap = self.breaker.snapshot().get(KEY)
        if snap is not None:
            assert snap.consecutive_failures == self.model.consecutive
            assert (snap.window_calls, snap.window_failures) == self.model.window(self.now)
            assert snap.probe_in_flight == (
                self.model.state is HALF_OPEN and self.model.probe_started is not None
            )

    @invariant()
    def closing_only_from_half_open(self) -> None:
        for old, new in self.seen:
            if new is CLOSED:
                assert old is HALF_OPEN, "closed without a successful probe"
            if new is HALF_OPEN:
                assert old is OPEN


BreakerMachine.TestCase.settings = settings(
    max_examples=200,
    stateful_step_count=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestBreakerStateMachine = BreakerMachine.TestCase
