"""The cost ledger: one row per attempt, queried for totals, spend and exports.

Three backends share the :class:`Ledger` protocol: :class:`MemoryLedger` (tests, short
scripts), :class:`SqliteLedger` (the default for the CLI; one file, safe across threads
and processes) and ``PostgresLedger`` (many machines; ``costs/_postgres.py``).
:func:`open_ledger` picks one from the config's ``[costs] ledger`` value::

    ledger = open_ledger("sqlite:///.llmgate/ledger.db")
    ledger.record(LedgerRow(call_id="c1", provider="openai", model="gpt-4o-mini",
                            cost=Decimal("0.0012"), tags={"team": "support"}))
    for total in ledger.totals(by="tag:team", since=datetime(2026, 11, 1, tzinfo=UTC)):
        print(total.key, total.cost, total.unpriced)
    ledger.close()
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol, runtime_checkable
from urllib.parse import parse_qs, urlsplit

from llmgate.costs._records import (
    LedgerRow,
    TotalRow,
    export_rows,
    group_key,
    parse_dimension,
    split_where,
)
from llmgate.costs._sqlite import SqliteLedger
from llmgate.errors import ConfigError

__all__ = ["Ledger", "LedgerRow", "MemoryLedger", "SqliteLedger", "TotalRow", "open_ledger"]


@runtime_checkable
class Ledger(Protocol):
    """What every ledger backend offers. Rows are never updated or deleted by llmgate."""

    def record(self, row: LedgerRow) -> int:
        """Store one attempt; returns its id once it is committed."""
        ...

    def record_many(self, rows: Iterable[LedgerRow]) -> list[int]:
        """Store several attempts in one transaction (all of a call's attempts)."""
        ...

    def totals(
        self, by: str = "day", since: datetime | None = None, where: Mapping[str, Any] | None = None
    ) -> list[TotalRow]:
        """Sums grouped by ``day``, ``month``, ``provider``, ``model``, ``route``,
        ``outcome`` or a tag (``tag:team``), sorted by key (rows without the tag last)."""
        ...

    def spent(
        self, since: datetime | None = None, tags: Mapping[str, str] | None = None
    ) -> Decimal:
        """The priced spend since ``since`` of the attempts carrying every tag in ``tags``."""
        ...

    def rows(
        self,
        since: datetime | None = None,
        where: Mapping[str, Any] | None = None,
        limit: int | None = None,
    ) -> list[LedgerRow]:
        """Rows in recording order (oldest first)."""
        ...

    def export(
        self,
        fmt: str = "csv",
        since: datetime | None = None,
        where: Mapping[str, Any] | None = None,
    ) -> str:
        """Rows as ``csv``, ``json`` or ``jsonl`` text."""
        ...

    def close(self) -> None: ...


class MemoryLedger:
    """A ledger held in this process's memory; gone when the process ends.

    Thread-safe (one lock). Meant for tests and short scripts::

        ledger = MemoryLedger()
        ledger.record(LedgerRow(call_id="c1", provider="p", model="m", cost=Decimal("0.01")))
        assert ledger.spent() == Decimal("0.01")
    """

    def __init__(self) -> None:
        self._rows: list[LedgerRow] = []
        self._lock = threading.Lock()

    def record(self, row: LedgerRow) -> int:
        return self.record_many([row])[0]

    def record_many(self, rows: Iterable[LedgerRow]) -> list[int]:
        with self._lock:
            ids = []
            for row in rows:
                stored = replace(row, id=len(self._rows) + 1, tags=dict(row.tags))
                self._rows.append(stored)
                ids.append(len(self._rows))
            return ids

    def _select(self, since: datetime | None, where: Mapping[str, Any] | None) -> list[LedgerRow]:
        columns, tags = split_where(where)
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        with self._lock:
            snapshot = list(self._rows)
        return [
            row
            for row in snapshot
            if (since is None or row.time >= since)
            and all(getattr(row, k) == v for k, v in columns.items())
            and all(row.tags.get(k) == v for k, v in tags.items())
        ]

    def totals(
        self, by: str = "day", since: datetime | None = None, where: Mapping[str, Any] | None = None
    ) -> list[TotalRow]:
        dimension, tag = parse_dimension(by)
        groups: dict[str | None, list[LedgerRow]] = {}
        for row in self._select(since, where):
            groups.setdefault(group_key(row, dimension, tag), []).append(row)
        ordered = sorted(groups, key=lambda k: (k is None, k or ""))
        return [_total(key, groups[key]) for key in ordered]

    def spent(
        self, since: datetime | None = None, tags: Mapping[str, str] | None = None
    ) -> Decimal:
        rows = self._select(since, {"tags": dict(tags or {})})
        return sum((row.cost for row in rows if row.cost is not None), Decimal(0))

    def rows(
        self,
        since: datetime | None = None,
        where: Mapping[str, Any] | None = None,
        limit: int | None = None,
    ) -> list[LedgerRow]:
        selected = self._select(since, where)
        return selected if limit is None else selected[:limit]

    def export(
        self,
        fmt: str = "csv",
        since: datetime | None = None,
        where: Mapping[str, Any] | None = None,
    ) -> str:
        return export_rows(self.rows(since, where), fmt)

    def close(self) -> None:
        """Nothing to release; kept for the protocol."""


def _total(key: str | None, rows: list[LedgerRow]) -> TotalRow:
    priced = [row.cost for row in rows if row.cost is not None]
    return TotalRow(
        key=key,
        attempts=len(rows),
        input_tokens=sum(r.input_tokens for r in rows),
        cached_input_tokens=sum(r.cached_input_tokens for r in rows),
        cache_write_tokens=sum(r.cache_write_tokens for r in rows),
        output_tokens=sum(r.output_tokens for r in rows),
        reasoning_tokens=sum(r.reasoning_tokens for r in rows),
        cost=sum(priced, Decimal(0)) if priced else None,
        unpriced=len(rows) - len(priced),
        errors=sum(1 for r in rows if r.outcome != "ok"),
    )


def open_ledger(spec: str, *, create: bool = True) -> Ledger:
    """Open the ledger a config names: ``memory``, ``sqlite:///path/to/ledger.db`` or
        ``postgresql://user@host:5432/dbname`` (needs ``llmgate[postgres]``).

        ``sqlite:///relative/path`` is relative to the working directory and
        ``sqlite:////abs/path`` absolute (SQLAlchemy's convention). ``?synchronous=full`` makes
        every commit survive a power cut, at the price of an fsync per call (see docs/costs.md).
        ``create=False`` raises ``FileNotFoundError`` rather than create a missing file (and
    does not create a missing PostgreSQL database).
    """
    if spec == "memory":
        return MemoryLedger()
    if spec.startswith(("postgresql://", "postgres://")):
        from llmgate.costs._postgres import PostgresLedger

        return PostgresLedger(spec, create=create)
    if not spec.startswith("sqlite:///"):
        raise ConfigError(
            f"unknown ledger {spec.split('://')[0]!r}: expected 'memory', 'sqlite:///path' or "
            "'postgresql://...'",
            key="costs.ledger",
        )
    path, _, query = spec[len("sqlite:///") :].partition("?")
    if not path:
        raise ConfigError(
            "sqlite ledger needs a path: sqlite:///path/to/ledger.db", key="costs.ledger"
        )
    options = {k: v[-1] for k, v in parse_qs(urlsplit("?" + query).query).items()}
    synchronous = options.pop("synchronous", "normal").lower()
    if options or synchronous not in ("normal", "full"):
        raise ConfigError(
            f"unknown ledger option(s) in {spec!r}: only synchronous=normal|full",
            key="costs.ledger",
        )
    return SqliteLedger(Path(path), synchronous=synchronous, create=create)
