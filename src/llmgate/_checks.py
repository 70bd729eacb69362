"""A route's ``checks``: what an answer must pass before the call returns it.

The checks are ``llmgate eval``'s scorers (``llmgate.eval._scorers``: exact, contains,
regex, json with a schema, number, function, judge), written the same way as a dataset
row's ``checks``. There is no expected answer at call time, so the options carry it
(``{"type": "contains", "value": "Paris"}``). The chat flow runs them inside the attempt,
after the answer is restored: an answer that fails raises ``CheckFailedError``, which the
planner fails over like any other attempt error, so a cascade is the one attempt loop.

A ``judge`` check is a call of another route through the same client, so it is priced,
budgeted and ledgered as a call of that route; its cost and the time the checks took are
kept on the attempt (``check_cost``, ``check_latency_s``).
"""

from __future__ import annotations

import re
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from llmgate import errors
from llmgate._types import ChatRequest
from llmgate.eval._dataset import DatasetError, Row
from llmgate.eval._scorers import (
    JUDGE,
    Check,
    _load_function,
    judge_messages,
    parse_check,
    parse_judge,
    run_check,
)

__all__ = ["JUDGE_PARAMS", "Judge", "RouteChecks", "Verdict", "check_problem", "parse_checks"]

# (route, messages, tags) -> (the judge's text, its cost or None when unpriced)
Judge = Callable[[str, list[dict[str, Any]], Mapping[str, str]], Awaitable[tuple[str, Any]]]
JUDGE_PARAMS: Mapping[str, Any] = {"temperature": 0.0, "max_tokens": 64}
_NEEDS_VALUE = ("exact", "contains", "number")
# Scorers whose failure detail quotes only the check's own options, never the answer.
_OWN_DETAIL = ("exact", "contains", "regex")


def _judges(specs: Sequence[Any]) -> bool:
    """Whether a route's raw ``checks`` hold a judge (a judged judge could judge forever)."""
    for spec in specs:
        kind = spec.partition(":")[0] if isinstance(spec, str) else dict(spec).get("type")
        if kind == JUDGE:
            return True
    return False


def check_problem(check: Check, route: str, routes: Mapping[str, Sequence[Any]]) -> str | None:
    """What is wrong with a route's check, checked when the config loads; ``None`` if fine.

    Stricter than eval: no row supplies an ``expected``, and a check that cannot run would
    reject every answer of every call, so it must fail loudly at load time instead.
    """
    opts = check.options
    if check.type in _NEEDS_VALUE and opts.get("value") is None:
        return f"a {check.type!r} check on a route needs 'value' (there is no expected answer)"
    if check.type == "regex":
        try:
            re.compile(str(opts.get("pattern")))
        except re.error as exc:
            return f"bad regular expression: {exc}"
    if check.type == "function":
        spec = opts.get("function") or opts.get("entry_point")
        if not isinstance(spec, str):
            return "needs 'function' ('module:function') or 'entry_point'"
        try:
            _load_function(spec)
        except (ImportError, AttributeError, ValueError) as exc:
            return f"cannot load {spec!r}: {exc}"
    if check.type == JUDGE:
        judge = str(opts["route"])
        if judge == route:
            return "a route cannot judge its own answers (the judge would judge itself)"
        if judge not in routes and ":" not in judge:
            return f"unknown judge route {judge!r} (routes: {', '.join(sorted(routes))})"
        if _judges(routes.get(judge, ())):
            return f"the judge route {judge!r} has judge checks of its own (a judge is not judged)"
    return None


def parse_checks(
    specs: Sequence[Any], route: str, routes: Mapping[str, Sequence[Any]]
) -> list[tuple[str, str]]:
    """Problems of a route's ``checks`` list, as ``(key suffix, problem)`` pairs;
    ``routes`` maps each route of the config to its raw ``checks``."""
    problems: list[tuple[str, str]] = []
    for i, spec in enumerate(specs):
        try:
            check = parse_check(spec, where=f"checks[{i}]")
        except (DatasetError, ValueError, TypeError) as exc:
            problems.append((f"checks[{i}]", str(exc).removeprefix(f"checks[{i}]: ")))
            continue
        problem = check_problem(check, route, routes)
        if problem is not None:
            problems.append((f"checks[{i}]", problem))
    return problems


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a route's checks said of one answer."""

    passed: bool
    failures: tuple[str, ...]  # "name: detail" per failed check, never the answer's text
    cost: Decimal | None  # what the judges cost; None when a judge's price is unknown
    latency_s: float


class RouteChecks:
    """The parsed checks of one route and the way to call its judges."""

    def __init__(self, checks: Sequence[Check], judge: Judge | None) -> None:
        self.checks = tuple(checks)
        self._judge = judge

    async def verdict(self, answer: str, request: ChatRequest, tags: Mapping[str, str]) -> Verdict:
        started = time.perf_counter()
        row = Row(0, "", tuple(m.to_openai() for m in request.messages))
        failures: list[str] = []
        cost: Decimal | None = Decimal(0)
        # The free checks first: an answer one of them rejects is not worth paying a judge.
        for check in sorted(self.checks, key=lambda c: c.type == JUDGE):
            if check.type == JUDGE:
                if failures:
                    break
                ok, detail, spent = await self._graded(check, answer, row, tags)
                cost = None if cost is None or spent is None else cost + spent
            else:
                score = run_check(check, answer, row)
                # A schema error, a number found, a user function's reason may quote the
                # answer; the trace and the logs must not, so only the check is named.
                ok, detail = score.passed, score.detail if check.type in _OWN_DETAIL else ""
            if not ok:
                failures.append(f"{check.name}: {detail}" if detail else check.name)
        return Verdict(not failures, tuple(failures), cost, time.perf_counter() - started)

    async def _graded(
        self, check: Check, answer: str, row: Row, tags: Mapping[str, str]
    ) -> tuple[bool, str, Decimal | None]:
        if self._judge is None:  # the route was built without a client (a bug)
            raise RuntimeError("this route's judge checks have no client to call")
        route = str(check.options["route"])
        try:
            text, cost = await self._judge(route, judge_messages(check, answer, row), tags)
        except errors.AllProvidersFailedError as exc:
            spent = _spent(exc.attempts)
            return False, f"judge failed: {type(exc).__name__}", spent
        except errors.LLMGateError as exc:
            return False, f"judge failed: {type(exc).__name__}", Decimal(0)
        grade = parse_judge(text)
        if grade is None:
            return False, "the judge gave no SCORE", cost
        ok = grade >= check.threshold
        return ok, "" if ok else f"graded {grade:.2f} < {check.threshold:.2f}", cost


def _spent(attempts: Sequence[Any]) -> Decimal | None:
    total: Decimal | None = Decimal(0)
    for a in attempts:
        if a.usage is not None:
            total = None if total is None or a.cost is None else total + a.cost
    return total
