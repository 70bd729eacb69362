"""``llmgate config check`` and ``llmgate providers``."""

from __future__ import annotations

import argparse
import time

from llmgate import errors
from llmgate._client import Client
from llmgate._config import load_config, parse_target


def run_check(args: argparse.Namespace) -> int:
    path = args.file or args.config
    config = load_config(path)
    # Building a client validates every provider table with its plugin's settings.
    Client(config).close()
    where = config.file or "<embedded default>"
    print(
        f"{where}: OK ({len(config.providers)} provider(s), {len(config.routes)} route(s), "
        f"default route: {config.default_route or 'none'})"
    )
    return 0


def run_providers(args: argparse.Namespace) -> int:
    with Client(args.config) as client:
        models: dict[str, str] = {}
        for route in client.config.routes.values():
            for target in route.targets:
                pname, pmodel = parse_target(target)
                models.setdefault(pname, pmodel)
        failed = 0
        for name, provider in sorted(client.providers.items()):
            ptype = client.config.providers.get(name, {}).get("type", "?")
            line = f"{name:<16} type={ptype:<10} trust={provider.trust:<8}"
            if args.check:
                model = models.get(name)
                if model is None:
                    line += " check: no route names a model for it"
                else:
                    t0 = time.perf_counter()
                    try:
                        client.chat(f"{name}:{model}", "ping", max_tokens=1)
                        line += f" check: ok ({time.perf_counter() - t0:.2f} s, {model})"
                    except errors.LLMGateError as exc:
                        failed += 1
                        line += f" check: {type(exc).__name__}: {exc}".splitlines()[0]
            print(line)
    return 1 if failed else 0
