"""Assembly: config file -> client, key store, gateway -> server (what ``llmgate serve`` runs)."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable, Mapping

from llmgate._client import Client
from llmgate.costs import open_ledger
from llmgate.costs._behind import WriteBehindLedger
from llmgate.gateway._app import Gateway
from llmgate.gateway._keys import KeyStore, open_key_store
from llmgate.gateway._server import run, serve
from llmgate.gateway._settings import GatewaySettings, load
from llmgate.provider import Provider

__all__ = ["build", "close", "main", "open_gateway"]

DEFAULT_LEDGER = "sqlite:///.llmgate/ledger.db"
log = logging.getLogger("llmgate.gateway")


def build(
    path: str | os.PathLike[str] | None,
    *,
    providers: Mapping[str, Provider] | None = None,
) -> tuple[Client, GatewaySettings, KeyStore | None]:
    config, settings = load(path)
    # As the CLI: a ledger on disk by default, so `llmgate costs --by key` has rows to read.
    # Written behind the event loop (costs/_behind.py): a commit per call on the loop that
    # serves every request was the gateway's largest blocking cost. Closed by close().
    ledger = WriteBehindLedger(open_ledger(config.costs.ledger or DEFAULT_LEDGER))
    try:
        client = Client(config, ledger=ledger, providers=providers)
    except BaseException:
        ledger.close()
        raise
    store = open_key_store(settings.keys) if settings.auth == "keys" else None
    return client, settings, store


async def open_gateway(
    path: str | os.PathLike[str] | None,
    *,
    host: str | None = None,
    port: int | None = None,
    on_ready: Callable[[int], None] | None = None,
    stop: asyncio.Event | None = None,
    reuse_port: bool = False,
) -> None:
    client, settings, store = build(path)
    gateway = Gateway(client, settings, store)
    where = host if host is not None else settings.host
    if settings.auth == "none" and where not in ("127.0.0.1", "localhost", "::1"):
        log.warning(
            "[gateway] auth = 'none' on %s: anyone who can reach it spends your keys", where
        )
    try:
        await serve(
            gateway,
            host if host is not None else settings.host,
            port if port is not None else settings.port,
            on_ready=on_ready,
            stop=stop,
            reuse_port=reuse_port,
        )
    finally:
        await close(client, store)


async def close(client: Client, store: KeyStore | None) -> None:
    """Close what :func:`build` opened: the client, then its ledger (what is queued is
    written), then the key store."""
    try:
        await client.aclose()
    finally:
        client.ledger.close()
        if store is not None:
            await store.close()


def main(
    path: str | os.PathLike[str] | None,
    *,
    host: str | None = None,
    port: int | None = None,
    workers: int = 1,
) -> int:
    """Serve in this process, or in ``workers`` processes sharing the port; the exit code."""
    if workers <= 1:
        run(lambda: open_gateway(path, host=host, port=port))
        return 0
    return _supervise(path, host, port, workers)


def _worker(path: str | None, host: str | None, port: int | None) -> None:
    run(lambda: open_gateway(path, host=host, port=port, reuse_port=True))


def _supervise(
    path: str | os.PathLike[str] | None, host: str | None, port: int | None, workers: int
) -> int:
    """Start the workers, pass SIGTERM on to them, and wait for all of them to finish.

    Each worker is a whole gateway (own client, own connection pools, own limits); they
    share the key store and the ledger files. SIGINT (Ctrl-C) reaches the workers from the
    terminal directly, so the supervisor only waits.
    """
    load(path)  # a wrong config fails here, once, not in every worker
    ctx = multiprocessing.get_context("spawn")
    where = None if path is None else os.fspath(path)
    procs = [ctx.Process(target=_worker, args=(where, host, port)) for _ in range(workers)]
    for proc in procs:
        proc.start()

    def forward(signum: int, frame: object) -> None:
        for proc in procs:
            if proc.pid is not None and proc.is_alive():
                os.kill(proc.pid, signum)

    previous = signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, lambda signum, frame: None)
    try:
        for proc in procs:
            proc.join()
    finally:
        signal.signal(signal.SIGTERM, previous)
    return max((proc.exitcode or 0) for proc in procs)
