"""Circuit breakers shared through Redis: one process's failures stop the others, and at
the end of the cooldown four processes send exactly one probe."""

from __future__ import annotations

import time

import pytest

from llmgate import Client
from llmgate.errors import AllProvidersFailedError, ServerError
from llmgate.testing import OpenAIServer, wait_until

from .conftest import TimedServer, Workers, client_config

COOLDOWN_S = 3.0


def test_failures_in_one_process_open_the_circuit_for_all_and_one_probe_goes_out(
    vendor: TimedServer, workers: Workers, redis_url: str, state_prefix: str
) -> None:
    config = client_config(
        vendor,
        redis_url,
        state_prefix,
        circuit_breaker={"failure_threshold": 3, "cooldown_s": COOLDOWN_S},
    )
    workers.start("twice", config, 4)
    assert wait_until(lambda: len(list(workers.gate.glob("ready-*"))) == 4, timeout=90)

    # Process A (this one) sees three server errors: the shared circuit opens.
    vendor.fail_next(OpenAIServer.server_error(500), times=3)
    with Client(config) as a:
        for _ in range(3):
            with pytest.raises(AllProvidersFailedError):
                a.chat("chat", "hi", max_tokens=16)
        opened_at = time.monotonic()
        assert len(vendor.arrivals) == 3
    workers.go()
    assert wait_until(lambda: all(workers.lines(i) for i in range(4)), timeout=30)
    assert time.monotonic() - opened_at < COOLDOWN_S  # the first calls came in the cooldown
    assert len(vendor.arrivals) == 3  # processes B..E sent nothing while it was open

    # Cooldown over: all four call at once; the probe is slow, so it is still in flight
    # when the others ask. Exactly one request reaches the vendor.
    assert wait_until(lambda: time.monotonic() - opened_at > COOLDOWN_S + 0.2, timeout=10)
    vendor.delay_s = 1.0
    (workers.gate / "go2").touch()
    results = workers.results()
    assert [r["first"]["sent"] for r in results] == [False] * 4
    assert all(r["first"]["errors"] == ["CircuitOpen"] for r in results)
    assert sum(r["second"]["sent"] for r in results) == 1
    assert len(vendor.arrivals) == 4


def test_server_errors_map_through_the_shared_breaker(
    vendor: TimedServer, redis_url: str, state_prefix: str
) -> None:
    """A sanity check of the wiring: a 500 is still a ServerError behind the Redis store."""
    vendor.fail_next(OpenAIServer.server_error(500))
    config = client_config(vendor, redis_url, state_prefix)
    with Client(config) as client:
        with pytest.raises(AllProvidersFailedError) as info:
            client.chat("chat", "hi", max_tokens=16)
        assert [a.error for a in info.value.attempts] == [ServerError.__name__]
        assert client.chat("chat", "hi", max_tokens=16).text
