"""The cost keeper: prices, estimates and budgets behind the call flow's one cost seam.

It implements the flow's ``CostHook`` (``reserve``, ``settle``, ``price``,
``estimate_usage``), so the client builds one and the flow never sees a price table, a
ledger or a guard::

    keeper = CostKeeper.create(
        PriceTable.builtin().with_overrides(config.pricing),
        ledger,
        Budgets.from_config(config.costs.budgets),
        hourly={"local": Decimal("0.40")},   # [providers.local] cost_per_hour
        no_builtin={"vllm"},                 # OpenAI-compatible servers at their own URL
    )
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from decimal import Decimal

from llmgate._types import ChatRequest, Usage
from llmgate.costs._open_guard import open_budget_guard
from llmgate.costs.budget import BudgetGuard, Budgets, Reservation
from llmgate.costs.ledger import Ledger
from llmgate.costs.prices import Price, PriceTable, cost, cost_for_time, to_decimal, worst_case
from llmgate.costs.tokens import estimate_prompt_tokens, estimated_usage

__all__ = ["CostKeeper"]


class CostKeeper:
    """Prices attempts and holds budget reservations for them.

    ``guard`` is ``None`` when no budget is configured: then ``reserve`` estimates nothing
    and returns ``None``. ``hourly`` maps provider names to a ``cost_per_hour`` (USD);
    such providers are billed by busy time. ``no_builtin`` names providers whose models
    are priced by overrides only (an OpenAI-compatible server is not OpenAI's price list).
    """

    def __init__(
        self,
        table: PriceTable,
        guard: BudgetGuard | None = None,
        *,
        hourly: Mapping[str, Decimal | float | int | str] | None = None,
        no_builtin: Collection[str] = (),
    ) -> None:
        self.table = table
        self.guard = guard
        self.hourly = {
            name: to_decimal(rate, f"providers.{name}.cost_per_hour")
            for name, rate in (hourly or {}).items()
        }
        self.no_builtin = frozenset(no_builtin)

    @classmethod
    def create(
        cls,
        table: PriceTable,
        ledger: Ledger,
        budgets: Budgets,
        *,
        hourly: Mapping[str, Decimal | float | int | str] | None = None,
        no_builtin: Collection[str] = (),
    ) -> CostKeeper:
        """A keeper whose guard shares ``ledger`` (across processes for a SQLite file)."""
        guard = open_budget_guard(budgets, ledger) if budgets.any() else None
        return cls(table, guard, hourly=hourly, no_builtin=no_builtin)

    def lookup(self, provider: str, provider_type: str, model: str) -> Price | None:
        return self.table.lookup(
            provider, provider_type, model, use_builtin=provider not in self.no_builtin
        )

    def worst_case(self, request: ChatRequest, provider: str, provider_type: str) -> Decimal | None:
        """The most this attempt can cost; ``None`` when unknown or unbounded."""
        rate = self.hourly.get(provider)
        if rate is not None:  # billed by time: the attempt's time limit bounds it
            return None if request.timeout_s is None else cost_for_time(request.timeout_s, rate)
        price = self.lookup(provider, provider_type, request.model)
        if price is None:
            return None
        prompt = estimate_prompt_tokens(
            request.messages, request.model, provider_type, tools=request.tools
        )
        return worst_case(prompt, request.max_tokens, price)

    def reserve(
        self, request: ChatRequest, provider: str, provider_type: str, tags: Mapping[str, str]
    ) -> Reservation | None:
        """Reserve the attempt's worst case; raises ``BudgetExceededError`` if it won't fit."""
        if self.guard is None:
            return None
        return self.guard.reserve(self.worst_case(request, provider, provider_type), tags)

    def settle(self, token: Reservation | None, cost: Decimal | None) -> None:
        """Replace the reservation by what the attempt cost (0 when nothing was billed)."""
        if token is not None and self.guard is not None:
            self.guard.settle(token, cost)

    def release(self, token: Reservation | None) -> None:
        if token is not None and self.guard is not None:
            self.guard.release(token)

    def price(
        self, provider: str, provider_type: str, model: str, usage: Usage, busy_s: float | None
    ) -> Decimal | None:
        """The attempt's cost in USD; ``None`` when its price is unknown (never 0)."""
        rate = self.hourly.get(provider)
        if rate is not None:
            return None if busy_s is None else cost_for_time(busy_s, rate)
        price = self.lookup(provider, provider_type, model)
        return None if price is None else cost(usage, price)

    def estimate_usage(self, request: ChatRequest, provider_type: str, output_text: str) -> Usage:
        """An upper-bound usage, marked estimated, for a stream cut before the vendor said."""
        return estimated_usage(request.messages, output_text, request.model, provider_type)

    def close(self) -> None:
        if self.guard is not None:
            self.guard.close()
