"""The public surface of llmgate.costs is exactly what is intended."""

from __future__ import annotations

import llmgate.costs


def test_exported_names() -> None:
    assert sorted(llmgate.costs.__all__) == [
        "Budget",
        "BudgetGuard",
        "BudgetLimits",
        "BudgetStatus",
        "Budgets",
        "COST_QUANTUM",
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
    for name in llmgate.costs.__all__:
        assert getattr(llmgate.costs, name) is not None


def test_backends_satisfy_their_protocols(tmp_path: object) -> None:
    from llmgate.costs import (
        BudgetGuard,
        Budgets,
        Ledger,
        LocalBudgetGuard,
        MemoryLedger,
    )

    ledger = MemoryLedger()
    assert isinstance(ledger, Ledger)
    assert isinstance(LocalBudgetGuard(Budgets(), ledger), BudgetGuard)
