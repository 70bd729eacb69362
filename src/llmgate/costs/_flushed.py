"""The read half of a ledger that holds writes back: every read flushes first.

Two ledgers hold rows in memory before they reach their inner ledger: the gateway's
write-behind ledger (a thread commits them off the event loop, ``_behind.py``) and the
eval's buffer (one transaction per few hundred rows, ``llmgate.eval._ledger``). Both must
let a process read its own rows, so both answer a read by flushing, then asking the inner
ledger; that part is this base class, and each subclass says what ``flush`` means.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from llmgate.costs._records import LedgerRow, TotalRow
from llmgate.costs.ledger import Ledger

__all__ = ["FlushedReads"]


class FlushedReads:
    """Reads of ``self.inner`` made after :meth:`flush` has written what is held back."""

    inner: Ledger

    def flush(self) -> object:
        raise NotImplementedError

    def totals(
        self, by: str = "day", since: datetime | None = None, where: Mapping[str, Any] | None = None
    ) -> list[TotalRow]:
        self.flush()
        return self.inner.totals(by, since, where)

    def spent(
        self, since: datetime | None = None, tags: Mapping[str, str] | None = None
    ) -> Decimal:
        self.flush()
        return self.inner.spent(since, tags)

    def rows(
        self,
        since: datetime | None = None,
        where: Mapping[str, Any] | None = None,
        limit: int | None = None,
    ) -> list[LedgerRow]:
        self.flush()
        return self.inner.rows(since, where, limit)

    def export(
        self,
        fmt: str = "csv",
        since: datetime | None = None,
        where: Mapping[str, Any] | None = None,
    ) -> str:
        self.flush()
        return self.inner.export(fmt, since, where)
