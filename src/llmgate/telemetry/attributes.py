"""The attributes llmgate puts on spans: the OpenTelemetry GenAI semantic conventions plus
llmgate's own ``llmgate.*`` attributes, built from events.

Kept apart from the listener (``otel.py``), which owns the spans' lifecycle (start, parent,
end, eviction): these are pure functions of an event, so they import no OpenTelemetry and
a change to the conventions touches this module alone.
"""

from __future__ import annotations

from typing import Any

from llmgate._events import AttemptFailed, AttemptStarted, AttemptSucceeded, CallFinished
from llmgate._types import Usage
from llmgate.telemetry.messages import input_messages_json

__all__ = [
    "attempt_attributes",
    "attempt_end_attributes",
    "call_end_attributes",
    "provider_name",
]

# llmgate provider type -> gen_ai.provider.name. OpenAI-compatible servers (vLLM, Ollama...)
# use the openai type and are reported as "openai", as the conventions ask ("the provider as
# identified by the client"); llmgate.provider names the configured provider apart.
_PROVIDER_NAMES = {"openai": "openai", "anthropic": "anthropic", "llamacpp": "llama_cpp"}


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


def call_end_attributes(
    e: CallFinished,
    *,
    refused: bool,
    first: tuple[str, str] | None,
    served_by: str | None,
    budget: str | None,
) -> dict[str, Any]:
    """Everything learnt during a call, set on its span in one go when it ends (each SDK
    call costs). ``first`` is the (model, provider name) of its first attempt, ``served_by``
    the provider name of the attempt that succeeded."""
    attributes: dict[str, Any] = {
        "llmgate.outcome": "ok" if e.ok else "budget_refused" if refused else "error",
        "llmgate.attempts": len(e.attempts),
    }
    if first is not None:
        model, provider = first
        attributes["gen_ai.request.model"] = model
        attributes["gen_ai.provider.name"] = served_by or provider
    if e.provider is not None:
        attributes["llmgate.provider"] = e.provider
    if budget is not None:
        attributes["llmgate.budget"] = budget
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
    return attributes


def attempt_attributes(
    e: AttemptStarted, operation: str, provider: str, record_content: bool
) -> dict[str, Any]:
    """An attempt span's attributes when it starts (``record_content``: the redacted
    request messages too)."""
    attributes: dict[str, Any] = {
        "gen_ai.operation.name": operation,
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
    if record_content:
        attributes["gen_ai.input.messages"] = input_messages_json(e.messages)
    return attributes


def attempt_end_attributes(e: AttemptSucceeded | AttemptFailed) -> dict[str, Any]:
    """An attempt span's attributes when it ends: its outcome, cost and usage."""
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
