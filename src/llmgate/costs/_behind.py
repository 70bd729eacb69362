"""A ledger written behind the caller: rows queue in memory, a thread commits them in batches.

The gateway serves every call on one event loop, and a ledger write there is synchronous:
a SQLite commit (a WAL append, and now and then a checkpoint with an fsync) or a round
trip to PostgreSQL, during which no other request moves. Measured on the gateway, the
SQLite insert alone was ~95 us of the loop per call, and the checkpoints land in p99.
:class:`WriteBehindLedger` takes that off the loop: ``record`` appends the row to a queue
and returns at once; one writer thread commits what has queued with ``record_many`` (one
transaction for many calls under load). Reads flush first, so a process always reads
its own rows.

What it gives up: a SIGKILL or a power cut loses the rows still queued (under load, the
calls of the last few milliseconds; ``close`` writes them all). A failed write is logged
and retried; the queue is bounded (``buffer_max``), beyond which ``record`` waits for the
writer rather than grow without limit.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable

from llmgate.costs._flushed import FlushedReads
from llmgate.costs._records import LedgerRow
from llmgate.costs.ledger import Ledger

__all__ = ["WriteBehindLedger"]

log = logging.getLogger("llmgate.costs")


class WriteBehindLedger(FlushedReads):
    """``inner`` (any :class:`Ledger`) with its writes moved to a background thread::

    ledger = WriteBehindLedger(open_ledger("sqlite:///.llmgate/ledger.db"))
    ledger.record(row)   # queued; returns 0 (the row id is not known yet)
    ledger.totals()      # waits for the queue to be written, then reads (FlushedReads)
    ledger.close()       # writes what is queued, then closes ``inner``
    """

    def __init__(
        self,
        inner: Ledger,
        *,
        interval_s: float = 0.02,
        batch_max: int = 1000,
        buffer_max: int = 50_000,
    ) -> None:
        self.inner = inner
        self.interval_s = interval_s
        self.batch_max = batch_max
        self.buffer_max = buffer_max
        self._cond = threading.Condition()
        self._queue: list[LedgerRow] = []
        self._writing = 0  # rows taken by the writer, not yet committed
        self._waiters = 0  # threads in flush(): the writer goes at once
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="llmgate-ledger", daemon=True)
        self._thread.start()

    # -- writes ------------------------------------------------------------------------
    def record(self, row: LedgerRow) -> int:
        self.record_many((row,))
        return 0

    def record_many(self, rows: Iterable[LedgerRow]) -> list[int]:
        batch = list(rows)
        with self._cond:
            if self._closed:
                raise RuntimeError("the ledger is closed")
            while len(self._queue) >= self.buffer_max:
                self._cond.wait()
            self._queue.extend(batch)
            if len(self._queue) >= self.batch_max:
                self._cond.notify_all()
            # Otherwise the writer comes by within interval_s: waking a thread per row
            # costs the caller a GIL hand-off, which measured more than the write saved.
        return [0] * len(batch)

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    hurry = self._closed or self._waiters or len(self._queue) >= self.batch_max
                    if self._queue and hurry:
                        break
                    if self._closed:
                        return  # closed and drained
                    # Rows are not signalled one by one: look every interval_s (an idle
                    # writer costs ~50 wake-ups a second), so a batch gathers meanwhile.
                    had = bool(self._queue)
                    self._cond.wait(self.interval_s)
                    if had and self._queue:
                        break
                batch = self._queue[: self.batch_max]
                del self._queue[: self.batch_max]
                self._writing = len(batch)
            try:
                self.inner.record_many(batch)
            except Exception:
                if self._closed:  # closing: nobody is left to retry for
                    log.exception("could not write %d ledger rows at close", len(batch))
                    with self._cond:
                        self._writing = 0
                        self._queue.clear()
                        self._cond.notify_all()
                    return
                log.exception("could not write %d ledger rows; retrying", len(batch))
                with self._cond:
                    self._queue[:0] = batch
                    self._writing = 0
                time.sleep(0.5)
                continue
            with self._cond:
                self._writing = 0
                self._cond.notify_all()

    def flush(self, timeout_s: float | None = None) -> bool:
        """Wait until every queued row is committed; False if ``timeout_s`` ran out."""
        with self._cond:
            self._waiters += 1
            self._cond.notify_all()
            try:
                return self._cond.wait_for(lambda: not self._queue and not self._writing, timeout_s)
            finally:
                self._waiters -= 1

    def close(self) -> None:
        """Write what is queued, stop the writer, close ``inner``."""
        with self._cond:
            if self._closed:
                return
            self._closed = True
            self._cond.notify_all()
        self._thread.join()
        self.inner.close()

    def __repr__(self) -> str:
        return f"WriteBehindLedger({self.inner!r})"
