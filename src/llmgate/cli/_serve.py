"""``llmgate serve``: run the OpenAI- and Anthropic-compatible gateway (docs/gateway.md)."""

from __future__ import annotations

import argparse
import logging
import sys

__all__ = ["add_serve_command", "run_serve"]


def add_serve_command(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    serve = sub.add_parser(
        "serve",
        help="serve routes over the OpenAI and Anthropic HTTP APIs",
        description="An HTTP gateway: POST /v1/chat/completions, POST /v1/messages, "
        "GET /v1/models, /health, /ready, /metrics. Settings come from the config's "
        "[gateway] table; the options here override them.",
    )
    serve.add_argument(
        "--config", dest="serve_config", default=None, help="config file (as the global -c)"
    )
    serve.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=None, help="port (default 8080; 0: any)")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes sharing the port (default 1); per-key rpm limits are per "
        "worker until a shared [state] store is configured",
    )
    serve.add_argument("--log-level", default="info", choices=("debug", "info", "warning"))


def run_serve(args: argparse.Namespace) -> int:
    try:
        import httptools  # noqa: F401
    except ImportError:
        print("llmgate serve needs the server extra: pip install 'llmgate[serve]'", file=sys.stderr)
        return 2
    from llmgate.gateway._run import main

    logging.basicConfig(
        level=args.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    path = args.serve_config or args.config
    if args.workers > 1 and args.port == 0:
        print("llmgate serve: --workers needs a fixed --port", file=sys.stderr)
        return 2
    try:
        return main(path, host=args.host, port=args.port, workers=args.workers)
    except OSError as exc:  # the port is taken, the address is wrong
        print(f"llmgate serve: cannot listen: {exc.strerror or exc}", file=sys.stderr)
        return 1
