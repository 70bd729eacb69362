"""A virtual key's ``--rpm`` across workers: counted once in the ``[state]`` store (Redis),
so two gateways (two worker processes, or two machines) admit the key's limit in all."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from llmgate import Client
from llmgate.gateway._app import Gateway
from llmgate.gateway._keys import SqliteKeyStore, make_key
from llmgate.gateway._limits import LocalRateLimiter, SharedKeyLimiter
from llmgate.gateway._settings import GatewaySettings
from llmgate.testing import ScriptedProvider

pytestmark = pytest.mark.timeout(60)

BODY = b'{"model":"chat","messages":[{"role":"user","content":"hi"}]}'


def worker(tmp_path: Path, state: dict[str, Any] | None) -> Gateway:
    """One gateway process's objects: its own client (and state connection), the shared
    key store file."""
    config: dict[str, Any] = {
        "providers": {},
        "routes": {"chat": {"targets": ["echo:m"], "retries": 0}},
        "pricing": {"echo:m": {"input": 1.0, "output": 2.0}},
    }
    if state is not None:
        config["state"] = state
    client = Client(config, providers={"echo": ScriptedProvider("echo")}, ledger="memory")
    settings = GatewaySettings(keys=f"sqlite:///{tmp_path}/keys.db", key_cache_s=0)
    return Gateway(client, settings, SqliteKeyStore(tmp_path / "keys.db"))


def calls(gateways: list[Gateway], key: str, n: int) -> list[tuple[int, dict[str, str]]]:
    """``n`` chat calls with ``key``, spread over the gateways in turn."""
    headers = {"authorization": f"Bearer {key}", "content-type": "application/json"}

    async def run() -> list[tuple[int, dict[str, str]]]:
        out = []
        for i in range(n):
            reply = await gateways[i % len(gateways)].handle(
                "POST", "/v1/chat/completions", headers, BODY
            )
            out.append((reply.status, reply.headers))
            if reply.status != 200:
                assert json.loads(reply.body)["error"]["code"] == "key_rate_limited"
        for gw in gateways:
            await gw.client.aclose()
        return out

    return asyncio.run(run())


def test_two_workers_share_a_keys_rpm_through_redis(
    tmp_path: Path, redis_url: str, state_prefix: str
) -> None:
    secret, record = make_key("team", rpm=3)
    asyncio.run(SqliteKeyStore(tmp_path / "keys.db").create(record))
    state = {"backend": "redis", "url": redis_url, "prefix": state_prefix}
    a, b = worker(tmp_path, state), worker(tmp_path, state)
    assert isinstance(a.limiter, SharedKeyLimiter)
    answers = calls([a, b], secret, 5)
    assert [status for status, _ in answers] == [200, 200, 200, 429, 429]
    assert 0 < float(answers[3][1]["retry-after"]) <= 60
    import redis

    server = redis.Redis.from_url(redis_url)
    try:  # the key docs/shared-state.md names, holding the three admitted requests
        assert server.zcard("{" + state_prefix + "}:rate:gateway-key:team") == 3
    finally:
        server.close()


def test_without_a_shared_store_each_worker_counts_alone(tmp_path: Path) -> None:
    # What the docs warn of: with no [state] store, N workers admit N times a key's rpm.
    secret, record = make_key("team", rpm=2)
    asyncio.run(SqliteKeyStore(tmp_path / "keys.db").create(record))
    a, b = worker(tmp_path, None), worker(tmp_path, None)
    assert isinstance(a.limiter, LocalRateLimiter)
    statuses = [status for status, _ in calls([a, b], secret, 6)]
    assert statuses == [200, 200, 200, 200, 429, 429]
