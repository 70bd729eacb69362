"""Costs through the client: exact prices per call, budgets before egress, the ledger."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from llmgate import Client, errors
from llmgate._events import Event, PriceUnknown
from llmgate.cli import main
from llmgate.testing import OpenAIServer
from llmgate.testing._anthropic_server import AnthropicServer, ScriptedMessage

from .conftest import Driver

OPENAI_USAGE = {
    "prompt_tokens": 1000,
    "completion_tokens": 500,
    "prompt_tokens_details": {"cached_tokens": 400},
    "completion_tokens_details": {"reasoning_tokens": 200},
}
# 600 uncached x $1/M + 400 cached x $0.50/M + 500 output (200 of them reasoning) x $2/M
OPENAI_COST = Decimal("0.0018")
# 100 input x $3/M + 1000 cache reads x $0.30/M + 200 cache writes x $3.75/M + 50 x $15/M
ANTHROPIC_COST = Decimal("0.0021")


@pytest.fixture
def oa(openai_server: OpenAIServer) -> OpenAIServer:
    return openai_server


@pytest.fixture
def an(anthropic_server: AnthropicServer) -> AnthropicServer:
    return anthropic_server


def cfg(oa: OpenAIServer, an: AnthropicServer, **extra: Any) -> dict[str, Any]:
    return {
        "providers": {
            "oa": {"type": "openai", "base_url": oa.base_url, "api_key": "sk-test-oa-0000000001"},
            "an": {"type": "anthropic", "base_url": an.url, "api_key": "sk-ant-test-0000001"},
        },
        "routes": {"r": {"targets": ["oa:gpt-test", "an:claude-test"], "retries": 0}},
        "pricing": {
            "oa:gpt-test": {"input": 1.0, "output": 2.0, "cached_input": 0.5},
            "an:claude-test": {"input": 3, "output": 15, "cached_input": 0.3, "cache_write": 3.75},
        },
        **extra,
    }


@pytest.mark.parametrize("stream", [False, True])
async def test_openai_cost_with_cached_and_reasoning_tokens(
    api: Driver, clients: list[Client], oa: OpenAIServer, an: AnthropicServer, stream: bool
) -> None:
    oa.script("answer", usage=OPENAI_USAGE)
    client = Client(cfg(oa, an))
    clients.append(client)
    if stream:
        _, r = await api.stream(client, "oa:gpt-test", "hi")
    else:
        r = await api.chat(client, "oa:gpt-test", "hi")
    assert r.usage.input_tokens == 1000 and r.usage.cached_input_tokens == 400
    assert r.usage.output_tokens == 500 and r.usage.reasoning_tokens == 200
    assert r.cost == OPENAI_COST


@pytest.mark.parametrize("stream", [False, True])
async def test_anthropic_cost_with_cache_reads_and_writes(
    api: Driver, clients: list[Client], oa: OpenAIServer, an: AnthropicServer, stream: bool
) -> None:
    an.script(
        ScriptedMessage(
            text="answer",
            input_tokens=100,
            output_tokens=50,
            cache_read_input_tokens=1000,
            cache_creation_input_tokens=200,
        )
    )
    client = Client(cfg(oa, an))
    clients.append(client)
    if stream:
        _, r = await api.stream(client, "an:claude-test", "hi")
    else:
        r = await api.chat(client, "an:claude-test", "hi")
    assert r.usage.input_tokens == 1300 and r.usage.cached_input_tokens == 1000
    assert r.usage.cache_write_tokens == 200
    assert r.cost == ANTHROPIC_COST


async def test_failover_bills_every_billed_attempt_and_the_ledger_has_each(
    api: Driver, clients: list[Client], oa: OpenAIServer, an: AnthropicServer
) -> None:
    oa.fail_next(OpenAIServer.server_error(500))
    an.script(
        ScriptedMessage(
            text="answer",
            input_tokens=100,
            output_tokens=50,
            cache_read_input_tokens=1000,
            cache_creation_input_tokens=200,
        )
    )
    client = Client(cfg(oa, an))
    clients.append(client)
    r = await api.chat(client, "r", "hi", tags={"team": "support"})
    assert r.provider == "an" and r.cost == ANTHROPIC_COST  # the 500 was not billed
    rows = client.ledger.rows()
    assert [(row.provider, row.outcome) for row in rows] == [("oa", "error"), ("an", "ok")]
    assert all(row.tags == {"team": "support"} for row in rows)
    assert client.ledger.spent() == ANTHROPIC_COST


async def test_unknown_price_is_none_and_said(
    api: Driver,
    clients: list[Client],
    oa: OpenAIServer,
    an: AnthropicServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="llmgate")
    seen: list[Event] = []
    client = Client(cfg(oa, an), on_event=seen.append)
    clients.append(client)
    r = await api.chat(client, "oa:unpriced-model", "hi")
    assert r.cost is None and r.usage.output_tokens > 0
    client.events.flush()
    assert any(isinstance(e, PriceUnknown) and e.model == "unpriced-model" for e in seen)
    warned = [r for r in caplog.records if "no price for oa:unpriced-model" in r.getMessage()]
    assert len(warned) == 1 and warned[0].levelno == logging.WARNING


async def test_budget_refuses_before_anything_is_sent(
    api: Driver, clients: list[Client], oa: OpenAIServer, an: AnthropicServer
) -> None:
    config = cfg(oa, an, costs={"budgets": {"total_usd": 0.001}})
    client = Client(config)
    clients.append(client)
    # Worst case: ~10 prompt tokens x $1/M + 1000 max_tokens x $2/M = ~$0.002 > $0.001.
    with pytest.raises(errors.BudgetExceededError):
        await api.chat(client, "oa:gpt-test", "hi", max_tokens=1000)
    assert oa.count == 0 and an.count == 0
    # A call whose worst case fits goes through.
    r = await api.chat(client, "oa:gpt-test", "hi", max_tokens=100)
    assert r.cost is not None and oa.count == 1


async def test_unpriced_call_under_a_budget_is_refused(
    api: Driver, clients: list[Client], oa: OpenAIServer, an: AnthropicServer
) -> None:
    client = Client(cfg(oa, an, costs={"budgets": {"daily_usd": 5}}))
    clients.append(client)
    with pytest.raises(errors.BudgetExceededError):
        await api.chat(client, "oa:unpriced-model", "hi", max_tokens=10)
    assert oa.count == 0


def test_sixteen_threads_never_overspend(oa: OpenAIServer, an: AnthropicServer) -> None:
    budget = Decimal("0.0005")
    client = Client(cfg(oa, an, costs={"budgets": {"total_usd": float(budget)}}))
    refused = 0
    lock = threading.Lock()

    def worker() -> None:
        nonlocal refused
        for _ in range(10):
            try:
                client.chat("oa:gpt-test", "hi", max_tokens=20)
            except errors.BudgetExceededError:
                with lock:
                    refused += 1

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    spent = client.ledger.spent()
    client.close()
    assert spent <= budget and refused > 0


def test_sqlite_ledger_and_the_costs_report(
    tmp_path: Path, oa: OpenAIServer, an: AnthropicServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "ledger.db"
    config = cfg(oa, an, costs={"ledger": f"sqlite:///{db}"})
    oa.script("a", usage=OPENAI_USAGE)
    oa.script("b", usage=OPENAI_USAGE)
    with Client(config) as client:
        client.chat("oa:gpt-test", "hi", tags={"team": "x"})
        client.chat("oa:gpt-test", "hi", tags={"team": "y"})
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
        text_columns = " ".join(str(r) for r in conn.execute("select * from attempts"))
    assert "hi" not in text_columns.split("'")  # never prompt or answer text
    assert (
        main(["costs", "--ledger", f"sqlite:///{db}", "--by", "tag:team", "--format", "json"]) == 0
    )
    report = json.loads(capsys.readouterr().out)
    flat = json.dumps(report)
    assert "0.0018" in flat and '"x"' in flat and '"y"' in flat
