"""The HTTP server under the gateway: aiohttp's, chosen by measurement (docs/gateway.md).

This adapter is thin on purpose: read the body (refusing it past the size limit before it
is all in memory), hand it to :meth:`Gateway.handle`, write the reply. For a stream it
writes each SSE block as it comes and always closes the reply's stream, so a client that
hangs up cancels the upstream attempt. Shutdown stops accepting, marks ``/ready`` 503, and
lets open requests and streams finish within ``shutdown_grace_s``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable, Coroutine
from typing import Any

from aiohttp import web

from llmgate.gateway._app import Gateway, Reply, _error, too_large

__all__ = ["make_app", "serve"]

log = logging.getLogger("llmgate.gateway")
_CHUNK = 64 * 1024


def make_app(gateway: Gateway) -> web.Application:
    limit = gateway.settings.max_body_bytes
    app = web.Application(client_max_size=limit + 1)

    async def handler(request: web.Request) -> web.StreamResponse:
        flavor = "anthropic" if request.path.startswith("/v1/messages") else "openai"
        if request.content_length is not None and request.content_length > limit:
            return _respond(_error(too_large(limit), flavor))
        parts: list[bytes] = []
        size = 0
        async for data in request.content.iter_chunked(_CHUNK):
            size += len(data)
            if size > limit:
                return _respond(_error(too_large(limit), flavor))
            parts.append(data)
        reply = await gateway.handle(
            request.method, request.path_qs, request.headers, b"".join(parts)
        )
        if reply.stream is None:
            return _respond(reply)
        return await _write_stream(request, reply)

    app.router.add_route("*", "/{tail:.*}", handler)
    return app


def _respond(reply: Reply) -> web.Response:
    return web.Response(
        status=reply.status,
        body=reply.body,
        headers=reply.headers,
        content_type=reply.content_type.split(";", 1)[0],
        charset="utf-8" if "charset" in reply.content_type else None,
    )


async def _write_stream(request: web.Request, reply: Reply) -> web.StreamResponse:
    assert reply.stream is not None
    response = web.StreamResponse(status=reply.status, headers=reply.headers)
    response.content_type = reply.content_type
    try:
        await response.prepare(request)
        async for block in reply.stream:
            await response.write(block)
        await response.write_eof()
    except (ConnectionResetError, ConnectionError):
        # The client went away: closing the stream below cancels the upstream attempt.
        log.debug("client closed the connection during a stream")
    finally:
        await reply.stream.aclose()  # type: ignore[attr-defined]
    return response


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
    runner = web.AppRunner(
        make_app(gateway),
        access_log=None,
        handle_signals=False,
        shutdown_timeout=gateway.settings.shutdown_grace_s,
    )
    await runner.setup()
    site = web.TCPSite(runner, host, port, backlog=2048, reuse_port=reuse_port or None)
    await site.start()
    bound = _bound_port(runner, port)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
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
        await runner.cleanup()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(sig)


def _bound_port(runner: web.AppRunner, asked: int) -> int:
    for address in runner.addresses:
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
