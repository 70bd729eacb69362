"""The two round trips of a call, as data: :func:`admit_op` and :func:`finish_op`.

Each backend contributes its part (the breaker its key and operation, the budget guard
its reservation and counters, the rate limiter its keys and limits) and one script runs
them all (see ``_lua.py``). The same builders serve the sync APIs and the async call flow,
and the standalone operations (a breaker transition alone, a reservation alone) are the
same ops with the other parts empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from llmgate.state._lua import ADMIT_SCRIPT, FINISH_SCRIPT
from llmgate.state._store import RedisStore, StoreUnavailable
from llmgate.state._wire import Op

__all__ = [
    "Admitted",
    "BudgetPart",
    "Finished",
    "Head",
    "SettlePart",
    "admit_op",
    "finish_op",
    "text",
]

# A breaker's part: its keys (hash, index) and its ARGV[1..7] (operation, settings).
Head = tuple[list[str], list[Any]]
_NO_OP = ["", 0, 0, 1, 1, 0, 0]


def text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


@dataclass(slots=True)
class BudgetPart:
    """A reservation to take: its id, units, the guard's TTL (ms), per applicable budget
    its ``reserved`` and ``spent`` keys and its limit in units."""

    rid: str
    units: int
    ttl_ms: int
    keys: list[str]
    limits: list[int]


@dataclass(slots=True)
class SettlePart:
    """A settle: reservation id, actual units, count-once-without-reservation flag, the
    replay guard's key and TTL (s), the spent counters to add to."""

    rid: str
    units: int
    force: bool
    guard_key: str
    ttl_s: int
    spent_keys: list[str]


def _head(store: RedisStore, head: Head | None) -> tuple[list[str], list[Any]]:
    if head is None:
        return [store.index_key, store.index_key, *store.base_keys], list(_NO_OP)
    return [*head[0], *store.base_keys], list(head[1])


def admit_op(
    store: RedisStore,
    head: Head | None = None,
    budget: BudgetPart | None = None,
    rate_keys: Sequence[str] = (),
    rate_args: Sequence[Any] = (),
    tokens: int = 0,
    nonce: str = "",
) -> Op:
    """Phase one: breaker admission, reservation and rate-limit slot, all or nothing."""
    keys, args = _head(store, head)
    components: list[str] = []
    if head is not None and head[1][0]:
        components.append("breaker")
    if budget is not None:
        keys += budget.keys
        args += [budget.rid, budget.units, budget.ttl_ms, len(budget.limits), tokens, nonce]
        args += budget.limits
        components.append("budget")
    else:
        args += ["", 0, 0, 0, tokens, nonce]
    if rate_keys:
        keys += rate_keys
        args += rate_args
        components.append("limits")
    return Op(ADMIT_SCRIPT, keys, args, tuple(components))


def finish_op(
    store: RedisStore,
    head: Head | None = None,
    settle: SettlePart | None = None,
    correct_keys: Sequence[str] = (),
    bucket: int = 0,
    delta: int = 0,
) -> Op:
    """Phase two: settle, token correction and the breaker's result, in one script."""
    keys, args = _head(store, head)
    components: list[str] = []
    if head is not None and head[1][0]:
        components.append("breaker")
    if settle is not None:
        keys += [settle.guard_key, *settle.spent_keys]
        args += [settle.rid, settle.units, "1" if settle.force else "0", settle.ttl_s]
        args += [len(settle.spent_keys), bucket, delta]
        components.append("budget")
    else:
        keys.append(store.index_key)  # the replay guard's slot, unused
        args += ["", 0, "0", 1, 0, bucket, delta]
    if correct_keys:
        keys += correct_keys
        components.append("limits")
    return Op(FINISH_SCRIPT, keys, args, tuple(components))


@dataclass(slots=True)
class Admitted:
    """ADMIT's answer; ``down`` set when the store could not be asked."""

    status: int = 0
    code: int = 1
    change: tuple[str, str] | None = None
    failures: int = 0
    state: str = ""
    x: Any = 0
    y: Any = 0
    z: Any = 0
    down: StoreUnavailable | None = None

    @classmethod
    def parse(cls, row: Sequence[Any]) -> Admitted:
        old, new = text(row[2]), text(row[3])
        extra = [*row[6:], 0, 0, 0]
        return cls(
            int(row[0]),
            int(row[1]),
            (old, new) if new else None,
            int(row[4]),
            text(row[5]),
            extra[0],
            extra[1],
            extra[2],
        )


@dataclass(slots=True)
class Finished:
    """FINISH's answer: whether the settle counted, the breaker's state and changes."""

    settled: bool
    state: str
    failures: int
    changes: list[tuple[str, str]]

    @classmethod
    def parse(cls, row: Sequence[Any]) -> Finished:
        flat = [text(v) for v in row[3:]]
        changes = list(zip(flat[::2], flat[1::2], strict=True))
        return cls(bool(int(row[0])), text(row[1]), int(row[2]), changes)
