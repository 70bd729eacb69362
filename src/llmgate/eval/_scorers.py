"""Scorers as a table: a name, a function from (answer, row, options) to a score in [0, 1].

A check is ``{"type": NAME, "weight": W, "threshold": T, ...options}``; it passes when its
score reaches its threshold (1.0 unless given, 0.7 for the judge). A row's score is the
weighted mean of its checks, and the row passes when every check passes. Checks come from
the row (``checks``), else from the eval's defaults, else ``exact`` against ``expected``.

The ``judge`` check is the one that calls a model; the runner does the call (through the
same client, so its cost is measured like any other) with :func:`judge_messages` and reads
the grade with :func:`parse_judge`.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import entry_points
from typing import Any

from llmgate.eval._dataset import DatasetError, Row
from llmgate.eval._schema import validate

__all__ = [
    "JUDGE",
    "SCORERS",
    "Check",
    "Score",
    "checks_for",
    "combine",
    "judge_messages",
    "parse_check",
    "parse_judge",
    "run_check",
]

JUDGE = "judge"
ENTRY_POINT_GROUP = "llmgate.eval_scorers"
_NUMBER = re.compile(r"[-+]?(?:\d+(?:[.,]\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


@dataclass(frozen=True, slots=True)
class Check:
    """One scorer applied to a row: its type, weight, pass threshold and options.

    Usually written as a mapping or a CLI shorthand and read with :func:`parse_check`::

        Check("regex", weight=2.0, options={"pattern": r"^\\d+$"})
        parse_check({"type": "number", "value": 42, "tolerance": 0.5})
        parse_check("judge:judge-route")
    """

    type: str
    weight: float = 1.0
    threshold: float = 1.0
    options: Mapping[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return str(self.options.get("name") or self.type)


@dataclass(frozen=True, slots=True)
class Score:
    """What one check gave one answer: ``score`` in [0, 1], ``passed`` against the check's
    threshold, and a short ``detail`` when it failed::

        Score("exact", 0.0, False, 1.0, "expected 'Paris'")
    """

    name: str
    score: float
    passed: bool
    weight: float
    detail: str = ""


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _fold(text: str, options: Mapping[str, Any]) -> str:
    text = " ".join(text.split()) if options.get("normalize_space", True) else text
    return text.casefold() if options.get("ignore_case", False) else text


def _wanted(row: Row, options: Mapping[str, Any], key: str = "value") -> Any:
    value = options.get(key, row.expected)
    if value is None:
        raise ValueError(f"needs '{key}' or the row's 'expected'")
    return value


def _exact(answer: str, row: Row, options: Mapping[str, Any]) -> tuple[float, str]:
    want = _text(_wanted(row, options))
    ok = _fold(answer, options).strip() == _fold(want, options).strip()
    return (1.0, "") if ok else (0.0, f"expected {want[:80]!r}")


def _contains(answer: str, row: Row, options: Mapping[str, Any]) -> tuple[float, str]:
    wanted = _wanted(row, options)
    items = wanted if isinstance(wanted, list) else [wanted]
    missing = [w for w in items if _fold(_text(w), options) not in _fold(answer, options)]
    score = 1.0 - len(missing) / len(items) if items else 1.0
    return score, (f"missing {missing[:3]!r}" if missing else "")


def _regex(answer: str, row: Row, options: Mapping[str, Any]) -> tuple[float, str]:
    pattern = options.get("pattern")
    if not isinstance(pattern, str):
        raise ValueError("needs 'pattern' (a regular expression)")
    flags = re.IGNORECASE if options.get("ignore_case") else 0
    ok = re.search(pattern, answer, flags) is not None
    return (1.0, "") if ok else (0.0, f"no match for {pattern!r}")


def _strip_fence(answer: str) -> str:
    text = answer.strip()
    match = re.fullmatch(r"```(?:json)?\s*(.*?)\s*```", text, re.DOTALL)
    return match.group(1) if match else text


def _json(answer: str, row: Row, options: Mapping[str, Any]) -> tuple[float, str]:
    try:
        value = json.loads(_strip_fence(answer))
    except ValueError as exc:
        return 0.0, f"not JSON ({exc})"
    schema = options.get("schema")
    if schema is not None:
        problem = validate(value, schema)
        if problem is not None:
            return 0.0, problem
    if options.get("equals_expected") and value != row.expected:
        return 0.0, "JSON differs from expected"
    return 1.0, ""


def _number(answer: str, row: Row, options: Mapping[str, Any]) -> tuple[float, str]:
    want = float(_wanted(row, options))
    found = _NUMBER.findall(answer.replace("\u2212", "-"))
    if not found:
        return 0.0, "no number in the answer"
    got = float(found[-1 if options.get("last", False) else 0].replace(",", "."))
    tol = float(options.get("tolerance", 0.0))
    rel = float(options.get("relative", 0.0))
    ok = abs(got - want) <= max(tol, rel * abs(want))
    return (1.0, "") if ok else (0.0, f"{got} is not {want} (tolerance {tol}, relative {rel})")


@cache
def _load_function(spec: str) -> Callable[..., Any]:
    module, sep, name = spec.partition(":")
    if not sep:
        matches = [ep for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name == spec]
        if not matches:
            raise ValueError(f"{spec!r} is neither 'module:function' nor a {ENTRY_POINT_GROUP}")
        loaded: Callable[..., Any] = matches[0].load()
        return loaded
    target: Any = importlib.import_module(module)
    for part in name.split("."):
        target = getattr(target, part)
    if not callable(target):
        raise ValueError(f"{spec!r} is not callable")
    return target  # type: ignore[no-any-return]


def _function(answer: str, row: Row, options: Mapping[str, Any]) -> tuple[float, str]:
    spec = options.get("function") or options.get("entry_point")
    if not isinstance(spec, str):
        raise ValueError("needs 'function' ('module:function') or 'entry_point'")
    result = _load_function(spec)(answer, row)
    if isinstance(result, tuple):
        value, detail = result
        return _clamp(value), str(detail)
    return _clamp(result), ""


def _clamp(value: Any) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    return min(1.0, max(0.0, float(value)))


ScoreFn = Callable[[str, Row, Mapping[str, Any]], tuple[float, str]]

SCORERS: dict[str, ScoreFn] = {
    "exact": _exact,
    "contains": _contains,
    "regex": _regex,
    "json": _json,
    "number": _number,
    "function": _function,
}
# The option a CLI shorthand ``TYPE:ARG`` sets, per scorer.
_SHORTHAND = {
    "contains": "value",
    "regex": "pattern",
    "number": "tolerance",
    "function": "function",
    "judge": "route",
    "exact": "value",
}


def parse_check(spec: str | Mapping[str, Any] | Check, *, where: str = "check") -> Check:
    """A :class:`Check` from a mapping (``{"type": "regex", "pattern": "..."}``) or a CLI
    shorthand (``"regex:^\\d+$"``, ``"number:0.01"``, ``"judge:ROUTE"``, ``"contains"``)."""
    if isinstance(spec, Check):
        return spec
    if isinstance(spec, str):
        kind, sep, arg = spec.partition(":")
        data: dict[str, Any] = {"type": kind}
        if sep:
            key = _SHORTHAND.get(kind, "value")
            data[key] = float(arg) if key == "tolerance" else arg
        spec = data
    options = dict(spec)
    kind = options.pop("type", None)
    if kind != JUDGE and kind not in SCORERS:
        known = sorted([*SCORERS, JUDGE])
        raise DatasetError(f"{where}: unknown scorer {kind!r}; known: {known}")
    if kind == JUDGE and not isinstance(options.get("route"), str):
        raise DatasetError(f"{where}: the judge needs 'route' (the route that grades)")
    try:
        weight = float(options.pop("weight", 1.0))
        threshold = float(options.pop("threshold", 0.7 if kind == JUDGE else 1.0))
    except (TypeError, ValueError):
        raise DatasetError(f"{where}: 'weight' and 'threshold' must be numbers") from None
    if weight < 0:
        raise DatasetError(f"{where}: 'weight' must not be negative")
    return Check(str(kind), weight, threshold, options)


def checks_for(row: Row, defaults: Sequence[Check]) -> list[Check]:
    """The checks that score ``row``: its own, else the defaults, else exact match."""
    if row.checks:
        return [
            parse_check(c, where=f"line {row.line}, checks[{i}]") for i, c in enumerate(row.checks)
        ]
    if defaults:
        return list(defaults)
    return [Check("exact")] if row.expected is not None else []


def run_check(check: Check, answer: str, row: Row) -> Score:
    """Apply a non-judge check. A misconfigured check is a failing score, with the reason."""
    try:
        value, detail = SCORERS[check.type](answer, row, check.options)
    except (ValueError, TypeError, ImportError, AttributeError) as exc:
        value, detail = 0.0, f"check error: {exc}"
    return Score(check.name, value, value >= check.threshold, check.weight, detail)


_JUDGE_SYSTEM = (
    "You grade an answer against a rubric. Reply with one line 'SCORE: N' where N is an "
    "integer from 0 (fails the rubric) to 10 (fully meets it), then one short line of reason."
)


def judge_messages(check: Check, answer: str, row: Row) -> list[dict[str, Any]]:
    """The grading request the judge route receives."""
    rubric = check.options.get("rubric") or "The answer is correct and answers the question."
    question = "\n".join(
        f"{m['role']}: {m.get('content')}" for m in row.messages if m.get("content")
    )
    parts = [f"Rubric: {rubric}", f"Conversation:\n{question}"]
    if row.expected is not None:
        parts.append(f"Reference answer: {_text(row.expected)}")
    parts.append(f"Answer to grade:\n{answer}")
    return [
        {"role": "system", "content": _JUDGE_SYSTEM},
        {"role": "user", "content": "\n\n".join(parts)},
    ]


def parse_judge(text: str) -> float | None:
    """The judge's grade in [0, 1], or ``None`` when it wrote no grade."""
    match = re.search(r"SCORE\s*[:=]\s*(\d+(?:\.\d+)?)", text, re.IGNORECASE)
    if match is None:
        return None
    return min(1.0, max(0.0, float(match.group(1)) / 10.0))


def combine(scores: Sequence[Score]) -> tuple[float | None, bool | None]:
    """A row's weighted score and whether it passed (``None`` when it has no checks)."""
    if not scores:
        return None, None
    total = sum(s.weight for s in scores)
    value = sum(s.score * s.weight for s in scores) / total if total else 0.0
    return value, all(s.passed for s in scores)
