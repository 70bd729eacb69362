"""``llmgate embed``: embed texts through a route and print the vectors as JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def add_embed_command(sub: Any) -> None:
    embed = sub.add_parser("embed", help="embed texts through a route and print the vectors")
    embed.add_argument(
        "texts", nargs="*", help="texts to embed (default: one per line of standard input)"
    )
    embed.add_argument("-r", "--route", help="route name or provider:model (default route)")
    embed.add_argument("--dimensions", type=int, default=None, help="shortened vector size")
    embed.add_argument(
        "--json", action="store_true", help="print one JSON object with usage and cost"
    )
    embed.add_argument("-v", "--verbose", action="count", default=0, help="log every attempt")


def run_embed(args: argparse.Namespace) -> int:
    # Imported here: building the parser (every command) must not load the client.
    from llmgate._client import Client
    from llmgate._config import load_config
    from llmgate.costs.report import DEFAULT_LEDGER

    texts = list(args.texts) or [line for line in sys.stdin.read().splitlines() if line.strip()]
    config = load_config(args.config)
    ledger = None if config.costs.ledger else DEFAULT_LEDGER  # as `llmgate chat` does
    with Client(config, ledger=ledger) as client:
        r = client.embed(args.route, inputs=texts, dimensions=args.dimensions)
        vectors = [_floats(v) for v in r.vectors]
        if args.json:
            out = {
                "provider": r.provider,
                "model": r.model,
                "dimensions": r.dimensions,
                "usage": {"input_tokens": r.usage.input_tokens},
                "cost": None if r.cost is None else str(r.cost),
                "data": [{"index": i, "embedding": v} for i, v in enumerate(vectors)],
            }
            print(json.dumps(out))
        else:
            for vector in vectors:  # one JSON array per input, in order (JSON lines)
                print(json.dumps(vector))
        if args.verbose:
            cost = "unknown" if r.cost is None else f"${r.cost}"
            print(
                f"[{r.provider}:{r.model}] {len(vectors)} vector(s) of {r.dimensions}, "
                f"{r.usage.input_tokens} tokens, cost {cost}, {len(r.attempts)} attempt(s)",
                file=sys.stderr,
            )
    return 0


def _floats(vector: Any) -> list[float]:
    return [float(x) for x in vector]
