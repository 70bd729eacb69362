"""Serving the gateway: the listening socket, signals, graceful shutdown, the event loop.

The HTTP/1.1 protocol itself is ``_http.py`` (httptools' parser on asyncio, chosen over
aiohttp's server by measurement: docs/gateway.md). Shutdown stops accepting, marks
``/ready`` 503, and lets open requests and streams finish within ``shutdown_grace_s``.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
from collections.abc import Callable, Coroutine
from typing import Any

from llmgate.gateway._app import Gateway
from llmgate.gateway._http import Server

__all__ = ["serve"]

log = logging.getLogger("llmgate.gateway")


async def serve(
    gateway: Gateway,
    host: str,
    port: int,
    *,
    on_ready: Callable[[int], None] | None = None,
    stop: asyncio.Event | None = None,
    reuse_port: bool = False,
) -> None:
    """Serve until SIGINT/SIGTERM (or ``stop`` is set), then shut down gracefully.

    ``on_ready`` gets the port actually bound (``port=0`` picks a free one);
    ``reuse_port`` lets several worker processes listen on one port (the kernel spreads
    the connections).
    """
    loop = asyncio.get_running_loop()
    server = Server(gateway)
    listener = await loop.create_server(
        server.protocol, host, port, backlog=2048, reuse_port=reuse_port or None
    )
    server.start_sweeps()
    _settle_gc()
    bound = _bound_port(listener, port)
    stop = stop or asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop.set)
    log.info("llmgate gateway listening on http://%s:%d", host, bound)
    if on_ready is not None:
        on_ready(bound)
    try:
        await stop.wait()
    finally:
        gateway.draining = True
        grace = gateway.settings.shutdown_grace_s
        log.info("shutting down: finishing open requests (up to %gs)", grace)
        listener.close()
        await server.drain(grace)
        await listener.wait_closed()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(sig)


def _settle_gc() -> None:
    """Move what startup built (modules, SDKs, config, prices) out of the collector's sight.

    A full collection walks every tracked object; after startup that is hundreds of
    thousands of long-lived ones, a pause of tens of milliseconds that lands in some
    request's p99. ``gc.freeze`` puts them in a permanent generation that collections
    skip; what requests allocate is collected as usual.
    """
    gc.collect()
    gc.freeze()


def _bound_port(listener: asyncio.Server, asked: int) -> int:
    for sock in listener.sockets:
        address = sock.getsockname()
        if isinstance(address, tuple) and len(address) >= 2:
            return int(address[1])
    return asked


def run(main: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run ``main`` on uvloop when it is installed (measurably faster), else asyncio's loop."""
    try:
        import uvloop
    except ImportError:
        asyncio.run(main())
        return
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(main())
