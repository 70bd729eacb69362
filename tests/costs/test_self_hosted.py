"""A self-hosted OpenAI-compatible server serving LoRA adapters by name (vLLM
``--lora-modules``, llama.cpp's server): the adapter's name is the model, and the server's
``cost_per_hour`` prices every call by its time, as for any self-hosted target."""

from __future__ import annotations

from decimal import Decimal

from llmgate import Client
from llmgate.costs.prices import cost_for_time
from llmgate.testing import OpenAIServer


def test_adapters_by_name_are_passed_through_and_priced_by_the_hour(
    openai_server: OpenAIServer,
) -> None:
    config = {
        "providers": {
            "vllm": {
                "type": "openai",
                "base_url": openai_server.base_url,
                "api_key": "sk-local",
                "trust": "private",
                "cost_per_hour": 36.0,  # one cent per busy second
            }
        }
    }
    with Client(config) as client:
        for model in ("legal-v1", "finance-v2", "Qwen/Qwen2.5-7B-Instruct"):
            assert client.chat(f"vllm:{model}", "Hello").text == "echo: Hello"
        rows = client.ledger.rows()
    assert [r["model"] for r in openai_server.chat_requests()] == [
        "legal-v1",
        "finance-v2",
        "Qwen/Qwen2.5-7B-Instruct",
    ]
    assert [r.model for r in rows] == ["legal-v1", "finance-v2", "Qwen/Qwen2.5-7B-Instruct"]
    for row in rows:
        # No busy time comes back over HTTP: the attempt's latency is the time billed,
        # never OpenAI's token price for a model of that name, never "unknown".
        assert row.cost == cost_for_time(row.latency_s, Decimal(36))
        assert row.cost > 0
