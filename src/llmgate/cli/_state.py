"""``llmgate state``: breakers, budgets and rate limits as the shared store sees them.

It reads the config's ``[state]``, ``[costs.budgets]``, ``[limits.NAME]`` and provider
``rpm``/``tpm``, and asks the store; it never changes anything. Values of per-tag limits
(``team=support``) are found from the store's keys, so only values in use are listed.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from typing import Any

from llmgate._config import load_config
from llmgate.costs.budget import Budgets

__all__ = ["add_state_command", "run_state"]


def add_state_command(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "state", help="show shared breakers, budgets and rate limits as the store sees them"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _budgets(config: Any) -> Budgets:
    from llmgate.state._factory import limit_budgets

    budgets = Budgets.from_config(
        config.costs.budgets, file=config.file, allow_unpriced=config.costs.allow_unpriced or None
    )
    return budgets.with_per_value(limit_budgets(config))


def _usd(value: Decimal) -> str:
    """``0.2500000000`` -> ``0.25``, ``0E-10`` -> ``0``: exact, without the padding."""
    return format(value.normalize(), "f")


def _text(key: bytes | str) -> str:
    return key.decode() if isinstance(key, bytes) else key


def collect(config: Any) -> dict[str, Any]:
    """What ``llmgate state`` shows, as a dict (the ``--json`` output)."""
    section = config.state
    report: dict[str, Any] = {"backend": section.backend, "breakers": [], "budgets": []}
    report["limits"] = []
    if section.backend != "redis":
        report["note"] = f"backend {section.backend!r}: breakers and rate limits are per process"
        return report
    from llmgate.routing import BreakerConfig, CircuitBreaker
    from llmgate.state import RedisBreakerStore, RedisBudgetGuard, RedisRateLimiter, RedisStore
    from llmgate.state._factory import rate_rules
    from llmgate.state.limits import RateLimit

    store = RedisStore(
        section.url.get_secret_value(), prefix=section.prefix, timeout_s=section.timeout_s
    )
    try:
        report["reachable"] = store.ping()
        report["prefix"] = section.prefix
        if not report["reachable"]:
            return report
        breaker = CircuitBreaker(
            BreakerConfig(**config.circuit_breaker.model_dump()), store=RedisBreakerStore(store)
        )
        for key, view in breaker.snapshot().items():
            report["breakers"].append(
                {
                    "target": key,
                    "state": view.state.value,
                    "consecutive_failures": view.consecutive_failures,
                    "retry_in_s": None if view.retry_in_s is None else round(view.retry_in_s, 1),
                    "probe_in_flight": view.probe_in_flight,
                }
            )
        budgets = _budgets(config)
        guard = RedisBudgetGuard(budgets, store)
        seen: dict[str, Any] = {s.name: s for s in guard.status()}
        for key in store.client.scan_iter(match=store.key("spent", "*"), count=1000):
            name = _text(key)[len(store.key("spent", "")) :].rsplit(":", 1)[0]
            tag, sep, rest = name.partition("=")
            if sep and tag in budgets.per_value:
                for status in guard.status({tag: rest.rsplit(" ", 1)[0]}):
                    seen.setdefault(status.name, status)
        for status in seen.values():
            report["budgets"].append(
                {
                    "name": status.name,
                    "limit_usd": _usd(status.limit),
                    "spent_usd": _usd(status.spent),
                    "reserved_usd": _usd(status.reserved),
                    "remaining_usd": _usd(status.remaining),
                }
            )
        rules = rate_rules(config, dict.fromkeys(config.providers))
        found: list[RateLimit] = []
        for key in store.client.scan_iter(match=store.key("rate", "*"), count=1000):
            name = _text(key)[len(store.key("rate", "")) :]
            scope, _, kind = name.rpartition(" ")
            tag, sep, _value = scope.partition("=")
            index = 0 if kind == "rpm" else 1
            if sep and tag in rules.tags:
                per_minute, window = rules.tags[tag][index], rules.tags[tag][2]
            else:
                per_minute, window = (
                    rules.providers.get(scope.split(":")[0], (None, None))[index],
                    60.0,
                )
            if per_minute:
                limit = max(1, int(Decimal(per_minute) * Decimal(str(window)) / 60))
                found.append(
                    RateLimit(name, "requests" if kind == "rpm" else "tokens", limit, window)
                )
        used = RedisRateLimiter(store).usage(found) if found else []
        for rule, count in zip(found, used, strict=True):
            report["limits"].append(
                {
                    "name": rule.name,
                    "used": count,
                    "limit": rule.limit,
                    "window_s": rule.window_s,
                }
            )
    finally:
        store.close()
    return report


def run_state(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    report = collect(config)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0 if report.get("reachable", True) else 1
    print(
        f"backend: {report['backend']}"
        + (f" (prefix {report['prefix']})" if "prefix" in report else "")
    )
    if "note" in report:
        print(report["note"])
        return 0
    if not report["reachable"]:
        print("the store is unreachable")
        return 1
    print("breakers:" if report["breakers"] else "breakers: none has failed yet")
    for b in report["breakers"]:
        retry = f", probe in {b['retry_in_s']} s" if b["retry_in_s"] is not None else ""
        print(f"  {b['target']:<32} {b['state']:<9} failures {b['consecutive_failures']}{retry}")
    print("budgets:" if report["budgets"] else "budgets: none configured")
    for b in report["budgets"]:
        print(
            f"  {b['name']:<32} ${b['spent_usd']} spent + ${b['reserved_usd']} reserved"
            f" of ${b['limit_usd']}"
        )
    print("limits:" if report["limits"] else "limits: none in use")
    for lim in report["limits"]:
        print(f"  {lim['name']:<32} {lim['used']} / {lim['limit']} in {lim['window_s']:g} s")
    return 0
