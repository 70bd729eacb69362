"""Prices: exact costs for both vendors' usage shapes, the table's integrity, lookups."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from llmgate._types import Usage
from llmgate.costs import Price, PriceTable, cost, cost_for_time, normalize_model, worst_case
from llmgate.errors import ConfigError

TABLE = PriceTable.builtin()


def openai_usage(payload: dict[str, Any]) -> Usage:
    """OpenAI's usage block as providers normalize it: prompt_tokens includes cached_tokens."""
    details = payload.get("prompt_tokens_details") or {}
    out = payload.get("completion_tokens_details") or {}
    return Usage(
        input_tokens=payload["prompt_tokens"],
        output_tokens=payload["completion_tokens"],
        cached_input_tokens=details.get("cached_tokens", 0),
        reasoning_tokens=out.get("reasoning_tokens", 0),
    )


def anthropic_usage(payload: dict[str, Any]) -> Usage:
    """Anthropic reports cache reads and writes apart from input_tokens: added back."""
    read = payload.get("cache_read_input_tokens") or 0
    written = payload.get("cache_creation_input_tokens") or 0
    return Usage(
        input_tokens=payload["input_tokens"] + read + written,
        output_tokens=payload["output_tokens"],
        cached_input_tokens=read,
        cache_write_tokens=written,
    )


def price(provider_type: str, model: str) -> Price:
    found = TABLE.lookup(provider_type, provider_type, model)
    assert found is not None, model
    return found


def test_openai_cached_and_reasoning_tokens_each_at_their_rate() -> None:
    usage = openai_usage(
        {
            "prompt_tokens": 12_000,
            "completion_tokens": 3_000,
            "prompt_tokens_details": {"cached_tokens": 8_000},
            "completion_tokens_details": {"reasoning_tokens": 2_200},
        }
    )
    # 4,000 uncached x 1.10 + 8,000 cached x 0.275 + 3,000 output (reasoning incl.) x 4.40
    assert cost(usage, price("openai", "o4-mini")) == Decimal("0.0198000000")


def test_anthropic_cache_reads_and_writes_each_at_their_rate() -> None:
    usage = anthropic_usage(
        {
            "input_tokens": 1_500,
            "cache_creation_input_tokens": 2_000,
            "cache_read_input_tokens": 10_000,
            "output_tokens": 800,
        }
    )
    assert usage.input_tokens == 13_500
    # 1,500 x 3 + 2,000 x 3.75 + 10,000 x 0.30 + 800 x 15
    assert cost(usage, price("anthropic", "claude-sonnet-4-5")) == Decimal("0.0270000000")


def test_long_prompt_bills_the_whole_request_at_the_long_context_rates() -> None:
    usage = anthropic_usage(
        {
            "input_tokens": 150_000,
            "cache_read_input_tokens": 60_000,
            "output_tokens": 1_000,
        }
    )
    # 210K prompt > 200K: 150,000 x 6 + 60,000 x 0.60 + 1,000 x 22.50
    assert cost(usage, price("anthropic", "claude-sonnet-4-5")) == Decimal("0.9585000000")
    short = Usage(input_tokens=200_000, output_tokens=0)
    assert cost(short, price("anthropic", "claude-sonnet-4-5")) == Decimal("0.6000000000")


def test_tiny_costs_stay_exact() -> None:
    usage = Usage(input_tokens=7, output_tokens=3)
    assert cost(usage, price("openai", "gpt-5-nano")) == Decimal("0.0000015500")


def test_separate_reasoning_rate_and_missing_cached_rate() -> None:
    p = Price(input=Decimal(1), output=Decimal(4), reasoning=Decimal(8))
    usage = Usage(
        input_tokens=1_000, cached_input_tokens=400, output_tokens=100, reasoning_tokens=40
    )
    # no cached rate: all 1,000 input at 1; 60 x 4 + 40 x 8 output
    assert cost(usage, p) == Decimal("0.0015600000")


def test_cost_is_quantized_to_1e_10_with_bankers_rounding() -> None:
    p = Price(input=Decimal("0.00001"), output=Decimal(0))
    assert cost(Usage(input_tokens=5), p) == Decimal("0E-10")  # 5e-11 rounds half to even
    assert cost(Usage(input_tokens=15), p) == Decimal("2E-10")  # 1.5e-10 -> 2e-10


def test_free_model_costs_zero() -> None:
    p = Price(input=Decimal(0), output=Decimal(0), free=True)
    assert cost(Usage(input_tokens=10**6, output_tokens=10**6), p) == Decimal(0)
    assert worst_case(100, None, p) == Decimal(0)


def test_cost_for_time_is_exact() -> None:
    assert cost_for_time(1.5, "0.72") == Decimal("0.0003000000")
    assert cost_for_time(0.1, 3.6) == Decimal("0.0001000000")  # no binary float residue
    assert cost_for_time(-1.0, 1) == Decimal(0)


def test_worst_case_uses_dearest_prompt_rate_and_table_max_output() -> None:
    haiku = price("anthropic", "claude-haiku-4-5")
    # 1,000 prompt at cache_write 1.25 (dearer than input) + 64,000 max output x 5
    assert worst_case(1_000, None, haiku) == Decimal("0.3212500000")
    assert worst_case(1_000, 100, haiku) == Decimal("0.0017500000")
    assert worst_case(10, None, Price(input=Decimal(1), output=Decimal(1))) is None


def test_worst_case_bounds_every_cost_of_that_shape() -> None:
    for key, p in TABLE.entries().items():
        if p.kind != "chat":
            continue
        bound = worst_case(300_000, 1_000, p)
        assert bound is not None
        for usage in (
            Usage(input_tokens=300_000, cache_write_tokens=300_000, output_tokens=1_000),
            Usage(
                input_tokens=300_000,
                cached_input_tokens=100_000,
                output_tokens=1_000,
                reasoning_tokens=900,
            ),
        ):
            assert cost(usage, p) <= bound, key


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("gpt-4o-mini-2024-07-18", "gpt-4o-mini"),
        ("claude-haiku-4-5-20251001", "claude-haiku-4-5"),
        ("claude-3-7-sonnet-latest", "claude-3-7-sonnet"),
        ("gpt-4o", "gpt-4o"),
        ("o3-mini", "o3-mini"),
    ],
)
def test_snapshot_rule(model: str, expected: str) -> None:
    assert normalize_model(model) == expected


def test_lookup_accepts_snapshots_and_aliases_but_exact_entries_win() -> None:
    assert TABLE.lookup("x", "openai", "gpt-4o-mini-2024-07-18") == price("openai", "gpt-4o-mini")
    assert TABLE.lookup("x", "anthropic", "claude-haiku-4-5-20251001") == price(
        "anthropic", "claude-haiku-4-5"
    )
    assert TABLE.lookup("x", "anthropic", "claude-sonnet-4-0") == price(
        "anthropic", "claude-sonnet-4"
    )
    # the first gpt-4o snapshot kept its own, higher price
    assert price("openai", "gpt-4o-2024-05-13").input == Decimal("5.00")
    assert price("openai", "gpt-4o-2024-08-06").input == Decimal("2.50")
    assert TABLE.lookup("x", "openai", "no-such-model") is None
    assert TABLE.lookup("x", "anthropic", "gpt-4o") is None  # keyed by type


def test_overrides_are_keyed_by_provider_name_and_refine_the_builtin_entry() -> None:
    table = TABLE.with_overrides(
        {
            "work:gpt-4o-mini": {"input": 0.1, "cached_input": "0.05"},
            "vllm:*": {"free": True},
            "lab:my-model": {"input": 2, "output": 6, "max_output_tokens": 4096},
        }
    )
    p = table.lookup("work", "openai", "gpt-4o-mini-2024-07-18")
    assert p is not None
    assert (p.input, p.cached_input, p.output) == (Decimal("0.1"), Decimal("0.05"), Decimal("0.60"))
    assert p.max_output_tokens == 16384
    assert table.lookup("openai", "openai", "gpt-4o-mini") == price("openai", "gpt-4o-mini")
    vllm = table.lookup("vllm", "openai", "meta-llama/Llama-3.1-8B")
    assert vllm is not None and vllm.free and cost(Usage(input_tokens=99), vllm) == 0
    lab = table.lookup("lab", "llamacpp", "my-model")
    assert lab is not None and worst_case(0, None, lab) == Decimal("0.0245760000")


def test_override_of_rates_drops_the_builtin_long_context_tier() -> None:
    table = TABLE.with_overrides({"c:claude-sonnet-4-5": {"input": 1, "output": 2}})
    p = table.lookup("c", "anthropic", "claude-sonnet-4-5")
    assert p is not None and p.long_context is None
    assert cost(Usage(input_tokens=300_000), p) == Decimal("0.3000000000")


def test_custom_base_url_can_skip_the_builtin_table() -> None:
    assert TABLE.lookup("hosted", "openai", "gpt-4o", use_builtin=False) is None


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"no-colon": {"input": 1}}, "provider:model"),
        ({"a:b": {"input": -1}}, ">= 0"),
        ({"a:b": {"input": "abc"}}, "not a number"),
        ({"a:b": {"inptu": 1}}, "unknown field"),
        ({"a:b": {"input": True}}, "expected a number"),
    ],
)
def test_bad_overrides_fail_at_load_with_the_key(overrides: dict[str, Any], problem: str) -> None:
    with pytest.raises(ConfigError, match=problem) as info:
        TABLE.with_overrides(overrides)
    assert info.value.key is not None and info.value.key.startswith("pricing.")


def test_override_for_an_unknown_model_needs_an_input_price() -> None:
    table = TABLE.with_overrides({"lab:m": {"output": 1}})
    with pytest.raises(ConfigError, match="missing 'input'"):
        table.lookup("lab", "llamacpp", "m")


# --- the built-in table's integrity ---------------------------------------------------------

RAW = json.loads(
    __import__("importlib.resources")
    .resources.files("llmgate.costs")
    .joinpath("prices.json")
    .read_text("utf-8")
)


def test_table_is_dated_and_every_entry_names_its_vendor_page() -> None:
    as_of = date.fromisoformat(RAW["as_of"])
    assert date(2026, 1, 1) <= as_of <= date.today()
    for key, entry in RAW["models"].items():
        assert re.fullmatch(r"(openai|anthropic):[a-z0-9.\-]+", key), key
        assert entry["source"].startswith("https://"), key


def test_every_entry_parses_and_no_price_is_zero_unless_free() -> None:
    for key, entry in RAW["models"].items():
        p = Price.from_mapping(entry, where=key)
        tiers = [p] if p.long_context is None else [p, p.long_context]
        for tier in tiers:
            for name in ("input", "output", "cached_input", "cache_write", "reasoning"):
                value = getattr(tier, name)
                if name == "output" and p.kind == "embedding":
                    assert name not in entry, key  # embeddings have no output tokens
                    continue
                if value is not None:
                    assert value > 0 or entry.get("free") is True, (key, name)
                    assert isinstance(entry.get(name, "0"), str), (key, name)  # no floats


def test_chat_entries_carry_the_limits_budgets_need() -> None:
    for key, p in TABLE.entries().items():
        if p.kind == "chat":
            assert p.max_output_tokens and p.context_window, key
            assert p.max_output_tokens <= p.context_window, key
        if p.long_context_threshold is not None:
            assert p.context_window is not None
            assert p.long_context_threshold < p.context_window, key
        if p.cached_input is not None:
            assert p.cached_input < p.input, key


def test_table_covers_the_current_families() -> None:
    wanted = [
        "openai:gpt-4o",
        "openai:gpt-4o-mini",
        "openai:gpt-4.1",
        "openai:gpt-4.1-mini",
        "openai:gpt-4.1-nano",
        "openai:o3",
        "openai:o4-mini",
        "openai:gpt-5",
        "openai:gpt-5-mini",
        "openai:gpt-5-nano",
        "openai:text-embedding-3-small",
        "openai:text-embedding-3-large",
        "anthropic:claude-opus-4-1",
        "anthropic:claude-opus-4",
        "anthropic:claude-sonnet-4-5",
        "anthropic:claude-sonnet-4",
        "anthropic:claude-haiku-4-5",
        "anthropic:claude-3-7-sonnet",
        "anthropic:claude-3-5-sonnet",
        "anthropic:claude-3-5-haiku",
    ]
    missing = [key for key in wanted if key not in TABLE.entries()]
    assert not missing
    for key, p in TABLE.entries().items():
        if key.startswith("anthropic:"):
            assert p.cache_write is not None and p.cached_input is not None, key
            assert p.cache_write > p.input > p.cached_input, key  # a write costs more than a read


_RATES = ["0", "0.15", "0.6", "2.5", "10", "0.0375", "1.23456789"]


@pytest.mark.parametrize("tier", [False, True])
def test_input_and_output_only_cost_is_the_exact_sum_of_its_two_buckets(tier: bool) -> None:
    # The common answer (no cache, no reasoning tokens) is priced by a shorter path in
    # cost(): it must give exactly the general formula, long-context tiers included.
    import itertools

    for rate_in, rate_out in itertools.product(_RATES, repeat=2):
        price = Price(
            input=Decimal(rate_in),
            output=Decimal(rate_out),
            cached_input=Decimal("0.01"),
            long_context_threshold=1000 if tier else None,
            long_context=Price(input=Decimal("7"), output=Decimal("9")) if tier else None,
        )
        for tokens_in, tokens_out in itertools.product([-3, 0, 1, 999, 1001, 123457], [0, 7]):
            rates = price.for_prompt(tokens_in)
            want = (
                (max(tokens_in, 0) * rates.input + tokens_out * rates.output) / Decimal(10**6)
            ).quantize(Decimal("1e-10"))
            got = cost(Usage(tokens_in, tokens_out), price)
            assert got == want and str(got) == str(want), (rate_in, rate_out, tokens_in)
