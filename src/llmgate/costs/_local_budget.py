"""Budgets for one process: the guard a client gets when no store is shared.

One backend of :class:`~llmgate.costs.budget.BudgetGuard`, beside the SQLite one
(``_sqlite_budget.py``) and the Redis one (``llmgate.state._budget``); the model they
share stays in ``budget.py``.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal

from llmgate.costs.budget import Budget, Budgets, BudgetStatus, Reservation, refuse
from llmgate.costs.ledger import Ledger

__all__ = ["LocalBudgetGuard"]


class LocalBudgetGuard:
    """Budgets for one process; one lock makes check-and-reserve atomic.

    The spend log starts from ``ledger`` (if given) and grows with every settle. Several
    processes sharing a SQLite ledger need :class:`SqliteBudgetGuard` instead
    (:func:`open_budget_guard` picks it).
    """

    def __init__(self, budgets: Budgets, ledger: Ledger | None = None) -> None:
        self.budgets = budgets
        self._open: dict[str, Reservation] = {}
        self._log: list[tuple[datetime, Decimal, dict[str, str]]] = []
        # budget name -> (window start, log entries summed, their sum): a reserve sums only
        # the entries settled since its last look.
        self._sums: dict[str, tuple[datetime | None, int, Decimal]] = {}
        self._lock = threading.Lock()
        if ledger is not None and budgets.any():
            for row in ledger.rows():
                if row.cost is not None:
                    self._log.append((row.time, row.cost, dict(row.tags)))

    def _spent(self, budget: Budget, now: datetime) -> Decimal:
        since = budget.since(now)
        start, seen, total = self._sums.get(budget.name, (since, 0, Decimal(0)))
        if start != since:
            seen, total = 0, Decimal(0)
        for moment, amount, tags in self._log[seen:]:
            if (since is None or moment >= since) and budget.applies(tags):
                total += amount
        self._sums[budget.name] = (since, len(self._log), total)
        return total

    def _reserved(self, budget: Budget, now: datetime) -> Decimal:
        for key in [k for k, r in self._open.items() if r.expires <= now]:
            del self._open[key]
        return sum((r.amount for r in self._open.values() if budget.applies(r.tags)), Decimal(0))

    def reserve(self, amount: Decimal | None, tags: Mapping[str, str] | None = None) -> Reservation:
        reservation, applicable = self.budgets.open_reservation(amount, tags)
        if not applicable:
            return reservation
        amount = reservation.amount
        with self._lock:
            now = datetime.now(UTC)
            for budget in applicable:
                used = self._spent(budget, now) + self._reserved(budget, now)
                if used + amount > budget.limit:
                    raise refuse(budget, used, amount)
            self._open[reservation.id] = reservation
        return reservation

    def settle(self, reservation: Reservation, actual: Decimal | None) -> None:
        """Replace the reservation by ``actual`` (``None``: unknown, counted as 0)."""
        with self._lock:
            self._open.pop(reservation.id, None)
            if actual and self.budgets.any():
                self._log.append((datetime.now(UTC), actual, dict(reservation.tags)))
        reservation.actual = actual
        reservation.state = "settled"

    def release(self, reservation: Reservation) -> None:
        with self._lock:
            self._open.pop(reservation.id, None)
        reservation.state = "released"

    def status(self, tags: Mapping[str, str] | None = None) -> list[BudgetStatus]:
        """Every budget (or those applying to ``tags``) with its spend and reservations."""
        budgets = self.budgets.all() if tags is None else self.budgets.applicable(tags)
        with self._lock:
            now = datetime.now(UTC)
            return [
                BudgetStatus(b.name, b.limit, self._spent(b, now), self._reserved(b, now))
                for b in budgets
            ]

    def close(self) -> None:
        """Nothing to release (the ledger belongs to the caller); kept for the protocol."""
