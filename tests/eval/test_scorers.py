"""The scorer table, the dataset reader and the statistics, on fixed inputs."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from llmgate._jsonschema import check
from llmgate.eval import DatasetError, Row, iter_rows
from llmgate.eval._scorers import Check, checks_for, combine, parse_check, parse_judge, run_check
from llmgate.eval._stats import mean_interval, pareto_front, percentile, t_critical, wilson


def row(expected: object = None, **kw: object) -> Row:
    return next(iter_rows([{"prompt": "q", "expected": expected, **kw}]))


def score(spec: object, answer: str, r: Row | None = None) -> float:
    return run_check(parse_check(spec), answer, r or row()).score  # type: ignore[arg-type]


def test_exact_contains_regex() -> None:
    r = row("Paris")
    assert score("exact", " Paris \n", r) == 1.0
    assert score("exact", "paris", r) == 0.0
    assert score({"type": "exact", "ignore_case": True}, "paris", r) == 1.0
    assert score("contains", "It is Paris.", r) == 1.0
    assert score({"type": "contains", "value": ["a", "b", "zz", "yy"]}, "ab", r) == 0.5
    assert score(r"regex:^\d{3}$", "123") == 1.0
    assert score(r"regex:^\d{3}$", "1234") == 0.0


def test_json_and_schema() -> None:
    schema = {
        "type": "object",
        "required": ["name", "age"],
        "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0}},
        "additionalProperties": False,
    }
    spec = {"type": "json", "schema": schema}
    assert score(spec, '```json\n{"name": "a", "age": 3}\n```') == 1.0
    assert score(spec, '{"name": "a", "age": -1}') == 0.0
    assert score(spec, '{"name": "a", "age": 3, "x": 1}') == 0.0
    assert score(spec, '{"name": "a", "age": true}') == 0.0
    assert score("json", "not json") == 0.0
    assert (
        check([1, "a"], {"type": "array", "items": {"type": "integer"}})
        == "$[1]: expected integer, got string"
    )
    assert check("b", {"oneOf": [{"const": "a"}, {"enum": ["b"]}]}) is None


def test_number_with_tolerance() -> None:
    r = row(3.14)
    assert score("number:0.01", "pi is about 3.141", r) == 1.0
    assert score("number:0.0001", "pi is about 3.141", r) == 0.0
    assert score({"type": "number", "relative": 0.1, "value": 100}, "-> 95") == 1.0
    assert score("number", "no digits") == 0.0


def user_check(answer: str, r: Row) -> tuple[float, str]:
    return (0.5, "half") if "half" in answer else (1.0, "")


def test_user_function_and_bad_specs() -> None:
    assert score(f"function:{__name__}:user_check", "half done") == 0.5
    assert score(f"function:{__name__}:user_check", "done") == 1.0
    failed = run_check(parse_check("function:nowhere_module:f"), "x", row())
    assert failed.score == 0.0 and "check error" in failed.detail
    with pytest.raises(DatasetError, match="unknown scorer 'fuzzy'"):
        parse_check("fuzzy")
    with pytest.raises(DatasetError, match="judge needs 'route'"):
        parse_check({"type": "judge"})


def test_weights_and_pass_rule() -> None:
    r = row("42", checks=[{"type": "exact"}, {"type": "contains", "value": "4", "weight": 3}])
    scores = [run_check(c, "4", r) for c in checks_for(r, [])]
    value, passed = combine(scores)
    assert value == pytest.approx(0.75) and passed is False
    assert checks_for(row("x"), []) == [Check("exact")]
    assert checks_for(row(), []) == [] and combine([]) == (None, None)
    assert parse_judge("SCORE: 7\nok") == 0.7 and parse_judge("great") is None


def test_dataset_errors_name_the_line(tmp_path: Path) -> None:
    cases = {
        "[1, 2]": "line 1: a row must be a JSON object",
        '{"prompt": "a", "foo": 1}': "unknown key(s) ['foo']",
        '{"messages": [{"role": "robot"}]}': "messages[0] must be an object with a role",
        '{"prompt": "a", "tags": [1]}': "'tags' must be a list of strings",
        '{"prompt": "a", "checks": [{"x": 1}]}': "checks[0] needs a 'type'",
        "{oops": "line 1: not valid JSON",
    }
    for text, message in cases.items():
        path = tmp_path / "d.jsonl"
        path.write_text(text + "\n", encoding="utf-8")
        with pytest.raises(DatasetError) as info:
            list(iter_rows(path))
        assert message in str(info.value) and str(path) in str(info.value)
    with pytest.raises(DatasetError, match="cannot read dataset"):
        list(iter_rows(tmp_path / "missing.jsonl"))


def test_row_identity_is_what_is_sent_and_checked() -> None:
    a, b = row("x"), row("y")
    assert a.key != b.key and row("x").key == a.key
    assert row("x", id="other", tags=["t"]).key == a.key  # id and tags do not change answers


def test_statistics() -> None:
    assert wilson(0, 0) is None
    low, high = wilson(0, 10)  # type: ignore[misc]
    assert low == 0.0 and round(high, 4) == 0.2775
    low, high = wilson(10, 10)  # type: ignore[misc]
    assert round(low, 4) == 0.7225 and high == 1.0
    assert t_critical(4) == 2.776 and abs(t_critical(1000) - 1.9623) < 1e-3
    # scores 0, 0.5, 1: mean 0.5, sd 0.5, half-width t(2) * 0.5 / sqrt(3)
    low, high = mean_interval(1.5, 1.25, 3)  # type: ignore[misc]
    half = 4.303 * 0.5 / math.sqrt(3)
    assert (low, high) == (max(0.0, 0.5 - half), min(1.0, 0.5 + half))
    assert mean_interval(1.0, 1.0, 1) is None
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5 and percentile([], 50) is None


def test_pareto_front() -> None:
    pts = [("cheap", 0.1, 0.6), ("mid", 0.5, 0.8), ("bad", 0.6, 0.7), ("best", 2.0, 0.9)]
    assert pareto_front(pts) == {"cheap", "mid", "best"}
