"""Budgets shared by every process through Redis: the budget parts of ADMIT and FINISH.

A reservation is taken by the call's ADMIT script (with its breaker admission and rate
slots) and settled by its FINISH script (see ``_lua.py``); ``reserve``/``settle`` of the
:class:`~llmgate.costs.BudgetGuard` protocol run the same scripts with the budget alone.

Money is an integer count of 1e-10 USD (the ledger's ``cost_units``), never a float, so
the store's totals equal the ledger's sums exactly. Per budget and window there is a
``spent`` counter (``{llmgate}:spent:NAME:WINDOW``) and per budget a ``reserved`` counter;
open reservations live in one hash with their expiry in a sorted set, read against the
Redis server's clock (``TIME``), so every process agrees when a reservation of a process
killed mid-call has expired. Each reserve first reclaims expired reservations, then
checks ``spent + reserved + amount <= limit`` for every applicable budget and records the
reservation, atomically. Settle drops the reservation and adds the actual cost once: a
settle replayed after a lost connection (or after its reservation was reclaimed) counts
only if the reservation was still open or reclaimed but not yet settled.

A ``spent`` counter that does not exist yet (first use of a window, or a Redis that lost
its data) is seeded from the ledger with ``SET NX``, so a restart of Redis resumes from
what the ledger recorded rather than from zero, and no two processes seed it twice.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Literal

from llmgate.costs._records import cost_units, units_to_cost
from llmgate.costs.budget import Budget, Budgets, BudgetStatus, Reservation, refuse
from llmgate.costs.ledger import Ledger
from llmgate.errors import BudgetUnavailableError, ConfigError
from llmgate.state._ops import Admitted, BudgetPart, Head, SettlePart, admit_op, finish_op
from llmgate.state._store import RedisStore, StoreUnavailable
from llmgate.state._wire import Local, Op, Steps
from llmgate.state.limits import Permit, RateLimit, rate_answer, rate_args, rate_key

__all__ = ["MAX_UNITS", "RedisBudgetGuard"]

_log = logging.getLogger("llmgate.state")

# Lua numbers are doubles: integers stay exact up to 2**53 units, i.e. about $900,719.
MAX_UNITS = 2**53
_PENDING_MAX = 100_000
_WINDOW_TTL_S = {"daily": 3 * 86400, "monthly": 40 * 86400, "total": 0}


def window_id(budget: Budget, now: datetime) -> str:
    """The counter suffix of ``budget``'s window at ``now`` (UTC)."""
    if budget.window == "daily":
        return now.strftime("%Y-%m-%d")
    if budget.window == "monthly":
        return now.strftime("%Y-%m")
    return "total"


class RedisBudgetGuard:
    """A :class:`~llmgate.costs.BudgetGuard` whose state lives in Redis::

        store = RedisStore("redis://127.0.0.1:6379/0")
        guard = RedisBudgetGuard(Budgets.from_config({"daily_usd": 5}), store, ledger)
        reservation = guard.reserve(Decimal("0.02"), {"team": "support"})
        guard.settle(reservation, Decimal("0.013"))

    ``on_error``: when Redis cannot be reached, ``"fail-closed"`` refuses the call with
    :class:`~llmgate.errors.BudgetUnavailableError`; ``"fail-open"`` lets it through
    unchecked (its cost is added to the shared counters once Redis answers again). Settles
    that fail are kept (up to 100,000) and replayed, each counted at most once.
    """

    def __init__(
        self,
        budgets: Budgets,
        store: RedisStore,
        ledger: Ledger | None = None,
        *,
        on_error: Literal["fail-closed", "fail-open"] = "fail-closed",
    ) -> None:
        for budget in budgets.all():
            if (cost_units(budget.limit) or 0) >= MAX_UNITS:
                raise ConfigError(
                    f"budget {budget.name!r}: limits above $900,000 are not exact in Redis",
                    key="costs.budgets",
                )
        self.budgets = budgets
        self.store = store
        self.ledger = ledger
        self.on_error = on_error
        self._ttl_ms = int(budgets.reservation_ttl_s * 1000)
        self._ttl_s = max(1, int(budgets.reservation_ttl_s * 2))
        self._pending: list[tuple[Reservation, int, bool]] = []
        self._nonce = f"{os.getpid()}-{os.urandom(4).hex()}-b"
        self._serial = itertools.count()
        self._lock = threading.Lock()
        self._keys: dict[tuple[str, int, int, int], list[str]] = {}  # per budget and day

    def nonce(self) -> str:
        return f"{self._nonce}-{next(self._serial)}"

    def _budget_keys(self, budget: Budget, now: datetime) -> list[str]:
        """``reserved`` and ``spent`` keys of ``budget`` in the window of ``now``."""
        day = (budget.name, now.year, now.month, now.day)  # strftime costs more than this
        keys = self._keys.get(day)
        if keys is None:
            if len(self._keys) > 4096:  # old windows: built again if ever needed
                self._keys.clear()
            keys = [
                self.store.key("reserved", budget.name),
                self.store.key("spent", budget.name, window_id(budget, now)),
            ]
            self._keys[day] = keys
        return keys

    def _spent_key(self, budget: Budget, now: datetime) -> str:
        return self._budget_keys(budget, now)[1]

    # -- the parts of the call flow's scripts -------------------------------------------
    def part(
        self, amount: Decimal | None, tags: Mapping[str, str] | None
    ) -> tuple[Reservation, list[Budget], BudgetPart | None, datetime]:
        """The reservation for ``amount`` and the script part that takes it (``None``:
        no budget applies to these tags)."""
        reservation, applicable = self.budgets.open_reservation(amount, tags)
        now = datetime.now(UTC)
        if not applicable:
            return reservation, applicable, None, now
        keys: list[str] = []
        for budget in applicable:
            keys += self._budget_keys(budget, now)
        limits = [cost_units(budget.limit) or 0 for budget in applicable]
        units = cost_units(reservation.amount) or 0
        return (
            reservation,
            applicable,
            BudgetPart(reservation.id, units, self._ttl_ms, keys, limits),
            now,
        )

    def admit_steps(self, op: Op, applicable: Sequence[Budget], now: datetime) -> Steps[Admitted]:
        """Run phase one: replay pending settles, seed missing counters, retry; a store
        that cannot answer gives ``Admitted(down=...)``."""
        found = Admitted()
        try:
            if self._pending:
                yield from self.replay_steps()
            for _ in range(len(applicable) + 1):
                found = Admitted.parse((yield op))
                if found.status != -2:
                    break
                budget = applicable[int(found.x) - 1]
                yield from self._seed_steps(budget, self._spent_key(budget, now), now)
        except StoreUnavailable as exc:
            return Admitted(down=exc)
        return found

    def outcome(
        self, found: Admitted, reservation: Reservation, applicable: Sequence[Budget]
    ) -> Reservation:
        """The reservation phase one took, or the refusal (raised)."""
        if found.down is not None:
            if applicable and found.down.maybe_ran:  # run, answer lost: give it back later
                part = self.settle_part(reservation, Decimal(0), force=False)
                if part is not None:
                    self.settle_failed(reservation, part)
            if not applicable or self.on_error == "fail-open":
                reservation.shared = False
                return reservation
            raise BudgetUnavailableError(
                "the shared budget store is unreachable and budgets fail closed "
                '([state] on_error = "fail-open" lets calls through)',
                budget=applicable[0].name,
                limit=applicable[0].limit,
                estimate=reservation.amount,
            ) from found.down
        if found.status == -1:
            budget = applicable[int(found.x) - 1]
            used = units_to_cost(int(found.y) + int(found.z))
            raise refuse(budget, used, reservation.amount)
        return reservation

    def settle_part(
        self, reservation: Reservation, actual: Decimal | None, force: bool | None = None
    ) -> SettlePart | None:
        """The script part that settles ``reservation`` at ``actual`` (``None``: nothing to
        do). ``force``: count it even without an open reservation (a fail-open call)."""
        applicable = self.budgets.applicable(reservation.tags)
        if not applicable:
            return None
        units = cost_units(actual) or 0
        if force is None:
            force = not reservation.shared
        if force and not units:
            return None  # nothing was reserved in the store, nothing was spent
        now = datetime.now(UTC)
        return SettlePart(
            reservation.id,
            units,
            force,
            self.store.key("settled", reservation.id),
            self._ttl_s,
            [self._spent_key(b, now) for b in applicable],
        )

    def settle_failed(self, reservation: Reservation, part: SettlePart) -> None:
        """Keep a settle that could not reach the store, to replay it later."""
        with self._lock:
            if len(self._pending) < _PENDING_MAX:
                self._pending.append((reservation, part.units, part.force))
            else:
                _log.error("dropped a budget settle: the replay queue is full")

    # -- the BudgetGuard protocol (synchronous) ----------------------------------------------
    def reserve(self, amount: Decimal | None, tags: Mapping[str, str] | None = None) -> Reservation:
        return self.reserve_with_rate(amount, tags)[0]

    def reserve_with_rate(
        self,
        amount: Decimal | None,
        tags: Mapping[str, str] | None = None,
        limits: Sequence[RateLimit] = (),
        tokens: int = 0,
        head: Head | None = None,
    ) -> tuple[Reservation, Permit | tuple[float, str] | None]:
        """Reserve the budget and take the call's rate-limit slot in one round trip.

        Returns the reservation and the rate limiter's answer: a :class:`Permit`, or
        ``(seconds to wait, limit name)`` when a limit is full (the budget is reserved
        all the same), or ``None`` when the limits were not checked (none given, or the
        store is down). A budget refusal raises before any limit is touched.
        """
        reservation, applicable, part, now = self.part(amount, tags)
        if part is None and not limits:
            return reservation, None
        keys = [rate_key(self.store, limit.name) for limit in limits]
        op = admit_op(self.store, head, part, keys, rate_args(limits), tokens, self.nonce())
        found = self.store.drive(self.admit_steps(op, applicable, now))
        reservation = self.outcome(found, reservation, applicable)
        return reservation, rate_answer(found, limits, tokens)

    def _seed_steps(self, budget: Budget, key: str, now: datetime) -> Steps[None]:
        """Start ``budget``'s counter for this window from the ledger (first writer wins)."""
        spent = Decimal(0)
        ledger = self.ledger
        if ledger is not None:  # a blocking read: the async driver runs it in a thread
            spent = yield Local(
                lambda: ledger.spent(since=budget.since(now), tags=budget.tag_filter)
            )
        ttl = _WINDOW_TTL_S[budget.window]
        units = cost_units(spent) or 0
        command: list[Any] = ["SET", key, units, "NX"] + (["EX", ttl] if ttl else [])
        yield Op(None, [], command, ("budget",))

    def replay_steps(self) -> Steps[None]:
        with self._lock:
            pending, self._pending = self._pending, []
        for index, (reservation, units, force) in enumerate(pending):
            part = self.settle_part(reservation, units_to_cost(units), force)
            if part is None:
                continue
            try:
                yield finish_op(self.store, None, part)
            except StoreUnavailable:
                with self._lock:
                    self._pending[:0] = pending[index:]
                raise

    def _finish(self, reservation: Reservation, actual: Decimal | None) -> None:
        part = self.settle_part(reservation, actual)
        if part is None:
            return
        try:
            if self._pending:
                self.store.drive(self.replay_steps())
            self.store.run(finish_op(self.store, None, part))
        except StoreUnavailable:
            self.settle_failed(reservation, part)

    def settle(self, reservation: Reservation, actual: Decimal | None) -> None:
        """Replace the reservation by ``actual`` (``None``: unknown, counted as 0)."""
        self._finish(reservation, actual)
        reservation.actual = actual
        reservation.state = "settled"

    def release(self, reservation: Reservation) -> None:
        self._finish(reservation, Decimal(0))
        reservation.state = "released"

    @property
    def pending(self) -> int:
        """Settles waiting for the store to come back."""
        return len(self._pending)

    def status(self, tags: Mapping[str, str] | None = None) -> list[BudgetStatus]:
        budgets = self.budgets.all() if tags is None else self.budgets.applicable(tags)
        now = datetime.now(UTC)
        keys: list[str] = []
        for budget in budgets:
            keys += [self._spent_key(budget, now), self.store.key("reserved", budget.name)]
        values = self.store.call("budget", lambda: self.store.client.mget(keys)) if keys else []
        found = []
        for i, budget in enumerate(budgets):
            spent, reserved = (int(v or 0) for v in values[2 * i : 2 * i + 2])
            found.append(
                BudgetStatus(
                    budget.name, budget.limit, units_to_cost(spent), units_to_cost(reserved)
                )
            )
        return found

    def close(self) -> None:
        """Try once more to deliver pending settles; the store belongs to the caller."""
        if self._pending:
            self.store.wait_backoff()  # a failure moments ago must not drop them
            try:
                self.store.drive(self.replay_steps())
            except StoreUnavailable:
                _log.error("%d budget settles could not reach the store", len(self._pending))
