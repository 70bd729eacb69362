"""Routing on the result: ``strategy = "cascade"`` tries the cheapest target first, and a
route's ``checks`` reject a wrong answer (billed, outcome ``"rejected"``) so the call moves
to the next target. Against the vendors' loopback servers, with exact prices."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from llmgate import Client, errors
from llmgate.events import AttemptFailed, AttemptSucceeded
from llmgate.testing import AnthropicServer, OpenAIServer, ScriptedMessage

from .conftest import Driver

CHEAP_USAGE = {"prompt_tokens": 1000, "completion_tokens": 500}
CHEAP_COST = Decimal("0.0003")  # 1000 x $0.10/M + 500 x $0.40/M
DEAR_COST = Decimal("0.00105")  # 100 x $3/M + 50 x $15/M
JUDGE_USAGE = {"prompt_tokens": 100, "completion_tokens": 10}
JUDGE_COST = Decimal("0.00012")  # 100 x $1/M + 10 x $2/M
CONTAINS_PARIS = {"type": "contains", "value": "Paris"}


def cfg(oa: OpenAIServer, an: AnthropicServer, *checks: Any, **route: Any) -> dict[str, Any]:
    return {
        "providers": {
            "oa": {"type": "openai", "base_url": oa.base_url, "api_key": "sk-test-oa-0000000001"},
            "an": {"type": "anthropic", "base_url": an.url, "api_key": "sk-ant-test-0000001"},
        },
        "routes": {
            # The dear target comes first in the config: the cascade still starts cheap.
            "r": {
                "targets": ["an:claude-dear", "oa:gpt-cheap"],
                "strategy": "cascade",
                "checks": list(checks),
                **route,
            },
            "judge": {"targets": ["oa:gpt-judge"], "retries": 0},
        },
        "pricing": {
            "oa:gpt-cheap": {"input": 0.1, "output": 0.4},
            "an:claude-dear": {"input": 3, "output": 15},
            "oa:gpt-judge": {"input": 1, "output": 2},
        },
    }


@pytest.fixture
def oa(openai_server: OpenAIServer) -> OpenAIServer:
    return openai_server


@pytest.fixture
def an(anthropic_server: AnthropicServer) -> AnthropicServer:
    return anthropic_server


def dear(text: str) -> ScriptedMessage:
    return ScriptedMessage(text=text, input_tokens=100, output_tokens=50)


async def test_a_wrong_cheap_answer_is_billed_and_the_dear_one_returned(
    api: Driver,
    clients: list[Client],
    oa: OpenAIServer,
    an: AnthropicServer,
) -> None:
    oa.script("London", usage=CHEAP_USAGE)
    an.script(dear("Paris"))
    client = Client(cfg(oa, an, CONTAINS_PARIS))
    clients.append(client)
    r = await api.chat(client, "r", "Capital of France?", tags={"team": "geo"})
    assert (r.text, r.provider) == ("Paris", "an")
    cheap, good = r.attempts
    assert (cheap.provider, cheap.outcome, cheap.error) == ("oa", "rejected", "CheckFailedError")
    assert cheap.cost == CHEAP_COST and cheap.usage is not None
    assert "contains" in (cheap.error_message or "")
    assert "London" not in (cheap.error_message or "")  # the answer stays out of the trace
    assert cheap.check_cost == Decimal(0) and cheap.check_latency_s is not None
    assert (good.provider, good.outcome, good.cost) == ("an", "ok", DEAR_COST)
    assert good.check_latency_s is not None
    assert r.cost == CHEAP_COST + DEAR_COST
    assert r.usage.input_tokens == 1100
    # A rejection fails over at once: no retry of the cheap target (retries = 2).
    assert len(oa.chat_requests()) == 1
    rows = client.ledger.rows()
    assert [(row.provider, row.outcome, row.cost) for row in rows] == [
        ("oa", "rejected", CHEAP_COST),
        ("an", "ok", DEAR_COST),
    ]
    assert client.ledger.spent() == r.cost


async def test_cheapest_first_and_a_right_cheap_answer_ends_the_call(
    clients: list[Client], oa: OpenAIServer, an: AnthropicServer
) -> None:
    config = cfg(oa, an, {"type": "regex", "pattern": r"^\s*Paris"})
    config["providers"]["other"] = {"type": "openai", "base_url": oa.base_url}
    config["routes"]["r"]["targets"] = ["other:unpriced", "an:claude-dear", "oa:gpt-cheap"]
    client = Client(config)
    clients.append(client)
    assert client.route("r").strategy.order() == [
        "oa:gpt-cheap",
        "an:claude-dear",
        "other:unpriced",
    ]
    oa.script("Paris", usage=CHEAP_USAGE)
    r = await client.achat("r", "Capital of France?")
    assert (r.text, r.provider, r.cost) == ("Paris", "oa", CHEAP_COST)
    assert [a.outcome for a in r.attempts] == ["ok"]
    assert an.requests == []


async def test_a_judge_check_is_paid_for_and_recorded_on_each_attempt(
    api: Driver,
    clients: list[Client],
    oa: OpenAIServer,
    an: AnthropicServer,
) -> None:
    oa.script("London", usage=CHEAP_USAGE)
    oa.script("SCORE: 2\nwrong capital", usage=JUDGE_USAGE)
    an.script(dear("Paris"))
    oa.script("SCORE: 9\nright", usage=JUDGE_USAGE)
    judge = {"type": "judge", "route": "judge", "rubric": "names the capital of France"}
    client = Client(cfg(oa, an, judge))
    clients.append(client)
    r = await api.chat(client, "r", "Capital of France?")
    assert (r.text, r.provider) == ("Paris", "an")
    assert [(a.outcome, a.check_cost) for a in r.attempts] == [
        ("rejected", JUDGE_COST),
        ("ok", JUDGE_COST),
    ]
    assert "graded 0.20" in (r.attempts[0].error_message or "")
    # The judge saw the rubric and the answer it graded.
    grading = oa.chat_requests()[1]["messages"][-1]["content"]
    assert "names the capital of France" in grading and "London" in grading
    # The judge's calls are ledgered as calls of the judge route; r.cost is this route's.
    assert r.cost == CHEAP_COST + DEAR_COST
    rows = client.ledger.rows()
    assert sorted((row.route, row.outcome, row.cost) for row in rows) == sorted(
        [
            ("r", "rejected", CHEAP_COST),
            ("r", "ok", DEAR_COST),
            ("judge", "ok", JUDGE_COST),
            ("judge", "ok", JUDGE_COST),
        ]
    )


async def test_when_every_answer_is_rejected_the_error_carries_the_last(
    api: Driver,
    clients: list[Client],
    oa: OpenAIServer,
    an: AnthropicServer,
) -> None:
    oa.script("London", usage=CHEAP_USAGE)
    an.script(dear("Lyon"))
    client = Client(cfg(oa, an, CONTAINS_PARIS))
    clients.append(client)
    with pytest.raises(errors.AnswerRejectedError) as info:
        await api.chat(client, "r", "Capital of France?")
    exc = info.value
    assert isinstance(exc, errors.AllProvidersFailedError)
    assert [(a.provider, a.outcome) for a in exc.attempts] == [
        ("oa", "rejected"),
        ("an", "rejected"),
    ]
    assert (exc.response.text, exc.response.provider) == ("Lyon", "an")
    assert exc.response.cost == CHEAP_COST + DEAR_COST
    assert client.ledger.spent() == CHEAP_COST + DEAR_COST


async def test_function_and_json_schema_checks(
    clients: list[Client],
    oa: OpenAIServer,
    an: AnthropicServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "cascade_checks.py").write_text(
        "def short(answer, row):\n    return len(answer) < 40\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    schema = {"type": "object", "required": ["city"]}
    checks = [
        {"type": "function", "function": "cascade_checks:short"},
        {"type": "json", "schema": schema},
    ]
    oa.script('{"town": "Paris"}', usage=CHEAP_USAGE)  # short, but no "city"
    an.script(dear('{"city": "Paris"}'))
    client = Client(cfg(oa, an, *checks))
    clients.append(client)
    r = await client.achat("r", "Capital of France as JSON?")
    assert (r.text, r.provider) == ('{"city": "Paris"}', "an")
    message = r.attempts[0].error_message or ""
    assert "json" in message and "town" not in message  # named, not quoted


async def test_a_stream_on_a_checked_route_is_refused(
    clients: list[Client], oa: OpenAIServer, an: AnthropicServer
) -> None:
    client = Client(cfg(oa, an, CONTAINS_PARIS))
    clients.append(client)
    with pytest.raises(errors.BadRequestError, match="checks"):
        client.stream("r", "Capital of France?")
    assert oa.requests == [] and an.requests == []


@pytest.mark.parametrize(
    ("check", "problem"),
    [
        ({"type": "nope"}, "unknown scorer"),
        ({"type": "regex", "pattern": "("}, "bad regular expression"),
        ({"type": "contains"}, "needs 'value'"),
        ({"type": "judge"}, "needs 'route'"),
        ({"type": "judge", "route": "r"}, "its own answers"),
        ({"type": "judge", "route": "nowhere"}, "unknown judge route"),
        ({"type": "judge", "route": "judged"}, "judge checks of its own"),
        ("judge:judge", None),  # the CLI shorthand, fine: judged by a route with no judge
        ({"type": "function", "function": "no_such_module_xyz:f"}, "cannot load"),
        ({"type": "regex", "pattern": "x", "weight": "heavy"}, "must be numbers"),
    ],
)
def test_a_bad_check_is_a_config_error_naming_the_key(
    oa: OpenAIServer, an: AnthropicServer, check: Any, problem: str | None
) -> None:
    config = cfg(oa, an, {"type": "regex", "pattern": "ok"}, check)
    config["routes"]["judged"] = {"targets": ["oa:gpt-judge"], "checks": ["judge:judge"]}
    if problem is None:
        Client(config).close()
        return
    with pytest.raises(errors.ConfigError, match=problem) as info:
        Client(config)
    assert info.value.key == "routes.r.checks[1]"


def test_unknown_strategy_still_lists_cascade(oa: OpenAIServer, an: AnthropicServer) -> None:
    config = cfg(oa, an)
    config["routes"]["r"]["strategy"] = "cheapest"
    with pytest.raises(errors.ConfigError, match="cascade") as info:
        Client(config)
    assert info.value.key == "routes.r.strategy"


async def test_a_free_check_that_fails_spares_the_judge(
    clients: list[Client], oa: OpenAIServer, an: AnthropicServer
) -> None:
    oa.script("London", usage=CHEAP_USAGE)  # no judge call is scripted after it
    an.script(dear("Paris"))
    oa.script("SCORE: 8", usage=JUDGE_USAGE)
    judge = {"type": "judge", "route": "judge"}
    ends: list[object] = []
    client = Client(cfg(oa, an, judge, CONTAINS_PARIS), on_event=ends.append)
    clients.append(client)
    r = await client.achat("r", "Capital of France?")
    assert r.text == "Paris"
    assert [a.check_cost for a in r.attempts] == [Decimal(0), JUDGE_COST]
    # The attempt-end events carry the same check cost and time as the attempts.
    client.events.flush()
    on_route = [
        e for e in ends if isinstance(e, AttemptSucceeded | AttemptFailed) and e.route == "r"
    ]
    assert [e.check_cost for e in on_route] == [Decimal(0), JUDGE_COST]
    assert all(e.check_latency_s is not None for e in on_route)
    assert len(oa.chat_requests()) == 2  # the cheap answer, one judge call for the dear one


async def test_a_rejection_is_not_a_health_failure(
    clients: list[Client], oa: OpenAIServer, an: AnthropicServer
) -> None:
    config = cfg(oa, an, CONTAINS_PARIS)
    config["circuit_breaker"] = {"failure_threshold": 1}
    client = Client(config)
    clients.append(client)
    for _ in range(2):  # had the first rejection opened the circuit, oa would be skipped
        oa.script("London", usage=CHEAP_USAGE)
        an.script(dear("Paris"))
        r = await client.achat("r", "Capital of France?")
        assert [(a.provider, a.outcome) for a in r.attempts] == [("oa", "rejected"), ("an", "ok")]


async def test_the_trace_names_a_failed_check_without_quoting_the_answer(
    clients: list[Client], oa: OpenAIServer, an: AnthropicServer
) -> None:
    oa.script("Call 5550123 for the answer", usage=CHEAP_USAGE)
    an.script(dear("42"))
    client = Client(cfg(oa, an, {"type": "number", "value": 42}))
    clients.append(client)
    r = await client.achat("r", "The answer?")
    assert r.text == "42"
    message = r.attempts[0].error_message or ""
    assert "number" in message and "5550123" not in message
