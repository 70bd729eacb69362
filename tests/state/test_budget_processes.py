"""Four processes x eight threads against one Redis budget and a loopback vendor."""

from __future__ import annotations

from decimal import Decimal

from llmgate.costs import Budgets, open_ledger
from llmgate.state import RedisBudgetGuard, RedisStore

from .conftest import TimedServer, Workers, client_config


def test_four_processes_never_overspend_and_the_store_matches_the_ledger(
    vendor: TimedServer, workers: Workers, redis_url: str, state_prefix: str, pg_ledger_url: str
) -> None:
    limit = Decimal("3")
    config = client_config(
        vendor, redis_url, state_prefix, pg_ledger_url, costs={"budgets": {"total_usd": "3"}}
    )
    workers.start("budget", config, 4, 8)
    workers.go()
    results = workers.results()

    calls = sum(r["calls"] for r in results)
    refusals = [refusal for r in results for refusal in r["refusals"]]
    ledger = open_ledger(pg_ledger_url)
    try:
        spent = ledger.spent()
        rows = ledger.rows()
    finally:
        ledger.close()
    store = RedisStore(redis_url, prefix=state_prefix)
    (status,) = RedisBudgetGuard(Budgets.from_config({"total_usd": "3"}), store).status()
    store.close()

    assert calls > 50 and len(refusals) == 32  # every thread ran until refused
    assert spent <= limit
    assert status.spent == spent  # the shared counter is exactly the ledger's sum
    assert status.reserved == 0  # nothing left reserved
    assert len(rows) == calls == len(vendor.arrivals)  # one row per call, every call billed
    for refusal in refusals:  # no call was refused while its worst case still fitted
        assert Decimal(refusal["used"]) + Decimal(refusal["estimate"]) > limit, refusal
    # the processes really shared the budget: each made calls, and together they used it up
    assert all(r["calls"] > 0 for r in results)
    assert limit - spent < max(Decimal(r["estimate"]) for r in refusals) * 32
