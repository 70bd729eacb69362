"""Comparing a report with a saved one: what got better, what got worse, per target.

A difference in pass rate counts as real only when the new rate lies outside the old
rate's 95 % Wilson interval; a smaller move is reported as ``same``, so that a CI log does
not cry wolf over noise on a small dataset.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from llmgate.eval._report import EvalReport, TargetReport

__all__ = ["Change", "compare"]


@dataclass(frozen=True, slots=True)
class Change:
    """One metric of one target against the baseline. ``verdict``: better|worse|same|new::

    for change in compare(report, EvalReport.load("baseline.json")):
        if change.verdict == "worse":
            print(change.target, change.metric, change.old, "->", change.new)
    """

    target: str
    metric: str
    old: float | None
    new: float | None
    verdict: str


def _verdict(old: float | None, new: float | None, higher_is_better: bool, eps: float) -> str:
    if old is None or new is None:
        return "new" if old is None and new is not None else "same"
    if abs(new - old) <= eps:
        return "same"
    return "better" if (new > old) == higher_is_better else "worse"


def _quality(old: TargetReport, new: TargetReport) -> Change:
    rate, before = new.pass_rate, old.pass_rate
    ci = old.quality.get("pass_rate_ci95")
    if rate is None or before is None:
        verdict = "new" if before is None else "same"
    elif ci and ci[0] <= rate <= ci[1]:
        verdict = "same"
    else:
        verdict = "better" if rate > before else "worse"
    return Change(new.target, "pass_rate", before, rate, verdict)


def compare(report: EvalReport, baseline: EvalReport) -> list[Change]:
    """Per target present in ``report``: pass rate, mean score, cost per 1,000 rows,
    p95 latency and error count, each judged against ``baseline``."""
    old_by_name = {t.target: t for t in baseline.targets}
    changes: list[Change] = []
    for new in report.targets:
        old = old_by_name.get(new.target)
        if old is None:
            changes.append(Change(new.target, "pass_rate", None, new.pass_rate, "new"))
            continue
        changes.append(_quality(old, new))
        changes.append(
            Change(
                new.target,
                "mean_score",
                old.mean_score,
                new.mean_score,
                _verdict(old.mean_score, new.mean_score, True, 1e-9),
            )
        )
        o_cost, n_cost = _per_1000(old), _per_1000(new)
        changes.append(
            Change(
                new.target, "cost_per_1000", o_cost, n_cost, _verdict(o_cost, n_cost, False, 1e-9)
            )
        )
        o_p95, n_p95 = old.latency.get("p95_s"), new.latency.get("p95_s")
        # Latency moves with machine load: only a change of more than 20 % is reported.
        eps = 0.2 * o_p95 if o_p95 else 0.0
        changes.append(
            Change(new.target, "p95_s", o_p95, n_p95, _verdict(o_p95, n_p95, False, eps))
        )
        o_err, n_err = float(sum(old.errors.values())), float(sum(new.errors.values()))
        changes.append(Change(new.target, "errors", o_err, n_err, _verdict(o_err, n_err, False, 0)))
    return changes


def _per_1000(t: TargetReport) -> float | None:
    value = t.cost.get("per_1000_rows_usd")
    return None if value is None else float(Decimal(value))
