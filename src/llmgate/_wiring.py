"""Builds a client's cost and telemetry layers from its config.

Kept apart from ``_client.py`` so the client reads as the public surface it is, and so
each layer's imports happen only when that layer is configured.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, cast

from llmgate._config import Config
from llmgate._events import AttemptFailed, AttemptSucceeded, Event, EventBus, PriceUnknown
from llmgate._types import Attempt, ChatRequest, Outcome, Usage
from llmgate.provider import Provider

__all__ = ["CostLayer", "make_costs", "make_telemetry"]

DEFAULT_LEDGER = "memory"


class CostLayer:
    """The client's cost seam: prices and budgets (the keeper), plus the ledger rows.

    Ledger rows are written by an inline event listener, one per attempt that reached a
    provider, so the flow stays ignorant of storage. An unknown price is reported once per
    target as a ``PriceUnknown`` event (which the logging listener turns into a warning),
    never priced as 0.
    """

    def __init__(self, keeper: Any, ledger: Any, events: EventBus) -> None:
        from llmgate.costs import LedgerRow

        self.keeper = keeper
        self.ledger = ledger
        self._events = events
        self._row = LedgerRow
        self._warned: set[tuple[str, str]] = set()
        self._unsubscribe = events.subscribe(self._record, inline=True)

    # -- CostHook ----------------------------------------------------------------------
    def reserve(
        self, request: ChatRequest, provider: str, provider_type: str, tags: Mapping[str, str]
    ) -> Any:
        return self.keeper.reserve(request, provider, provider_type, tags)

    def settle(self, token: Any, cost: Decimal | None) -> None:
        self.keeper.settle(token, cost)

    def price(
        self, provider: str, provider_type: str, model: str, usage: Usage, busy_s: float | None
    ) -> Decimal | None:
        value: Decimal | None = self.keeper.price(provider, provider_type, model, usage, busy_s)
        if value is None and (provider, model) not in self._warned:
            self._warned.add((provider, model))  # said once; the logging listener warns
            self._events.emit(PriceUnknown("", provider, model))
        return value

    def estimate_usage(self, request: ChatRequest, provider_type: str, output_text: str) -> Usage:
        usage: Usage = self.keeper.estimate_usage(request, provider_type, output_text)
        return usage

    # -- the ledger --------------------------------------------------------------------
    def _record(self, event: Event) -> None:
        if not isinstance(event, (AttemptSucceeded, AttemptFailed)):
            return
        outcome: Outcome = "ok"
        error: str | None = None
        if isinstance(event, AttemptFailed):
            outcome = cast(Outcome, event.outcome)
            error = event.error_type
        attempt = Attempt(
            event.provider, event.model, outcome, error, event.latency_s, event.usage, event.cost
        )
        self.ledger.record(
            self._row.from_attempt(
                attempt, call_id=event.call_id, route=event.route, tags=event.tags
            )
        )

    def close(self) -> None:
        self._unsubscribe()
        self.keeper.close()
        self.ledger.close()


def make_costs(
    config: Config,
    providers: Mapping[str, Provider],
    events: EventBus,
    ledger: str | None = None,
    state: Any = None,
) -> CostLayer:
    from llmgate.costs import Budgets, PriceTable, open_ledger
    from llmgate.costs.keeper import CostKeeper

    costs = config.costs
    table = PriceTable.builtin().with_overrides(dict(config.pricing))
    hourly = {
        name: Decimal(str(p.settings.cost_per_hour))
        for name, p in providers.items()
        if p.settings.cost_per_hour is not None
    }
    # An OpenAI-compatible server at its own URL does not charge OpenAI's prices.
    no_builtin = {
        name
        for name, table_ in config.providers.items()
        if table_.get("type") == "openai" and table_.get("base_url")
    }
    budgets = Budgets.from_config(
        costs.budgets, file=config.file, allow_unpriced=costs.allow_unpriced or None
    )
    opened = open_ledger(ledger or costs.ledger or DEFAULT_LEDGER)
    if state is None:
        keeper = CostKeeper.create(table, opened, budgets, hourly=hourly, no_builtin=no_builtin)
    else:  # [state] and [limits.NAME]: the guard may live in Redis (llmgate/state/)
        from llmgate.state._factory import limit_budgets

        budgets = budgets.with_per_value(limit_budgets(config))
        from llmgate.state._gate import SharedCostKeeper

        guard = state.budget_guard(budgets, opened)
        keeper = SharedCostKeeper(table, guard, hourly=hourly, no_builtin=no_builtin)
        keeper.rules = state.rules if state.store is not None else None
    return CostLayer(keeper, opened, events)


def make_telemetry(config: Config, events: EventBus) -> list[Callable[[], None]]:
    """Logging always (it costs a level check when off); OpenTelemetry as configured."""
    from llmgate.telemetry import install_logging, install_telemetry

    t = config.telemetry
    otel = None if t.otel == "auto" else bool(t.otel)
    return [
        install_logging(events),
        *install_telemetry(events, otel=otel, record_content=t.record_content),
    ]
