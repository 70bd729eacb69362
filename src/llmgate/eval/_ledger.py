"""The eval's view of the caller's ledger: rows buffered, written in one transaction.

An eval records thousands of attempts a minute. Written one by one, each row of a SQLite
ledger is a transaction of its own (a WAL frame and a lock round per row); in batches it
costs a quarter of that, measured in ``bench/bench_eval.py``. The buffer is flushed every
few hundred rows or every second, before the answer cache commits (so an answer is never
cached while the money it cost is not in the ledger), before any read, and when the run
ends however it ends; so once ``client.eval`` returns (or is interrupted) the ledger holds
every row and the report's cost equals it.

Only used when no budget guard reads the ledger: a guard must see each row at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable

from llmgate.costs import Ledger, LedgerRow
from llmgate.costs._flushed import FlushedReads

__all__ = ["BufferedLedger"]

_FLUSH_EVERY = 256
_FLUSH_AFTER_S = 1.0


class BufferedLedger(FlushedReads):
    """A :class:`llmgate.costs.Ledger` that buffers writes to ``inner`` (which stays open:
    it is the caller's). ``record`` returns 0: the row has no id until it is flushed. Reads
    flush first (:class:`FlushedReads`), so they see every row recorded so far."""

    def __init__(self, inner: Ledger) -> None:
        self.inner = inner
        self._rows: list[LedgerRow] = []
        self._last = time.monotonic()
        self._lock = threading.Lock()  # rows come from the loop thread, a read may not

    def record(self, row: LedgerRow) -> int:
        return self.record_many([row])[0]

    def record_many(self, rows: Iterable[LedgerRow]) -> list[int]:
        with self._lock:
            before = len(self._rows)
            self._rows.extend(rows)
            added = len(self._rows) - before
            full = len(self._rows) >= _FLUSH_EVERY
        if full or time.monotonic() - self._last >= _FLUSH_AFTER_S:
            self.flush()
        return [0] * added

    def flush(self) -> None:
        """Write the buffered rows in one transaction."""
        with self._lock:
            rows, self._rows = self._rows, []
            self._last = time.monotonic()
            if rows:
                self.inner.record_many(rows)

    def close(self) -> None:
        self.flush()
