"""The packaged local model on CPU: a few rows, short answers, every number checked."""

from __future__ import annotations

import os
from decimal import Decimal

import pytest

from llmgate import Client
from llmgate.eval import Row

try:
    from llmgate_llamacpp import packaged_model_path

    packaged_model_path("smollm2-135m-instruct")
    SKIP = None
except Exception as exc:  # any reason the model cannot load is a skip
    SKIP = f"the packaged local model is not available: {exc}"

LOCAL = "local:smollm2-135m-instruct"
ANSWERS: list[str] = []


def remember(answer: str, row: Row) -> bool:
    ANSWERS.append(answer)
    return "Paris" in answer


@pytest.fixture(autouse=True)
def _need_model() -> None:
    if SKIP is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(SKIP)
        pytest.skip(SKIP)


def test_local_model_report_is_exact() -> None:
    ANSWERS.clear()
    config = {
        "providers": {
            "local": {
                "type": "llamacpp",
                "model": "smollm2-135m-instruct",
                "trust": "local",
                "cost_per_hour": 3600.0,  # one dollar per busy second: the cost is the busy time
            }
        },
        "redaction": {"mode": "mask", "entities": ["EMAIL"]},
    }
    rows = [
        {"prompt": "What is the capital of France? One word.", "tags": ["geo"]},
        {"prompt": "Name a colour. One word.", "tags": ["misc"]},
        {"prompt": "Write to ann@example.org: hello", "tags": ["misc"]},
    ]
    check = {"type": "function", "function": f"{__name__}:remember"}
    with Client(config) as client:
        report = client.eval(
            rows,
            targets=[LOCAL],
            scorers=[check],
            params={"max_tokens": 8, "seed": 7},
            cache_dir=None,
        )
        t = report.target(LOCAL)
        assert len(ANSWERS) == 3
        assert t.quality["passed"] == sum("Paris" in a for a in ANSWERS)
        ledger = client.ledger.rows()
        assert len(ledger) == 3 and all(r.cost is not None for r in ledger)
        assert t.total_cost == sum((r.cost for r in ledger if r.cost is not None), Decimal(0))
        assert t.total_cost > 0
        assert t.tokens["output"] == sum(r.output_tokens for r in ledger)
        assert t.privacy["trust"] == ["local"] and t.privacy["stayed_local"] is True
        assert t.privacy["masked_values"] == 0  # redaction applies to external targets only
        assert t.errors == {} and t.latency["p50_s"] > 0
        assert report.settings["params"] == {"temperature": 0.0, "max_tokens": 8, "seed": 7}
