"""The write-behind ledger (the gateway's): writes leave the caller's thread, reads still
see every row this process recorded, and nothing queued is lost at close or on a failed
write."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from llmgate.costs import LedgerRow, MemoryLedger, SqliteLedger
from llmgate.costs._behind import WriteBehindLedger


def row(i: int, cost: str = "0.01", key: str = "support") -> LedgerRow:
    return LedgerRow(
        call_id=f"c{i}", provider="oa", model="m", cost=Decimal(cost), tags={"key": key}
    )


def test_reads_see_every_row_recorded_before_them(tmp_path: Path) -> None:
    ledger = WriteBehindLedger(SqliteLedger(tmp_path / "ledger.db"))
    try:
        for i in range(500):
            ledger.record(row(i))
        assert ledger.spent(tags={"key": "support"}) == Decimal("5.00")
        assert len(ledger.rows()) == 500
        assert ledger.totals(by="tag:key")[0].attempts == 500
    finally:
        ledger.close()


def test_close_writes_what_is_queued(tmp_path: Path) -> None:
    gate = threading.Event()

    class Slow(SqliteLedger):
        def record_many(self, rows: Iterable[LedgerRow]) -> list[int]:
            gate.wait(10)  # the writer is held while the rows queue up
            return super().record_many(rows)

    ledger = WriteBehindLedger(Slow(tmp_path / "ledger.db"))
    ledger.record_many([row(i) for i in range(3)])
    ledger.record(row(3, key="other"))
    gate.set()
    ledger.close()
    reopened = SqliteLedger(tmp_path / "ledger.db")
    try:
        assert sorted(r.call_id for r in reopened.rows()) == ["c0", "c1", "c2", "c3"]
    finally:
        reopened.close()


def test_a_failed_write_is_retried_not_lost() -> None:
    class Flaky(MemoryLedger):
        failures = 1

        def record_many(self, rows: Iterable[LedgerRow]) -> list[int]:
            if self.failures:
                self.failures -= 1
                raise OSError("disk full")
            return super().record_many(rows)

    ledger = WriteBehindLedger(Flaky())
    try:
        ledger.record(row(1))
        assert ledger.flush(30)
        assert [r.call_id for r in ledger.rows()] == ["c1"]
    finally:
        ledger.close()
