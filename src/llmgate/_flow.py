"""The call flow: one implementation, driven by the async API and (through the loop
thread in ``_sync.py``) by the sync API.

For each call: resolve the route → for each target in the strategy's order and allowed by
its circuit breaker and the privacy policy: redact for the target's trust (off the loop
for a large prompt) → reserve the worst-case cost → provider call inside the remaining
deadline → restore → price → record the attempt → retry, fail over or stop as the policy
table says. Streams share the same attempt loop (``_streaming.py``): failover is invisible
until the first chunk.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from llmgate import errors
from llmgate._events import (
    AttemptFailed,
    AttemptStarted,
    AttemptSucceeded,
    BudgetRefused,
    CallFinished,
    CallStarted,
    EventBus,
)
from llmgate._hooks import CostHook, Prepared, PrivacyHook, restore_tool_calls
from llmgate._types import Attempt, ChatRequest, ChatResponse, Completion, Outcome, Usage
from llmgate.provider import Provider
from llmgate.routing import Action, CircuitBreaker, Deadline, RetryPolicy, Strategy, classify
from llmgate.routing.policy import counts_against_target, marks_unhealthy

__all__ = ["Call", "Route", "Runtime", "Target"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Target:
    key: str  # "provider:model", the breaker's and the strategy's key
    name: str
    type: str
    model: str
    provider: Provider


@dataclass(slots=True)
class Route:
    name: str
    targets: dict[str, Target]
    strategy: Strategy
    retry: RetryPolicy
    timeout_s: float | None
    on_stream_error: str = "raise"
    hedge_after_s: float | None = None
    content_filter: str = "raise"
    on_rate_limit: str = "wait"  # over a rate limit of ours: "wait" | "failover"


@dataclass(slots=True)
class Runtime:
    """What every call of one client shares."""

    events: EventBus
    breaker: CircuitBreaker
    privacy: PrivacyHook
    costs: CostHook
    secrets: list[str]
    # Prompt sizes (characters) that overflowed a target: later calls that large skip it.
    too_small: dict[str, int] = field(default_factory=dict)
    limits: Any = None  # the rate-limit check (llmgate.state._gate.RateGate), if any


@dataclass(slots=True)
class _Try:
    """One attempt in flight."""

    target: Target
    number: int
    prepared: Prepared
    reservation: Any
    started: float
    note: str | None = None
    permit: Any = None  # the rate limiter's admission, corrected to the real token count


class Call:
    """One call through one route: the attempts, the deadline, the events."""

    def __init__(
        self,
        rt: Runtime,
        route: Route,
        request: ChatRequest,
        tags: Mapping[str, str],
        *,
        stream: bool,
        unfit: Mapping[str, str] | None = None,
    ) -> None:
        self.rt = rt
        self.unfit = dict(unfit or {})
        self.route = route
        self.request = request
        self.tags = dict(tags)
        self.stream = stream
        self.call_id = os.urandom(8).hex()
        self.deadline = Deadline(route.timeout_s)
        self.attempts: list[Attempt] = []
        self.redaction_counts: dict[str, int] = {}
        self.redactions: dict[str, Any] = {}
        self.started = time.perf_counter()
        self.prompt_chars = sum(len(m.text()) for m in request.messages)
        self.sent = False  # whether any request left for a provider
        self.privacy = rt.privacy.for_call(request)
        self._started = False  # CallStarted is emitted by the first attempt loop
        self._numbers = 0
        self._finished = False  # CallFinished is emitted exactly once
        self.raced: set[str] = set()  # targets a hedge already tried in this call

    def _start(self) -> None:
        """Announce the call once it really begins (a stream never read never begins)."""
        self._started = True
        if self.rt.events.active:
            self.rt.events.emit(
                CallStarted(
                    self.call_id, self.route.name, self.stream, self.request.max_tokens, self.tags
                )
            )

    # -- the attempt loop, shared by chat and stream --------------------------------------
    async def run(
        self,
        start: Callable[[_Try], Awaitable[T]],
        *,
        note: str | None = None,
        exclude: frozenset[str] = frozenset(),
    ) -> tuple[_Try, T]:
        """Try targets until one ``start`` succeeds; raise the right error otherwise."""
        if not self._started:
            self._start()
        try:
            return await self._run(start, note, exclude)
        except BaseException as exc:
            self._finish_error(exc)  # once: a no-op where the error was already reported
            raise

    async def _run(
        self,
        start: Callable[[_Try], Awaitable[T]],
        note: str | None,
        exclude: frozenset[str],
    ) -> tuple[_Try, T]:
        min_window: int | None = None
        hedge = self.route.hedge_after_s
        order = [self.route.targets[k] for k in self.route.strategy.order() if k not in exclude]
        for index, target in enumerate(order):
            if target.key in self.raced or not await self._eligible(target, min_window):
                continue
            if self._overflowed_before(target):
                window = target.provider.context_window(target.model)
                min_window = max(min_window or 0, window or 0)
                continue
            retry_no = 0
            while True:
                if not self.rt.breaker.allow(target.key):
                    self._skip(target, "CircuitOpen", "circuit breaker is open")
                    break
                if hedge is not None and retry_no == 0 and not self.attempts:
                    from llmgate._hedge import hedged_start

                    hedged = await hedged_start(self, start, target, order[index + 1 :], note)
                    if hedged is not None:
                        return hedged
                    break
                tr = await self._begin(target, note)
                if tr is None:
                    break
                try:
                    return tr, await self._bounded(start(tr), target)
                except errors.ProviderError as caught:
                    exc = caught
                    action = self._failed(tr, exc)
                except asyncio.CancelledError:
                    self.failed(tr, asyncio.CancelledError("cancelled"), outcome="cancelled")
                    raise
                if action is Action.RETRY:
                    delay = self.route.retry.next_delay(
                        retry_no + 1, exc, self.deadline.remaining()
                    )
                    if delay is not None:
                        await asyncio.sleep(delay)
                        retry_no += 1
                        continue
                elif action is Action.FAILOVER_LARGER_CONTEXT:
                    window = target.provider.context_window(target.model)
                    min_window = max(min_window or 0, window or 0)
                elif action is Action.RAISE:
                    self._finish_error(exc)
                    raise exc
                break
        error: errors.LLMGateError = errors.AllProvidersFailedError(self.route.name, self.attempts)
        if self.attempts and all(a.error == "RateLimitedError" for a in self.attempts):
            error = errors.RateLimitedError(
                f"every target of route {self.route.name!r} is over a rate limit: "
                + "; ".join(a.error_message or "" for a in self.attempts)
            )
        if self.attempts and all(a.error == "PrivacyViolationError" for a in self.attempts):
            error = errors.PrivacyViolationError(
                "the call holds data that may not leave for an external provider, and no "
                f"local or private target of route {self.route.name!r} could serve it",
                entities=list(getattr(self.privacy, "found", ())),
            )
        self._finish_error(error)
        raise error

    async def _eligible(self, target: Target, min_window: int | None) -> bool:
        if self.deadline.expired:
            return False
        why = self.unfit.get(target.key)
        if why is not None:
            self._skip(target, "BadRequestError", why)
            return False
        if not await self.privacy.allows(target.provider.trust):
            self._skip(target, "PrivacyViolationError", "local-only: target is external")
            return False
        window = target.provider.context_window(target.model)
        if min_window is not None and window is not None and window <= min_window:
            self._skip(target, "ContextWindowExceededError", "context window is not larger")
            return False
        return True

    def _overflowed_before(self, target: Target) -> bool:
        """Whether a prompt at most this long already overflowed ``target`` (skip it now)."""
        known = self.rt.too_small.get(target.key)
        if known is None or self.prompt_chars < known or len(self.route.targets) < 2:
            return False
        self._skip(target, "ContextWindowExceededError", "a prompt this long overflowed it")
        return True

    async def _bounded(self, work: Awaitable[T], target: Target) -> T:
        """Run one attempt inside min(target timeout, time left); map the timeout."""
        limit = self.deadline.attempt_timeout(target.provider.settings.timeout_s)
        try:
            async with asyncio.timeout(limit):
                return await work
        except TimeoutError as exc:  # asyncio's (the builtin), not llmgate's
            raise errors.TimeoutError(
                f"no answer within {limit:.3g} s", provider=target.name, model=target.model
            ) from exc

    async def _begin(self, target: Target, note: str | None) -> _Try | None:
        """Prepare one attempt: its request, its redaction, its budget reservation."""
        limit = self.deadline.attempt_timeout(target.provider.settings.timeout_s)
        base = self.request
        request = ChatRequest(
            target.model, base.messages, base.tools, base.tool_choice, base.params, limit
        )
        try:
            prepared = await self.privacy.prepare(request, target.provider.trust)
        except BaseException:  # refused, a detector failed, or cancelled while masking
            self.rt.breaker.release_probe(target.key)
            raise
        try:
            reservation = self.rt.costs.reserve(
                prepared.request, target.name, target.type, self.tags
            )
        except errors.BudgetExceededError as exc:
            self.rt.breaker.release_probe(target.key)
            if not self.sent:
                self._refused(exc)
                raise
            self._skip(target, "BudgetExceededError", str(exc))
            return None
        permit = None
        if self.rt.limits is not None:  # rate limits of ours: wait, or move to the next target
            why: str | None = "cancelled while waiting for a rate limit"
            try:
                permit, why = await self.rt.limits.admit(self, target, prepared.request)
            finally:
                if why is not None:  # nothing is sent: give back the reservation and probe
                    self.rt.costs.settle(reservation, Decimal(0))
                    self.rt.breaker.release_probe(target.key)
            if why is not None:
                self._skip(target, "RateLimitedError", why)
                return None
        for red in prepared.redactions:
            self.redactions[red.placeholder] = red
        for kind, n in prepared.counts.items():
            self.redaction_counts[kind] = max(self.redaction_counts.get(kind, 0), n)
        self._numbers += 1
        tr = _Try(target, self._numbers, prepared, reservation, time.perf_counter(), note, permit)
        self.sent = True
        if self.rt.events.active:
            self.rt.events.emit(
                AttemptStarted(
                    self.call_id,
                    self.route.name,
                    tr.number,
                    target.name,
                    target.type,
                    target.model,
                    target.provider.trust,
                    base.max_tokens,
                    dict(prepared.counts),
                    note,
                    tuple(m.to_openai() for m in prepared.request.messages),
                )
            )
        return tr

    # -- recording ---------------------------------------------------------------------
    def succeeded(
        self,
        tr: _Try,
        usage: Usage,
        *,
        busy_s: float | None = None,
        finish_reason: str | None = None,
        response_model: str | None = None,
    ) -> Attempt:
        latency = time.perf_counter() - tr.started
        t = tr.target
        cost = self.rt.costs.price(t.name, t.type, t.model, usage, busy_s)
        self.rt.costs.settle(tr.reservation, cost)
        if tr.permit is not None:
            self.rt.limits.settle(tr.permit, usage)
        self.rt.breaker.record_success(t.key)
        self.route.strategy.observe(t.key, latency, True)
        attempt = Attempt(t.name, t.model, "ok", None, latency, usage, cost, note=tr.note)
        self.attempts.append(attempt)
        if self.rt.events.active:
            fields = self._end_fields(tr, latency, usage, cost)
            self.rt.events.emit(
                AttemptSucceeded(
                    **fields, finish_reason=finish_reason, response_model=response_model
                )
            )
        return attempt

    def _end_fields(
        self, tr: _Try, latency: float, usage: Usage | None, cost: Decimal | None
    ) -> dict[str, Any]:
        """The fields every attempt-end event shares."""
        t = tr.target
        return {
            "call_id": self.call_id,
            "route": self.route.name,
            "attempt": tr.number,
            "provider": t.name,
            "provider_type": t.type,
            "model": t.model,
            "trust": t.provider.trust,
            "latency_s": latency,
            "usage": usage,
            "cost": cost,
            "tags": self.tags,
            "breaker_state": self.rt.breaker.state(t.key).value,
            "note": tr.note,
        }

    def _failed(self, tr: _Try, exc: errors.ProviderError) -> Action:
        self.failed(tr, exc)
        if isinstance(exc, errors.ContextWindowExceededError):
            known = self.rt.too_small.get(tr.target.key)
            self.rt.too_small[tr.target.key] = min(known or self.prompt_chars, self.prompt_chars)
        return classify(
            exc, content_filter="failover" if self.route.content_filter == "failover" else "raise"
        )

    def failed(
        self,
        tr: _Try,
        exc: BaseException,
        *,
        usage: Usage | None = None,
        outcome: Outcome = "error",
        busy_s: float | None = None,
        counts: bool = False,
    ) -> Attempt:
        """Record a failed attempt; ``counts`` makes a cancelled one count against its target."""
        latency = time.perf_counter() - tr.started
        t = tr.target
        cost = self.rt.costs.price(t.name, t.type, t.model, usage, busy_s) if usage else None
        self.rt.costs.settle(tr.reservation, cost if usage else Decimal(0))
        if tr.permit is not None:
            self.rt.limits.settle(tr.permit, usage)
        if outcome == "cancelled" and not counts:
            self.rt.breaker.release_probe(t.key)
        else:
            if counts_against_target(exc):
                self.rt.breaker.record_failure(t.key)
            else:
                self.rt.breaker.release_probe(t.key)
            if marks_unhealthy(exc):
                self.rt.breaker.force_open(t.key)
            self.route.strategy.observe(t.key, latency, False)
        message = errors.scrub_secrets(str(exc), self.rt.secrets)
        attempt = Attempt(
            t.name,
            t.model,
            outcome,
            type(exc).__name__,
            latency,
            usage,
            cost,
            error_message=message,
            note=tr.note,
        )
        self.attempts.append(attempt)
        if self.rt.events.active:
            fields = self._end_fields(tr, latency, usage, cost)
            status = getattr(exc, "status_code", None)
            self.rt.events.emit(
                AttemptFailed(
                    **fields,
                    error_type=type(exc).__name__,
                    error_message=message,
                    outcome=outcome,
                    status_code=status,
                )
            )
        return attempt

    def _skip(self, target: Target, error: str, why: str) -> None:
        self.attempts.append(
            Attempt(target.name, target.model, "skipped", error, 0.0, error_message=why)
        )

    def _refused(self, exc: errors.BudgetExceededError) -> None:
        if self.rt.events.active:
            self.rt.events.emit(
                BudgetRefused(self.call_id, self.route.name, exc.budget, exc.estimate, str(exc))
            )
        self._finish_error(exc)

    # -- the end of a call --------------------------------------------------------------
    def total(self) -> tuple[Usage, Decimal | None]:
        usage = Usage()
        cost: Decimal | None = Decimal(0)
        for a in self.attempts:
            if a.usage is not None:
                usage = usage + a.usage
                cost = None if cost is None or a.cost is None else cost + a.cost
        return usage, cost

    def response(self, tr: _Try, completion: Completion, text: str) -> ChatResponse:
        usage, cost = self.total()
        restorer = tr.prepared.restorer
        return ChatResponse(
            text=text,
            provider=tr.target.name,
            model=completion.model or tr.target.model,
            usage=usage,
            route=self.route.name,
            cost=cost,
            attempts=list(self.attempts),
            redactions=list(self.redactions.values()),
            tool_calls=restore_tool_calls(restorer, completion.tool_calls),
            finish_reason=completion.finish_reason,
        )

    def finish_ok(self, response: ChatResponse) -> None:
        if self._finished:
            return
        self._finished = True
        if self.rt.events.active:
            self.rt.events.emit(
                CallFinished(
                    self.call_id,
                    self.route.name,
                    True,
                    time.perf_counter() - self.started,
                    response.provider,
                    response.model,
                    response.usage,
                    response.cost,
                    None,
                    tuple(self.attempts),
                    dict(self.redaction_counts),
                    self.tags,
                    self.stream,
                    response.finish_reason,
                )
            )

    def _finish_error(self, exc: BaseException) -> None:
        if self._finished:
            return
        self._finished = True
        if self.rt.events.active:
            usage, cost = self.total()
            self.rt.events.emit(
                CallFinished(
                    self.call_id,
                    self.route.name,
                    False,
                    time.perf_counter() - self.started,
                    None,
                    None,
                    usage,
                    cost,
                    type(exc).__name__,
                    tuple(self.attempts),
                    dict(self.redaction_counts),
                    self.tags,
                    self.stream,
                )
            )


async def chat(call: Call) -> ChatResponse:
    """A non-streaming call."""

    async def start(tr: _Try) -> Completion:
        return await tr.target.provider.complete(tr.prepared.request)

    tr, completion = await call.run(start)  # run() reports any failure, cancellation too
    call.succeeded(
        tr,
        completion.usage,
        busy_s=completion.busy_s,
        finish_reason=completion.finish_reason,
        response_model=completion.model,
    )
    text = tr.prepared.restorer.text(completion.text)
    response = call.response(tr, completion, text)
    call.finish_ok(response)
    return response
