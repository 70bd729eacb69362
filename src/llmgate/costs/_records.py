"""The ledger's row types and the helpers every backend shares (dimensions, time, export).

A row is one *attempt*, never a prompt or an answer: token buckets, cost, latency, outcome
and the caller's tags. Times are UTC and stored as fixed-width ISO text so that comparing
strings compares times, in SQL as in Python.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from llmgate._fastinit import fast_init
from llmgate._types import Attempt, Usage
from llmgate.costs.prices import COST_QUANTUM

__all__ = ["DIMENSIONS", "LedgerRow", "TotalRow", "parse_dimension"]

# Dimensions ``totals(by=...)`` groups on; anything else names a tag (``tag:team`` or
# ``team``).
DIMENSIONS = ("day", "month", "provider", "model", "route", "outcome")
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_FILTER_KEYS = ("provider", "model", "route", "outcome", "call_id")
# One encoder for every row: json.dumps with options builds a new encoder on each call. The
# ledgers and the budget guards store tags in this one form, so their filters agree.
encode_tags = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode


def tags_json(tags: Mapping[str, Any]) -> str:
    """A row's tags as stored: string keys and values, sorted, ``{}`` when there are none."""
    if not tags:
        return "{}"
    items = tuple(tags.items())
    if all(type(k) is str and type(v) is str for k, v in items):
        return _encoded_tags(items)  # a few tag sets recur on every row: encoded once each
    return encode_tags({str(k): str(v) for k, v in items})


@functools.lru_cache(maxsize=256)
def _encoded_tags(items: tuple[tuple[str, str], ...]) -> str:
    # Only exact ``str`` pairs come here: ``1 == 1.0 == True`` would share a cache entry.
    return encode_tags(dict(items))


def utcnow() -> datetime:
    return datetime.now(UTC)


def format_time(moment: datetime) -> str:
    """Fixed-width UTC text (naive datetimes are taken as UTC).

    Formatted by hand: ``strftime`` costs several microseconds, a noticeable share of the
    per-call ledger budget.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    elif moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (  # noqa: UP031 - the fastest form
        moment.year,
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
        moment.microsecond,
    )


def parse_time(text: str) -> datetime:
    return datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=UTC)


def cost_units(cost: Decimal | None) -> int | None:
    """A cost as an integer count of 1e-10 USD, so SQL can sum it exactly."""
    if cost is None:
        return None
    return int(cost.quantize(COST_QUANTUM).scaleb(10))


def units_to_cost(units: int) -> Decimal:
    return Decimal(units).scaleb(-10).quantize(COST_QUANTUM)


@fast_init
@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One attempt as the ledger stores it. ``cost`` ``None`` means the price was unknown.

    ``id`` is assigned by the ledger when the row is recorded::

        row = LedgerRow.from_attempt(attempt, call_id="c1", route="chat", tags={"team": "a"})
        ledger.record(row)
    """

    call_id: str
    provider: str
    model: str
    outcome: str = "ok"
    route: str | None = None
    input_tokens: int = 0
    cached_input_tokens: int = 0
    cache_write_tokens: int = 0
    output_tokens: int = 0
    reasoning_tokens: int = 0
    estimated: bool = False
    cost: Decimal | None = None
    latency_s: float = 0.0
    error: str | None = None
    tags: Mapping[str, str] = field(default_factory=dict)
    time: datetime = field(default_factory=utcnow)
    id: int | None = None

    @classmethod
    def from_attempt(
        cls,
        attempt: Attempt,
        *,
        call_id: str,
        route: str | None = None,
        tags: Mapping[str, str] | None = None,
        time: datetime | None = None,
    ) -> LedgerRow:
        """The row for one failover attempt (its usage and cost as the flow priced them)."""
        usage = attempt.usage or Usage()
        return cls(
            call_id=call_id,
            provider=attempt.provider,
            model=attempt.model,
            outcome=attempt.outcome,
            route=route,
            input_tokens=usage.input_tokens,
            cached_input_tokens=usage.cached_input_tokens,
            cache_write_tokens=usage.cache_write_tokens,
            output_tokens=usage.output_tokens,
            reasoning_tokens=usage.reasoning_tokens,
            estimated=usage.estimated,
            cost=attempt.cost,
            latency_s=attempt.latency_s,
            error=attempt.error,
            tags=dict(tags or {}),
            time=time or utcnow(),
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: cost as an exact string (or ``None``), time as UTC text."""
        return {
            "id": self.id,
            "time": format_time(self.time),
            "call_id": self.call_id,
            "route": self.route,
            "provider": self.provider,
            "model": self.model,
            "outcome": self.outcome,
            "error": self.error,
            "input_tokens": self.input_tokens,
            "cached_input_tokens": self.cached_input_tokens,
            "cache_write_tokens": self.cache_write_tokens,
            "output_tokens": self.output_tokens,
            "reasoning_tokens": self.reasoning_tokens,
            "estimated": self.estimated,
            "cost_usd": None if self.cost is None else str(self.cost),
            "latency_s": self.latency_s,
            "tags": dict(self.tags),
        }


@dataclass(frozen=True, slots=True)
class TotalRow:
    """One group of :meth:`Ledger.totals`.

    ``cost`` sums the priced attempts; ``unpriced`` counts attempts whose cost is unknown,
    so a report can say "+ 3 unpriced" instead of showing an unknown as 0. ``cost`` is
    ``None`` when no attempt of the group had a price.
    """

    key: str | None
    attempts: int
    input_tokens: int
    cached_input_tokens: int
    cache_write_tokens: int
    output_tokens: int
    reasoning_tokens: int
    cost: Decimal | None
    unpriced: int
    errors: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "attempts": self.attempts,
            "input_tokens": self.input_tokens,
            "cached_input_tokens": self.cached_input_tokens,
            "cache_write_tokens": self.cache_write_tokens,
            "output_tokens": self.output_tokens,
            "reasoning_tokens": self.reasoning_tokens,
            "cost_usd": None if self.cost is None else str(self.cost),
            "unpriced_attempts": self.unpriced,
            "errors": self.errors,
        }


def parse_dimension(by: str) -> tuple[str, str | None]:
    """``"day"`` -> ``("day", None)``; ``"tag:team"`` or ``"team"`` -> ``("tag", "team")``."""
    if by in DIMENSIONS:
        return by, None
    name = by[4:] if by.startswith("tag:") else by
    if not name:
        raise ValueError(f"cannot group by {by!r}: expected {', '.join(DIMENSIONS)} or tag:NAME")
    return "tag", name


def stored_values(row: LedgerRow, *, time: Any, estimated: Any, cost: Any) -> tuple[Any, ...]:
    """``row`` in the SQL ledgers' column order (after ``id``). Each backend encodes the
    time, the flag and the exact cost its own way; the rest is stored as it is."""
    return (
        time,
        row.call_id,
        row.route,
        row.provider,
        row.model,
        row.outcome,
        row.error,
        row.input_tokens,
        row.cached_input_tokens,
        row.cache_write_tokens,
        row.output_tokens,
        row.reasoning_tokens,
        estimated,
        cost,
        cost_units(row.cost),
        row.latency_s,
        tags_json(row.tags),
    )


def stored_row(
    values: tuple[Any, ...],
    *,
    time: Callable[[Any], datetime],
    tags: Callable[[Any], Mapping[str, Any]],
) -> LedgerRow:
    """A row read back from an SQL ledger (``id`` first, then :func:`stored_values`' order);
    ``time`` and ``tags`` decode what the backend stored for those two columns."""
    (row_id, moment, call_id, route, provider, model, outcome, error, inp, cached, written,
     out, reasoning, estimated, cost, _units, latency, stored_tags) = values  # fmt: skip
    return LedgerRow(
        id=int(row_id),
        time=time(moment),
        call_id=call_id,
        route=route,
        provider=provider,
        model=model,
        outcome=outcome,
        error=error,
        input_tokens=int(inp),
        cached_input_tokens=int(cached),
        cache_write_tokens=int(written),
        output_tokens=int(out),
        reasoning_tokens=int(reasoning),
        estimated=bool(estimated),
        cost=None if cost is None else Decimal(cost),
        latency_s=float(latency),
        tags=dict(tags(stored_tags)),
    )


def split_where(where: Mapping[str, Any] | None) -> tuple[dict[str, str], dict[str, str]]:
    """Split a filter into column filters and tag filters (``tag:NAME`` or ``tags={...}``)."""
    columns: dict[str, str] = {}
    tags: dict[str, str] = {}
    for key, value in (where or {}).items():
        if key == "tags" and isinstance(value, Mapping):
            tags.update({str(k): str(v) for k, v in value.items()})
        elif key.startswith("tag:"):
            tags[key[4:]] = str(value)
        elif key in _FILTER_KEYS:
            columns[key] = str(value)
        else:
            raise ValueError(f"cannot filter on {key!r}: use {', '.join(_FILTER_KEYS)} or tag:NAME")
    return columns, tags


def group_key(row: LedgerRow, dimension: str, tag: str | None) -> str | None:
    if dimension == "day":
        return format_time(row.time)[:10]
    if dimension == "month":
        return format_time(row.time)[:7]
    if dimension == "tag":
        return row.tags.get(tag or "")
    value: str | None = getattr(row, dimension)
    return value


def export_rows(rows: Iterable[LedgerRow], fmt: str) -> str:
    """Rows as ``csv``, ``json`` (one array) or ``jsonl`` (one object a line)."""
    dicts = [row.to_dict() for row in rows]
    if fmt == "json":
        return json.dumps(dicts, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(d) + "\n" for d in dicts)
    if fmt == "csv":
        out = io.StringIO()
        names = list(LedgerRow.__dataclass_fields__)
        names = ["id", "time", *[n for n in names if n not in ("id", "time", "cost")]]
        names.insert(names.index("latency_s"), "cost_usd")
        writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        for d in dicts:
            d["tags"] = json.dumps(d["tags"], sort_keys=True)
            writer.writerow({name: "" if d[name] is None else d[name] for name in names})
        return out.getvalue()
    raise ValueError(f"unknown export format {fmt!r}: expected csv, json or jsonl")
