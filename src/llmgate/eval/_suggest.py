"""``llmgate eval --suggest``: the cheapest target meeting a quality bar, as config.

For all rows and for each tag, the targets whose pass rate reaches the bar, cheapest first
(cost per 1,000 rows; an unpriced target comes last, since its cost is unknown). The first
is the route's preferred target and the others its fallbacks, so the suggested route keeps
quality when the cheapest one fails. A tag that no target serves well enough is said so,
in a comment, rather than given a route that would not meet the bar.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from llmgate.eval._report import EvalReport, TargetReport

__all__ = ["suggest"]


def _cost(t: TargetReport) -> Decimal | None:
    value = t.cost.get("per_1000_rows_usd")
    return None if value is None else Decimal(value)


def _ranked(candidates: list[tuple[TargetReport, float]]) -> list[tuple[TargetReport, float]]:
    def key(item: tuple[TargetReport, float]) -> tuple[int, Decimal, float]:
        cost = _cost(item[0])
        return (cost is None, cost if cost is not None else Decimal(0), -item[1])

    return sorted(candidates, key=key)


def _route_name(tag: str | None) -> str:
    if tag is None:
        return "eval-all"
    return "eval-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", tag).strip("-") or "tag")


def _section(
    tag: str | None,
    ranked: list[tuple[TargetReport, float]],
    bar: float,
    served: dict[str, list[str]],
) -> str:
    name = _route_name(tag)
    scope = "all rows" if tag is None else f"rows tagged {tag!r}"
    if not ranked:
        return f"# {scope}: no target reaches a pass rate of {bar:.0%}; no route suggested\n"
    best, rate = ranked[0]
    cost = _cost(best)
    price = "unpriced" if cost is None else f"${cost} per 1,000 rows"
    # A route's targets are provider:model: a route name evaluated is what served it.
    keys = dict.fromkeys((served.get(t.target) or [t.target])[0] for t, _ in ranked)
    targets = ", ".join(json.dumps(k) for k in keys)
    return (
        f"# {scope}: {best.target} passes {rate:.0%} at {price}\n"
        f'[routes.{name}]\ntargets = [{targets}]\nstrategy = "failover"\n'
    )


def suggest(report: EvalReport, bar: float) -> str:
    """TOML routes: per scope, the targets passing at least ``bar``, cheapest first."""
    parts = [
        f"# llmgate eval --suggest: cheapest targets with a pass rate of at least {bar:.0%}"
        f" on {report.dataset} ({report.settings.get('rows', '?')} rows)\n"
    ]
    served = {k: list(v) for k, v in report.settings.get("served_by", {}).items()}
    overall = [(t, t.pass_rate) for t in report.targets if t.pass_rate is not None]
    parts.append(_section(None, _ranked([(t, r) for t, r in overall if r >= bar]), bar, served))
    tags = sorted({tag for t in report.targets for tag in t.tags})
    for tag in tags:
        found = []
        for t in report.targets:
            rate = t.tags.get(tag, {}).get("pass_rate")
            if rate is not None and rate >= bar:
                found.append((t, float(rate)))
        parts.append(_section(tag, _ranked(found), bar, served))
    return "\n".join(parts)
