"""Events: the one place where the ledger, logging, tracing and user callbacks plug in.

The call flow emits these; it knows nothing of who listens. Internal listeners (ledger,
logging, OpenTelemetry) subscribe ``inline`` and run on the calling path, so they must be
fast and must not raise (a raising one is logged and ignored). User callbacks run on a
dispatcher thread behind a bounded queue, so a slow or failing callback can never delay or
break a call: when the queue is full the event is dropped for callbacks and counted.

Events carry counts, types, placeholders and scrubbed messages, never prompt text, answer
text, original values of redacted data or API keys. The one exception is opt-in: a listener
subscribed with ``content=True`` (the OpenTelemetry listener under ``[telemetry]
record_content = true``) receives ``AttemptStarted.messages``, the request as it left for
the provider (redacted for that provider's trust); every other listener receives those
events with ``messages`` empty, and while no such listener exists the flow does not even
fill them.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from llmgate._types import Attempt, Usage

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

_log = logging.getLogger("llmgate")


@dataclass(frozen=True, slots=True)
class Event:
    call_id: str

    def without_content(self) -> Event:
        """This event as a listener that did not opt in to content receives it."""
        return self


@dataclass(frozen=True, slots=True)
class CallStarted(Event):
    route: str
    stream: bool
    max_tokens: int | None
    tags: Mapping[str, str]
    operation: str = "chat"


@dataclass(frozen=True, slots=True)
class AttemptStarted(Event):
    route: str
    attempt: int
    provider: str
    provider_type: str
    model: str
    trust: str
    max_tokens: int | None = None
    redactions: Mapping[str, int] = field(default_factory=dict)
    note: str | None = None
    # The request as it left for the provider (redacted for its trust), in OpenAI form:
    # filled only while a listener subscribed with content=True, and given only to those.
    messages: tuple[Mapping[str, Any], ...] = ()

    def without_content(self) -> AttemptStarted:
        return replace(self, messages=()) if self.messages else self


@dataclass(frozen=True, slots=True)
class _AttemptEnd(Event):
    route: str
    attempt: int
    provider: str
    provider_type: str
    model: str
    trust: str
    latency_s: float
    usage: Usage | None = None
    cost: Decimal | None = None
    tags: Mapping[str, str] = field(default_factory=dict)
    breaker_state: str | None = None
    note: str | None = None
    # On a route with ``checks``: what checking the answer cost (a judge's call) and took
    # (not part of ``latency_s``), as on the attempt in ``ChatResponse.attempts``.
    check_cost: Decimal | None = None
    check_latency_s: float | None = None


@dataclass(frozen=True, slots=True)
class AttemptSucceeded(_AttemptEnd):
    finish_reason: str | None = None
    response_model: str | None = None


@dataclass(frozen=True, slots=True)
class AttemptFailed(_AttemptEnd):
    error_type: str = "ProviderError"
    error_message: str = ""
    outcome: str = "error"
    status_code: int | None = None


@dataclass(frozen=True, slots=True)
class CallFinished(Event):
    route: str
    ok: bool
    latency_s: float
    provider: str | None = None
    model: str | None = None
    usage: Usage | None = None
    cost: Decimal | None = None
    error_type: str | None = None
    attempts: tuple[Attempt, ...] = ()
    redactions: Mapping[str, int] = field(default_factory=dict)
    tags: Mapping[str, str] = field(default_factory=dict)
    stream: bool = False
    finish_reason: str | None = None


@dataclass(frozen=True, slots=True)
class BudgetRefused(Event):
    route: str
    budget: str | None
    estimate: Decimal | None
    message: str


@dataclass(frozen=True, slots=True)
class PriceUnknown(Event):
    provider: str
    model: str


@dataclass(frozen=True, slots=True)
class BreakerChanged(Event):
    target: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class StateChanged(Event):
    """The shared state store (``[state]``) became unreachable, or reachable again.

    ``component`` is ``"breaker"``, ``"budget"`` or ``"limits"``; ``status`` is
    ``"unavailable"`` (``detail`` says why) or ``"recovered"``.
    """

    component: str
    status: str
    detail: str = ""


Callback = Callable[[Event], object]


class EventBus:
    """Delivers events to inline listeners and, off the call path, to user callbacks.

    ::

        client.events.subscribe(lambda e: print(type(e).__name__))
    """

    def __init__(self, *, queue_size: int = 10_000) -> None:
        self._inline: list[Callback] = []
        self._callbacks: list[Callback] = []
        self._queue: queue.Queue[Event | _Marker | None] = queue.Queue(maxsize=queue_size)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._content: set[int] = set()  # ids of the listeners that opted in to content
        self.dropped = 0
        self._defer = False

    @property
    def active(self) -> bool:
        """False when nobody listens, so the flow can skip building events at all."""
        return bool(self._inline or self._callbacks)

    @property
    def content(self) -> bool:
        """True while a listener opted in to content: only then do events carry any."""
        return bool(self._content)

    def subscribe(
        self, callback: Callback, *, inline: bool = False, content: bool = False
    ) -> Callable[[], None]:
        """Add a listener; returns a function that removes it.

        ``inline=True`` is for llmgate's own fast listeners; user code should leave it off.
        ``content=True`` opts this listener in to message content (``AttemptStarted.messages``,
        the redacted request): for content recording, as ``[telemetry] record_content`` does.
        """
        target = self._inline if inline else self._callbacks
        with self._lock:
            target.append(callback)
            if content:
                self._content.add(id(callback))
            if not inline and self._thread is None:
                self._thread = threading.Thread(
                    target=self._dispatch, name="llmgate-events", daemon=True
                )
                self._thread.start()

        def unsubscribe() -> None:
            with self._lock:
                if callback in target:
                    target.remove(callback)
                if content and not any(c is callback for c in (*self._inline, *self._callbacks)):
                    self._content.discard(id(callback))

        return unsubscribe

    def defer_on_loop(self) -> None:
        """Deliver what is emitted on an event loop once the emitting task yields (the
        gateway: its answer is written, or its upstream request sent, before the
        listeners run). Order is kept; each event keeps its emitter's context."""
        self._defer = True

    def emit(self, event: Event) -> None:
        if self._defer:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                pass
            else:
                loop.call_soon(self._deliver, event)
                return
        self._deliver(event)

    def emit_new(self, kind: Callable[..., Event], *args: Any, **fields: Any) -> None:
        """``emit(kind(*args, **fields))``, with the event built when it is delivered: on
        a deferring bus, after the emitting task yields. The flow's events are frozen
        dataclasses of up to 18 fields; building them was a tenth of the gateway's work
        before its reply was written. The caller passes values it no longer changes."""
        if self._defer:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                pass
            else:
                loop.call_soon(self._deliver_new, kind, args, fields)
                return
        self._deliver(kind(*args, **fields))

    def _deliver_new(
        self, kind: Callable[..., Event], args: tuple[Any, ...], fields: dict[str, Any]
    ) -> None:
        self._deliver(kind(*args, **fields))

    def _deliver(self, event: Event) -> None:
        bare = event.without_content() if self._content else event
        for listener in self._inline:
            try:
                listener(event if bare is event or id(listener) in self._content else bare)
            except Exception:  # a listener must never break a call
                _log.exception("llmgate: event listener %r failed", listener)
        if self._callbacks:
            try:
                self._queue.put_nowait(event)
            except queue.Full:
                self.dropped += 1

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until the callbacks have seen every event emitted so far (tests, shutdown)."""
        if self._thread is None:
            return True
        done = threading.Event()
        marker = _Marker(done)
        try:
            self._queue.put(marker, timeout=timeout)
        except queue.Full:
            return False
        return done.wait(timeout)

    def close(self) -> None:
        if self._thread is not None:
            self.flush(1.0)
            self._queue.put(None)
            self._thread.join(timeout=1.0)
            self._thread = None

    def _dispatch(self) -> None:
        while True:
            event = self._queue.get()
            if event is None:
                return
            if isinstance(event, _Marker):
                event.done.set()
                continue
            bare = event.without_content() if self._content else event
            for callback in list(self._callbacks):
                try:
                    callback(event if bare is event or id(callback) in self._content else bare)
                except Exception:
                    _log.exception("llmgate: event callback %r failed", callback)


class _Marker:
    """Put in the callback queue by ``flush``: set once everything before it was delivered."""

    __slots__ = ("done",)

    def __init__(self, done: threading.Event) -> None:
        self.done = done
