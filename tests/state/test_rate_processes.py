"""Rate limits shared through Redis: four processes offer three times the limit, and the
vendor never sees more than the limit in any window.

The limit is ``rpm = 600`` over a 2 s sliding window (20 requests per window) rather than
60 over a minute, to keep the test short; the algorithm does not care.
"""

from __future__ import annotations

from llmgate.testing import wait_until

from .conftest import TimedServer, Workers, client_config

WINDOW_S = 2.0
PER_WINDOW = 20
SECONDS = 4.0


def test_four_processes_offering_three_times_the_limit_stay_under_it(
    vendor: TimedServer, workers: Workers, redis_url: str, state_prefix: str
) -> None:
    config = client_config(
        vendor,
        redis_url,
        state_prefix,
        limits={"team": {"rpm": 600, "window_s": WINDOW_S}},
        routes={"chat": {"targets": ["vendor:gpt-test"], "on_rate_limit": "failover"}},
    )
    rate = 3 * PER_WINDOW / WINDOW_S / 4  # per process: together three times the limit
    workers.start("offer", config, 4, rate, SECONDS)
    assert wait_until(lambda: len(list(workers.gate.glob("ready-*"))) == 4, timeout=90)
    vendor.arrivals.clear()  # the workers' warm-up calls (untagged: not limited)
    workers.go()
    results = workers.results()

    admitted = sum(r["admitted"] for r in results)
    limited = sum(r["limited"] for r in results)
    arrivals = sorted(vendor.arrivals)
    assert admitted == len(arrivals)
    assert limited > admitted  # the offer really was over the limit
    # Every window of WINDOW_S seconds at the vendor holds at most PER_WINDOW requests
    # (less 50 ms for the time between the limiter's admission and the arrival).
    for i, start in enumerate(arrivals):
        inside = sum(1 for t in arrivals[i:] if t < start + WINDOW_S - 0.05)
        assert inside <= PER_WINDOW, (i, inside)
    # ... and the limiter is not stricter than it must be: about one window's worth of
    # requests per window of the run went through.
    assert admitted >= PER_WINDOW * (SECONDS / WINDOW_S) * 0.75
