"""Budgets, enforced *before* money is spent, by reserving each call's worst case.

Before an attempt the flow reserves its worst-case cost; afterwards it settles the
reservation with what the attempt really cost (0 if nothing was billed). A budget's use is
``settled spend + open reservations``; a reservation that would push it over the limit
raises :class:`~llmgate.errors.BudgetExceededError` and nothing is sent::

    budgets = Budgets.from_config({"daily_usd": 5, "tags": {"team:support": {"daily_usd": 1}}})
    guard = open_budget_guard(budgets, ledger)
    reservation = guard.reserve(worst_case(prompt_tokens, 256, price), {"team": "support"})
    try:
        ...                                   # the attempt
    except Exception:
        guard.release(reservation)
        raise
    guard.settle(reservation, actual_cost)

``settle`` replaces the reservation by the actual spend in one atomic step, in the guard's
own spend log, so it does not matter when (or whether) the ledger row is written: the
money is never counted nowhere. A new guard starts its log from what its ledger already
holds. Windows are UTC: ``daily`` since midnight, ``monthly`` since the 1st.

This module is the model every guard shares (limits, reservations, the protocol, the
refusals); the guards themselves live beside it, one backend each: ``_local_budget.py``
(one process), ``_sqlite_budget.py`` (a SQLite file), ``llmgate.state._budget`` (Redis).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal, Protocol, runtime_checkable

from llmgate.costs.prices import to_decimal
from llmgate.errors import BudgetExceededError, ConfigError

__all__ = [
    "Budget",
    "BudgetGuard",
    "BudgetLimits",
    "BudgetStatus",
    "Budgets",
    "Reservation",
]

Window = Literal["daily", "monthly", "total"]
_WINDOWS: tuple[Window, ...] = ("daily", "monthly", "total")


@dataclass(frozen=True, slots=True)
class BudgetLimits:
    """USD limits per window; ``None`` means no limit for that window."""

    daily_usd: Decimal | None = None
    monthly_usd: Decimal | None = None
    total_usd: Decimal | None = None

    @classmethod
    def from_config(cls, data: Mapping[str, Any], where: str) -> BudgetLimits:
        values = {}
        for window in _WINDOWS:
            key = f"{window}_usd"
            if key in data:
                values[key] = to_decimal(data[key], f"{where}.{key}")
        return cls(**values)

    def limit(self, window: Window) -> Decimal | None:
        value: Decimal | None = getattr(self, f"{window}_usd")
        return value

    def any(self) -> bool:
        return any(self.limit(w) is not None for w in _WINDOWS)


@dataclass(frozen=True, slots=True)
class Budget:
    """One limit to check: a window, an amount, and the tag it applies to (or all calls)."""

    name: str
    window: Window
    limit: Decimal
    tag: tuple[str, str] | None = None

    def since(self, now: datetime) -> datetime | None:
        """The start of this budget's window at ``now`` (UTC), ``None`` for ``total``."""
        if self.window == "daily":
            return now.replace(hour=0, minute=0, second=0, microsecond=0)
        if self.window == "monthly":
            return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        return None

    def applies(self, tags: Mapping[str, str]) -> bool:
        return self.tag is None or tags.get(self.tag[0]) == self.tag[1]

    @property
    def tag_filter(self) -> dict[str, str]:
        return {} if self.tag is None else {self.tag[0]: self.tag[1]}


@dataclass(frozen=True)
class Budgets:
    """The ``[costs.budgets]`` table: global limits, per-tag-value limits, options.

    ``tags`` maps ``(tag, value)`` to its limits: ``("team", "support")`` applies to calls
    made with ``tags={"team": "support"}``. ``per_value`` maps a tag name to limits that
    every value of that tag gets on its own (the ``[limits.NAME]`` tables): with
    ``{"team": ...}``, ``team=support`` and ``team=sales`` each have the whole limit.
    ``allow_unpriced`` lets calls whose price is unknown through a budget (they are
    refused by default). ``reservation_ttl_s`` bounds how long a reservation of a crashed
    process keeps budget blocked.
    """

    limits: BudgetLimits = field(default_factory=BudgetLimits)
    tags: Mapping[tuple[str, str], BudgetLimits] = field(default_factory=dict)
    allow_unpriced: bool = False
    reservation_ttl_s: float = 3600.0
    per_value: Mapping[str, BudgetLimits] = field(default_factory=dict)

    def with_per_value(self, per_value: Mapping[str, BudgetLimits]) -> Budgets:
        """These budgets plus limits for every value of the named tags."""
        merged = {**self.per_value, **{k: v for k, v in per_value.items() if v.any()}}
        return replace(self, per_value=merged)

    def any(self) -> bool:
        """Whether any limit is configured (``all()`` lists only the fixed ones)."""
        return bool(self.all()) or bool(self.per_value)

    @classmethod
    def from_config(
        cls,
        data: Mapping[str, Any] | None,
        *,
        file: str | None = None,
        allow_unpriced: bool | None = None,
    ) -> Budgets:
        """Parse the ``[costs.budgets]`` table (see docs/costs.md for its shape).

        ``allow_unpriced`` given here (a ``[costs] allow_unpriced`` key) overrides the
        table's own.
        """
        data = dict(data or {})
        if allow_unpriced is not None:
            data["allow_unpriced"] = allow_unpriced
        where = "costs.budgets"
        known = {
            "daily_usd",
            "monthly_usd",
            "total_usd",
            "allow_unpriced",
            "reservation_ttl_s",
            "tags",
        }
        for key in data:
            if key not in known:
                raise ConfigError(
                    f"unknown key; expected one of {sorted(known)}", file=file, key=f"{where}.{key}"
                )
        try:
            per_tag: dict[tuple[str, str], BudgetLimits] = {}
            for key, value in (data.get("tags") or {}).items():
                tag, sep, tag_value = str(key).partition(":")
                if not sep or not tag or not tag_value or not isinstance(value, Mapping):
                    raise ConfigError(
                        'expected [costs.budgets.tags."NAME:VALUE"] with limits',
                        key=f"{where}.tags.{key}",
                    )
                per_tag[(tag, tag_value)] = BudgetLimits.from_config(value, f"{where}.tags.{key}")
            ttl = float(data.get("reservation_ttl_s", 3600.0))
            if ttl <= 0:
                raise ConfigError("must be > 0", key=f"{where}.reservation_ttl_s")
            return cls(
                limits=BudgetLimits.from_config(data, where),
                tags=per_tag,
                allow_unpriced=bool(data.get("allow_unpriced", False)),
                reservation_ttl_s=ttl,
            )
        except ConfigError as exc:
            if file is None or exc.file is not None:
                raise
            raise ConfigError(exc.problem, file=file, key=exc.key) from None

    def all(self) -> list[Budget]:
        """Every limit, global ones first."""
        found: list[Budget] = []
        scopes: list[tuple[tuple[str, str] | None, BudgetLimits]] = [(None, self.limits)]
        scopes.extend(self.tags.items())
        for tag, limits in scopes:
            for window in _WINDOWS:
                limit = limits.limit(window)
                if limit is not None:
                    name = window if tag is None else f"{tag[0]}:{tag[1]} {window}"
                    found.append(Budget(name, window, limit, tag))
        return found

    def applicable(self, tags: Mapping[str, str]) -> list[Budget]:
        """The limits a call with ``tags`` counts against."""
        found = [budget for budget in self.all() if budget.applies(tags)]
        for tag, limits in self.per_value.items():
            value = tags.get(tag)
            if value is None:
                continue
            for window in _WINDOWS:
                limit = limits.limit(window)
                if limit is not None:
                    found.append(Budget(f"{tag}={value} {window}", window, limit, (tag, value)))
        return found

    def open_reservation(
        self, amount: Decimal | None, tags: Mapping[str, str] | None
    ) -> tuple[Reservation, list[Budget]]:
        """The reservation a guard must fit, and the budgets it must fit in.

        Every guard starts here, so an unpriced call is refused (or let through at 0) by
        the same rule whatever the backend.
        """
        clean = {str(k): str(v) for k, v in (tags or {}).items()}
        applicable = self.applicable(clean)
        if amount is None:
            if applicable and not self.allow_unpriced:
                raise refuse_unpriced(applicable[0])
            amount = Decimal(0)
        return Reservation.new(amount, clean, self.reservation_ttl_s), applicable


@dataclass(slots=True)
class Reservation:
    """Money set aside for one call until it is settled or released.

    ``amount`` is the worst case reserved (0 for an unpriced call let through);
    ``state`` moves from ``open`` to ``settled`` or ``released`` exactly once.
    """

    id: str
    amount: Decimal
    tags: dict[str, str]
    created: datetime
    expires: datetime
    state: Literal["open", "settled", "released"] = "open"
    actual: Decimal | None = None
    shared: bool = True
    """``False`` when a shared store was down and budgets fail open: nothing was reserved."""

    @classmethod
    def new(cls, amount: Decimal, tags: Mapping[str, str], ttl_s: float) -> Reservation:
        now = datetime.now(UTC)
        return cls(uuid.uuid4().hex, amount, dict(tags), now, now + timedelta(seconds=ttl_s))


@dataclass(frozen=True, slots=True)
class BudgetStatus:
    """Where one budget stands: ``spent`` (ledger) + ``reserved`` (open) against ``limit``."""

    name: str
    limit: Decimal
    spent: Decimal
    reserved: Decimal

    @property
    def remaining(self) -> Decimal:
        return self.limit - self.spent - self.reserved


@runtime_checkable
class BudgetGuard(Protocol):
    """The reservation interface: what a shared backend (Redis, Postgres) implements.

    ``reserve`` must be atomic against every other process sharing the budget: check
    ``spent + reserved + amount <= limit`` for each applicable budget and record the
    reservation in one step. ``amount=None`` means the call's price is unknown: refuse
    unless the budgets allow unpriced calls. ``settle`` must replace the reservation by
    the actual cost atomically (a Redis backend: one MULTI/EXEC or Lua script), so the
    money is never counted nowhere; ``release`` drops it (nothing was billed).
    """

    def reserve(
        self, amount: Decimal | None, tags: Mapping[str, str] | None = None
    ) -> Reservation: ...

    def settle(self, reservation: Reservation, actual: Decimal | None) -> None: ...

    def release(self, reservation: Reservation) -> None: ...

    def status(self, tags: Mapping[str, str] | None = None) -> list[BudgetStatus]: ...

    def close(self) -> None: ...


def refuse(budget: Budget, used: Decimal, amount: Decimal) -> BudgetExceededError:
    """The error for a call whose worst case ``amount`` does not fit ``budget``."""
    left = budget.limit - used
    return BudgetExceededError(
        f"budget {budget.name!r} (limit ${budget.limit}) has ${left} left "
        f"(${used} spent or reserved); this call may cost up to ${amount}",
        budget=budget.name,
        limit=budget.limit,
        spent=used,
        estimate=amount,
    )


def refuse_unpriced(budget: Budget) -> BudgetExceededError:
    return BudgetExceededError(
        f"the price of this call is unknown and budget {budget.name!r} applies; add a "
        '[pricing."provider:model"] entry or set allow_unpriced = true in [costs.budgets]',
        budget=budget.name,
        limit=budget.limit,
    )
