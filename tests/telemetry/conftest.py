"""Shared harness: an SDK tracer and meter with in-memory export, and a real Client.

The Client runs the real call flow against ``ScriptedProvider`` / ``FailingProvider``, with
its real cost layer (a price per token, a budget) and redaction layer set from the config,
so the events the listeners see are the ones a production client emits.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from llmgate import Client, Message
from llmgate._events import EventBus
from llmgate._types import ChatRequest, StreamEvent
from llmgate.provider import Provider
from llmgate.telemetry import install_telemetry
from llmgate.telemetry.otel import OtelListener
from llmgate.testing import ScriptedProvider

PRICE_PER_TOKEN = Decimal("0.000002")


@dataclass
class Otel:
    """The in-memory OpenTelemetry SDK a test reads back."""

    exporter: InMemorySpanExporter
    reader: InMemoryMetricReader
    tracer_provider: TracerProvider
    meter_provider: MeterProvider

    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def call_spans(self) -> list[ReadableSpan]:
        """Spans of llmgate calls (they carry a route but no attempt number)."""
        return [
            s
            for s in self.spans()
            if s.attributes is not None
            and "llmgate.route" in s.attributes
            and "llmgate.attempt" not in s.attributes
        ]

    def attempt_spans(self) -> list[ReadableSpan]:
        found = [s for s in self.spans() if s.attributes and "llmgate.attempt" in s.attributes]
        return sorted(found, key=lambda s: s.start_time or 0)

    def points(self, name: str) -> list[Any]:
        """Every data point of metric ``name`` collected so far."""
        data = self.reader.get_metrics_data()
        out: list[Any] = []
        if data is None:
            return out
        for rm in data.resource_metrics:
            for sm in rm.scope_metrics:
                for metric in sm.metrics:
                    if metric.name == name:
                        out.extend(metric.data.data_points)
        return out

    def metric(self, name: str) -> Any:
        data = self.reader.get_metrics_data()
        assert data is not None
        for rm in data.resource_metrics:
            for sm in rm.scope_metrics:
                for metric in sm.metrics:
                    if metric.name == name:
                        return metric
        raise AssertionError(f"no metric {name!r}")


@pytest.fixture
def otel() -> Iterator[Otel]:
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader])
    yield Otel(exporter, reader, tracer_provider, meter_provider)
    tracer_provider.shutdown()
    meter_provider.shutdown()


def make_client(
    providers: Mapping[str, Provider],
    routes: Mapping[str, Sequence[str] | Mapping[str, Any]],
    *,
    budget_usd: float | None = None,
    redact: bool = False,
    config: Mapping[str, Any] | None = None,
) -> Client:
    """A real Client over ``providers``; ``routes`` maps a name to targets or a route table.

    Every target is priced at ``PRICE_PER_TOKEN``; ``budget_usd`` sets a daily budget;
    ``redact`` masks every built-in entity before a request leaves for a provider.
    """
    table: dict[str, dict[str, Any]] = {
        name: {"targets": list(r), "retries": 0} if not isinstance(r, Mapping) else dict(r)
        for name, r in routes.items()
    }
    per_million = float(PRICE_PER_TOKEN * 1_000_000)
    targets = {t for r in table.values() for t in r["targets"]}
    full: dict[str, Any] = {
        "routes": table,
        "pricing": {t: {"input": per_million, "output": per_million} for t in targets},
        "telemetry": {"otel": False},  # the tests install their own, on in-memory providers
        **(config or {}),
    }
    if budget_usd is not None:
        full["costs"] = {"budgets": {"daily_usd": budget_usd}}
    if redact:
        full["redaction"] = {"mode": "mask"}
    return Client(full, providers=dict(providers))


def instrument(
    events: EventBus, otel: Otel, *, record_content: bool = False
) -> tuple[OtelListener, list[Any]]:
    """Install the OpenTelemetry and logging listeners; return ours and the unsubscribers."""
    stops = install_telemetry(
        events,
        otel=True,
        record_content=record_content,
        tracer_provider=otel.tracer_provider,
        meter_provider=otel.meter_provider,
    )
    # The client installs the logging listener itself.
    # The last one: the client may have installed its own (global providers) before.
    listeners = [fn for fn in events._inline if isinstance(fn, OtelListener)]
    return listeners[-1], stops


class SlowStream(ScriptedProvider):
    """Streams its answer one chunk every ``gap_s`` seconds, so a reader can walk away."""

    gap_s = 0.05

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        async for event in super().stream(request):
            yield event
            await asyncio.sleep(self.gap_s)


def user(text: str) -> list[Message]:
    return [Message("user", text)]


class Records(logging.Handler):
    """Collects the ``llmgate`` logger's records at every level."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def text(self) -> str:
        """Every record's message and extra fields, as one string to scan."""
        return "\n".join(f"{r.getMessage()} {r.__dict__}" for r in self.records)


@pytest.fixture
def llmgate_logs() -> Iterator[Records]:
    logger = logging.getLogger("llmgate")
    handler = Records()
    old = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(old)
