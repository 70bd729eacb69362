"""The derived client an eval runs on, and the config it is built from.

The eval runs on a *sibling* of the caller's client: it shares the caller's provider
objects (a local model is not loaded twice) and the caller's ledger (so the report's cost
is the ledger's sum), with its own routes: by default each target is a single target
without retries and circuit breaking, because inside an eval a failure is a result, not
something to hide by falling over to another model. Kept apart from the runner, which
schedules calls and does not care how the client it calls was made.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from llmgate._config import BreakerSection, RouteConfig
from llmgate.eval._ledger import BufferedLedger

if TYPE_CHECKING:
    from llmgate._client import Client
    from llmgate._config import Config

__all__ = ["eval_config", "sibling"]


def eval_config(cfg: Config, targets: Sequence[str], failover: bool) -> Config:
    """``cfg`` with each target as a route of its own: one target, no retries, no breaker
    (unless ``failover``: then routes run as configured)."""
    if failover:
        return cfg
    routes = dict(cfg.routes)
    for t in targets:
        rc = cfg.routes.get(t)
        if rc is None:
            routes[t] = RouteConfig(targets=[t], retries=0)
        else:  # a route name: its first target, as configured otherwise
            routes[t] = rc.model_copy(
                update={"targets": rc.targets[:1], "retries": 0, "weights": None,
                        "strategy": "failover", "hedge_after_s": None}
            )  # fmt: skip
    # A breaker would turn a target's later rows into skips after a few failures.
    breaker = BreakerSection(failure_threshold=10**9)
    return dataclasses.replace(cfg, routes=routes, circuit_breaker=breaker)


def sibling(
    client: Client, targets: Sequence[str], failover: bool
) -> tuple[Client, BufferedLedger | None]:
    """The eval's client, and the buffer in front of the caller's ledger (``None`` when
    rows go to the ledger directly). The caller closes the client, and flushes the buffer.

    Rows go to the caller's ledger in batches, unless a budget guard reads it: a guard
    must see every row at once. (The sibling has the same budgets as the caller.)
    """
    ledger = BufferedLedger(client.ledger) if client._costs.keeper.guard is None else None
    # Its own class, not an import of the client module: the client imports the eval.
    ev = type(client)(
        eval_config(client.config, targets, failover),
        providers=client.providers,
        ledger=ledger if ledger is not None else client.ledger,
    )
    return ev, ledger
