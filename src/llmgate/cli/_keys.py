"""``llmgate keys create|list|revoke``: the gateway's virtual keys (docs/gateway.md).

``create`` prints the new key once, on standard output and nowhere else; the store keeps
only its SHA-256, so a lost key is revoked and replaced, never recovered.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from llmgate.errors import ConfigError

__all__ = ["add_keys_command", "run_keys"]


def _usd(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not an amount in USD: {text!r}") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError("the amount must be a number >= 0")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def add_keys_command(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    keys = sub.add_parser("keys", help="manage the gateway's virtual keys")
    keys.add_argument("--store", help="key store (default: [gateway] keys, else .llmgate/keys.db)")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    create = keys_sub.add_parser("create", help="make a key and print it once")
    create.add_argument("--name", required=True, help="a unique name; requests are tagged key=NAME")
    create.add_argument("--routes", help="comma-separated routes it may use (default: all)")
    create.add_argument("--daily-usd", type=_usd, help="USD it may spend per UTC day")
    create.add_argument("--rpm", type=_positive, help="requests per minute")
    listing = keys_sub.add_parser("list", help="list the keys (never the keys themselves)")
    listing.add_argument("--json", action="store_true")
    revoke = keys_sub.add_parser("revoke", help="revoke a key by name")
    revoke.add_argument("name")


def run_keys(args: argparse.Namespace) -> int:
    from llmgate.gateway._keys import open_key_store
    from llmgate.gateway._settings import load_settings

    settings, routes = load_settings(args.config)
    store = open_key_store(args.store or settings.keys)
    try:
        return asyncio.run(_run(args, store, routes))
    finally:
        asyncio.run(store.close())


async def _run(args: argparse.Namespace, store: object, routes: list[str]) -> int:
    from llmgate.gateway._keys import KeyExistsError, KeyStore, make_key

    assert isinstance(store, KeyStore)
    if args.keys_command == "create":
        allowed = [r.strip() for r in (args.routes or "").split(",") if r.strip()]
        unknown = [r for r in allowed if r not in routes and ":" not in r]
        if unknown and routes:
            raise ConfigError(f"unknown route(s) {unknown}; the config has {routes}")
        secret, record = make_key(args.name, allowed or None, args.daily_usd, args.rpm)
        try:
            await store.create(record)
        except KeyExistsError as exc:
            print(f"llmgate keys: {exc}", file=sys.stderr)
            return 1
        print(secret)
        print(f"key {args.name!r} created; it is shown only now, store it safely", file=sys.stderr)
        return 0
    if args.keys_command == "list":
        rows: list[dict[str, Any]] = [
            {
                "name": k.name,
                "routes": list(k.routes) if k.routes is not None else "*",
                "daily_usd": None if k.daily_usd is None else str(k.daily_usd),
                "rpm": k.rpm,
                "created": _when(k.created),
                "revoked": _when(k.revoked) if k.revoked else None,
            }
            for k in await store.list()
        ]
        if args.json:
            print(json.dumps(rows, indent=2))
            return 0
        print(f"{'name':<20} {'routes':<24} {'daily_usd':>10} {'rpm':>6}  {'created':<20}  state")
        for r in rows:
            routes_text = r["routes"] if isinstance(r["routes"], str) else ",".join(r["routes"])
            state = "revoked" if r["revoked"] else "active"
            print(
                f"{r['name']:<20} {routes_text:<24} {r['daily_usd'] or '-':>10} "
                f"{r['rpm'] or '-':>6}  {r['created']:<20}  {state}"
            )
        return 0
    if await store.revoke(args.name):
        print(f"key {args.name!r} revoked", file=sys.stderr)
        return 0
    print(f"llmgate keys: no active key named {args.name!r}", file=sys.stderr)
    return 1


def _when(moment: float | None) -> str:
    if not moment:
        return ""
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%d %H:%M:%SZ")
