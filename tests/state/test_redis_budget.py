"""The Redis budget guard on its own: exact integer money, idempotent settles, TTLs,
per-tag-value limits, seeding from the ledger, and an unreachable store."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal

import pytest

from llmgate.costs import Budgets, LedgerRow, MemoryLedger
from llmgate.costs.budget import BudgetLimits
from llmgate.errors import BudgetExceededError, BudgetUnavailableError, ConfigError
from llmgate.state import RedisBudgetGuard, RedisStore, StoreHealth


@pytest.fixture
def store(redis_url: str, state_prefix: str) -> Iterator[RedisStore]:
    made = RedisStore(redis_url, prefix=state_prefix)
    yield made
    made.close()


def test_reserve_refuses_what_does_not_fit_and_settle_counts_exact_cents(
    store: RedisStore,
) -> None:
    guard = RedisBudgetGuard(Budgets.from_config({"daily_usd": "0.30"}), store)
    held = [guard.reserve(Decimal("0.1")) for _ in range(3)]
    with pytest.raises(BudgetExceededError) as info:
        guard.reserve(Decimal("0.0000000001"))
    assert not isinstance(info.value, BudgetUnavailableError)
    for reservation in held:
        guard.settle(reservation, Decimal("0.0333333333"))
    (status,) = guard.status()
    assert status.spent == Decimal("0.0999999999")  # no float ever touched it
    assert status.reserved == 0
    assert guard.reserve(Decimal("0.2000000001")).amount == Decimal("0.2000000001")


def test_a_settle_replayed_counts_once(store: RedisStore) -> None:
    guard = RedisBudgetGuard(Budgets.from_config({"total_usd": "1"}), store)
    reservation = guard.reserve(Decimal("0.5"))
    guard.settle(reservation, Decimal("0.25"))
    guard.settle(reservation, Decimal("0.25"))  # e.g. a retry after a lost answer
    assert guard.status()[0].spent == Decimal("0.25")


def test_an_expired_reservation_is_reclaimed_and_a_late_settle_still_counts_once(
    store: RedisStore,
) -> None:
    budgets = Budgets.from_config({"total_usd": "1", "reservation_ttl_s": 0.2})
    guard = RedisBudgetGuard(budgets, store)
    slow = guard.reserve(Decimal("0.9"))
    with pytest.raises(BudgetExceededError):
        guard.reserve(Decimal("0.2"))
    time.sleep(0.3)
    other = guard.reserve(Decimal("0.2"))  # the expired one was reclaimed first
    guard.settle(slow, Decimal("0.5"))  # its call did finish after all
    guard.settle(slow, Decimal("0.5"))
    guard.release(other)
    assert guard.status()[0].spent == Decimal("0.5")


def test_every_value_of_a_limited_tag_has_its_own_budget(store: RedisStore) -> None:
    budgets = Budgets().with_per_value({"team": BudgetLimits(daily_usd=Decimal("1"))})
    guard = RedisBudgetGuard(budgets, store)
    guard.settle(guard.reserve(Decimal("1"), {"team": "a"}), Decimal("1"))
    with pytest.raises(BudgetExceededError) as info:
        guard.reserve(Decimal("0.01"), {"team": "a"})
    assert info.value.budget == "team=a daily"
    guard.reserve(Decimal("1"), {"team": "b"})  # b's own dollar
    assert guard.reserve(Decimal("5")).amount == Decimal("5")  # untagged: no limit applies


def test_a_new_window_starts_from_what_the_ledger_already_holds(store: RedisStore) -> None:
    ledger = MemoryLedger()
    ledger.record(LedgerRow(call_id="c", provider="p", model="m", cost=Decimal("0.75")))
    guard = RedisBudgetGuard(Budgets.from_config({"daily_usd": "1"}), store, ledger)
    with pytest.raises(BudgetExceededError):
        guard.reserve(Decimal("0.30"))
    guard.reserve(Decimal("0.25"))
    assert guard.status()[0].spent == Decimal("0.75")


def test_limits_beyond_exact_lua_integers_are_refused(store: RedisStore) -> None:
    with pytest.raises(ConfigError, match="900,000"):
        RedisBudgetGuard(Budgets.from_config({"total_usd": "1000000"}), store)


def test_an_unreachable_store_fails_closed_or_open_as_configured() -> None:
    events: list[tuple[str, str, str]] = []
    health = StoreHealth(lambda *event: events.append(event))
    store = RedisStore("redis://127.0.0.1:1/0", prefix="down", timeout_s=0.2, health=health)
    budgets = Budgets.from_config({"total_usd": "1"})
    closed = RedisBudgetGuard(budgets, store)
    for _ in range(2):
        with pytest.raises(BudgetUnavailableError) as info:
            closed.reserve(Decimal("0.1"))
        assert isinstance(info.value, BudgetExceededError)  # caught by existing handlers
    opened = RedisBudgetGuard(budgets, store, on_error="fail-open")
    reservation = opened.reserve(Decimal("0.1"))
    assert not reservation.shared
    opened.settle(reservation, Decimal("0.05"))
    assert opened.pending == 1  # kept, to be counted once the store answers
    assert [e[:2] for e in events] == [("unavailable", "budget")]  # said once
    assert health.errors["budget"] >= 3
    store.close()
