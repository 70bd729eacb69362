"""Builds a client's shared state from ``[state]``, ``[limits.NAME]`` and provider limits.

``memory`` (default): breakers, limits and budgets of one process (budgets through the
ledger, as before). ``sqlite``: budgets shared through the SQLite ledger file by the
processes of one machine; breakers and rate limits stay per process. ``redis``: all three
shared by every process that uses the same URL and prefix.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from llmgate.costs.budget import BudgetGuard, BudgetLimits, Budgets
from llmgate.costs.ledger import Ledger
from llmgate.routing.breaker import BreakerStore
from llmgate.state._gate import RateGate
from llmgate.state._store import HealthCallback, RedisStore, StoreHealth
from llmgate.state.limits import LocalRateLimiter, RateLimiter, RateRules

__all__ = ["SharedState", "limit_budgets", "open_state", "rate_rules"]


@dataclass
class SharedState:
    """What ``[state]`` built: a store (Redis) or none, and the pieces that use it."""

    backend: str
    health: StoreHealth
    rules: RateRules
    store: RedisStore | None = None
    breaker_store: BreakerStore | None = None
    limiter: RateLimiter | None = None
    on_error: str = "fail-closed"
    guards: list[BudgetGuard] = field(default_factory=list)
    shared: Any = None

    def budget_guard(self, budgets: Budgets, ledger: Ledger) -> BudgetGuard | None:
        """The guard for ``budgets`` (``None`` when none is configured)."""
        if not budgets.any():
            return None
        if self.store is None:
            from llmgate.costs._open_guard import open_budget_guard

            return open_budget_guard(budgets, ledger)
        from llmgate.state._budget import RedisBudgetGuard

        guard = RedisBudgetGuard(budgets, self.store, ledger, on_error=self.on_error)  # type: ignore[arg-type]
        self.guards.append(guard)
        return guard

    def gate(self) -> RateGate | None:
        """The flow's rate-limit check, or ``None`` when no limit is configured."""
        if not self.rules or self.limiter is None:
            return None
        return RateGate(self.rules, self.limiter)

    def admission(
        self, breaker: Any, keeper: Any, gate: RateGate | None, on_change: Any = None
    ) -> Any:
        """The call flow's seam (two scripts per attempt), or ``None`` without Redis."""
        if self.store is None:
            return None
        from llmgate.state._admission import SharedAdmission

        self.shared = SharedAdmission(self.store, breaker, keeper, gate, on_change)
        return self.shared

    async def release_loop(self) -> None:
        """On a loop about to end: wait for its phase-two scripts, close its client."""
        if self.shared is not None:
            await self.shared.release_loop()
        elif self.store is not None:
            await self.store.release_loop()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def rate_rules(config: Any, providers: Mapping[str, Any]) -> RateRules:
    """The limits of ``[limits.NAME]`` and of ``rpm``/``tpm`` on provider tables (read
    from the table too, for a provider object handed to ``Client``)."""
    per_provider: dict[str, tuple[int | None, int | None]] = {}
    for name, provider in providers.items():
        table = config.providers.get(name, {})
        settings = getattr(provider, "settings", None)
        found = []
        for key in ("rpm", "tpm"):
            value = table.get(key, getattr(settings, key, None))
            found.append(None if value is None else int(value))
        if any(found):
            per_provider[name] = (found[0], found[1])
    per_tag = {
        (section.tag or name): (section.rpm, section.tpm, section.window_s)
        for name, section in config.limits.items()
        if section.rpm or section.tpm
    }
    return RateRules(per_provider, per_tag)


def limit_budgets(config: Any) -> dict[str, BudgetLimits]:
    """The money limits of ``[limits.NAME]`` tables, by tag name."""
    return {
        (section.tag or name): BudgetLimits(
            section.daily_usd, section.monthly_usd, section.total_usd
        )
        for name, section in config.limits.items()
    }


def open_state(
    config: Any, providers: Mapping[str, Any], on_event: HealthCallback | None = None
) -> SharedState:
    section = config.state
    health = StoreHealth(on_event)
    rules = rate_rules(config, providers)
    if section.backend != "redis":
        return SharedState(section.backend, health, rules, limiter=LocalRateLimiter())
    from llmgate.state._breaker import RedisBreakerStore
    from llmgate.state.limits import RedisRateLimiter

    store = RedisStore(
        section.url.get_secret_value(),
        prefix=section.prefix,
        timeout_s=section.timeout_s,
        health=health,
    )
    return SharedState(
        "redis",
        health,
        rules,
        store=store,
        breaker_store=RedisBreakerStore(store, sync_s=section.breaker_sync_s),
        limiter=RedisRateLimiter(store, on_error=section.limits_on_error),
        on_error=section.on_error,
    )
