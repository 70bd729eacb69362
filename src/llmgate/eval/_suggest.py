"""``llmgate eval --suggest``: the cheapest target meeting a quality bar, as config.

For all rows and for each tag, the targets whose pass rate reaches the bar, cheapest first
(cost per 1,000 rows, of the tag's own rows for a tag; an unpriced target comes last,
since its cost is unknown). The first
is the route's preferred target and the others its fallbacks, so the suggested route keeps
quality when the cheapest one fails. A tag that no target serves well enough is said so,
in a comment, rather than given a route that would not meet the bar.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from llmgate.eval._report import EvalReport, TargetReport

__all__ = ["suggest"]


Candidate = tuple[TargetReport, float, Decimal | None]  # target, pass rate, cost per 1k rows


def _cost(block: dict[str, Any]) -> Decimal | None:
    value = block.get("per_1000_rows_usd")
    return None if value is None else Decimal(value)


def _ranked(candidates: list[Candidate]) -> list[Candidate]:
    """Cheapest first, an unpriced target last; the better pass rate breaks a tie."""
    return sorted(candidates, key=lambda c: (c[2] is None, c[2] or Decimal(0), -c[1]))


def _route_name(tag: str | None) -> str:
    if tag is None:
        return "eval-all"
    return "eval-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", tag).strip("-") or "tag")


def _section(
    tag: str | None,
    ranked: list[Candidate],
    bar: float,
    served: dict[str, list[str]],
) -> str:
    name = _route_name(tag)
    scope = "all rows" if tag is None else f"rows tagged {tag!r}"
    if not ranked:
        return f"# {scope}: no target reaches a pass rate of {bar:.0%}; no route suggested\n"
    best, rate, cost = ranked[0]
    price = "unpriced" if cost is None else f"${cost} per 1,000 rows"
    # A route's targets are provider:model: a route name evaluated is what served it.
    keys = dict.fromkeys((served.get(t.target) or [t.target])[0] for t, _, _ in ranked)
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
    overall = [(t, r, _cost(t.cost)) for t in report.targets if (r := t.pass_rate) is not None]
    parts.append(_section(None, _ranked([c for c in overall if c[1] >= bar]), bar, served))
    tags = sorted({tag for t in report.targets for tag in t.tags})
    for tag in tags:
        found: list[Candidate] = []
        for t in report.targets:
            block = t.tags.get(tag, {})
            rate = block.get("pass_rate")
            if rate is not None and rate >= bar:
                # The tag's own cost where the report has it (older reports: the target's).
                cost = _cost(block) if "per_1000_rows_usd" in block else _cost(t.cost)
                found.append((t, float(rate), cost))
        parts.append(_section(tag, _ranked(found), bar, served))
    return "\n".join(parts)
