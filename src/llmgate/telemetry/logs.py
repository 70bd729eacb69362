"""Standard ``logging`` for llmgate calls, under the ``llmgate`` logger.

One INFO line per successful attempt (route, provider:model, latency, tokens, cost), one
WARNING per failed attempt (error type and its scrubbed message; INFO for a cancelled one
or an answer a route check rejected), a WARNING when a budget
refuses a call, a circuit breaker opens or a model has no price. Never message text, never
a key: events carry neither, and error messages are scrubbed once more here in case a
provider's own secret escaped the flow.

The listener runs inline on every call, so it checks ``isEnabledFor`` before building
anything: with the ``llmgate`` logger above INFO (the default) a successful attempt costs a
type check and a cached level lookup. Each record also carries its fields as ``extra``
(``llmgate_route``, ``llmgate_provider``, ...) for structured log formatters.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from llmgate._events import (
    AttemptFailed,
    AttemptSucceeded,
    BreakerChanged,
    BudgetRefused,
    Event,
    EventBus,
    PriceUnknown,
)
from llmgate.errors import scrub_secrets

__all__ = ["install_logging", "log_event"]

_log = logging.getLogger("llmgate")
_INFO = logging.INFO
_WARNING = logging.WARNING
_EXPECTED = frozenset({"cancelled", "rejected"})
_MAX_MESSAGE = 300


def install_logging(events: EventBus) -> Callable[[], None]:
    """Subscribe the logging listener to ``events``; returns the unsubscribe function.

    Adds a ``NullHandler`` to the ``llmgate`` logger (once), as the logging HOWTO asks of
    libraries: an application that configured no logging sees no failover warnings on
    stderr, while any handler it configures (``logging.basicConfig``, ``llmgate chat -v``)
    receives every record.
    """
    if not any(isinstance(h, logging.NullHandler) for h in _log.handlers):
        _log.addHandler(logging.NullHandler())
    return events.subscribe(log_event, inline=True)


def log_event(event: Event) -> None:
    """Log one event if the ``llmgate`` logger wants it; the listener ``install_logging`` adds."""
    kind = type(event)
    if kind is AttemptSucceeded:
        if _log.isEnabledFor(_INFO):
            _succeeded(event)  # type: ignore[arg-type]
    elif kind is AttemptFailed:
        failed: AttemptFailed = event  # type: ignore[assignment]
        # A cancelled attempt, or an answer a route check rejected (a cascade moving on),
        # is the route working as configured, not a fault to warn about.
        level = _INFO if failed.outcome in _EXPECTED else _WARNING
        if _log.isEnabledFor(level):
            _failed(failed, level)
    elif kind is BudgetRefused:
        if _log.isEnabledFor(_WARNING):
            _refused(event)  # type: ignore[arg-type]
    elif kind is PriceUnknown:
        unknown: PriceUnknown = event  # type: ignore[assignment]
        if _log.isEnabledFor(_WARNING):
            _log.warning(
                'no price for %s:%s: its calls have cost None (add [pricing."%s:%s"])',
                unknown.provider,
                unknown.model,
                unknown.provider,
                unknown.model,
                extra={"llmgate_provider": unknown.provider, "llmgate_model": unknown.model},
            )
    elif kind is BreakerChanged:
        changed: BreakerChanged = event  # type: ignore[assignment]
        level = _WARNING if changed.new == "open" else _INFO
        if _log.isEnabledFor(level):
            _log.log(
                level,
                "circuit breaker for %s: %s -> %s",
                changed.target,
                changed.old,
                changed.new,
                extra={"llmgate_target": changed.target, "llmgate_breaker_state": changed.new},
            )


def _succeeded(e: AttemptSucceeded) -> None:
    input_tokens = e.usage.input_tokens if e.usage is not None else 0
    output_tokens = e.usage.output_tokens if e.usage is not None else 0
    _log.info(
        "%s attempt %d ok: %s:%s in %.1f ms, %d in / %d out tokens, cost %s [call %s]",
        e.route,
        e.attempt,
        e.provider,
        e.model,
        e.latency_s * 1000,
        input_tokens,
        output_tokens,
        _money(e.cost),
        e.call_id,
        extra=_fields(e, "ok")
        | {"llmgate_input_tokens": input_tokens, "llmgate_output_tokens": output_tokens},
    )


def _failed(e: AttemptFailed, level: int) -> None:
    message = scrub_secrets(e.error_message)[:_MAX_MESSAGE]
    _log.log(
        level,
        "%s attempt %d %s: %s:%s after %.1f ms: %s: %s [call %s]",
        e.route,
        e.attempt,
        e.outcome,
        e.provider,
        e.model,
        e.latency_s * 1000,
        e.error_type,
        message,
        e.call_id,
        extra=_fields(e, e.outcome) | {"llmgate_error_type": e.error_type},
    )


def _refused(e: BudgetRefused) -> None:
    _log.warning(
        "%s refused by budget %s (estimate %s): %s [call %s]",
        e.route,
        e.budget or "?",
        _money(e.estimate),
        scrub_secrets(e.message)[:_MAX_MESSAGE],
        e.call_id,
        extra={
            "llmgate_call_id": e.call_id,
            "llmgate_route": e.route,
            "llmgate_budget": e.budget,
            "llmgate_outcome": "budget_refused",
        },
    )


def _fields(e: AttemptSucceeded | AttemptFailed, outcome: str) -> dict[str, Any]:
    return {
        "llmgate_call_id": e.call_id,
        "llmgate_route": e.route,
        "llmgate_attempt": e.attempt,
        "llmgate_provider": e.provider,
        "llmgate_model": e.model,
        "llmgate_outcome": outcome,
        "llmgate_latency_ms": round(e.latency_s * 1000, 3),
        "llmgate_cost_usd": None if e.cost is None else str(e.cost),
    }


def _money(cost: Decimal | None) -> str:
    return "unknown" if cost is None else f"${cost:.6f}"
