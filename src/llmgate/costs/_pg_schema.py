"""The PostgreSQL ledger's table: its migrations, and rows and filters to and from SQL.

Apart from ``_postgres.py`` (connections, the group-commit writer), so that the schema reads
in one place and the writer stays small.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from llmgate.costs._records import (
    LedgerRow,
    encode_tags,
    split_where,
    stored_row,
    stored_values,
)

__all__ = ["COLUMNS", "INSERT", "MIGRATIONS", "META", "from_db", "row_params", "where_clause"]

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # version 1
        """CREATE TABLE IF NOT EXISTS llmgate_attempts (
            id BIGSERIAL PRIMARY KEY,
            time TIMESTAMPTZ NOT NULL,
            call_id TEXT NOT NULL,
            route TEXT,
            provider TEXT NOT NULL,
            model TEXT NOT NULL,
            outcome TEXT NOT NULL,
            error TEXT,
            input_tokens BIGINT NOT NULL DEFAULT 0,
            cached_input_tokens BIGINT NOT NULL DEFAULT 0,
            cache_write_tokens BIGINT NOT NULL DEFAULT 0,
            output_tokens BIGINT NOT NULL DEFAULT 0,
            reasoning_tokens BIGINT NOT NULL DEFAULT 0,
            estimated BOOLEAN NOT NULL DEFAULT FALSE,
            cost NUMERIC,
            cost_units BIGINT,
            latency_s DOUBLE PRECISION NOT NULL DEFAULT 0,
            tags JSONB NOT NULL DEFAULT '{}'
        )""",
        "CREATE INDEX IF NOT EXISTS llmgate_attempts_time ON llmgate_attempts (time)",
        "CREATE INDEX IF NOT EXISTS llmgate_attempts_tags ON llmgate_attempts "
        "USING GIN (tags jsonb_path_ops)",
    ),
)
META = "CREATE TABLE IF NOT EXISTS llmgate_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
COLUMNS = (
    "time, call_id, route, provider, model, outcome, error, input_tokens, "
    "cached_input_tokens, cache_write_tokens, output_tokens, reasoning_tokens, estimated, "
    "cost, cost_units, latency_s, tags"
)
INSERT = (
    f"INSERT INTO llmgate_attempts ({COLUMNS}) VALUES "
    f"({', '.join(['%s'] * 16)}, %s::jsonb) RETURNING id"
)


def row_params(row: LedgerRow) -> tuple[Any, ...]:
    moment = row.time if row.time.tzinfo is not None else row.time.replace(tzinfo=UTC)
    return stored_values(row, time=moment, estimated=bool(row.estimated), cost=row.cost)


def where_clause(since: datetime | None, where: Mapping[str, Any] | None) -> tuple[str, list[Any]]:
    columns, tags = split_where(where)
    clauses: list[str] = []
    params: list[Any] = []
    if since is not None:
        clauses.append("time >= %s")
        params.append(since if since.tzinfo is not None else since.replace(tzinfo=UTC))
    for column, value in columns.items():  # names checked by split_where
        clauses.append(f"{column} = %s")
        params.append(value)
    if tags:
        clauses.append("tags @> %s::jsonb")  # containment: served by the GIN index
        params.append(encode_tags(tags))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def from_db(values: tuple[Any, ...]) -> LedgerRow:
    return stored_row(values, time=lambda moment: moment.astimezone(UTC), tags=dict)
