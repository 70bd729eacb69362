"""Builds a client's layers (state, breakers, costs, privacy, telemetry) from its config
and arguments, and closes them again.

Kept apart from ``_client.py`` so the client reads as the public surface it is, and so
each layer's imports happen only when that layer is configured. ``make_layers`` is the one
place that knows the order the layers need each other in (state before costs and
breakers, all of them before the shared admission). Each ``make_*`` takes the config and
the matching ``Client`` argument: an object handed in (a ledger, a budget guard, a breaker
store, a redactor) replaces the one the config would build and stays the caller's to close.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from llmgate._config import Config
from llmgate._events import (
    AttemptFailed,
    AttemptSucceeded,
    BreakerChanged,
    Event,
    EventBus,
    PriceUnknown,
    StateChanged,
)
from llmgate._route import Runtime
from llmgate._types import Attempt, ChatRequest, Outcome, Usage
from llmgate.provider import Provider
from llmgate.routing import BreakerConfig, BreakerStore, CircuitBreaker, OnChange, Target

if TYPE_CHECKING:
    from llmgate.costs import BudgetGuard, Ledger
    from llmgate.costs.keeper import CostKeeper
    from llmgate.redaction import Redactor
    from llmgate.state._factory import SharedState

__all__ = ["CostLayer", "Layers", "make_breaker", "make_costs", "make_layers", "make_telemetry"]

DEFAULT_LEDGER = "memory"
_TYPICAL = Usage(input_tokens=1000, output_tokens=1000)  # a cascade prices targets on this


@dataclass(slots=True)
class Layers:
    """What a client builds around its providers: the shared state, the cost layer, the
    telemetry listeners, and the runtime every call of the client shares."""

    state: SharedState
    costs: CostLayer
    telemetry: list[Callable[[], None]]
    runtime: Runtime

    def close(self) -> None:
        """Unsubscribe the listeners, then close costs and state (after the event bus)."""
        for unsubscribe in self.telemetry:
            unsubscribe()
        self.costs.close()
        self.state.close()


def make_layers(
    config: Config,
    providers: Mapping[str, Provider],
    events: EventBus,
    *,
    ledger: str | Ledger | None = None,
    redactor: Redactor | None = None,
    breaker_store: BreakerStore | None = None,
    budget_guard: BudgetGuard | None = None,
) -> Layers:
    """Every layer of one client, each from its config section or the object handed in."""
    from llmgate._privacy import make_privacy
    from llmgate.state._factory import open_state

    def breaker_changed(key: str, old: Any, new: Any) -> None:
        if events.active:
            events.emit(BreakerChanged("", key, old.value, new.value))

    def state_changed(status: str, component: str, detail: str) -> None:
        events.emit(StateChanged("", component, status, detail))

    # [state]: where breakers, budgets and rate limits live (llmgate/state/)
    state = open_state(config, providers, state_changed)
    costs = make_costs(config, providers, events, ledger, budget_guard, state=state)
    telemetry = make_telemetry(config, events)
    runtime = Runtime(
        events=events,
        breaker=make_breaker(
            config,
            breaker_store if breaker_store is not None else state.breaker_store,
            breaker_changed,
        ),
        privacy=make_privacy(config.redaction, redactor=redactor, file=config.file),
        costs=costs,
        secrets=[s for p in providers.values() for s in p.secrets()],
        limits=state.gate(),
    )
    runtime.shared = state.admission(runtime.breaker, costs.keeper, runtime.limits, breaker_changed)
    return Layers(state, costs, telemetry, runtime)


class CostLayer:
    """The client's cost seam: prices and budgets (the keeper), plus the ledger rows.

    Ledger rows are written by an inline event listener, one per attempt that reached a
    provider, so the flow stays ignorant of storage. An unknown price is reported once per
    target as a ``PriceUnknown`` event (which the logging listener turns into a warning),
    never priced as 0.
    """

    def __init__(
        self,
        keeper: CostKeeper,
        ledger: Ledger,
        events: EventBus,
        *,
        owns_ledger: bool = True,
        owns_guard: bool = True,
    ) -> None:
        from llmgate.costs import LedgerRow

        self.keeper = keeper
        self.ledger = ledger
        self._owns = (owns_ledger, owns_guard)
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

    def typical(self, target: Target) -> Decimal | None:
        """What ``target`` charges for a typical request: a cascade's order (cheapest first).

        1,000 tokens in and 1,000 out, or 10 s of a machine priced by the hour.
        """
        return self.price(target.name, target.type, target.model, _TYPICAL, 10.0)

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
        owns_ledger, owns_guard = self._owns
        if owns_guard:
            self.keeper.close()
        if owns_ledger:
            self.ledger.close()


def make_breaker(
    config: Config, store: BreakerStore | None = None, on_change: OnChange | None = None
) -> CircuitBreaker:
    """The ``[circuit_breaker]`` breakers, over ``store`` (shared state) or in memory."""
    settings = BreakerConfig(**config.circuit_breaker.model_dump())
    return CircuitBreaker(settings, store=store, on_change=on_change)


def make_costs(
    config: Config,
    providers: Mapping[str, Provider],
    events: EventBus,
    ledger: str | Ledger | None = None,
    budget_guard: BudgetGuard | None = None,
    state: Any = None,
) -> CostLayer:
    """Prices, the ledger and the budget guard.

    ``ledger`` is a URL (``memory``, ``sqlite:///path``) or a ready :class:`Ledger`;
    ``budget_guard`` a ready guard (e.g. shared through Redis) that replaces the one the
    ``[costs.budgets]`` table would build; both stay the caller's to close.
    """
    from llmgate.costs import Budgets, PriceTable, open_budget_guard, open_ledger
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
    # Validated even when a guard is handed in (a wrong table is an error either way), and
    # before the ledger is opened, so that an error leaves no file open.
    budgets = Budgets.from_config(
        costs.budgets, file=config.file, allow_unpriced=costs.allow_unpriced or None
    )
    owns_ledger = ledger is None or isinstance(ledger, str)
    opened: Ledger = (
        open_ledger(ledger or costs.ledger or DEFAULT_LEDGER)
        if ledger is None or isinstance(ledger, str)
        else ledger
    )
    guard = budget_guard
    if state is None:
        if guard is None and budgets.all():
            guard = open_budget_guard(budgets, opened)
        keeper = CostKeeper(table, guard, hourly=hourly, no_builtin=no_builtin)
    else:  # [state] and [limits.NAME]: the guard may live in Redis (llmgate/state/)
        from llmgate.state._factory import limit_budgets

        budgets = budgets.with_per_value(limit_budgets(config))
        if guard is None:
            guard = state.budget_guard(budgets, opened)
        keeper = CostKeeper(table, guard, hourly=hourly, no_builtin=no_builtin)
    return CostLayer(
        keeper, opened, events, owns_ledger=owns_ledger, owns_guard=budget_guard is None
    )


def make_telemetry(config: Config, events: EventBus) -> list[Callable[[], None]]:
    """Logging always (it costs a level check when off); OpenTelemetry as configured."""
    from llmgate.telemetry import install_logging, install_telemetry

    t = config.telemetry
    otel = None if t.otel == "auto" else bool(t.otel)
    return [
        install_logging(events),
        *install_telemetry(events, otel=otel, record_content=t.record_content),
    ]
