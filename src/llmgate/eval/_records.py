"""An eval's answer as the answer cache holds it: a JSON-ready record, and the ``Result``
it becomes once scored.

Kept apart from the runner because this is a format, not a schedule: a record written by
one run is read back by a later one (``_cache.py``), so what goes in and what comes out
are defined here together, and the runner only moves records from the client to the cache
and into the accumulators.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from llmgate import errors
from llmgate._types import ChatResponse
from llmgate.eval._dataset import Row
from llmgate.eval._report import Result

__all__ = ["Record", "answer_record", "error_record", "result_of"]

Record = dict[str, Any]  # an answer (or an error) as cached: JSON-ready


def answer_record(r: ChatResponse, trust: str | None, ttft_s: float | None) -> Record:
    """A response as the cache keeps it: its text and what the report measures of it."""
    return {
        "text": r.text,
        "cost": None if r.cost is None else str(r.cost),
        "latency_s": sum(a.latency_s for a in r.attempts),
        "input_tokens": r.usage.input_tokens,
        "output_tokens": r.usage.output_tokens,
        "masked": len(r.redactions),
        "provider": r.provider,
        "model": r.model,
        "trust": trust,
        "ttft_s": ttft_s,
    }


def error_record(exc: errors.LLMGateError) -> Record:
    """A failed call as a result (never cached): its error's name, and what its attempts
    cost and took. After a failover, the name is the last attempt's error."""
    attempts = getattr(exc, "attempts", None) or []
    costs = [a.cost for a in attempts if a.cost is not None]
    failed = [a.error for a in attempts if a.error]
    name = type(exc).__name__
    if isinstance(exc, errors.AllProvidersFailedError) and failed:
        name = str(failed[-1])
    return {
        "error": name,
        "cost": str(sum(costs, Decimal(0))),
        "latency_s": sum(a.latency_s for a in attempts),
    }


def result_of(target: str, row: Row, record: Record, cached: bool) -> Result:
    """The unscored ``Result`` of ``row`` on ``target`` (scores are added by the runner)."""
    cost = record.get("cost")
    return Result(
        target=target,
        row_key=row.key,
        tags=row.tags,
        text=str(record.get("text", "")),
        error=record.get("error"),
        latency_s=float(record.get("latency_s", 0.0)),
        cost=None if cost is None else Decimal(cost),
        input_tokens=int(record.get("input_tokens", 0)),
        output_tokens=int(record.get("output_tokens", 0)),
        masked=int(record.get("masked", 0)),
        provider=record.get("provider"),
        model=record.get("model"),
        trust=record.get("trust"),
        ttft_s=record.get("ttft_s"),
        cached=cached,
    )
