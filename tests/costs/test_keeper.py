"""The cost keeper drives prices, estimates and budgets the way the call flow does."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from llmgate._types import ChatRequest, Message, Usage
from llmgate.costs import (
    Budgets,
    CostKeeper,
    MemoryLedger,
    PriceTable,
    SqliteLedger,
    estimate_prompt_tokens,
    worst_case,
)
from llmgate.errors import BudgetExceededError

TABLE = PriceTable.builtin()
MESSAGES = (Message(role="user", content="Summarize the meeting notes, please."),)


def request(model: str, max_tokens: int | None = 100, timeout_s: float | None = 30) -> ChatRequest:
    params = {} if max_tokens is None else {"max_tokens": max_tokens}
    return ChatRequest(model=model, messages=MESSAGES, params=params, timeout_s=timeout_s)


def test_without_budgets_nothing_is_reserved() -> None:
    keeper = CostKeeper.create(TABLE, MemoryLedger(), Budgets())
    assert keeper.guard is None
    assert keeper.reserve(request("no-such-model"), "openai", "openai", {}) is None
    keeper.settle(None, Decimal(1))  # the flow settles whatever reserve returned


def test_reserve_holds_the_worst_case_and_settle_replaces_it(tmp_path: Path) -> None:
    with SqliteLedger(tmp_path / "l.db") as ledger:
        keeper = CostKeeper.create(TABLE, ledger, Budgets.from_config({"daily_usd": "0.01"}))
        req = request("claude-haiku-4-5", max_tokens=1000)
        prompt = estimate_prompt_tokens(MESSAGES, "claude-haiku-4-5", "anthropic")
        price = TABLE.lookup("claude", "anthropic", "claude-haiku-4-5")
        assert price is not None
        expected = worst_case(prompt, 1000, price)
        token = keeper.reserve(req, "claude", "anthropic", {"team": "a"})
        assert token is not None and token.amount == expected
        usage = Usage(input_tokens=20, output_tokens=10)
        actual = keeper.price("claude", "anthropic", "claude-haiku-4-5", usage, None)
        assert actual == Decimal("0.0000700000")
        keeper.settle(token, actual)
        assert keeper.guard is not None
        assert keeper.guard.status()[0].spent == actual
        with pytest.raises(BudgetExceededError):  # 64,000 max output x $5/M > $0.01
            keeper.reserve(request("claude-haiku-4-5", max_tokens=None), "claude", "anthropic", {})
        keeper.close()


def test_unpriced_models_are_refused_under_a_budget() -> None:
    keeper = CostKeeper.create(TABLE, MemoryLedger(), Budgets.from_config({"daily_usd": 5}))
    with pytest.raises(BudgetExceededError, match="unknown"):
        keeper.reserve(request("my-model"), "lab", "openai", {})
    assert keeper.price("lab", "openai", "my-model", Usage(input_tokens=5), None) is None


def test_hourly_providers_cost_busy_time() -> None:
    keeper = CostKeeper.create(
        TABLE, MemoryLedger(), Budgets.from_config({"daily_usd": 5}), hourly={"local": 0.36}
    )
    assert keeper.price("local", "llamacpp", "smollm2", Usage(), 2.0) == Decimal("0.0002000000")
    assert keeper.price("local", "llamacpp", "smollm2", Usage(), None) is None
    token = keeper.reserve(request("smollm2", timeout_s=10), "local", "llamacpp", {})
    assert token is not None and token.amount == Decimal("0.0010000000")  # 10 s at $0.36/h


def test_providers_without_builtin_prices() -> None:
    keeper = CostKeeper(TABLE, no_builtin={"vllm"})
    usage = Usage(input_tokens=1000)
    assert keeper.price("vllm", "openai", "gpt-4o-mini", usage, None) is None
    assert keeper.price("openai", "openai", "gpt-4o-mini", usage, None) == Decimal("0.00015")


def test_estimate_usage_for_a_cut_stream_is_marked() -> None:
    keeper = CostKeeper(TABLE)
    usage = keeper.estimate_usage(request("gpt-4o"), "openai", "partial answer")
    assert usage.estimated and usage.output_tokens > 0 and usage.input_tokens > 0
