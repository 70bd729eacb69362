"""OpenTelemetry GenAI spans and metrics for llmgate calls, built from the event bus.

This module imports OpenTelemetry at its top: ``llmgate.telemetry.install_telemetry``
imports it only when tracing is on.

Per call: a span ``chat {model}`` (kind CLIENT), parented to the caller's current span at
the time of the call, with one child span ``chat {model}`` per attempt, attributed per the
OpenTelemetry GenAI semantic conventions plus llmgate's own ``llmgate.*`` attributes.
Metrics: ``gen_ai.client.token.usage`` and ``gen_ai.client.operation.duration`` (per
attempt, since each attempt is one operation against one provider) and the counters
``llmgate.cost``, ``llmgate.failovers``, ``llmgate.breaker.openings`` and
``llmgate.budget.refusals``.

State lives in a dict keyed by ``call_id`` and is dropped on ``CallFinished``; a call whose
``CallFinished`` never comes (a stream opened and never read) is evicted, its spans ended,
once more than ``MAX_OPEN_CALLS`` calls are open, so the dict stays bounded.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from opentelemetry import metrics, trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode

from llmgate import __version__
from llmgate._events import (
    AttemptFailed,
    AttemptStarted,
    AttemptSucceeded,
    BreakerChanged,
    BudgetRefused,
    CallFinished,
    CallStarted,
    Event,
    StateChanged,
)
from llmgate._types import Usage
from llmgate.errors import scrub_secrets
from llmgate.telemetry.counters import Totals
from llmgate.telemetry.messages import input_messages_json

__all__ = ["DURATION_BUCKETS", "MAX_OPEN_CALLS", "TOKEN_BUCKETS", "OtelListener", "provider_name"]

# Bucket boundaries the GenAI metric conventions advise.
TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304,
                 16777216, 67108864)  # fmt: skip
DURATION_BUCKETS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48,
                    40.96, 81.92)  # fmt: skip
MAX_OPEN_CALLS = 10_000
SCHEMA_URL = "https://opentelemetry.io/schemas/1.37.0"

# llmgate provider type -> gen_ai.provider.name. OpenAI-compatible servers (vLLM, Ollama...)
# use the openai type and are reported as "openai", as the conventions ask ("the provider as
# identified by the client"); llmgate.provider names the configured provider apart.
_PROVIDER_NAMES = {"openai": "openai", "anthropic": "anthropic", "llamacpp": "llama_cpp"}
_MAX_STATUS = 300

AttemptKey = tuple[int, str, str]


def provider_name(provider_type: str) -> str:
    """``gen_ai.provider.name`` for an llmgate provider type (a plugin's own name otherwise).

    A provider object handed to ``Client(providers=...)`` reports its class name as its
    type: ``"AcmeProvider"`` becomes ``"acme"``.
    """
    known = _PROVIDER_NAMES.get(provider_type)
    if known is not None:
        return known
    name = provider_type.lower()
    if name.endswith("provider") and len(name) > len("provider"):
        name = name[: -len("provider")]
    return name


@dataclass(slots=True)
class _Call:
    """What the listener knows of one open call. ``traced`` is false while no tracer
    provider is set: then no span is started for it or its attempts (metrics still are)."""

    span: Span
    recording: bool
    operation: str
    traced: bool = True
    attempts: dict[AttemptKey, Span] = field(default_factory=dict)
    first: tuple[str, str] | None = None  # (model, gen_ai.provider.name) of the first attempt
    last_target: tuple[str, str] | None = None
    last_error: str | None = None  # error type of the previous attempt, if it failed
    served_by: str | None = None  # gen_ai.provider.name of the attempt that succeeded
    refused: bool = False  # a budget refused the call before anything was sent
    budget: str | None = None


class OtelListener:
    """The inline event listener that turns llmgate events into spans and metrics."""

    def __init__(
        self,
        *,
        record_content: bool = False,
        tracer_provider: Any = None,
        meter_provider: Any = None,
    ) -> None:
        self.record_content = record_content
        # Spans go to the global provider (through the API's proxy, which follows a provider
        # set later) unless one is given.
        self._global = tracer_provider is None
        self._tracer = trace.get_tracer(
            "llmgate", __version__, tracer_provider=tracer_provider, schema_url=SCHEMA_URL
        )
        meter = metrics.get_meter(
            "llmgate", __version__, meter_provider=meter_provider, schema_url=SCHEMA_URL
        )
        self._tokens = meter.create_histogram(
            "gen_ai.client.token.usage",
            unit="{token}",
            description="Number of input and output tokens used.",
            explicit_bucket_boundaries_advisory=TOKEN_BUCKETS,
        )
        self._duration = meter.create_histogram(
            "gen_ai.client.operation.duration",
            unit="s",
            description="GenAI operation duration.",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self._cost = Totals(
            meter, "llmgate.cost", unit="{USD}", description="Cost of attempts in US dollars."
        )
        self._failovers = Totals(
            meter,
            "llmgate.failovers",
            unit="{failover}",
            description="Attempts moved to another target after a failure.",
        )
        self._openings = Totals(
            meter,
            "llmgate.breaker.openings",
            unit="{opening}",
            description="Circuit breakers that opened.",
        )
        self._refusals = Totals(
            meter,
            "llmgate.budget.refusals",
            unit="{call}",
            description="Calls refused by a budget before anything was sent.",
        )
        self._outages = Totals(
            meter,
            "llmgate.state.outages",
            unit="{outage}",
            description="Times the shared state store ([state]) became unreachable.",
        )
        self.calls: dict[str, _Call] = {}
        self._evict_lock = threading.Lock()
        self._handlers: dict[type[Event], Callable[[Any], None]] = {
            CallStarted: self._call_started,
            AttemptStarted: self._attempt_started,
            AttemptSucceeded: self._attempt_ended,
            AttemptFailed: self._attempt_ended,
            CallFinished: self._call_finished,
            BudgetRefused: self._budget_refused,
            BreakerChanged: self._breaker_changed,
            StateChanged: self._state_changed,
        }

    def __call__(self, event: Event) -> None:
        handler = self._handlers.get(type(event))
        if handler is not None:
            handler(event)

    # -- calls -------------------------------------------------------------------------
    def _untraced(self) -> bool:
        """No tracer provider set yet: the API's proxy would hand out non-recording spans
        (the caller's current one, or an invalid one) for the call and each attempt.
        Starting none is the same to every observer and saves a tenth of a call's CPU in
        a busy program with OpenTelemetry installed but not configured."""
        return self._global and isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)

    def _call_started(self, e: CallStarted) -> None:
        if len(self.calls) >= MAX_OPEN_CALLS:
            self._evict()
        if self._untraced():
            self.calls[e.call_id] = _Call(trace.INVALID_SPAN, False, e.operation, traced=False)
            return
        attributes: dict[str, Any] = {
            "gen_ai.operation.name": e.operation,
            "llmgate.route": e.route,
            "llmgate.stream": e.stream,
        }
        if e.max_tokens is not None:
            attributes["gen_ai.request.max_tokens"] = e.max_tokens
        # No context given: the parent is the caller's current span, since CallStarted is
        # emitted on the caller's thread (or task) before the flow starts.
        span = self._tracer.start_span(
            f"{e.operation} {e.route}", kind=SpanKind.CLIENT, attributes=attributes
        )
        self.calls[e.call_id] = _Call(span, span.is_recording(), e.operation)

    def _call_finished(self, e: CallFinished) -> None:
        call = self.calls.pop(e.call_id, None)
        if call is None:
            return
        for span in call.attempts.values():  # the flow ends every attempt; be safe anyway
            span.set_attribute("llmgate.outcome", "abandoned")
            span.end()
        span = call.span
        if call.recording:
            # Everything learnt during the call is set here in one go: each SDK call costs.
            attributes: dict[str, Any] = {
                "llmgate.outcome": _call_outcome(e.ok, call.refused),
                "llmgate.attempts": len(e.attempts),
            }
            if call.first is not None:
                model, provider = call.first
                span.update_name(f"{call.operation} {model}")
                attributes["gen_ai.request.model"] = model
                attributes["gen_ai.provider.name"] = call.served_by or provider
            if e.provider is not None:
                attributes["llmgate.provider"] = e.provider
            if call.budget is not None:
                attributes["llmgate.budget"] = call.budget
            if e.model is not None:
                attributes["gen_ai.response.model"] = e.model
            if e.finish_reason is not None:
                attributes["gen_ai.response.finish_reasons"] = (e.finish_reason,)
            if e.cost is not None:
                attributes["llmgate.cost_usd"] = float(e.cost)
            _usage_attributes(attributes, e.usage)
            for kind, count in e.redactions.items():
                attributes[f"llmgate.redactions.{kind}"] = count
            if not e.ok:
                attributes["error.type"] = e.error_type or "_OTHER"
                span.set_status(Status(StatusCode.ERROR, e.error_type))
            span.set_attributes(attributes)
        span.end()

    def _evict(self) -> None:
        """End and forget the oldest open calls: their ``CallFinished`` never came."""
        with self._evict_lock:
            while len(self.calls) >= MAX_OPEN_CALLS:
                try:
                    call_id = next(iter(self.calls))
                except (StopIteration, RuntimeError):  # emptied or resized by another thread
                    return
                call = self.calls.pop(call_id, None)
                if call is None:
                    continue
                for span in (*call.attempts.values(), call.span):
                    span.set_attribute("llmgate.outcome", "abandoned")
                    span.end()

    # -- attempts ----------------------------------------------------------------------
    def _attempt_started(self, e: AttemptStarted) -> None:
        call = self.calls.get(e.call_id)
        if call is None:
            return
        target = (e.provider, e.model)
        if call.last_error is not None and call.last_target != target:
            self._failovers.add(1, (("error.type", call.last_error), ("llmgate.route", e.route)))
        call.last_target, call.last_error = target, None
        provider = provider_name(e.provider_type)
        if call.first is None:
            call.first = (e.model, provider)  # names the call span when it ends
        if not call.traced:
            return
        # A model running in this process is not a remote call: the conventions say INTERNAL.
        span_kind = SpanKind.INTERNAL if e.trust == "local" else SpanKind.CLIENT
        span = self._tracer.start_span(
            f"{call.operation} {e.model}",
            context=trace.set_span_in_context(call.span),
            kind=span_kind,
            # A call sampled out has nothing to attribute: skip building it (cheap calls).
            attributes=self._attempt_attributes(e, call, provider) if call.recording else None,
        )
        # Hedged attempts can share a number, never a number and a target.
        call.attempts[(e.attempt, e.provider, e.model)] = span

    def _attempt_attributes(self, e: AttemptStarted, call: _Call, provider: str) -> dict[str, Any]:
        attributes: dict[str, Any] = {
            "gen_ai.operation.name": call.operation,
            "gen_ai.provider.name": provider,
            "gen_ai.request.model": e.model,
            "llmgate.route": e.route,
            "llmgate.attempt": e.attempt,
            "llmgate.provider": e.provider,
            "llmgate.trust": e.trust,
        }
        if e.max_tokens is not None:
            attributes["gen_ai.request.max_tokens"] = e.max_tokens
        if e.note is not None:
            attributes["llmgate.note"] = e.note
        for kind, count in e.redactions.items():
            attributes[f"llmgate.redactions.{kind}"] = count
        if self.record_content:
            attributes["gen_ai.input.messages"] = input_messages_json(e.messages)
        return attributes

    def _attempt_ended(self, e: AttemptSucceeded | AttemptFailed) -> None:
        call = self.calls.get(e.call_id)
        if call is None:
            return
        span = call.attempts.pop((e.attempt, e.provider, e.model), None)
        provider = provider_name(e.provider_type)
        measures: dict[str, Any] = {
            "gen_ai.operation.name": call.operation,
            "gen_ai.provider.name": provider,
            "gen_ai.request.model": e.model,
        }
        if isinstance(e, AttemptFailed):
            measures["error.type"] = e.error_type
            if e.outcome != "cancelled":
                call.last_error = e.error_type
        else:
            measures["gen_ai.response.model"] = e.response_model or e.model
            call.served_by = provider
        self._duration.record(e.latency_s, measures)
        if e.usage is not None:
            self._record_tokens(e.usage, measures)
        if e.cost is not None:
            key = (
                ("gen_ai.provider.name", provider),
                ("gen_ai.request.model", e.model),
                ("llmgate.provider", e.provider),
                ("llmgate.route", e.route),
            )
            self._cost.add(float(e.cost), key)
        if span is None:
            return
        if span.is_recording():
            span.set_attributes(_attempt_end_attributes(e))
            if isinstance(e, AttemptFailed):
                description = scrub_secrets(e.error_message)[:_MAX_STATUS]
                span.set_status(Status(StatusCode.ERROR, f"{e.error_type}: {description}"))
        span.end()

    def _record_tokens(self, usage: Usage, measures: dict[str, Any]) -> None:
        self._tokens.record(usage.input_tokens, {**measures, "gen_ai.token.type": "input"})
        self._tokens.record(usage.output_tokens, {**measures, "gen_ai.token.type": "output"})

    # -- budgets and breakers ----------------------------------------------------------
    def _budget_refused(self, e: BudgetRefused) -> None:
        self._refusals.add(
            1, (("llmgate.budget", e.budget or "unknown"), ("llmgate.route", e.route))
        )
        call = self.calls.get(e.call_id)
        if call is not None:
            call.refused, call.budget = True, e.budget

    def _breaker_changed(self, e: BreakerChanged) -> None:
        if e.new == "open":
            self._openings.add(1, (("llmgate.target", e.target),))

    def _state_changed(self, e: StateChanged) -> None:
        if e.status == "unavailable":
            self._outages.add(1, (("llmgate.state.component", e.component),))


def _call_outcome(ok: bool, refused: bool) -> str:
    if ok:
        return "ok"
    return "budget_refused" if refused else "error"


def _attempt_end_attributes(e: AttemptSucceeded | AttemptFailed) -> dict[str, Any]:
    attributes: dict[str, Any] = {}
    if e.breaker_state is not None:
        attributes["llmgate.breaker.state"] = e.breaker_state
    if e.cost is not None:
        attributes["llmgate.cost_usd"] = float(e.cost)
    _usage_attributes(attributes, e.usage)
    if isinstance(e, AttemptFailed):
        attributes["llmgate.outcome"] = e.outcome
        attributes["error.type"] = e.error_type
        if e.status_code is not None:
            attributes["http.response.status_code"] = e.status_code
    else:
        attributes["llmgate.outcome"] = "ok"
        attributes["gen_ai.response.model"] = e.response_model or e.model
        if e.finish_reason is not None:
            attributes["gen_ai.response.finish_reasons"] = (e.finish_reason,)
    return attributes


def _usage_attributes(attributes: dict[str, Any], usage: Usage | None) -> None:
    if usage is None:
        return
    attributes["gen_ai.usage.input_tokens"] = usage.input_tokens
    attributes["gen_ai.usage.output_tokens"] = usage.output_tokens
    if usage.cached_input_tokens:
        attributes["gen_ai.usage.cache_read.input_tokens"] = usage.cached_input_tokens
    if usage.cache_write_tokens:
        attributes["gen_ai.usage.cache_creation.input_tokens"] = usage.cache_write_tokens
    if usage.reasoning_tokens:
        attributes["gen_ai.usage.reasoning.output_tokens"] = usage.reasoning_tokens
    if usage.estimated:
        attributes["llmgate.usage.estimated"] = True
