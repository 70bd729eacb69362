"""The events a client emits, for ``Client(on_event=...)`` and ``client.events.subscribe``.

::

    from llmgate.events import AttemptFailed, CallFinished

    def watch(event):
        if isinstance(event, AttemptFailed):
            print("attempt failed:", event.provider, event.model, event.error_type)
        elif isinstance(event, CallFinished):
            print("call done:", event.ok, event.cost, event.latency_s)

    client = Client.from_config("llmgate.toml", on_event=watch)

Callbacks run on a dispatcher thread behind a bounded queue: a slow or failing callback
never delays or breaks a call (when the queue is full, events are dropped for callbacks and
counted in ``client.events.dropped``). Events carry counts, types, placeholders and
scrubbed messages, never prompt or answer text, original values or API keys.
"""

from llmgate._events import (
    AttemptFailed,
    AttemptStarted,
    AttemptSucceeded,
    BreakerChanged,
    BudgetRefused,
    CallFinished,
    CallStarted,
    Event,
    EventBus,
    PriceUnknown,
    StateChanged,
)

__all__ = [
    "AttemptFailed",
    "AttemptStarted",
    "AttemptSucceeded",
    "BreakerChanged",
    "BudgetRefused",
    "CallFinished",
    "CallStarted",
    "Event",
    "EventBus",
    "PriceUnknown",
    "StateChanged",
]
