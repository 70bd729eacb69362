"""The call flow's seam to shared state: two round trips per attempt, on the async client.

With ``[state] backend = "redis"`` the flow asks this object, not the breaker, the cost
keeper and the rate gate one by one:

- :meth:`SharedAdmission.admit`, before anything is sent: one ADMIT script checks the
  breaker, every applicable budget and every rate limit and, only if all agree, takes the
  probe, the reservation and the rate slot (a refused budget takes no probe and no slot);
- :meth:`SharedAdmission.finish`, when the attempt ended: one FINISH script settles the
  reservation, corrects the token buckets and records the breaker's result.

Both run on the ``redis.asyncio`` client of the running loop, so a slow Redis never blocks
the event loop. ``finish`` starts a task at once (the recorder that calls it is
synchronous); the flow awaits it before the call returns (``CallRecord.flush``), so a
returned call's settle has landed, and ``release_loop`` waits for the rest. When Redis
cannot answer, each part takes its fallback through the synchronous API, which does not
touch the network while the store backs off after the failure.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from llmgate.costs.budget import Reservation
from llmgate.routing.breaker import Admission, CircuitBreaker, CircuitState
from llmgate.state._breaker import Change, RedisBreakerStore
from llmgate.state._budget import RedisBudgetGuard
from llmgate.state._gate import RateGate, worst_tokens
from llmgate.state._ops import (
    Admitted,
    BudgetPart,
    Finished,
    Head,
    SettlePart,
    admit_op,
    finish_op,
)
from llmgate.state._store import RedisStore, StoreUnavailable
from llmgate.state._wire import Op, Steps
from llmgate.state.limits import Permit, RateLimit, RedisRateLimiter, rate_args

__all__ = ["Admit", "SharedAdmission"]

_log = logging.getLogger("llmgate.state")

# The synchronous breaker call that is each operation's local fallback.
_FALLBACK = {
    "success": "record_success",
    "failure": "record_failure",
    "release": "release_probe",
    "force_open": "force_open",
}


@dataclass(slots=True)
class Admit:
    """What phase one gave an attempt: go on with ``reservation`` and ``permit``, or skip
    the target for ``skip`` = (error name, reason)."""

    reservation: Reservation | None = None
    permit: Permit | None = None
    skip: tuple[str, str] | None = None


def _one(op: Op) -> Steps[Admitted]:
    try:
        return Admitted.parse((yield op))
    except StoreUnavailable as exc:
        return Admitted(down=exc)


class SharedAdmission:
    """Breaker, budget and rate limits of a Redis-backed client, two scripts per attempt."""

    def __init__(
        self,
        store: RedisStore,
        breaker: CircuitBreaker,
        keeper: Any,
        gate: RateGate | None,
        on_change: Callable[[str, CircuitState, CircuitState], None] | None = None,
    ) -> None:
        self.store = store
        self.breaker = breaker
        found = breaker.store
        self.breakers = found if isinstance(found, RedisBreakerStore) else None
        self.keeper = keeper
        guard = getattr(keeper, "guard", None)
        self.guard = guard if isinstance(guard, RedisBudgetGuard) else None
        self.gate = gate
        limiter = gate.limiter if gate is not None else None
        self.limiter = limiter if isinstance(limiter, RedisRateLimiter) else None
        self.on_change = on_change
        self.inflight: set[asyncio.Task[None]] = set()

    def _notify(self, key: str, change: Change) -> None:
        if change is None or self.on_change is None:
            return
        try:
            self.on_change(key, change[0], change[1])
        except Exception:
            _log.exception("circuit breaker on_change callback failed for %s", key)

    # -- before the attempt ------------------------------------------------------------------
    async def precheck(self, key: str) -> Admission | None:
        """The breaker's answer before the attempt is prepared, or ``None``: ask in phase
        one. A circuit last seen closed is asked in phase one (no extra round trip); one
        last seen open or half-open is asked now, so an open circuit costs no redaction."""
        breakers = self.breakers
        if breakers is None:
            return self.breaker.admit(key)
        if breakers.last_state(key) in (None, CircuitState.CLOSED):
            return None
        found = await self.store.adrive(_one(admit_op(self.store, breakers.head(key, "admit"))))
        if found.down is not None:
            return self.breaker.admit(key)  # the store backs off: the local fallback
        admission, change = breakers.admitted(key, found)
        self._notify(key, change)
        return admission

    async def admit(
        self, call: Any, target: Any, request: Any, admission: Admission | None
    ) -> Admit:
        """Phase one for one attempt. Raises ``BudgetExceededError`` (nothing taken)."""
        key, tags = target.key, call.tags
        head: Head | None = None
        if admission is None:
            assert self.breakers is not None
            if self.breakers.needs_admit(key):
                head = self.breakers.head(key, "admit")
            else:
                admission = Admission.ALLOWED
        guard = self.guard
        applicable: list[Any] = []
        part: BudgetPart | None = None
        now: Any = None
        reservation: Reservation | None
        if guard is not None:
            amount = self.keeper.worst_case(request, target.name, target.type)
            reservation, applicable, part, now = guard.part(amount, tags)
        else:  # no budget, or one of this process (no round trip)
            reservation = self.keeper.reserve(request, target.name, target.type, tags)
        limits: Sequence[RateLimit] = ()
        tokens = 0
        if self.gate is not None:
            limits = self.gate.rules.applicable(key, target.name, tags)
            tokens = worst_tokens(limits, request, target.type) if limits else 0
        shared_limits = limits if self.limiter is not None else ()
        found = Admitted()
        if head is not None or part is not None or shared_limits:
            rate_keys = self.limiter.keys(shared_limits) if self.limiter is not None else []
            nonce = self.limiter.nonce() if self.limiter is not None else ""
            op = admit_op(
                self.store, head, part, rate_keys, rate_args(shared_limits), tokens, nonce
            )
            steps = guard.admit_steps(op, applicable, now) if guard is not None else _one(op)
            found = await self.store.adrive(steps)
        if found.status == -4 and self.breakers is not None:
            self.breakers.admitted(key, found)
            self.release(key, reservation, probe=False)  # a reservation of this process
            return Admit(skip=("CircuitOpen", "circuit breaker is open"))
        if guard is not None and reservation is not None:
            reservation = guard.outcome(found, reservation, applicable)  # may raise
        if head is not None:
            assert self.breakers is not None
            if found.down is not None:
                admission = self.breaker.admit(key)
                if admission is Admission.DENIED:
                    self.release(key, reservation, probe=False)
                    return Admit(skip=("CircuitOpen", "circuit breaker is open"))
            else:
                admission, change = self.breakers.admitted(key, found)
                self._notify(key, change)
        probe = admission is Admission.PROBE
        if not limits or self.gate is None:
            return Admit(reservation)
        first = None
        if self.limiter is not None:
            first = (limits, tokens, self.limiter.answer(found, limits, tokens))
        why: str | None = "cancelled while waiting for a rate limit"
        try:
            permit, why = await self.gate.admit(call, target, request, first)
        finally:
            if why is not None:  # nothing is sent: give back the reservation and the probe
                self.release(key, reservation, probe=probe)
        if why is not None:
            return Admit(skip=("RateLimitedError", why))
        return Admit(reservation, permit)

    def release(self, key: str, reservation: Reservation | None, *, probe: bool) -> None:
        """Give back what an attempt that is not sent holds (in the background)."""
        self.finish(key, reservation, Decimal(0), None, None, ["release"] if probe else [])

    # -- after the attempt -------------------------------------------------------------------
    def finish(
        self,
        key: str,
        reservation: Reservation | None,
        cost: Decimal | None,
        permit: Permit | None,
        used: int | None,
        ops: list[str],
    ) -> asyncio.Task[None] | None:
        """Start phase two: settle at ``cost``, correct the tokens to ``used``, run the
        breaker ``ops``; the task to await (``None``: nothing to send)."""
        breakers = self.breakers
        head: Head | None = None
        names = ""
        if breakers is None:
            for name in ops:
                getattr(self.breaker, _FALLBACK[name])(key)
        else:
            names = ",".join(name for name in ops if breakers.needs(key, name))
            if names:
                head = breakers.head(key, names)
        settle: SettlePart | None = None
        if reservation is not None:
            if self.guard is not None:
                settle = self.guard.settle_part(reservation, cost)
                reservation.actual = cost
                reservation.state = "settled"
            else:
                self.keeper.settle(reservation, cost)
        correct: tuple[list[str], int, int] | None = None
        if permit is not None and self.limiter is not None:
            correct = self.limiter.correction(permit, used or 0)
        elif permit is not None and self.gate is not None:
            self.gate.limiter.settle(permit, used or 0)
        if head is None and settle is None and correct is None:
            return None
        keys, bucket, delta = correct if correct is not None else ([], 0, 0)
        op = finish_op(self.store, head, settle, keys, bucket, delta)
        task = asyncio.get_running_loop().create_task(
            self._finish(op, key, names, reservation, settle)
        )
        self.inflight.add(task)
        task.add_done_callback(self.inflight.discard)
        return task

    async def _finish(
        self,
        op: Op,
        key: str,
        names: str,
        reservation: Reservation | None,
        settle: SettlePart | None,
    ) -> None:
        guard = self.guard
        try:
            if settle is not None and guard is not None and guard.pending:
                await self.store.adrive(guard.replay_steps())
            found = Finished.parse(await self.store.arun(op))
        except StoreUnavailable:
            if settle is not None and guard is not None and reservation is not None:
                guard.settle_failed(reservation, settle)
            for name in filter(None, names.split(",")):  # local fallback: no round trip
                getattr(self.breaker, _FALLBACK[name])(key)
            return
        except Exception:  # a bug must not fail a call the vendor answered: said loudly
            _log.exception("shared state: the settle of an attempt on %s failed", key)
            return
        if self.breakers is not None and names:
            for change in self.breakers.finished(key, names, found):
                self._notify(key, change)

    async def release_loop(self) -> None:
        """Wait for this loop's phase-two tasks, then close its async client."""
        loop = asyncio.get_running_loop()
        mine = [task for task in self.inflight if task.get_loop() is loop]
        if mine:
            await asyncio.gather(*mine, return_exceptions=True)
        await self.store.release_loop()
