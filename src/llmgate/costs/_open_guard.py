"""Which budget guard a ledger gets: the one that shares its store, else the in-process one.

Kept apart from ``budget.py`` because it knows every guard, and the SQLite guard builds on
``budget.py``'s types: here the imports run one way.
"""

from __future__ import annotations

from llmgate.costs._local_budget import LocalBudgetGuard
from llmgate.costs.budget import BudgetGuard, Budgets
from llmgate.costs.ledger import Ledger

__all__ = ["open_budget_guard"]


def open_budget_guard(budgets: Budgets, ledger: Ledger) -> BudgetGuard:
    """The guard for ``ledger``: shared through the SQLite file, else in-process."""
    # Imported here: a process without a SQLite ledger never loads the shared guard.
    from llmgate.costs._sqlite import SqliteLedger
    from llmgate.costs._sqlite_budget import SqliteBudgetGuard

    # A ledger written behind the caller (the gateway's) shares its inner ledger's file.
    inner = getattr(ledger, "inner", ledger)
    if isinstance(inner, SqliteLedger):
        return SqliteBudgetGuard(budgets, inner.path, synchronous=inner.synchronous)
    return LocalBudgetGuard(budgets, ledger)
