"""Per-token cost accounting: prices, costs, the ledger and budgets.

The pieces the call flow uses, in order::

    from llmgate.costs import (PriceTable, cost, worst_case, estimate_prompt_tokens,
                               open_ledger, Budgets, open_budget_guard, LedgerRow)

    table = PriceTable.builtin().with_overrides(config_pricing)      # once
    ledger = open_ledger("sqlite:///.llmgate/ledger.db")             # once
    guard = open_budget_guard(Budgets.from_config(config_budgets), ledger)

    price = table.lookup("openai", "openai", "gpt-4o-mini")          # per call
    prompt = estimate_prompt_tokens(messages, "gpt-4o-mini", "openai")
    reservation = guard.reserve(worst_case(prompt, max_tokens, price) if price else None, tags)
    ...                                                              # the attempts
    usd = cost(completion.usage, price) if price else None
    ledger.record(LedgerRow.from_attempt(attempt, call_id=..., route=..., tags=tags))
    guard.settle(reservation, usd)

See docs/costs.md for the price table, overrides, budgets and the ``llmgate costs`` report.
"""

from llmgate.costs._local_budget import LocalBudgetGuard
from llmgate.costs._open_guard import open_budget_guard
from llmgate.costs._sqlite_budget import SqliteBudgetGuard
from llmgate.costs.budget import (
    Budget,
    BudgetGuard,
    BudgetLimits,
    Budgets,
    BudgetStatus,
    Reservation,
)
from llmgate.costs.keeper import CostKeeper
from llmgate.costs.ledger import (
    Ledger,
    LedgerRow,
    MemoryLedger,
    SqliteLedger,
    TotalRow,
    open_ledger,
)
from llmgate.costs.prices import (
    COST_QUANTUM,
    Price,
    PriceTable,
    cost,
    cost_for_time,
    normalize_model,
    worst_case,
)
from llmgate.costs.tokens import estimate_prompt_tokens, estimate_text_tokens, estimated_usage

__all__ = [
    "COST_QUANTUM",
    "Budget",
    "BudgetGuard",
    "BudgetLimits",
    "BudgetStatus",
    "Budgets",
    "CostKeeper",
    "Ledger",
    "LedgerRow",
    "LocalBudgetGuard",
    "MemoryLedger",
    "Price",
    "PriceTable",
    "Reservation",
    "SqliteBudgetGuard",
    "SqliteLedger",
    "TotalRow",
    "cost",
    "cost_for_time",
    "estimate_prompt_tokens",
    "estimate_text_tokens",
    "estimated_usage",
    "normalize_model",
    "open_budget_guard",
    "open_ledger",
    "worst_case",
]
