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

This module is the spans' lifecycle: what each span and metric carries is in
``attributes.py`` and ``instruments.py``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from opentelemetry import metrics, trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode

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
from llmgate._version import __version__
from llmgate.errors import scrub_secrets
from llmgate.telemetry.attributes import (
    attempt_attributes,
    attempt_end_attributes,
    call_end_attributes,
    provider_name,
)
from llmgate.telemetry.instruments import Instruments

__all__ = ["MAX_OPEN_CALLS", "OtelListener"]

MAX_OPEN_CALLS = 10_000
SCHEMA_URL = "https://opentelemetry.io/schemas/1.37.0"
_MAX_STATUS = 300

AttemptKey = tuple[int, str, str]


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
        self._metrics = Instruments(meter)
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
            if call.first is not None:
                span.update_name(f"{call.operation} {call.first[0]}")
            span.set_attributes(
                call_end_attributes(
                    e,
                    refused=call.refused,
                    first=call.first,
                    served_by=call.served_by,
                    budget=call.budget,
                )
            )
            if not e.ok:
                span.set_status(Status(StatusCode.ERROR, e.error_type))
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
            self._metrics.failovers.add(
                1, (("error.type", call.last_error), ("llmgate.route", e.route))
            )
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
            attributes=(
                attempt_attributes(e, call.operation, provider, self.record_content)
                if call.recording
                else None
            ),
        )
        # Hedged attempts can share a number, never a number and a target.
        call.attempts[(e.attempt, e.provider, e.model)] = span

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
        self._metrics.duration.record(e.latency_s, measures)
        if e.usage is not None:
            self._metrics.record_tokens(e.usage, measures)
        if e.cost is not None:
            key = (
                ("gen_ai.provider.name", provider),
                ("gen_ai.request.model", e.model),
                ("llmgate.provider", e.provider),
                ("llmgate.route", e.route),
            )
            self._metrics.cost.add(float(e.cost), key)
        if span is None:
            return
        if span.is_recording():
            span.set_attributes(attempt_end_attributes(e))
            if isinstance(e, AttemptFailed):
                description = scrub_secrets(e.error_message)[:_MAX_STATUS]
                span.set_status(Status(StatusCode.ERROR, f"{e.error_type}: {description}"))
        span.end()

    # -- budgets and breakers ----------------------------------------------------------
    def _budget_refused(self, e: BudgetRefused) -> None:
        self._metrics.refusals.add(
            1, (("llmgate.budget", e.budget or "unknown"), ("llmgate.route", e.route))
        )
        call = self.calls.get(e.call_id)
        if call is not None:
            call.refused, call.budget = True, e.budget

    def _breaker_changed(self, e: BreakerChanged) -> None:
        if e.new == "open":
            self._metrics.openings.add(1, (("llmgate.target", e.target),))

    def _state_changed(self, e: StateChanged) -> None:
        if e.status == "unavailable":
            self._metrics.outages.add(1, (("llmgate.state.component", e.component),))
