"""The SQLite ledger: one file that several threads and processes write at once.

Durability choice: WAL mode with ``synchronous=NORMAL`` by default. In WAL mode a commit
is complete once its frames are written to the WAL file, which the operating system keeps
even if the process is killed with SIGKILL, so every committed row survives a process
crash. What NORMAL gives up is the fsync per commit: a *power cut or kernel crash* can lose
the last commits (never corrupt the file). ``FULL`` closes that gap for an fsync per call
(milliseconds on most disks, against the ~20 us budget of a record), so it is opt-in:
``sqlite:///path?synchronous=full``.

Concurrency: one connection per process (reopened after a fork), guarded by a lock, so
threads never wait on SQLite's busy handler against each other; other processes are
serialized by SQLite's own file locks, waiting up to ``busy_timeout_s``. Money is stored
twice: ``cost`` as the exact decimal text, and ``cost_units`` as an integer count of 1e-10
USD so ``SUM`` in SQL stays exact (SQLite would sum text as floats).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from llmgate.costs._records import (
    LedgerRow,
    format_time,
    parse_time,
    split_where,
    stored_row,
    stored_values,
)
from llmgate.costs._sql_reports import SqlReports

__all__ = ["SqliteLedger", "connect", "tag_path", "where_sql"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    call_id TEXT NOT NULL,
    route TEXT,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    outcome TEXT NOT NULL,
    error TEXT,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    cached_input_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    reasoning_tokens INTEGER NOT NULL DEFAULT 0,
    estimated INTEGER NOT NULL DEFAULT 0,
    cost TEXT,
    cost_units INTEGER,
    latency_s REAL NOT NULL DEFAULT 0,
    tags TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS attempts_time ON attempts (time);
CREATE TABLE IF NOT EXISTS reservations (
    id TEXT PRIMARY KEY,
    amount_units INTEGER NOT NULL,
    tags TEXT NOT NULL DEFAULT '{}',
    created TEXT NOT NULL,
    expires TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reservations_expires ON reservations (expires);
CREATE TABLE IF NOT EXISTS budget_spend (
    id INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    units INTEGER NOT NULL,
    tags TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS llmgate_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_COLUMNS = (
    "time, call_id, route, provider, model, outcome, error, input_tokens, "
    "cached_input_tokens, cache_write_tokens, output_tokens, reasoning_tokens, estimated, "
    "cost, cost_units, latency_s, tags"
)
_INSERT = f"INSERT INTO attempts ({_COLUMNS}) VALUES ({', '.join('?' * 17)})"


def connect(
    path: Path, *, synchronous: str = "normal", busy_timeout_s: float = 30.0
) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL, schema ensured."""
    conn = sqlite3.connect(
        str(path), timeout=busy_timeout_s, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {'FULL' if synchronous == 'full' else 'NORMAL'}")
    with immediate(conn):
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
    return conn


@contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction that takes the database's write lock at its start (``BEGIN
    IMMEDIATE``), so a read-then-write inside it cannot race another process; committed
    when the block ends, rolled back when it raises (cancellation included)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def tag_path(name: str) -> str:
    """The JSON path of tag ``name`` for ``json_extract``."""
    if '"' in name or "\\" in name:
        raise ValueError(f"tag names cannot contain quotes or backslashes: {name!r}")
    return f'$."{name}"'


def where_sql(since: datetime | None, where: Mapping[str, Any] | None) -> tuple[str, list[Any]]:
    """A ``WHERE`` clause (possibly empty) and its parameters for the attempts table."""
    columns, tags = split_where(where)
    clauses: list[str] = []
    params: list[Any] = []
    if since is not None:
        clauses.append("time >= ?")
        params.append(format_time(since))
    for column, value in columns.items():  # names checked by split_where
        clauses.append(f"{column} = ?")
        params.append(value)
    for name, value in tags.items():
        clauses.append("json_extract(tags, ?) = ?")
        params.extend((tag_path(name), value))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _row_params(row: LedgerRow) -> tuple[Any, ...]:
    cost = None if row.cost is None else str(row.cost)
    return stored_values(row, time=format_time(row.time), estimated=int(row.estimated), cost=cost)


def _from_db(values: tuple[Any, ...]) -> LedgerRow:
    return stored_row(values, time=parse_time, tags=json.loads)


class SqliteLedger(SqlReports):
    """A ledger in one SQLite file, shared safely by threads and processes.

    ``create=False`` refuses to create a missing file (a report must not leave an empty
    ledger behind)::

        ledger = SqliteLedger(Path(".llmgate/ledger.db"))
        ledger.record(row)
        ledger.totals(by="model")
    """

    def __init__(
        self,
        path: Path | str,
        *,
        synchronous: str = "normal",
        busy_timeout_s: float = 30.0,
        create: bool = True,
    ) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise FileNotFoundError(f"no ledger at {self.path}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.synchronous = synchronous
        self.busy_timeout_s = busy_timeout_s
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._conn: sqlite3.Connection | None = self._open()

    def _open(self) -> sqlite3.Connection:
        return connect(self.path, synchronous=self.synchronous, busy_timeout_s=self.busy_timeout_s)

    def _connection(self) -> sqlite3.Connection:
        """This process's connection (call with the lock held); a forked child opens its own."""
        if self._pid != os.getpid():
            self._pid, self._conn = os.getpid(), self._open()
        if self._conn is None:
            raise RuntimeError("the ledger is closed")
        return self._conn

    def record(self, row: LedgerRow) -> int:
        with self._lock:
            cursor = self._connection().execute(_INSERT, _row_params(row))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def record_many(self, rows: Iterable[LedgerRow]) -> list[int]:
        params = [_row_params(row) for row in rows]
        with self._lock:
            ids = []
            with immediate(self._connection()) as conn:
                for values in params:
                    rowid = conn.execute(_INSERT, values).lastrowid
                    assert rowid is not None
                    ids.append(rowid)
        return ids

    # -- the dialect of the reports (SqlReports) -------------------------------------------
    _table = "attempts"
    _marker = "?"
    _columns = _COLUMNS
    _from_db = staticmethod(_from_db)

    def _query(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._connection().execute(sql, params).fetchall()

    def _where(
        self, since: datetime | None, where: Mapping[str, Any] | None
    ) -> tuple[str, list[Any]]:
        return where_sql(since, where)

    def _group_key(self, dimension: str, tag: str | None) -> tuple[str, list[Any]]:
        if dimension == "tag":
            return "json_extract(tags, ?)", [tag_path(tag or "")]
        return ("substr(time, 1, 10)" if dimension == "day" else "substr(time, 1, 7)"), []

    def _totals_sql(self, key: str, clause: str) -> str:
        return (
            f"SELECT {key} AS k, COUNT(*), SUM(input_tokens), SUM(cached_input_tokens), "
            "SUM(cache_write_tokens), SUM(output_tokens), SUM(reasoning_tokens), "
            "SUM(cost_units), COUNT(cost_units), SUM(outcome != 'ok') "
            f"FROM attempts{clause} GROUP BY k ORDER BY k IS NULL, k"
        )

    def close(self) -> None:
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None

    def __enter__(self) -> SqliteLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SqliteLedger({str(self.path)!r}, synchronous={self.synchronous!r})"
