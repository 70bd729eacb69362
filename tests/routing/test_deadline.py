from __future__ import annotations

from typing import Any

import pytest

from llmgate.routing import Deadline


def test_remaining_counts_down_and_never_goes_negative(clock: Any) -> None:
    deadline = Deadline(10.0, clock=clock)
    assert deadline.remaining() == 10.0
    clock.advance(4.0)
    assert deadline.remaining() == pytest.approx(6.0)
    assert deadline.elapsed() == pytest.approx(4.0)
    clock.advance(7.0)
    assert deadline.remaining() == 0.0


def test_expired_exactly_at_the_limit(clock: Any) -> None:
    deadline = Deadline(2.0, clock=clock)
    clock.advance(1.999)
    assert not deadline.expired
    clock.advance(0.001)
    assert deadline.expired


def test_attempt_timeout_is_the_smaller_of_target_and_time_left(clock: Any) -> None:
    deadline = Deadline(60.0, clock=clock)
    assert deadline.attempt_timeout(30.0) == 30.0
    clock.advance(45.0)
    assert deadline.attempt_timeout(30.0) == pytest.approx(15.0)
    assert deadline.attempt_timeout(None) == pytest.approx(15.0)


def test_no_deadline_never_expires_and_defers_to_the_target(clock: Any) -> None:
    deadline = Deadline(None, clock=clock)
    clock.advance(1e9)
    assert deadline.remaining() is None
    assert not deadline.expired
    assert deadline.attempt_timeout(30.0) == 30.0
    assert deadline.attempt_timeout(None) is None


def test_zero_timeout_is_expired_at_once_and_negative_is_refused(clock: Any) -> None:
    assert Deadline(0.0, clock=clock).expired
    with pytest.raises(ValueError, match="timeout_s"):
        Deadline(-1.0, clock=clock)


def test_uses_a_monotonic_clock_by_default() -> None:
    deadline = Deadline(100.0)
    left = deadline.remaining()
    assert left is not None and 99.0 < left <= 100.0
    assert "timeout_s=100.0" in repr(deadline)
