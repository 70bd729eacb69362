"""Redis killed mid-run and restarted: budgets fail closed (or open) as configured, the
outage is announced once, and when Redis is back the counters resume from the ledger
without counting anything twice."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import pytest

from llmgate import Client
from llmgate.costs import Budgets, open_ledger
from llmgate.errors import BudgetUnavailableError
from llmgate.events import Event, StateChanged
from llmgate.state import RedisBudgetGuard, RedisStore

from .conftest import RedisServer, TimedServer, client_config

BUDGETS = {"total_usd": "5"}


def _config(vendor: TimedServer, server: RedisServer, ledger: str, **state: Any) -> Any:
    return client_config(
        vendor,
        server.url,
        "outage",
        ledger,
        costs={"budgets": BUDGETS},
        state={"timeout_s": 0.3, **state},
    )


def _store_spent(url: str) -> Decimal:
    store = RedisStore(url, prefix="outage")
    try:
        (status,) = RedisBudgetGuard(Budgets.from_config(BUDGETS), store).status()
    finally:
        store.close()
    assert status.reserved == 0
    return status.spent


def _ledger_spent(url: str) -> Decimal:
    ledger = open_ledger(url)
    try:
        return ledger.spent()
    finally:
        ledger.close()


@pytest.mark.parametrize("on_error", ["fail-closed", "fail-open"])
def test_budgets_behave_as_configured_while_redis_is_down_and_resume_after(
    vendor: TimedServer, redis_server: RedisServer, pg_ledger_url: str, on_error: str
) -> None:
    seen: list[Event] = []
    config = _config(vendor, redis_server, pg_ledger_url, on_error=on_error)
    with Client(config, on_event=seen.append) as client:
        for _ in range(3):
            client.chat("chat", "hello", max_tokens=16)
        before = len(vendor.arrivals)

        redis_server.kill()
        for _ in range(3):
            if on_error == "fail-closed":
                with pytest.raises(BudgetUnavailableError):
                    client.chat("chat", "hello", max_tokens=16)
            else:
                client.chat("chat", "hello", max_tokens=16)
        sent_while_down = len(vendor.arrivals) - before
        assert sent_while_down == (0 if on_error == "fail-closed" else 3)

        redis_server.start()  # empty: no persistence
        time.sleep(0.5)  # past the store's backoff after a failure (0.3 s with timeout_s 0.3)
        for _ in range(2):
            client.chat("chat", "hello", max_tokens=16)

    changes = [(e.component, e.status) for e in seen if isinstance(e, StateChanged)]
    assert ("budget", "unavailable") in changes and ("budget", "recovered") in changes
    assert changes.count(("budget", "unavailable")) == 1  # once per outage, not per call
    # The counter restarted from the ledger: every priced call counted exactly once.
    assert _store_spent(redis_server.url) == _ledger_spent(pg_ledger_url) > 0


def test_a_pause_without_data_loss_counts_fail_open_calls_once(
    vendor: TimedServer, redis_server: RedisServer, pg_ledger_url: str
) -> None:
    """Redis unreachable (paused) but keeping its data: settles made during the outage are
    replayed when it answers again, each counted once."""
    import redis

    config = _config(vendor, redis_server, pg_ledger_url, on_error="fail-open")
    admin = redis.Redis.from_url(redis_server.url)
    with Client(config) as client:
        client.chat("chat", "hello", max_tokens=16)
        admin.execute_command("CLIENT", "PAUSE", 2500, "ALL")
        for _ in range(2):
            client.chat("chat", "hello", max_tokens=16)  # times out: goes through unchecked
        admin.execute_command("CLIENT", "UNPAUSE")
        time.sleep(0.5)  # past the store's backoff after a failure
        client.chat("chat", "hello", max_tokens=16)  # replays the pending settles first
    admin.close()
    assert _store_spent(redis_server.url) == _ledger_spent(pg_ledger_url) > 0
