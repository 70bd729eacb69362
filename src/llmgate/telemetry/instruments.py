"""The metrics llmgate reports, as data: names, units, descriptions, bucket boundaries.

Kept apart from the listener (``otel.py``), which decides *when* a measure is taken: what
is measured is a table a reader (or a dashboard author) looks up without reading the span
logic. Histograms follow the OpenTelemetry GenAI metric conventions; the ``llmgate.*``
counters are :class:`~llmgate.telemetry.counters.Totals` (summed in-process).
"""

from __future__ import annotations

from typing import Any

from opentelemetry.metrics import Meter

from llmgate._types import Usage
from llmgate.telemetry.counters import Totals

__all__ = ["COUNTERS", "DURATION_BUCKETS", "TOKEN_BUCKETS", "Instruments"]

# Bucket boundaries the GenAI metric conventions advise.
TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304,
                 16777216, 67108864)  # fmt: skip
DURATION_BUCKETS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48,
                    40.96, 81.92)  # fmt: skip

# attribute of Instruments -> (metric name, unit, description)
COUNTERS: dict[str, tuple[str, str, str]] = {
    "cost": ("llmgate.cost", "{USD}", "Cost of attempts in US dollars."),
    "failovers": (
        "llmgate.failovers",
        "{failover}",
        "Attempts moved to another target after a failure.",
    ),
    "openings": ("llmgate.breaker.openings", "{opening}", "Circuit breakers that opened."),
    "refusals": (
        "llmgate.budget.refusals",
        "{call}",
        "Calls refused by a budget before anything was sent.",
    ),
    "outages": (
        "llmgate.state.outages",
        "{outage}",
        "Times the shared state store ([state]) became unreachable.",
    ),
}


class Instruments:
    """Every instrument of one listener, created once on its meter."""

    def __init__(self, meter: Meter) -> None:
        self.tokens = meter.create_histogram(
            "gen_ai.client.token.usage",
            unit="{token}",
            description="Number of input and output tokens used.",
            explicit_bucket_boundaries_advisory=TOKEN_BUCKETS,
        )
        self.duration = meter.create_histogram(
            "gen_ai.client.operation.duration",
            unit="s",
            description="GenAI operation duration.",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        totals = {
            attr: Totals(meter, name, unit=unit, description=description)
            for attr, (name, unit, description) in COUNTERS.items()
        }
        self.cost = totals["cost"]
        self.failovers = totals["failovers"]
        self.openings = totals["openings"]
        self.refusals = totals["refusals"]
        self.outages = totals["outages"]

    def record_tokens(self, usage: Usage, measures: dict[str, Any]) -> None:
        """``gen_ai.client.token.usage``: one measure per token type, as the conventions ask."""
        self.tokens.record(usage.input_tokens, {**measures, "gen_ai.token.type": "input"})
        self.tokens.record(usage.output_tokens, {**measures, "gen_ai.token.type": "output"})
