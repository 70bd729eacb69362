"""``llmgate serve``: an OpenAI- and Anthropic-compatible HTTP gateway over a ``Client``.

Private: loaded only by ``llmgate serve`` and ``llmgate keys`` (``import llmgate`` never
imports an HTTP server). The parts, each small:

- ``_openai`` / ``_anthropic``: pure conversion of each vendor's wire format, both ways;
- ``_app``: the gateway, independent of the HTTP server (keys, limits, calls, replies);
- ``_http``: the HTTP/1.1 server protocol (httptools' parser on asyncio);
- ``_server``: the listening socket, signals, graceful shutdown;
- ``_keys`` / ``_limits``: virtual keys (hash-only store) and per-key limits;
- ``_errors``: the one table from llmgate errors to HTTP statuses and vendor error shapes.

See docs/gateway.md.
"""
