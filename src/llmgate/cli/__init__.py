"""The ``llmgate`` command line: chat, embed, config check, providers, costs, redact,
state, serve, keys, eval.

Each subcommand lives in its own module and is imported only when run, so ``llmgate chat``
does not pay for the cost report's imports and vice versa.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from llmgate.errors import LLMGateError

__all__ = ["main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="llmgate", description="One client for every LLM: failover, costs, redaction."
    )
    parser.add_argument(
        "-c", "--config", help="config file (default: $LLMGATE_CONFIG, else ./llmgate.toml)"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    chat = sub.add_parser("chat", help="send one prompt through a route and print the answer")
    chat.add_argument("prompt", nargs="?", help="the prompt (default: read standard input)")
    chat.add_argument("-r", "--route", help="route name or provider:model (default route)")
    chat.add_argument("-s", "--system", help="a system message")
    chat.add_argument("--stream", action="store_true", help="print the answer as it arrives")
    chat.add_argument("--max-tokens", type=int, default=None)
    chat.add_argument("--temperature", type=float, default=None)
    chat.add_argument("-v", "--verbose", action="count", default=0, help="log every attempt")
    chat.add_argument("--json", action="store_true", help="print the whole response as JSON")

    config = sub.add_parser("config", help="work with the config file")
    config_sub = config.add_subparsers(dest="config_command", required=True)
    check = config_sub.add_parser("check", help="validate a config file")
    check.add_argument("file", nargs="?", help="the file (default: as --config)")

    providers = sub.add_parser("providers", help="list the configured providers")
    providers.add_argument(
        "--check", action="store_true", help="send a one-token call to each provider's model"
    )

    redact = sub.add_parser("redact", help="show what the redaction layer would mask")
    redact.add_argument("file", nargs="?", help="a text file (default: standard input)")
    redact.add_argument("--entities", help="comma-separated entity types (default: all)")

    from llmgate.cli._state import add_state_command

    add_state_command(sub)

    from llmgate.cli._keys import add_keys_command
    from llmgate.cli._serve import add_serve_command

    add_serve_command(sub)
    add_keys_command(sub)

    from llmgate.cli._eval import add_eval_command

    add_eval_command(sub)

    from llmgate.cli._embed import add_embed_command

    add_embed_command(sub)

    try:
        from llmgate.costs.report import add_costs_command
    except ImportError:  # pragma: no cover - the cost layer is part of the core
        pass
    else:
        add_costs_command(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "verbose", 0):
        logging.basicConfig(
            level=logging.DEBUG if args.verbose > 1 else logging.INFO,
            format="%(levelname)s %(name)s: %(message)s",
            stream=sys.stderr,
        )
    try:
        if args.command == "chat":
            from llmgate.cli._chat import run_chat

            return run_chat(args)
        if args.command == "config":
            from llmgate.cli._config import run_check

            return run_check(args)
        if args.command == "providers":
            from llmgate.cli._config import run_providers

            return run_providers(args)
        if args.command == "redact":
            from llmgate.cli._redact import run_redact

            return run_redact(args)
        if args.command == "state":
            from llmgate.cli._state import run_state

            return run_state(args)
        if args.command == "serve":
            from llmgate.cli._serve import run_serve

            return run_serve(args)
        if args.command == "keys":
            from llmgate.cli._keys import run_keys

            return run_keys(args)
        if args.command == "eval":
            from llmgate.cli._eval import run_eval

            return run_eval(args)

        if args.command == "embed":
            from llmgate.cli._embed import run_embed

            return run_embed(args)
        if args.command == "costs":
            from llmgate.costs.report import run_costs

            return run_costs(args)
    except LLMGateError as exc:
        print(f"llmgate: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    parser.error(f"unknown command {args.command!r}")
    return 2
