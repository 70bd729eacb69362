"""``llmgate chat``: one prompt through a route, printed as it arrives with ``--stream``."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import Any

from llmgate._client import Client
from llmgate._config import load_config
from llmgate.costs.report import DEFAULT_LEDGER


def run_chat(args: argparse.Namespace) -> int:
    prompt = args.prompt if args.prompt is not None else sys.stdin.read()
    messages: list[dict[str, Any]] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": prompt})
    params: dict[str, Any] = {}
    if args.max_tokens is not None:
        params["max_tokens"] = args.max_tokens
    if args.temperature is not None:
        params["temperature"] = args.temperature
    config = load_config(args.config)
    # The CLI keeps a ledger on disk by default, so `llmgate costs` has something to report.
    ledger = None if config.costs.ledger else DEFAULT_LEDGER
    with Client(config, ledger=ledger) as client:
        if args.stream and not args.json:
            with client.stream(args.route, messages, **params) as stream:
                for chunk in stream:
                    sys.stdout.write(chunk.text)
                    sys.stdout.flush()
            sys.stdout.write("\n")
            response = stream.response
        else:
            response = client.chat(args.route, messages, **params)
            if args.json:
                print(json.dumps(dataclasses.asdict(response), default=str, indent=2))
            else:
                print(response.text)
        if args.verbose:
            cost = "unknown" if response.cost is None else f"${response.cost}"
            print(
                f"[{response.provider}:{response.model}] {response.usage.input_tokens} in, "
                f"{response.usage.output_tokens} out, cost {cost}, "
                f"{len(response.attempts)} attempt(s)",
                file=sys.stderr,
            )
    return 0
