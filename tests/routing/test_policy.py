from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from llmgate import errors
from llmgate.routing import (
    Action,
    RetryPolicy,
    classify,
    counts_against_target,
    marks_unhealthy,
)


@pytest.mark.parametrize(
    ("exc", "action"),
    [
        (errors.RateLimitError("slow down", retry_after=1.0), Action.RETRY),
        (errors.OverloadedError("busy"), Action.RETRY),
        (errors.ServerError("boom", status_code=502), Action.RETRY),
        (errors.TimeoutError("hung"), Action.RETRY),
        (errors.ConnectionError("refused"), Action.RETRY),
        (errors.StreamInterruptedError("cut before the first chunk"), Action.RETRY),
        (errors.AuthenticationError("bad key", status_code=401), Action.FAILOVER),
        (errors.NotFoundError("no such model", status_code=404), Action.FAILOVER),
        (errors.ContextWindowExceededError("too long"), Action.FAILOVER_LARGER_CONTEXT),
        (errors.BadRequestError("bad role", status_code=400), Action.RAISE),
        (errors.ContentFilterError("refused"), Action.RAISE),
        (ValueError("a bug"), Action.RAISE),
        (KeyboardInterrupt(), Action.RAISE),
    ],
)
def test_one_table_for_every_error_class(exc: BaseException, action: Action) -> None:
    assert classify(exc) is action


def test_content_filter_is_configurable() -> None:
    refusal = errors.ContentFilterError("refused")
    assert classify(refusal, content_filter="raise") is Action.RAISE
    assert classify(refusal, content_filter="failover") is Action.FAILOVER
    # The setting concerns refusals only.
    assert classify(errors.BadRequestError("x"), content_filter="failover") is Action.RAISE


def test_subclasses_follow_their_nearest_listed_ancestor() -> None:
    class VendorGatewayError(errors.ServerError):
        pass

    class VendorPromptTooLong(errors.ContextWindowExceededError):
        pass

    assert classify(VendorGatewayError("x")) is Action.RETRY
    assert classify(VendorPromptTooLong("x")) is Action.FAILOVER_LARGER_CONTEXT


def test_an_unlisted_provider_error_follows_its_retryable_flag() -> None:
    class Flaky(errors.ProviderError):
        retryable = True

    class Broken(errors.ProviderError):
        pass

    assert classify(Flaky("x")) is Action.RETRY
    assert classify(Broken("x")) is Action.RAISE


def test_only_auth_failures_mark_the_target_unhealthy() -> None:
    assert marks_unhealthy(errors.AuthenticationError("bad key", status_code=403))
    assert not marks_unhealthy(errors.NotFoundError("x"))
    assert not marks_unhealthy(errors.ServerError("x"))


@pytest.mark.parametrize(
    ("exc", "counts"),
    [
        (errors.RateLimitError("x"), True),
        (errors.OverloadedError("x"), True),
        (errors.ServerError("x"), True),
        (errors.TimeoutError("x"), True),
        (errors.ConnectionError("x"), True),
        (errors.StreamInterruptedError("cut mid-answer", partial_text="Hel"), True),
        (errors.AuthenticationError("x"), True),
        (errors.NotFoundError("x"), True),
        (errors.BadRequestError("x"), False),
        (errors.ContextWindowExceededError("x"), False),
        (errors.ContentFilterError("x"), False),
        (ValueError("x"), False),
    ],
)
def test_only_target_faults_count_against_the_breaker(exc: BaseException, counts: bool) -> None:
    assert counts_against_target(exc) is counts


# -- RetryPolicy ----------------------------------------------------------------------------


@given(
    retry_no=st.integers(min_value=1, max_value=40),
    base=st.floats(min_value=0.001, max_value=5.0),
    cap=st.floats(min_value=5.0, max_value=120.0),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_full_jitter_stays_within_zero_and_the_capped_window(
    retry_no: int, base: float, cap: float, seed: int
) -> None:
    policy = RetryPolicy(retries=40, base_s=base, max_s=cap, rng=random.Random(seed))
    delay = policy.next_delay(retry_no, errors.ServerError("x"), remaining_s=None)
    assert delay is not None
    assert 0.0 <= delay <= min(cap, base * 2 ** (retry_no - 1)) + 1e-9
    assert policy.window(retry_no) == pytest.approx(min(cap, base * 2 ** (retry_no - 1)))


def test_jitter_is_full_not_a_fixed_wait() -> None:
    policy = RetryPolicy(retries=3, base_s=1.0, max_s=8.0, rng=random.Random(7))
    delays = [policy.next_delay(3, errors.ServerError("x"), None) for _ in range(2000)]
    values = [d for d in delays if d is not None]
    assert len(values) == 2000
    # Uniform on [0, 4]: both the low and the high quarter of the window are used.
    assert min(values) < 0.5 and max(values) > 3.5
    assert sum(values) / len(values) == pytest.approx(2.0, abs=0.15)


def test_seeded_rng_makes_delays_reproducible() -> None:
    exc = errors.ServerError("x")
    a = RetryPolicy(retries=2, rng=random.Random(42))
    b = RetryPolicy(retries=2, rng=random.Random(42))
    assert [a.next_delay(n, exc, None) for n in (1, 2)] == [
        b.next_delay(n, exc, None) for n in (1, 2)
    ]


def test_gives_up_once_retries_are_used() -> None:
    policy = RetryPolicy(retries=2, rng=random.Random(0))
    exc = errors.ServerError("x")
    assert policy.next_delay(1, exc, None) is not None
    assert policy.next_delay(2, exc, None) is not None
    assert policy.next_delay(3, exc, None) is None
    assert RetryPolicy(retries=0).next_delay(1, exc, None) is None


def test_retry_after_is_a_floor_on_the_wait() -> None:
    policy = RetryPolicy(retries=3, base_s=0.25, max_s=8.0, rng=random.Random(1))
    exc = errors.RateLimitError("429", retry_after=1.0)
    for _ in range(200):
        delay = policy.next_delay(1, exc, remaining_s=30.0)
        assert delay is not None and delay >= 1.0
        assert delay == 1.0  # the first window (0.25 s) is always below Retry-After


def test_retry_after_longer_than_the_deadline_means_move_on_now() -> None:
    policy = RetryPolicy(retries=3, rng=random.Random(1))
    exc = errors.RateLimitError("429", retry_after=5.0)
    assert policy.next_delay(1, exc, remaining_s=4.0) is None
    assert policy.next_delay(1, exc, remaining_s=5.0) is None  # nothing left for the retry
    assert policy.next_delay(1, exc, remaining_s=6.0) == 5.0


def test_retry_after_beyond_the_cap_means_move_on_now() -> None:
    policy = RetryPolicy(retries=3, max_retry_after_s=60.0, rng=random.Random(1))
    assert policy.next_delay(1, errors.RateLimitError("x", retry_after=3600.0), None) is None
    assert policy.next_delay(1, errors.RateLimitError("x", retry_after=30.0), None) == 30.0


def test_a_wait_that_does_not_fit_the_deadline_is_refused() -> None:
    policy = RetryPolicy(retries=5, base_s=1.0, max_s=8.0, rng=random.Random(3))
    exc = errors.ServerError("x")
    for _ in range(300):
        delay = policy.next_delay(4, exc, remaining_s=2.0)
        assert delay is None or delay < 2.0
    assert policy.next_delay(1, exc, remaining_s=0.0) is None


def test_rejects_nonsense_settings() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(retries=-1)
    with pytest.raises(ValueError):
        RetryPolicy(retries=1, base_s=0)
    with pytest.raises(ValueError):
        RetryPolicy(retries=1, base_s=2.0, max_s=1.0)
    with pytest.raises(ValueError):
        RetryPolicy(retries=1).next_delay(0, errors.ServerError("x"), None)


def test_the_tenacity_controller_stops_after_the_same_number_of_attempts() -> None:
    policy = RetryPolicy(retries=2, base_s=0.001, max_s=0.001, rng=random.Random(0))
    calls = 0

    def always_fails() -> None:
        nonlocal calls
        calls += 1
        raise errors.ServerError("x")

    retrying = policy.retrying.copy(sleep=lambda _s: None)
    with pytest.raises(errors.ServerError):
        retrying(always_fails)
    assert calls == 3


def test_an_instance_marked_not_retryable_fails_over() -> None:
    from llmgate import errors
    from llmgate.routing import Action, classify

    quota = errors.RateLimitError("You exceeded your current quota")
    quota.retryable = False
    assert classify(quota) is Action.FAILOVER
    assert classify(errors.RateLimitError("slow down")) is Action.RETRY
