"""Real runs against loopback vendors: every number of the report checked by hand.

Unscripted, the fake OpenAI server answers ``echo: <prompt>`` and the fake Anthropic
server ``You said: <prompt>``, so each row is known right or wrong for each target.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from llmgate import Client
from llmgate.eval import DatasetError, EvalReport
from llmgate.testing import AnthropicServer, OpenAIServer, ScriptedMessage

OA, AN, BAD = "oa:gpt-4o-mini", "an:claude-haiku-4-5", "bad:gpt-4o-mini"
ROWS: list[dict[str, Any]] = [
    # oa passes (exact), an fails
    {"prompt": "capital of France", "expected": "echo: capital of France", "tags": ["geo"]},
    # both pass
    {"prompt": "2+2", "checks": [{"type": "contains", "value": "2+2"}], "tags": ["math"]},
    # an passes, oa fails
    {"prompt": "say yes", "checks": [{"type": "regex", "pattern": "^You said"}]},
    # oa: both checks pass (1.0); an: number passes, regex fails: (1*1 + 0*3)/4 = 0.25
    {
        "prompt": "42",
        "checks": [
            {"type": "number", "value": 42},
            {"type": "regex", "pattern": "^echo", "weight": 3},
        ],
        "tags": ["math"],
    },
    # the address is masked on the way out and restored in the answer: both pass
    {
        "prompt": "mail bob@example.com",
        "checks": [{"type": "contains", "value": "bob@example.com"}],
        "tags": ["privacy"],
    },
]
PRICES = {
    OA: {"input": 1.0, "output": 2.0},
    BAD: {"input": 1.0, "output": 2.0},
    AN: {"input": 3.0, "output": 4.0},
}


@pytest.fixture
def servers() -> Iterator[tuple[OpenAIServer, AnthropicServer, OpenAIServer]]:
    with OpenAIServer() as oa, AnthropicServer() as an, OpenAIServer() as bad:
        yield oa, an, bad


def _config(oa: OpenAIServer, an: AnthropicServer, bad: OpenAIServer) -> dict[str, Any]:
    return {
        "providers": {
            "oa": {"type": "openai", "base_url": oa.base_url, "api_key": "sk-test-oa"},
            "an": {"type": "anthropic", "base_url": an.url, "api_key": "sk-ant-test"},
            "bad": {"type": "openai", "base_url": bad.base_url, "api_key": "sk-test-bad"},
        },
        "routes": {"fast": {"targets": [OA, AN], "retries": 3}},
        "redaction": {"mode": "mask", "entities": ["EMAIL"]},
        "pricing": PRICES,
    }


def _ledger_cost(client: Client, route: str | None = None) -> Decimal:
    rows = client.ledger.rows()
    chosen = [r for r in rows if route is None or r.tags.get("llmgate_eval") == route]
    assert all(r.cost is not None for r in chosen if r.outcome == "ok")
    return sum((r.cost for r in chosen if r.cost is not None), Decimal(0))


def test_report_matches_hand_count_and_ledger(
    servers: tuple[OpenAIServer, AnthropicServer, OpenAIServer],
) -> None:
    oa, an, bad = servers
    bad.fail_next(OpenAIServer.server_error(500), times=1)  # row 1 of "bad" fails
    with Client(_config(oa, an, bad)) as client:
        report = client.eval(ROWS, targets=[OA, AN, BAD], concurrency=1, cache_dir=None)

        o, a, b = report.target(OA), report.target(AN), report.target(BAD)
        assert (o.quality["passed"], o.quality["scored"]) == (4, 5)
        assert o.mean_score == pytest.approx(0.8)
        assert (a.quality["passed"], a.mean_score) == (3, pytest.approx(0.65))
        assert (b.quality["passed"], b.mean_score) == (3, pytest.approx(0.6))
        assert b.errors == {"ServerError": 1} and o.errors == {} == a.errors
        assert o.tags["math"]["passed"] == 2 and a.tags["math"]["passed"] == 1
        assert a.tags["geo"]["pass_rate"] == 0.0 and "privacy" in a.tags
        # Wilson interval of 4/5, computed by hand
        low, high = o.quality["pass_rate_ci95"]
        assert (round(low, 4), round(high, 4)) == (0.3755, 0.9638)
        # cost: each target's total is its ledger rows, the report's total all of them
        for t in (o, a, b):
            assert t.total_cost == _ledger_cost(client, t.target) > 0
        assert report.total_cost == _ledger_cost(client)
        # and the ledger's rows are what the servers' token counts cost at these prices
        assert len(oa.requests) == 5 and len(an.requests) == 5 and len(bad.requests) == 5
        oa_rows = [r for r in client.ledger.rows() if r.tags.get("llmgate_eval") == OA]
        by_hand = sum(Decimal(r.input_tokens * 1 + r.output_tokens * 2) for r in oa_rows)
        assert o.total_cost == by_hand / 1_000_000
        assert o.tokens["output"] == sum(r.output_tokens for r in oa_rows)
        per_1000 = (o.total_cost * 1000 / 5).quantize(Decimal("1e-6"))
        assert o.cost["per_1000_rows_usd"] == str(per_1000)
        # privacy: one address masked per target, nothing local
        for t in (o, a):
            assert t.privacy == {
                "trust": ["external"],
                "masked_values": 1,
                "masked_rows": 1,
                "blocked_rows": 0,
                "would_block_rows": 1,  # mode = "block" would refuse the row it masked in
                "redaction": "mask",
                "stayed_local": False,
            }
        assert b"bob@example.com" not in oa.received_bytes()
        assert o.latency["p50_s"] > 0 and o.tokens["output_per_s"] > 0
        assert report.settings["params"] == {"temperature": 0.0}
        assert report.settings["served_by"] == {OA: [OA], AN: [AN], BAD: [BAD]}
        # what makes the run reproducible: the models that answered, whose prices
        assert report.settings["models"] == {OA: ["gpt-4o-mini"], AN: ["claude-haiku-4-5"],
                                             BAD: ["gpt-4o-mini"]}  # fmt: skip
        assert report.settings["prices_from_config"] == sorted(PRICES)
        assert report.settings["prices_as_of"]  # the dated table's date
        assert report.settings["concurrency"] == {OA: 1, AN: 1, BAD: 1}


def test_streamed_eval_measures_time_to_first_token(
    servers: tuple[OpenAIServer, AnthropicServer, OpenAIServer],
) -> None:
    oa, an, bad = servers
    with Client(_config(oa, an, bad)) as client:
        report = client.eval(ROWS, targets=[OA, AN], stream=True, cache_dir=None)
        for t, passed in ((report.target(OA), 4), (report.target(AN), 3)):
            assert t.quality["passed"] == passed  # the same answers as without streaming
            assert 0 < t.latency["ttft_p50_s"] <= t.latency["quantiles_s"]["100"]
            assert t.total_cost == _ledger_cost(client, t.target) > 0
        assert all(r.json().get("stream") is True for r in oa.requests)
        assert "time to first token, oa:gpt-4o-mini: p50" in report.to_text()


def test_failover_is_off_and_a_route_is_its_first_target(
    servers: tuple[OpenAIServer, AnthropicServer, OpenAIServer],
) -> None:
    oa, an, bad = servers
    oa.fail_next(OpenAIServer.server_error(503), times=1)
    with Client(_config(oa, an, bad)) as client:
        report = client.eval(ROWS[:2], targets=["fast"], concurrency=1, cache_dir=None)
        assert report.settings["served_by"] == {"fast": [OA]}
        t = report.target("fast")
        assert t.errors == {"ServerError": 1} and t.quality["passed"] == 1
        assert len(an.requests) == 0  # neither retried nor moved to the fallback
        # the user's own route is untouched by the eval: it still fails over
        oa.fail_next(OpenAIServer.server_error(503), times=10)
        assert client.chat("fast", "hi").provider == "an"


def test_failover_on_runs_the_route_as_configured(
    servers: tuple[OpenAIServer, AnthropicServer, OpenAIServer],
) -> None:
    oa, an, bad = servers
    for _ in range(8):  # more than the route's 3 retries: every oa attempt of row 1 fails
        oa.fail_next(OpenAIServer.server_error(503))
    config = _config(oa, an, bad)
    config["routes"]["fast"]["retry_base_s"] = 0.01
    with Client(config) as client:
        report = client.eval(
            ROWS[:1], targets=["fast"], failover=True, concurrency=1, cache_dir=None
        )
        t = report.target("fast")
        assert report.settings["served_by"] == {"fast": [OA, AN]}
        assert t.errors == {} and t.models == ["claude-haiku-4-5"]
        assert t.quality["passed"] == 0  # the fallback answered "You said: ..."
        assert len(oa.requests) == 4 and len(an.requests) == 1
        assert t.total_cost == _ledger_cost(client, "fast")


def test_judge_cost_is_reported_apart(
    servers: tuple[OpenAIServer, AnthropicServer, OpenAIServer],
) -> None:
    oa, an, bad = servers
    an.script(*[ScriptedMessage(text="SCORE: 8\nfine") for _ in range(4)])
    an.script(ScriptedMessage(text="no grade here"))
    rows = [{"prompt": f"q{i}"} for i in range(5)]
    judge = {"type": "judge", "route": AN, "rubric": "Be polite."}
    with Client(_config(oa, an, bad)) as client:
        report = client.eval(rows, targets=[OA], scorers=[judge], concurrency=1, cache_dir=None)
        t = report.target(OA)
        assert t.quality["passed"] == 4 and t.mean_score == pytest.approx(0.8 * 4 / 5)
        assert report.judge["calls"] == 5
        assert Decimal(report.judge["cost_usd"]) == _ledger_cost(client, AN) > 0
        assert t.total_cost == _ledger_cost(client, OA)
        assert report.total_cost == _ledger_cost(client)
        graded = an.requests[0].json()["messages"][-1]["content"]
        text = graded if isinstance(graded, str) else graded[0]["text"]
        assert "Be polite." in text and "echo: q0" in text


def test_blocked_rows_are_counted_and_nothing_leaves(
    servers: tuple[OpenAIServer, AnthropicServer, OpenAIServer],
) -> None:
    oa, an, bad = servers
    config = _config(oa, an, bad)
    config["redaction"] = {"mode": "block", "entities": ["EMAIL"]}
    with Client(config) as client:
        report = client.eval(ROWS, targets=[OA], cache_dir=None)
    t = report.target(OA)
    assert t.errors == {"PrivacyViolationError": 1}
    assert t.privacy["blocked_rows"] == 1 and t.privacy["masked_values"] == 0
    assert t.privacy["would_block_rows"] == 1
    assert report.settings["redaction"] == {"mode": "block", "apply_to": ["external"]}
    assert t.quality["passed"] == 3  # the blocked row (which would have passed) fails
    assert len(oa.requests) == 4 and b"bob@example.com" not in oa.received_bytes()


def test_cache_resumes_after_an_interruption(
    servers: tuple[OpenAIServer, AnthropicServer, OpenAIServer], tmp_path: Path
) -> None:
    oa, an, bad = servers

    def stop_at_three(done: int) -> None:
        if done == 3:
            raise RuntimeError("interrupted")

    with Client(_config(oa, an, bad)) as client:
        with pytest.raises(RuntimeError, match="interrupted"):
            client.eval(
                ROWS, targets=[OA], concurrency=1, cache_dir=tmp_path, progress=stop_at_three
            )
        before = len(oa.requests)
        assert before in (3, 4)  # the fourth may have been in flight when it stopped
        report = client.eval(ROWS, targets=[OA], concurrency=1, cache_dir=tmp_path)
        assert len(oa.requests) - before == 2
        assert report.target(OA).cached_rows == 3
        assert report.target(OA).quality["passed"] == 4
        again = client.eval(ROWS, targets=[OA], concurrency=1, cache_dir=tmp_path)
        assert len(oa.requests) - before == 2 and again.target(OA).cached_rows == 5
        assert again.target(OA).total_cost == report.target(OA).total_cost


def test_report_round_trips_and_gates(
    servers: tuple[OpenAIServer, AnthropicServer, OpenAIServer], tmp_path: Path
) -> None:
    oa, an, bad = servers
    with Client(_config(oa, an, bad)) as client:
        report = client.eval(ROWS, targets=[OA, AN], cache_dir=None)
    path = tmp_path / "r.json"
    report.write_json(str(path))
    loaded = EvalReport.load(str(path))
    assert loaded.to_dict() == report.to_dict()
    assert report.below(0.7) == [AN] and report.below(0.5) == []
    csv_lines = report.to_csv().splitlines()
    assert csv_lines[1].startswith(f"{OA},,5,5,4,0.8,")
    assert any(line.startswith(f"{AN},math,2,2,1,0.5,") for line in csv_lines)


def test_bad_rows_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text('{"prompt": "ok"}\n\n{"prompt": "a", "messages": []}\n', encoding="utf-8")
    config = {"providers": {"oa": {"type": "openai", "base_url": "http://127.0.0.1:9/v1"}}}
    with Client(config) as client, pytest.raises(DatasetError, match=r"cases.jsonl, line 3"):
        client.eval(str(path), targets=[OA], cache_dir=None)


def test_privacy_of_a_local_target_and_with_redaction_off(
    servers: tuple[OpenAIServer, AnthropicServer, OpenAIServer],
) -> None:
    oa, an, bad = servers
    config = _config(oa, an, bad)
    config["providers"]["loc"] = {"type": "openai", "base_url": bad.base_url, "trust": "local"}
    with Client(config) as client:
        report = client.eval(ROWS, targets=[OA, "loc:gpt-4o-mini"], cache_dir=None)
    local = report.target("loc:gpt-4o-mini").privacy
    assert local["redaction"] == "none" and local["stayed_local"] is True
    assert local["masked_values"] == 0 and local["would_block_rows"] == 0
    assert b"bob@example.com" in bad.received_bytes()  # sent as is: the data stayed local
    assert report.target(OA).privacy["would_block_rows"] == 1
    config["redaction"] = {"mode": "off"}
    with Client(config) as client:
        off = client.eval(ROWS, targets=[OA], cache_dir=None).target(OA).privacy
    assert off["redaction"] == "off" and off["would_block_rows"] is None
    assert off["masked_values"] == 0 and b"bob@example.com" in oa.received_bytes()


def test_each_tag_has_its_own_cost(
    servers: tuple[OpenAIServer, AnthropicServer, OpenAIServer],
) -> None:
    from llmgate.eval._suggest import suggest

    oa, an, bad = servers
    rows = [{"prompt": f"q{i}", "checks": [{"type": "contains", "value": "q"}], "tags": ["short"]}
            for i in range(3)]  # fmt: skip
    rows += [{"prompt": "word " * 200 + f"q{i}", "checks": [{"type": "contains", "value": "q"}],
              "tags": ["long"]} for i in range(3)]  # fmt: skip
    with Client(_config(oa, an, bad)) as client:
        report = client.eval(rows, targets=[OA], cache_dir=None)
        t = report.target(OA)
        short, long = t.tags["short"], t.tags["long"]
        # one tag a row: the tags' costs add up to the target's, which is the ledger's
        assert Decimal(short["cost_usd"]) + Decimal(long["cost_usd"]) == t.total_cost
        assert t.total_cost == _ledger_cost(client, OA)
        assert Decimal(long["per_1000_rows_usd"]) > 10 * Decimal(short["per_1000_rows_usd"])
    text = suggest(report, 0.9)
    assert f"# rows tagged 'long': {OA} passes 100% at ${long['per_1000_rows_usd']} per" in text
    csv_long = [line for line in report.to_csv().splitlines() if line.startswith(f"{OA},long,")]
    assert csv_long[0].split(",")[11:13] == [long["cost_usd"], long["per_1000_rows_usd"]]


def test_a_slow_judge_does_not_hold_the_target_back(
    servers: tuple[OpenAIServer, AnthropicServer, OpenAIServer],
) -> None:
    import threading

    from llmgate.testing import Reply, wait_until

    oa, an, bad = servers
    an.fail_next(Reply(hang=True))  # the first grading does not answer: it times out
    config = _config(oa, an, bad)
    config["providers"]["an"]["timeout_s"] = 8
    rows = [{"prompt": f"q{i}"} for i in range(5)]
    judge = {"type": "judge", "route": AN, "rubric": "Be polite."}
    reports: list[EvalReport] = []
    limits = {OA: 1, "*": 4}
    with Client(config) as client:

        def evaluate() -> None:
            reports.append(
                client.eval(rows, targets=[OA], scorers=[judge], cache_dir=None, concurrency=limits)
            )

        run = threading.Thread(target=evaluate)
        run.start()
        # One call at a time for the target, yet every row is asked while the first answer
        # still waits for its grade (had the worker waited, 1 row until the timeout).
        assert wait_until(lambda: len(oa.requests) == 5, timeout=6)
        run.join(timeout=60)
    report = reports[0]
    assert report.judge["calls"] == 5  # the hung grading was retried by the judge's route
    assert report.target(OA).quality["rows"] == 5
