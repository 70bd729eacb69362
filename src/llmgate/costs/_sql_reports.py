"""The reads both SQL ledgers answer the same way, each in its own SQL dialect.

``totals``, ``spent``, ``rows`` and ``export`` are one algorithm over the attempts table;
what differs between SQLite and PostgreSQL is a handful of SQL fragments (the table name,
the parameter marker, how a day or a tag is read, how a row comes back), which each ledger
supplies. Keeping the algorithm here means a report cannot drift between the two stores
(the ledger tests run every report on both).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from llmgate.costs._records import LedgerRow, TotalRow, export_rows, parse_dimension, units_to_cost

__all__ = ["SqlReports"]


class SqlReports:
    """Mixin: the ledger's read API over ``_query`` and the dialect's fragments."""

    _table: ClassVar[str]  # the attempts table
    _marker: ClassVar[str]  # the parameter marker: "?" or "%s"
    _columns: ClassVar[str]  # every stored column after ``id``, in ``_from_db``'s order

    # -- what a dialect supplies -------------------------------------------------------
    def _query(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _where(
        self, since: datetime | None, where: Mapping[str, Any] | None
    ) -> tuple[str, list[Any]]:
        """A ``WHERE`` clause (possibly empty) and its parameters."""
        raise NotImplementedError

    def _group_key(self, dimension: str, tag: str | None) -> tuple[str, list[Any]]:
        """The SQL expression (and its parameters) that ``day``, ``month`` and tags group by."""
        raise NotImplementedError

    def _totals_sql(self, key: str, clause: str) -> str:
        """The grouped query: key, count, five token sums, units, priced count, errors."""
        raise NotImplementedError

    @staticmethod
    def _from_db(values: tuple[Any, ...]) -> LedgerRow:
        raise NotImplementedError

    # -- the read API --------------------------------------------------------------------
    def totals(
        self, by: str = "day", since: datetime | None = None, where: Mapping[str, Any] | None = None
    ) -> list[TotalRow]:
        dimension, tag = parse_dimension(by)
        if dimension in ("day", "month", "tag"):
            key, key_params = self._group_key(dimension, tag)
        else:
            key, key_params = dimension, []  # one of DIMENSIONS, never user text
        clause, params = self._where(since, where)
        return [
            TotalRow(
                key=None if k is None else str(k),
                attempts=int(n),
                input_tokens=int(inp),
                cached_input_tokens=int(cached),
                cache_write_tokens=int(written),
                output_tokens=int(out),
                reasoning_tokens=int(reasoning),
                cost=None if priced == 0 else units_to_cost(int(units)),
                unpriced=int(n) - int(priced),
                errors=int(errors),
            )
            for (k, n, inp, cached, written, out, reasoning, units, priced, errors) in self._query(
                self._totals_sql(key, clause), key_params + params
            )
        ]

    def spent(
        self, since: datetime | None = None, tags: Mapping[str, str] | None = None
    ) -> Decimal:
        clause, params = self._where(since, {"tags": dict(tags or {})})
        (units,) = self._query(f"SELECT SUM(cost_units) FROM {self._table}{clause}", params)[0]
        return units_to_cost(int(units or 0))

    def rows(
        self,
        since: datetime | None = None,
        where: Mapping[str, Any] | None = None,
        limit: int | None = None,
    ) -> list[LedgerRow]:
        clause, params = self._where(since, where)
        sql = f"SELECT id, {self._columns} FROM {self._table}{clause} ORDER BY id"
        if limit is not None:
            sql += f" LIMIT {self._marker}"
            params.append(int(limit))
        return [self._from_db(values) for values in self._query(sql, params)]

    def export(
        self,
        fmt: str = "csv",
        since: datetime | None = None,
        where: Mapping[str, Any] | None = None,
    ) -> str:
        return export_rows(self.rows(since, where), fmt)
