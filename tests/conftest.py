from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from llmgate import ChatResponse, Client
from llmgate.testing import OpenAIServer
from llmgate.testing._anthropic_server import AnthropicServer


class Driver:
    """Runs the same behavioural test through the sync or the async API."""

    def __init__(self, mode: str) -> None:
        self.mode = mode

    async def chat(self, client: Client, *args: Any, **kwargs: Any) -> ChatResponse:
        if self.mode == "sync":
            return await asyncio.to_thread(client.chat, *args, **kwargs)
        return await client.achat(*args, **kwargs)

    async def stream(
        self, client: Client, *args: Any, **kwargs: Any
    ) -> tuple[list[str], ChatResponse]:
        if self.mode == "sync":

            def run() -> tuple[list[str], ChatResponse]:
                with client.stream(*args, **kwargs) as s:
                    texts = [c.text for c in s]
                return texts, s.response

            return await asyncio.to_thread(run)
        async with client.astream(*args, **kwargs) as s:
            texts = [c.text async for c in s]
        return texts, s.response


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Iterator[Driver]:
    yield Driver(request.param)


@pytest.fixture
async def clients() -> AsyncIterator[list[Client]]:
    """Clients a test makes, closed on the test's loop even when it fails."""
    made: list[Client] = []
    yield made
    for client in made:
        await client.aclose()


@pytest.fixture
def openai_server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as srv:
        yield srv


@pytest.fixture
def anthropic_server() -> Iterator[AnthropicServer]:
    srv = AnthropicServer().start()
    yield srv
    srv.stop()


# -- shared-state services (Redis, PostgreSQL): skip when absent, fail under CI=true ------
REDIS_URL = os.environ.get("LLMGATE_TEST_REDIS", "redis://127.0.0.1:6379/0")
PG_ADMIN_URL = os.environ.get("LLMGATE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def _unavailable(why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{why} (CI=true: the service must be running)")
    pytest.skip(why)


@pytest.fixture(scope="session")
def redis_url() -> str:
    """A reachable Redis (127.0.0.1:6379 unless $LLMGATE_TEST_REDIS says otherwise)."""
    try:
        import redis
    except ImportError:
        _unavailable("the redis client is not installed (pip install 'llmgate[redis]')")
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except (redis.ConnectionError, redis.TimeoutError, OSError) as exc:
        _unavailable(f"no Redis at {REDIS_URL}: {exc}")
    return REDIS_URL


@pytest.fixture
def state_prefix(redis_url: str) -> Iterator[str]:
    """A key prefix of this test's own; its keys are deleted afterwards."""
    import redis

    prefix = f"llmgate-test-{uuid.uuid4().hex[:12]}"
    yield prefix
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match="{" + prefix + "}*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A throw-away PostgreSQL database for this test session, dropped at its end."""
    try:
        import psycopg
    except ImportError:
        _unavailable("psycopg is not installed (pip install 'llmgate[postgres]')")
    name = f"llmgate_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    try:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=2) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        _unavailable(f"no PostgreSQL at {PG_ADMIN_URL}: {exc}")
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_ledger_url(pg_url: str) -> str:
    """``pg_url`` with the ledger table emptied, so each test starts from no rows."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        exists = conn.execute("SELECT to_regclass('llmgate_attempts')").fetchone()
        if exists and exists[0] is not None:
            conn.execute("TRUNCATE llmgate_attempts RESTART IDENTITY")
    return pg_url
