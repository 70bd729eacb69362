"""Vendor fine-tunes: ids parsed, priced from their base snapshot's fine-tuned rates."""

from __future__ import annotations

import json
from decimal import Decimal
from importlib import resources

import pytest

from llmgate import Client
from llmgate.costs import PriceTable, cost
from llmgate.costs.finetunes import FineTuneId, parse_fine_tune
from llmgate.provider import Completion, Usage
from llmgate.testing import ScriptedProvider

TABLE = PriceTable.builtin()
MINI_FT = "ft:gpt-4o-mini-2024-07-18:acme:support-v2:9xYzAbCd"


@pytest.mark.parametrize(
    ("model", "parsed"),
    [
        (MINI_FT, FineTuneId("gpt-4o-mini-2024-07-18", "acme", "support-v2", "9xYzAbCd")),
        (
            "ft:gpt-4o-mini-2024-07-18:acme::9xYzAbCd",
            FineTuneId("gpt-4o-mini-2024-07-18", "acme", "", "9xYzAbCd"),
        ),
        (
            "ft:gpt-4.1-2025-04-14:acme:s:abc:ckpt-step-200",
            FineTuneId("gpt-4.1-2025-04-14", "acme", "s", "abc", 200),
        ),
    ],
)
def test_fine_tune_ids_are_parsed(model: str, parsed: FineTuneId) -> None:
    assert parse_fine_tune(model) == parsed


@pytest.mark.parametrize(
    "model",
    ["gpt-4o-mini", "ft:", "ft:gpt-4o-mini", "ft::acme::x", "ft:gpt-4o-mini:a:b:c:step-3"],
)
def test_other_names_are_not_fine_tunes(model: str) -> None:
    assert parse_fine_tune(model) is None


@pytest.mark.parametrize(
    ("model", "base", "input_x", "output_x"),
    [
        (MINI_FT, "gpt-4o-mini", Decimal(2), Decimal(2)),
        ("ft:gpt-4o-mini-2024-07-18:acme::x:ckpt-step-10", "gpt-4o-mini", Decimal(2), Decimal(2)),
        ("ft:gpt-4.1-2025-04-14:acme::x", "gpt-4.1", Decimal("1.5"), Decimal("1.5")),
        ("ft:gpt-4o-2024-08-06:acme::x", "gpt-4o", Decimal("1.5"), Decimal("1.5")),
        ("ft:gpt-4.1-mini-2025-04-14:acme::x", "gpt-4.1-mini", Decimal(2), Decimal(2)),
        ("ft:gpt-4.1-nano-2025-04-14:acme::x", "gpt-4.1-nano", Decimal(2), Decimal(2)),
    ],
)
def test_a_fine_tune_is_priced_at_its_bases_fine_tuned_rates(
    model: str, base: str, input_x: Decimal, output_x: Decimal
) -> None:
    price = TABLE.lookup("openai", "openai", model)
    base_price = TABLE.lookup("openai", "openai", base)
    assert price is not None and base_price is not None
    assert price.input == base_price.input * input_x
    assert price.output == base_price.output * output_x
    assert price.cached_input is not None and price.cached_input < price.input  # discounted
    # What a fine-tune shares with its base comes from the base's row.
    assert price.context_window == base_price.context_window
    assert price.max_output_tokens == base_price.max_output_tokens


def test_the_bill_of_a_fine_tune_is_not_the_bases() -> None:
    usage = Usage(input_tokens=1_000_000, output_tokens=1_000_000, cached_input_tokens=400_000)
    ft = TABLE.lookup("openai", "openai", MINI_FT)
    assert ft is not None
    # 600k x $0.30 + 400k cached x $0.15 + 1M x $1.20
    assert cost(usage, ft) == Decimal("1.44")


def test_a_base_without_published_fine_tune_rates_stays_unknown() -> None:
    # No fine-tuning is offered on gpt-5: a made-up id must not borrow gpt-5's rates.
    assert TABLE.lookup("openai", "openai", "ft:gpt-5-2025-08-07:acme::x") is None


def test_an_override_of_one_fine_tune_wins() -> None:
    table = TABLE.with_overrides({f"openai:{MINI_FT}": {"input": "9", "output": "9"}})
    price = table.lookup("openai", "openai", MINI_FT)
    assert price is not None and price.input == Decimal(9)
    assert price.context_window == 128000  # refined field by field over the built-in row


def test_every_fine_tune_row_names_a_known_base_and_its_source() -> None:
    text = resources.files("llmgate.costs").joinpath("prices.json").read_text("utf-8")
    for vendor, bases in json.loads(text)["fine_tunes"].items():
        for base, row in bases.items():
            assert TABLE.builtin_price(vendor, base) is not None, base
            assert row["source"].startswith("https://"), base


async def test_a_fine_tune_call_costs_its_fine_tuned_rates_through_the_client() -> None:
    # A provider configured as type "openai" at the vendor's own URL (no base_url): the
    # built-in table applies. The scripted provider stands in for the vendor's answer.
    vendor = ScriptedProvider(
        "openai", [Completion(text="ok", model=MINI_FT, usage=Usage(1000, 500))]
    )
    config = {
        "providers": {"openai": {"type": "openai", "api_key": "sk-test-ft-000000000001"}},
        "routes": {"r": {"targets": [f"openai:{MINI_FT}"], "retries": 0}},
    }
    async with Client(config, providers={"openai": vendor}) as client:
        r = await client.achat("r", "hi")
        # 1000 x $0.30/M + 500 x $1.20/M (the base's rates would give $0.00045)
        assert r.cost == Decimal("0.0009")
        assert [row.cost for row in client.ledger.totals(by="model")] == [Decimal("0.0009")]
