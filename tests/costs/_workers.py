"""Subprocess bodies for the multi-process tests (run as scripts, not collected).

``budget DB DIR INDEX AMOUNT``: wait for DIR/go, then reserve/record/settle AMOUNT until
the budget refuses. ``crash DB``: record rows forever, printing each committed id.
"""

from __future__ import annotations

import os
import sys
import time
from decimal import Decimal
from pathlib import Path

from llmgate.costs import Budgets, LedgerRow, SqliteBudgetGuard, SqliteLedger
from llmgate.errors import BudgetExceededError


def budget(db: str, gate: str, index: str, amount: str, limit: str) -> None:
    ledger = SqliteLedger(Path(db))
    guard = SqliteBudgetGuard(Budgets.from_config({"total_usd": limit}), Path(db))
    Path(gate, f"ready-{index}").touch()
    deadline = time.monotonic() + 30
    while not Path(gate, "go").exists():  # a start gate, so the processes really overlap
        if time.monotonic() > deadline:
            sys.exit("no go signal")
        time.sleep(0.001)
    price = Decimal(amount)
    done = 0
    while True:
        try:
            reservation = guard.reserve(price, {"worker": index})
        except BudgetExceededError:
            break
        ledger.record(
            LedgerRow(
                call_id=f"{index}-{done}",
                provider="p",
                model="m",
                cost=price,
                tags={"pid": str(os.getpid())},
            )
        )
        guard.settle(reservation, price)
        done += 1
    print(done, flush=True)


def crash(db: str) -> None:
    ledger = SqliteLedger(Path(db))
    for n in range(10_000_000):
        row_id = ledger.record(
            LedgerRow(
                call_id=f"c{n}", provider="p", model="m", cost=Decimal("0.0001"), input_tokens=n
            )
        )
        print(row_id, flush=True)


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    budget(*args) if mode == "budget" else crash(*args)
