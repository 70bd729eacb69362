"""What happened in one call: its attempts, its events, its response.

The flow (``_flow.py``) decides what to try; this records each attempt exactly once, as an
``Attempt`` in the trace and as events (from which the ledger, the logs and the spans are
made), settles its budget reservation and reports it to the circuit breaker and the
strategy. Every way of running attempts (one at a time, raced, a stream's continuation)
records through these methods, so the trace reads the same whichever ran.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from llmgate import errors
from llmgate._events import (
    AttemptFailed,
    AttemptSucceeded,
    BudgetRefused,
    CallFinished,
    CallStarted,
)
from llmgate._hooks import Prepared, restore_tool_calls
from llmgate._route import Route, Runtime, Target
from llmgate._types import (
    Attempt,
    ChatRequest,
    ChatResponse,
    Completion,
    EmbeddingResponse,
    Outcome,
    Usage,
)
from llmgate.routing.policy import counts_against_target, marks_unhealthy

__all__ = ["CallRecord", "_Try", "skip_into"]


@dataclass(slots=True)
class _Try:
    """One attempt in flight."""

    target: Target
    number: int
    prepared: Prepared
    reservation: Any
    started: float
    note: str | None = None
    retry_no: int = 0  # 0 for the target's first attempt in this call
    # Another attempt was started because this one stayed silent past hedge_after_s: if it
    # then loses the race, that slowness counts against its target.
    hedged: bool = False
    permit: Any = None  # the rate limiter's admission, corrected to the real token count
    check_s: float | None = None  # how long the route's checks took (not the answer's time)
    check_cost: Decimal | None = None  # what they cost (a judge's call)


class CallRecord:
    """The record of one call; :class:`llmgate._flow.Call` adds the attempt loop."""

    def __init__(
        self,
        rt: Runtime,
        route: Route,
        request: ChatRequest,
        tags: Mapping[str, str],
        *,
        stream: bool,
    ) -> None:
        self.rt = rt
        self.route = route
        self.request = request
        self.tags = dict(tags)
        self.stream = stream
        self.call_id = os.urandom(8).hex()
        self.attempts: list[Attempt] = []
        self.redaction_counts: dict[str, int] = {}
        self.redactions: dict[str, Any] = {}
        self.started = time.perf_counter()
        self._started = False  # CallStarted is emitted by the first attempt loop
        self._finished = False  # CallFinished is emitted exactly once
        self._ending: list[asyncio.Task[None]] = []  # phase-two scripts in flight

    def _start(self) -> None:
        """Announce the call once it really begins (a stream never read never begins)."""
        self._started = True
        if self.rt.events.active:
            self.rt.events.emit_new(
                CallStarted,
                self.call_id,
                self.route.name,
                self.stream,
                self.request.max_tokens,
                self.tags,
            )

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
        latency = time.perf_counter() - tr.started - (tr.check_s or 0.0)
        t = tr.target
        cost = self.rt.costs.price(t.name, t.type, t.model, usage, _busy(busy_s, latency))
        self._end_state(tr, cost, usage, ("success",))
        self.route.strategy.observe(t.key, latency, True)
        attempt = Attempt(
            t.name,
            t.model,
            "ok",
            None,
            latency,
            usage,
            cost,
            note=tr.note,
            check_cost=tr.check_cost,
            check_latency_s=tr.check_s,
        )
        self.attempts.append(attempt)
        if self.rt.events.active:
            fields = self._end_fields(tr, latency, usage, cost)
            self.rt.events.emit_new(
                AttemptSucceeded,
                **fields,
                finish_reason=finish_reason,
                response_model=response_model,
            )
        return attempt

    def _end_state(
        self, tr: _Try, cost: Decimal | None, usage: Usage | None, ops: tuple[str, ...]
    ) -> None:
        """Settle the budget, correct the token count, tell the breaker (``ops``).

        With shared state all of it is one script, sent by a task (the recorder is
        synchronous and must not block the loop); :meth:`flush` waits for it.
        """
        key = tr.target.key
        shared = self.rt.shared
        if shared is not None:
            used = None if usage is None else usage.input_tokens + usage.output_tokens
            task = shared.finish(key, tr.reservation, cost, tr.permit, used, list(ops))
            if task is not None:
                self._ending.append(task)
            return
        self.rt.costs.settle(tr.reservation, cost)
        if tr.permit is not None:
            self.rt.limits.settle(tr.permit, usage)
        breaker = self.rt.breaker
        for op in ops:
            if op == "success":
                breaker.record_success(key)
            elif op == "failure":
                breaker.record_failure(key)
            elif op == "release":
                breaker.release_probe(key)
            else:
                breaker.force_open(key)

    async def flush(self) -> None:
        """Wait until what the ended attempts told the shared store has landed."""
        while self._ending:
            await asyncio.shield(self._ending.pop(0))

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
            "check_cost": tr.check_cost,
            "check_latency_s": tr.check_s,
        }

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
        latency = time.perf_counter() - tr.started - (tr.check_s or 0.0)
        t = tr.target
        busy = _busy(busy_s, latency)
        cost = self.rt.costs.price(t.name, t.type, t.model, usage, busy) if usage else None
        ops: tuple[str, ...]
        if outcome == "cancelled" and not counts:
            ops = ("release",)
        elif outcome == "rejected":  # the target answered: healthy, only wrong this time
            ops = ("success",)
            self.route.strategy.observe(t.key, latency, True)
        else:
            ops = ("failure" if counts_against_target(exc) else "release",)
            if marks_unhealthy(exc):
                ops += ("force_open",)
            self.route.strategy.observe(t.key, latency, False)
        self._end_state(tr, cost if usage else Decimal(0), usage, ops)
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
            check_cost=tr.check_cost,
            check_latency_s=tr.check_s,
        )
        self.attempts.append(attempt)
        if self.rt.events.active:
            fields = self._end_fields(tr, latency, usage, cost)
            status = getattr(exc, "status_code", None)
            self.rt.events.emit_new(
                AttemptFailed,
                **fields,
                error_type=type(exc).__name__,
                error_message=message,
                outcome=outcome,
                status_code=status,
            )
        return attempt

    def _skip(self, target: Target, error: str, why: str) -> None:
        skip_into(self.attempts, target, error, why)

    def _refused(self, exc: errors.BudgetExceededError) -> None:
        if self.rt.events.active:
            self.rt.events.emit(
                BudgetRefused(self.call_id, self.route.name, exc.budget, exc.estimate, str(exc))
            )
        self._finish_error(exc)

    # -- the end of a call --------------------------------------------------------------
    def total(self) -> tuple[Usage, Decimal | None]:
        usage: Usage | None = None  # the one attempt's own usage when only one has any
        cost: Decimal | None = Decimal(0)
        for a in self.attempts:
            if a.usage is not None:
                usage = a.usage if usage is None else usage + a.usage
                cost = None if cost is None or a.cost is None else cost + a.cost
        return (Usage() if usage is None else usage), cost

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

    def finish_ok(self, response: ChatResponse | EmbeddingResponse) -> None:
        if self._finished:
            return
        self._finished = True
        if self.rt.events.active:
            self.rt.events.emit_new(
                CallFinished,
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

    def _finish_error(self, exc: BaseException) -> None:
        if self._finished:
            return
        self._finished = True
        if self.rt.events.active:
            usage, cost = self.total()
            self.rt.events.emit_new(
                CallFinished,
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


def skip_into(attempts: list[Attempt], target: Target, error: str, why: str) -> None:
    """Record a target that was not tried in ``attempts`` (a call's list).

    The call's planner is handed this bound to the list, not the call's own ``_skip``: a
    bound method would make the call and its planner a reference cycle, which only the
    garbage collector frees; at thousands of calls a second those cycles were what set
    the collector off (a dozen objects per call).
    """
    attempts.append(Attempt(target.name, target.model, "skipped", error, 0.0, error_message=why))


def _busy(busy_s: float | None, latency: float) -> float:
    """The seconds a target billed by the hour (``cost_per_hour``) is charged for.

    An in-process model reports the time it computed (``busy_s``). A self-hosted server
    reached over HTTP (vLLM, llama.cpp's server, serving a base model or a LoRA adapter
    by name) reports nothing: it was busy for the attempt, so the attempt's latency is
    its busy time. Token-priced targets ignore this.
    """
    return latency if busy_s is None else busy_s
