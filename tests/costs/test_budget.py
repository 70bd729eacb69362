"""Budgets: config shape, reservations, unpriced calls, windows, and 16 racing threads."""

from __future__ import annotations

import os
import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from llmgate.costs import (
    Budget,
    BudgetGuard,
    Budgets,
    LedgerRow,
    LocalBudgetGuard,
    MemoryLedger,
    SqliteBudgetGuard,
    SqliteLedger,
    open_budget_guard,
)
from llmgate.costs.ledger import Ledger
from llmgate.errors import BudgetExceededError, ConfigError
from llmgate.testing import wait_until


class YieldingGuard(LocalBudgetGuard):
    """Hands the GIL to other threads between reading the spend and reserving, so a guard
    whose check-then-reserve were not atomic would be caught overspending."""

    def _spent(self, budget: Budget, now: datetime) -> Decimal:
        value = super()._spent(budget, now)
        os.sched_yield()
        return value


class RedisBackedLedger(MemoryLedger):
    """A memory ledger whose budgets live in Redis (the ``redis`` backend of these tests)."""

    def __init__(self, store: Any) -> None:
        super().__init__()
        self.store = store


@pytest.fixture(params=["local", "sqlite", "redis"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Ledger]]:
    ledger: Ledger
    if request.param == "redis":  # the same behaviour, shared through Redis
        from llmgate.state import RedisStore

        url, prefix = (request.getfixturevalue(f) for f in ("redis_url", "state_prefix"))
        ledger = RedisBackedLedger(RedisStore(url, prefix=prefix))
    elif request.param == "local":
        ledger = MemoryLedger()
    else:
        ledger = SqliteLedger(tmp_path / "ledger.db")
    yield request.param, ledger
    if isinstance(ledger, RedisBackedLedger):
        ledger.store.close()
    ledger.close()


def guard_for(ledger: Ledger, config: dict[str, Any]) -> BudgetGuard:
    budgets = Budgets.from_config(config)
    if isinstance(ledger, RedisBackedLedger):
        from llmgate.state import RedisBudgetGuard

        return RedisBudgetGuard(budgets, ledger.store, ledger)
    if isinstance(ledger, MemoryLedger):
        return YieldingGuard(budgets, ledger)
    return open_budget_guard(budgets, ledger)


def spend(
    ledger: Ledger, amount: str, tags: dict[str, str] | None = None, time: datetime | None = None
) -> None:
    """A past call in the ledger (a guard opened afterwards counts it)."""
    ledger.record(
        LedgerRow(
            call_id="x",
            provider="p",
            model="m",
            cost=Decimal(amount),
            tags=tags or {},
            time=time or datetime.now(UTC),
        )
    )


def charge(guard: BudgetGuard, amount: str, tags: dict[str, str] | None = None) -> None:
    """A call through the guard: reserve, then settle at the same amount."""
    guard.settle(guard.reserve(Decimal(amount), tags), Decimal(amount))


def test_config_shape() -> None:
    budgets = Budgets.from_config(
        {
            "daily_usd": 5.0,
            "monthly_usd": "100",
            "allow_unpriced": True,
            "tags": {"team:support": {"daily_usd": 1}, "user:ann": {"total_usd": 0.5}},
        }
    )
    assert budgets.limits.daily_usd == Decimal("5.0")
    assert budgets.limits.total_usd is None
    assert budgets.tags[("team", "support")].daily_usd == Decimal(1)
    assert budgets.allow_unpriced is True
    names = [b.name for b in budgets.applicable({"team": "support"})]
    assert names == ["daily", "monthly", "team:support daily"]
    assert [b.name for b in budgets.all()][-1] == "user:ann total"
    assert (
        Budgets.from_config({"allow_unpriced": True}, allow_unpriced=False).allow_unpriced is False
    )


@pytest.mark.parametrize(
    ("config", "key"),
    [
        ({"daily": 5}, "costs.budgets.daily"),
        ({"daily_usd": -1}, "costs.budgets.daily_usd"),
        ({"tags": {"nocolon": {"daily_usd": 1}}}, "costs.budgets.tags.nocolon"),
        ({"tags": {"team:a": {"daily_usd": "x"}}}, "costs.budgets.tags.team:a.daily_usd"),
        ({"reservation_ttl_s": 0}, "costs.budgets.reservation_ttl_s"),
    ],
)
def test_config_errors_name_the_key(config: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError) as info:
        Budgets.from_config(config, file="llmgate.toml")
    assert info.value.key == key and info.value.file == "llmgate.toml"


def test_reserve_refuses_what_does_not_fit(backend: tuple[str, Ledger]) -> None:
    _, ledger = backend
    spend(ledger, "0.70")  # history: counted by a guard opened afterwards
    guard = guard_for(ledger, {"daily_usd": "1.00"})
    first = guard.reserve(Decimal("0.20"))
    with pytest.raises(BudgetExceededError) as info:
        guard.reserve(Decimal("0.11"))
    err = info.value
    assert (err.budget, err.limit, err.spent, err.estimate) == (
        "daily",
        Decimal("1.00"),
        Decimal("0.90"),
        Decimal("0.11"),
    )
    assert "0.10" in str(err)  # what is left
    exact_fit = guard.reserve(Decimal("0.10"))
    guard.release(exact_fit)
    guard.release(first)
    assert first.state == "released"
    assert guard.status()[0].remaining == Decimal("0.30")


def test_settle_replaces_the_reservation_by_the_actual_cost(backend: tuple[str, Ledger]) -> None:
    _, ledger = backend
    guard = guard_for(ledger, {"total_usd": 1})
    reservation = guard.reserve(Decimal("0.60"))
    [status] = guard.status()
    assert (status.spent, status.reserved) == (Decimal(0), Decimal("0.60"))
    guard.settle(reservation, Decimal("0.25"))  # the call cost less than its worst case
    assert reservation.state == "settled" and reservation.actual == Decimal("0.25")
    [status] = guard.status()
    assert (status.spent, status.reserved) == (Decimal("0.25"), Decimal(0))
    guard.settle(guard.reserve(Decimal("0.5")), None)  # unknown cost: counted as 0
    guard.settle(guard.reserve(Decimal("0.5")), Decimal(0))  # nothing billed
    guard.reserve(Decimal("0.75"))  # exactly what is left
    with pytest.raises(BudgetExceededError):
        guard.reserve(Decimal("1E-10"))


def test_tag_budgets_only_count_their_tag(backend: tuple[str, Ledger]) -> None:
    _, ledger = backend
    spend(ledger, "5", tags={"team": "sales"})
    guard = guard_for(ledger, {"tags": {"team:support": {"daily_usd": "0.10"}}})
    guard.reserve(Decimal("1"), {"team": "sales"})  # no budget applies to sales
    charge(guard, "0.04", {"team": "support", "user": "ann"})
    guard.reserve(Decimal("0.02"), {"team": "support"})
    with pytest.raises(BudgetExceededError) as info:
        guard.reserve(Decimal("0.05"), {"team": "support"})
    assert info.value.budget == "team:support daily"
    assert info.value.spent == Decimal("0.06")


def test_daily_window_starts_at_utc_midnight(backend: tuple[str, Ledger]) -> None:
    _, ledger = backend
    yesterday = datetime.now(UTC).replace(hour=0, minute=0) - timedelta(minutes=1)
    spend(ledger, "2.5", time=yesterday)
    guard = guard_for(ledger, {"daily_usd": 1, "total_usd": 3})
    charge(guard, "0.5")  # daily: 0 spent today; total: 2.5 + 0.5 = 3
    with pytest.raises(BudgetExceededError) as info:
        guard.reserve(Decimal("0.01"))
    assert info.value.budget == "total"


def test_unpriced_calls_are_refused_unless_allowed(backend: tuple[str, Ledger]) -> None:
    _, ledger = backend
    strict = guard_for(ledger, {"daily_usd": 1})
    with pytest.raises(BudgetExceededError, match="allow_unpriced") as info:
        strict.reserve(None)
    assert info.value.budget == "daily"
    lenient = guard_for(ledger, {"daily_usd": 1, "allow_unpriced": True})
    assert lenient.reserve(None).amount == 0
    no_budget = guard_for(ledger, {"tags": {"team:a": {"daily_usd": 1}}})
    assert no_budget.reserve(None, {"team": "b"}).amount == 0  # no budget applies


def test_a_crashed_callers_reservation_expires(backend: tuple[str, Ledger]) -> None:
    _, ledger = backend
    guard = guard_for(ledger, {"daily_usd": 1, "reservation_ttl_s": 0.2})
    guard.reserve(Decimal("0.9"))  # never settled nor released

    def fits() -> bool:
        try:
            guard.reserve(Decimal("0.9"))
        except BudgetExceededError:
            return False
        return True

    assert not fits()
    assert wait_until(fits, timeout=5)


def test_open_budget_guard_picks_the_shared_guard_for_sqlite(tmp_path: Path) -> None:
    with SqliteLedger(tmp_path / "l.db") as ledger:
        guard = open_budget_guard(Budgets(), ledger)
        assert isinstance(guard, SqliteBudgetGuard)
        guard.close()
    assert isinstance(open_budget_guard(Budgets(), MemoryLedger()), LocalBudgetGuard)


def test_sixteen_threads_cannot_overspend_a_nearly_spent_budget(
    backend: tuple[str, Ledger],
) -> None:
    _, ledger = backend
    limit = Decimal("1.00")
    spend(ledger, "0.80")
    guard = guard_for(ledger, {"daily_usd": str(limit)})
    start = threading.Barrier(16)
    outcomes: list[str] = []
    lock = threading.Lock()

    def caller(seed: int) -> None:
        rng = random.Random(seed)
        start.wait()
        for _ in range(40):
            worst = Decimal(rng.randint(1, 30)) / 1000  # up to $0.03
            try:
                reservation = guard.reserve(worst, {"thread": str(seed)})
            except BudgetExceededError:
                with lock:
                    outcomes.append("refused")
                continue
            os.sched_yield()  # let other threads race between reserve and settle
            actual = worst * Decimal(rng.randint(50, 100)) / 100
            guard.settle(reservation, actual)  # the flow settles, then writes the row
            spend(ledger, str(actual), {"thread": str(seed)})
            with lock:
                outcomes.append("ok")

    threads = [threading.Thread(target=caller, args=(n,)) for n in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert ledger.spent() <= limit
    [status] = guard.status()
    assert status.spent == ledger.spent() and status.reserved == 0
    assert outcomes.count("ok") > 0 and outcomes.count("refused") > 0
    assert len(outcomes) == 16 * 40
    guard.close()


def test_a_second_guard_on_the_file_sees_the_first_ones_spend(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    budgets = Budgets.from_config({"daily_usd": "1.0"})
    with SqliteLedger(db) as ledger:
        spend(ledger, "0.5")  # history before any guard: seeded once
        first = SqliteBudgetGuard(budgets, db)
        first.release(first.reserve(Decimal("0.4")))  # the first guard has summed once
        second = SqliteBudgetGuard(budgets, db)  # another process; must not seed again
        charge(second, "0.3")
        with pytest.raises(BudgetExceededError) as info:
            first.reserve(Decimal("0.21"))
        assert info.value.spent == Decimal("0.8")
        charge(first, "0.2")
        assert second.status()[0].spent == Decimal("1.0")
        first.close()
        second.close()
