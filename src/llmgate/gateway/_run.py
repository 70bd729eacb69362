"""Assembly: config file -> client, key store, gateway -> server (what ``llmgate serve`` runs)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Mapping

from llmgate._client import Client
from llmgate.gateway._app import Gateway
from llmgate.gateway._keys import KeyStore, open_key_store
from llmgate.gateway._server import run, serve
from llmgate.gateway._settings import GatewaySettings, load
from llmgate.provider import Provider

__all__ = ["build", "main", "open_gateway"]

DEFAULT_LEDGER = "sqlite:///.llmgate/ledger.db"


def build(
    path: str | os.PathLike[str] | None,
    *,
    providers: Mapping[str, Provider] | None = None,
) -> tuple[Client, GatewaySettings, KeyStore | None]:
    config, settings = load(path)
    # As the CLI: a ledger on disk by default, so `llmgate costs --by key` has rows to read.
    ledger = None if config.costs.ledger else DEFAULT_LEDGER
    client = Client(config, ledger=ledger, providers=providers)
    store = open_key_store(settings.keys) if settings.auth == "keys" else None
    return client, settings, store


async def open_gateway(
    path: str | os.PathLike[str] | None,
    *,
    host: str | None = None,
    port: int | None = None,
    on_ready: Callable[[int], None] | None = None,
    stop: asyncio.Event | None = None,
) -> None:
    client, settings, store = build(path)
    gateway = Gateway(client, settings, store)
    try:
        await serve(
            gateway,
            host if host is not None else settings.host,
            port if port is not None else settings.port,
            on_ready=on_ready,
            stop=stop,
        )
    finally:
        await client.aclose()
        if store is not None:
            await store.close()


def main(
    path: str | os.PathLike[str] | None, *, host: str | None = None, port: int | None = None
) -> None:
    run(lambda: open_gateway(path, host=host, port=port))
