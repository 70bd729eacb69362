"""The call flow: one implementation, driven by the async API and (through the loop
thread in ``_sync.py``) by the sync API.

For each call: resolve the route → take the next attempt from the call's planner
(``_plan.py``: the strategy's order, skips, retries after a backoff, the larger-window
memory) → admit it (its circuit breaker, the privacy policy, redaction for the target's
trust, the budget reservation) → run it inside the remaining deadline, one at a time or
raced when the route hedges (``_hedge.py``) → restore → price → record the attempt
(``_record.py``) → let the planner apply the policy table to a failure. A route's
``checks`` (``_checks.py``) run inside a chat attempt: a wrong answer ends it as
``rejected`` and the planner fails over, the same loop as any other failure. Streams share the
same loop (``_streaming.py``): failover is invisible until the first chunk, and a stream's
continuation asks the same loop for its next attempt.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from llmgate import errors
from llmgate._bound import BOUND, Bound
from llmgate._events import AttemptStarted
from llmgate._hedge import Race, Sequential, Starter
from llmgate._passthrough import Passthrough
from llmgate._plan import Planned, Planner
from llmgate._record import CallRecord, _Try, skip_into
from llmgate._route import Route, Runtime, Target
from llmgate._structured import parse_output
from llmgate._types import ChatRequest, ChatResponse, Completion, Outcome
from llmgate.routing import Action, Admission, Deadline

__all__ = ["Call", "Route", "Runtime", "Target", "chat"]

T = TypeVar("T")


class Call(CallRecord):
    """One call through one route: the attempt loop, its deadline; the record it inherits."""

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
        super().__init__(rt, route, request, tags, stream=stream)
        self.unfit = dict(unfit or {})
        self.deadline = Deadline(route.timeout_s)
        self.prompt_chars = sum(len(m.text()) for m in request.messages)
        self.sent = False  # whether any request left for a provider
        self.privacy = rt.privacy.for_call(request)
        self._numbers = 0
        self._plan: Planner | None = None  # made when the call begins (a strategy's turn)
        # The last answer the route's checks rejected: AnswerRejectedError.response.
        self.rejected: tuple[_Try, Completion, str] | None = None

    @property
    def plan(self) -> Planner:
        if self._plan is None:
            self._plan = Planner(
                self.route,
                self.rt,
                deadline=self.deadline,
                privacy=self.privacy,
                unfit=self.unfit,
                prompt_chars=self.prompt_chars,
                skip=functools.partial(skip_into, self.attempts),  # not self: no cycle
            )
        return self._plan

    # -- the attempt loop, shared by chat, stream, hedging and continuation ---------------
    async def run(
        self,
        start: Callable[[_Try], Awaitable[T]],
        *,
        note: str | None = None,
        exclude: frozenset[str] = frozenset(),
        discard: Callable[[T], Awaitable[None]] | None = None,
    ) -> tuple[_Try, T]:
        """Start attempts until one ``start`` succeeds; raise the right error otherwise.

        ``note`` marks the attempts of this run (``"continuation"``); ``exclude`` are
        targets never to try again; ``discard`` frees the result of a raced attempt that
        answered after the race was decided.
        """
        if not self._started:
            self._start()
        self.plan.exclude(exclude)
        hedge = self.route.hedge_after_s
        starter: Starter[T] = Sequential() if hedge is None else Race(hedge, discard)
        try:
            return await self._loop(start, note, starter)
        except BaseException as exc:
            await starter.abandon(self, exc)
            self._finish_error(exc)  # once: a no-op where the error was already reported
            raise

    async def _loop(
        self, start: Callable[[_Try], Awaitable[T]], note: str | None, starter: Starter[T]
    ) -> tuple[_Try, T]:
        plan = self.plan
        planned: Planned | None = None
        try:
            while True:
                until: float | None = None
                if starter.may_start():
                    if planned is None:
                        planned = await plan.next()
                    if planned is None and not starter.busy:
                        raise self._exhausted()
                    if planned is not None and planned.due <= time.monotonic():
                        tr = await self._launch(planned, "hedge" if starter.busy else note)
                        planned = None
                        if tr is not None:
                            starter.launch(tr, functools.partial(self._attempt, start, tr))
                        continue
                    if planned is not None:
                        until = planned.due  # a retry's backoff
                ended = await starter.wait(until)
                if ended is None:
                    continue  # a backoff or the hedge delay ran out
                tr, result, error = ended
                if error is None:
                    if starter.busy:  # others still run (a race): cancel and record them
                        await starter.settle(self, tr)
                    return tr, cast(T, result)
                await self._decide(tr, error, starter)
        finally:
            if planned is not None:  # planned but never started: a continuation may use it
                plan.put_back(planned)

    async def _decide(self, tr: _Try, error: BaseException, starter: Starter[T]) -> None:
        """Record a failed attempt and apply the policy: go on, or raise ``error``."""
        cancelled = isinstance(error, asyncio.CancelledError)
        rejected = isinstance(error, errors.CheckFailedError)
        # An answer that failed validation or a check was generated, so it is billed.
        answered = isinstance(error, (errors.OutputValidationError, errors.CheckFailedError))
        usage = error.usage if answered else None  # type: ignore[attr-defined]
        outcome: Outcome = "cancelled" if cancelled else "rejected" if rejected else "error"
        self.failed(tr, error, usage=usage, outcome=outcome)
        if self._ending:  # the breaker heard of it before the next attempt is admitted
            await self.flush()
        if not isinstance(error, errors.ProviderError):
            raise error  # a bug or a cancellation: not the failover policy's business
        action = self.plan.failed(tr.target, tr.retry_no, error)
        if action is Action.RAISE:
            raise error
        if action is Action.FAILOVER_LARGER_CONTEXT:
            # A raced attempt on a target no larger would overflow the same way.
            await starter.drop(self, lambda other: not self.plan.fits(other.target))

    def _exhausted(self) -> errors.LLMGateError:
        if self.attempts and all(a.error == "RateLimitedError" for a in self.attempts):
            return errors.RateLimitedError(
                f"every target of route {self.route.name!r} is over a rate limit: "
                + "; ".join(a.error_message or "" for a in self.attempts)
            )
        if self.attempts and all(a.error == "PrivacyViolationError" for a in self.attempts):
            return errors.PrivacyViolationError(
                "the call holds data that may not leave for an external provider, and no "
                f"local or private target of route {self.route.name!r} could serve it",
                entities=list(getattr(self.privacy, "found", ())),
            )
        if self.rejected is not None:  # answers came, none passed the checks
            tr, completion, text = self.rejected
            response = self.response(tr, completion, text)
            return errors.AnswerRejectedError(self.route.name, self.attempts, response)
        return errors.AllProvidersFailedError(self.route.name, self.attempts)

    def _attempt(self, start: Callable[[_Try], Awaitable[T]], tr: _Try) -> Awaitable[T]:
        # (a plain method returning the bounded coroutine: awaited the same, one less)
        return self._bounded(start(tr), tr.target)

    async def _bounded(self, work: Awaitable[T], target: Target) -> T:
        """Run one attempt inside min(target timeout, time left); map the timeout."""
        limit = self.deadline.attempt_timeout(target.provider.settings.timeout_s)
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")  # asyncio.timeout's
        when = None if limit is None else loop.time() + limit  # as asyncio.timeout(limit)
        # Providers see this bound (_bound.attempt_bounded) and set no timer of their own.
        token = None if when is None else BOUND.set((task, when))
        try:
            with Bound(loop, task, when):
                return await work
        except TimeoutError as exc:  # asyncio's (the builtin), not llmgate's
            raise errors.TimeoutError(
                f"no answer within {limit:.3g} s", provider=target.name, model=target.model
            ) from exc
        finally:
            if token is not None:
                BOUND.reset(token)

    # -- starting one attempt ----------------------------------------------------------
    async def _launch(self, planned: Planned, note: str | None) -> _Try | None:
        """Start a planned attempt if it may still go; ``None`` when it was not started."""
        target = planned.target
        if self.deadline.expired:
            return None
        if not self.plan.fits(target):  # a window learnt too small since it was planned
            self._skip(target, "ContextWindowExceededError", "context window is not larger")
            return None
        shared = self.rt.shared
        admission: Admission | None = None  # None: asked in the attempt's admission script
        if shared is None:
            allowed = self.rt.breaker.allow(target.key)
            admission = Admission.ALLOWED if allowed else Admission.DENIED
        else:
            admission = await shared.precheck(target.key)
        if admission is Admission.DENIED:
            self._skip(target, "CircuitOpen", "circuit breaker is open")
            return None
        return await self._begin(target, note, planned.retry_no, admission)

    def _release(self, target: Target, admission: Any) -> None:
        """Give back a probe taken before the attempt (none if phase one was to take it)."""
        shared = self.rt.shared
        if shared is None:
            self.rt.breaker.release_probe(target.key)
        elif admission is Admission.PROBE:
            shared.release(target.key, None, probe=True)

    async def _begin(
        self, target: Target, note: str | None, retry_no: int = 0, admission: Any = None
    ) -> _Try | None:
        """Prepare one attempt: its request, its redaction, its admission (the budget)."""
        limit = self.deadline.attempt_timeout(target.provider.settings.timeout_s)
        base = self.request
        request = ChatRequest(
            target.model,
            base.messages,
            base.tools,
            base.tool_choice,
            base.params,
            limit,
            base.response_format,
        )
        try:
            prepared = await self.privacy.prepare(request, target.provider.trust)
        except BaseException:  # refused, a detector failed, or cancelled while masking
            self._release(target, admission)
            raise
        shared = self.rt.shared
        try:
            if shared is not None:  # breaker, budget and rate limits: one round trip
                admitted = await shared.admit(self, target, prepared.request, admission)
            else:
                reservation = self._admit(target, prepared.request)
        except errors.BudgetExceededError as exc:
            self._release(target, admission)
            if not self.sent:
                self._refused(exc)
                raise
            self._skip(target, "BudgetExceededError", str(exc))
            return None
        except BaseException:
            self._release(target, admission)
            raise
        permit = None
        if shared is not None:
            if admitted.skip is not None:
                self._skip(target, *admitted.skip)
                return None
            reservation, permit = admitted.reservation, admitted.permit
        elif self.rt.limits is not None:  # rate limits of ours: wait, or move to the next
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
        now = time.perf_counter()
        tr = _Try(target, self._numbers, prepared, reservation, now, note, retry_no, permit=permit)
        self.sent = True
        events = self.rt.events
        if events.active:
            # The request's text goes only to listeners that asked for content.
            content = prepared.request.messages if events.content else ()
            events.emit_new(
                AttemptStarted,
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
                tuple(m.to_openai() for m in content),
            )
        return tr

    def _admit(self, target: Target, request: ChatRequest) -> Any:
        """The admission seam: every attempt passes here, and only here, before it is sent.

        Reserves the attempt's worst-case cost (``BudgetExceededError`` when it does not
        fit); the rate limits of ours follow it in ``_begin`` (they may wait). Synchronous:
        the reservation never waits, and a coroutine per attempt cost more than it.
        """
        return self.rt.costs.reserve(request, target.name, target.type, self.tags)


async def chat(call: Call, passthrough: Passthrough | None = None) -> ChatResponse:
    """A non-streaming call; ``passthrough`` (the gateway's) makes the attempts that
    qualify by forwarding the caller's OpenAI body (``_passthrough.py``)."""

    fmt = call.request.response_format
    if passthrough is not None:
        passthrough.bind(call.request)

    async def start(tr: _Try) -> tuple[Completion, str, Any]:
        if passthrough is not None and passthrough.applies(tr):
            completion = await passthrough.send(tr)
        else:
            completion = await tr.target.provider.complete(tr.prepared.request)
        t = tr.target
        if fmt is None:
            text, parsed = tr.prepared.restorer.text(completion.text), None
        else:
            # Structured output is checked inside the attempt: an invalid answer is this
            # attempt's failure, which the route's on_invalid_output may retry or fail over.
            text = tr.prepared.restorer.tool_arguments(completion.text)  # JSON-aware restore
            parsed = parse_output(fmt, text, provider=t.name, model=t.model, usage=completion.usage)
        if call.route.checks is not None:
            await _check(call, tr, completion, text)
        return completion, text, parsed

    tr, (completion, text, parsed) = await call.run(start)  # run() reports any failure
    if passthrough is not None:
        passthrough.won(tr)
    call.succeeded(
        tr,
        completion.usage,
        busy_s=completion.busy_s,
        finish_reason=completion.finish_reason,
        response_model=completion.model,
    )
    if call._ending:  # what the shared store was told (nothing pending: no coroutine)
        await call.flush()
    response = call.response(tr, completion, text)
    response.parsed = parsed
    call.finish_ok(response)
    return response


async def _check(call: Call, tr: _Try, completion: Completion, text: str) -> None:
    """Apply the route's checks to an answer, inside its attempt: a wrong answer is this
    attempt's failure (``CheckFailedError``, outcome ``"rejected"``), so the planner moves
    to the next target as it would after any failed attempt."""
    assert call.route.checks is not None
    verdict = await call.route.checks.verdict(text, call.request, call.tags)
    tr.check_cost, tr.check_s = verdict.cost, verdict.latency_s
    if verdict.passed:
        return
    call.rejected = (tr, completion, text)
    t = tr.target
    raise errors.CheckFailedError(
        "the answer failed the route's checks: " + "; ".join(verdict.failures),
        text=text,
        usage=completion.usage,
        failures=verdict.failures,
        provider=t.name,
        model=t.model,
    )
