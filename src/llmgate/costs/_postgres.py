"""The PostgreSQL ledger: the same rows and reports as the SQLite one, for many machines.

Writes are batched by *group commit*: ``record`` hands its rows to this process's writer
thread and waits until the transaction holding them has committed, so a call whose
``record`` returned is in the database (and survives the process being killed). While
one batch commits, the rows of every other thread queue up and go in the next one, so
many threads cost one round trip per batch, not per row. What a SIGKILL can lose: only
rows whose ``record`` had not returned yet (the attempts in flight); with PostgreSQL's
default ``synchronous_commit = on`` a committed row also survives a server crash.

Money is stored as ``cost`` (``NUMERIC``, exact) and ``cost_units`` (1e-10 USD as
``BIGINT``, what the budgets count). The schema is created and migrated by llmgate under
an advisory lock, so several processes starting at once agree; ``llmgate_meta`` holds its
version. Indexes: ``time`` (every report filters on it) and a GIN index on ``tags`` for the
per-tag filters.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from llmgate.costs._pg_schema import (
    COLUMNS,
    INSERT,
    META,
    MIGRATIONS,
    from_db,
    row_params,
    where_clause,
)
from llmgate.costs._records import LedgerRow
from llmgate.costs._sql_reports import SqlReports
from llmgate.errors import ConfigError

__all__ = ["PostgresLedger"]

_log = logging.getLogger("llmgate.costs")


def _import_psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            "the PostgreSQL ledger needs psycopg 3: pip install 'llmgate[postgres]'"
        ) from exc
    return psycopg


def _split_commit(url: str) -> tuple[str, str]:
    """Take llmgate's own ``commit=wait|background`` out of the URL (libpq refuses it)."""
    parts = urlsplit(url)
    if "commit=" not in parts.query:
        return url, "wait"
    kept, commit = [], "wait"
    for item in parts.query.split("&"):
        name, _, value = item.partition("=")
        if name == "commit":
            if value not in ("wait", "background"):
                raise ConfigError(
                    f"commit={value!r}: expected wait or background", key="costs.ledger"
                )
            commit = value
        elif item:
            kept.append(item)
    return urlunsplit(parts._replace(query="&".join(kept))), commit


def safe_url(url: str) -> str:
    """``url`` without its password, for reprs and messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc}"))


class _Batch:
    __slots__ = ("done", "error", "ids", "params")

    def __init__(self, params: list[tuple[Any, ...]]) -> None:
        self.params = params
        self.ids: list[int] = []
        self.error: BaseException | None = None
        self.done = threading.Event()


class PostgresLedger(SqlReports):
    """A ledger in a PostgreSQL database, shared by every process and machine::

        ledger = PostgresLedger("postgresql://postgres@127.0.0.1:5432/llmgate")
        ledger.record(row)
        ledger.totals(by="tag:team")

    ``create`` makes the database if it is missing (it needs the right to) and always
    ensures the schema. ``batch_max`` bounds the rows of one group commit.

    ``wait=False`` (``?commit=background`` in the URL) makes ``record`` return at once (its
    id is then 0): the writer commits behind the call, so the call never waits for the
    database, and a process killed loses the rows not committed yet, at most
    ``buffer_max`` (in practice the rows of the last few milliseconds; a full buffer makes
    ``record`` wait rather than drop). Write errors are then logged, not raised.
    """

    def __init__(
        self,
        url: str,
        *,
        create: bool = True,
        batch_max: int = 1000,
        wait: bool | None = None,
        buffer_max: int = 10_000,
    ) -> None:
        self._psycopg = _import_psycopg()
        url, commit = _split_commit(url)
        self.url = url
        self.wait = commit != "background" if wait is None else wait
        self.buffer_max = buffer_max
        self._queued = 0
        self.batch_max = batch_max
        self._lock = threading.Lock()  # the read connection
        self._cond = threading.Condition()
        self._queue: list[_Batch] = []
        self._closed = False
        self._pid = os.getpid()
        self._writer: threading.Thread | None = None
        self._read = self._connect(create)
        self._migrate(self._read)

    # -- connections ---------------------------------------------------------------------
    def _connect(self, create: bool = False) -> Any:
        psycopg = self._psycopg
        try:
            conn = psycopg.connect(self.url, autocommit=True)
        except psycopg.OperationalError as exc:
            if not create or "does not exist" not in str(exc):
                reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else ""
                raise ConfigError(
                    f"cannot open the PostgreSQL ledger {safe_url(self.url)}: {reason}",
                    key="costs.ledger",
                ) from None
            self._create_database()
            conn = psycopg.connect(self.url, autocommit=True)
        conn.execute("SET TIME ZONE 'UTC'")
        return conn

    def _create_database(self) -> None:
        parts = urlsplit(self.url)
        name = parts.path.lstrip("/")
        admin = urlunsplit(parts._replace(path="/postgres"))
        sql = self._psycopg.sql
        duplicate = self._psycopg.errors.DuplicateDatabase  # another process made it first
        with self._psycopg.connect(admin, autocommit=True) as conn, contextlib.suppress(duplicate):
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    def _migrate(self, conn: Any) -> None:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(hashtext('llmgate_ledger_schema'))")
            conn.execute(META)
            found = conn.execute(
                "SELECT value FROM llmgate_meta WHERE key = 'schema_version'"
            ).fetchone()
            version = int(found[0]) if found else 0
            for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in statements:
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO llmgate_meta (key, value) VALUES ('schema_version', %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                    (str(number),),
                )

    def _reader(self) -> Any:
        """The read connection (call with ``_lock``); a forked child opens its own."""
        if self._closed:
            raise RuntimeError("the ledger is closed")
        if self._pid != os.getpid():
            self._pid, self._read, self._writer = os.getpid(), self._connect(), None
            self._queue = []
        return self._read

    # -- writing: group commit -----------------------------------------------------------
    def record(self, row: LedgerRow) -> int:
        return self.record_many([row])[0]

    def record_many(self, rows: Iterable[LedgerRow]) -> list[int]:
        """Store rows; returns their ids once the transaction holding them committed."""
        batch = _Batch([row_params(row) for row in rows])
        if not batch.params:
            return []
        with self._cond:
            with self._lock:
                self._reader()  # the fork check
            if self._writer is None or not self._writer.is_alive():
                self._writer = threading.Thread(
                    target=self._write_loop, name="llmgate-ledger", daemon=True
                )
                self._writer.start()
            while not self.wait and self._queued >= self.buffer_max:
                self._cond.wait()  # back-pressure: never drop a row
            self._queue.append(batch)
            self._queued += len(batch.params)
            self._cond.notify_all()
        if not self.wait:
            return [0] * len(batch.params)
        batch.done.wait()
        if batch.error is not None:
            raise batch.error
        return batch.ids

    def _write_loop(self) -> None:
        conn = None
        while True:
            with self._cond:
                while not self._queue and not self._closed:
                    self._cond.wait()
                if not self._queue:
                    break
                taken: list[_Batch] = []
                size = 0
                while self._queue and (not taken or size < self.batch_max):
                    taken.append(self._queue.pop(0))
                    size += len(taken[-1].params)
                self._queued -= size
                self._cond.notify_all()
            try:
                if conn is None or conn.closed:
                    conn = self._connect()
                ids = self._insert(conn, [p for b in taken for p in b.params])
            except BaseException as exc:
                if not self.wait:
                    _log.error("lost %d ledger rows: %s", size, type(exc).__name__)
                for b in taken:
                    b.error = exc
                    b.done.set()
                if conn is not None:
                    conn.close()
                conn = None
                continue
            start = 0
            for b in taken:
                b.ids = ids[start : start + len(b.params)]
                start += len(b.params)
                b.done.set()
        if conn is not None:
            conn.close()

    @staticmethod
    def _insert(conn: Any, params: list[tuple[Any, ...]]) -> list[int]:
        ids: list[int] = []
        with conn.transaction(), conn.cursor() as cur:
            cur.executemany(INSERT, params, returning=True)
            while True:
                ids.append(int(cur.fetchone()[0]))
                if not cur.nextset():
                    break
        return ids

    # -- reading ---------------------------------------------------------------------------
    # -- the dialect of the reports (SqlReports) -------------------------------------------
    _table = "llmgate_attempts"
    _marker = "%s"
    _columns = COLUMNS
    _from_db = staticmethod(from_db)

    def _query(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        with self._lock:
            rows: list[tuple[Any, ...]] = self._reader().execute(sql, params).fetchall()
            return rows

    def _where(
        self, since: datetime | None, where: Mapping[str, Any] | None
    ) -> tuple[str, list[Any]]:
        return where_clause(since, where)

    def _group_key(self, dimension: str, tag: str | None) -> tuple[str, list[Any]]:
        if dimension == "tag":
            return "tags ->> %s", [tag or ""]
        fmt = "YYYY-MM-DD" if dimension == "day" else "YYYY-MM"
        return f"to_char(time, '{fmt}')", []

    def _totals_sql(self, key: str, clause: str) -> str:
        return (
            f"SELECT * FROM (SELECT {key} AS k, COUNT(*), SUM(input_tokens), "
            "SUM(cached_input_tokens), SUM(cache_write_tokens), SUM(output_tokens), "
            "SUM(reasoning_tokens), SUM(cost_units), COUNT(cost_units), "
            "COUNT(*) FILTER (WHERE outcome <> 'ok') "
            f"FROM llmgate_attempts{clause} GROUP BY 1) AS g "
            'ORDER BY k IS NULL, k COLLATE "C"'
        )

    def close(self) -> None:
        with self._cond:
            if self._closed:
                return
            self._closed = True
            self._cond.notify_all()
            writer = self._writer
        if writer is not None and self._pid == os.getpid():
            writer.join(timeout=30)
        with self._lock:
            if self._pid == os.getpid():
                self._read.close()

    def __enter__(self) -> PostgresLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PostgresLedger({safe_url(self.url)!r})"
