"""Virtual keys: hash-only storage, 401/403/429, and the key tag in the ledger."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from llmgate.cli import main
from llmgate.gateway._errors import HTTPError
from llmgate.testing import wait_until

from .conftest import Running, create_key, start_gateway, write_config

pytestmark = pytest.mark.timeout(60)
MSG = [{"role": "user", "content": "hello"}]


def post(gateway: Running, key: str | None, model: str = "chat") -> httpx.Response:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    return httpx.post(
        f"{gateway.url}/v1/chat/completions",
        headers=headers,
        json={"model": model, "messages": MSG},
        timeout=30,
    )


def test_only_the_hash_is_stored_and_list_never_shows_the_key(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = create_key(config, capsys, "--name", "support", "--routes", "chat,summarize")
    assert key.startswith("sk-lg-") and len(key) > 40
    stored = (config.parent / "keys.db").read_bytes()
    assert key.encode() not in stored
    assert hashlib.sha256(key.encode()).hexdigest().encode() in stored
    assert main(["-c", str(config), "keys", "list"]) == 0
    listing = capsys.readouterr().out
    assert "support" in listing and "chat,summarize" in listing and key not in listing
    # names are unique
    assert main(["-c", str(config), "keys", "create", "--name", "support"]) == 1


def test_unknown_route_is_refused_at_creation(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-c", str(config), "keys", "create", "--name", "x", "--routes", "nope"]) == 1
    assert "unknown route(s) ['nope']" in capsys.readouterr().err
    assert main(["-c", str(config), "keys", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_missing_unknown_and_revoked_keys_get_401(
    gateway: Running, config: Path, key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = post(gateway, None)
    assert missing.status_code == 401
    assert missing.json()["error"]["code"] == "missing_api_key"
    assert post(gateway, "sk-lg-" + "x" * 43).status_code == 401
    assert post(gateway, key).status_code == 200
    assert main(["-c", str(config), "keys", "revoke", "support"]) == 0
    revoked = post(gateway, key)
    assert revoked.status_code == 401
    assert revoked.json()["error"]["code"] == "invalid_api_key"
    assert key not in revoked.text
    assert main(["-c", str(config), "keys", "revoke", "support"]) == 1  # already revoked


def test_the_key_cache_answers_within_its_ttl_then_the_store(
    tmp_path: Path, vendors: tuple[Any, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    oa, claude = vendors
    config = write_config(tmp_path / "llmgate.toml", oa.base_url, claude.url)
    config.write_text(config.read_text().replace("key_cache_s = 0", "key_cache_s = 3"))
    key = create_key(config, capsys, "--name", "support")
    unknown = "sk-lg-" + "y" * 43
    running = start_gateway(config)
    try:
        assert post(running, key).status_code == 200  # from the store, now cached
        assert post(running, unknown).status_code == 401  # a miss is cached too
        # Revoked by another process (the CLI): this one sees it when its entry expires.
        assert main(["-c", str(config), "keys", "revoke", "support"]) == 0
        assert post(running, key).status_code == 200  # the cache's answer
        assert post(running, unknown).status_code == 401
        time.sleep(3.2)
        refused = post(running, key)  # the entry expired: the store says revoked
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == "invalid_api_key"
    finally:
        running.shutdown()


def test_routes_restrict_calls_and_models(
    gateway: Running, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = create_key(config, capsys, "--name", "summaries", "--routes", "summarize")
    denied = post(gateway, key, "chat")
    assert denied.status_code == 403
    assert denied.json()["error"]["type"] == "permission_error"
    assert post(gateway, key, "oa:gpt-4o-mini").status_code == 403  # not a target of its routes
    assert post(gateway, key, "summarize").status_code == 200
    assert post(gateway, key, "claude:claude-haiku-4-5").status_code == 200
    models = httpx.get(f"{gateway.url}/v1/models", headers={"authorization": f"Bearer {key}"})
    assert [m["id"] for m in models.json()["data"]] == ["summarize", "claude:claude-haiku-4-5"]


def test_rpm_limit_is_a_429_with_retry_after(
    gateway: Running, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = create_key(config, capsys, "--name", "slow", "--rpm", "2")
    assert [post(gateway, key).status_code for _ in range(2)] == [200, 200]
    limited = post(gateway, key)
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "key_rate_limited"
    assert 1 <= int(limited.headers["retry-after"]) <= 60


def test_daily_budget_and_costs_by_key(
    gateway: Running, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = create_key(config, capsys, "--name", "tiny", "--daily-usd", "0.0000001")
    first = post(gateway, key)
    assert first.status_code == 200
    assert float(first.headers["x-llmgate-cost-usd"]) > 0.0000001
    over = post(gateway, key)
    assert over.status_code == 429
    assert over.json()["error"]["code"] == "key_budget_exceeded"
    assert int(over.headers["retry-after"]) >= 1

    def report() -> str:
        capsys.readouterr()
        assert main(["-c", str(config), "costs", "--by", "key", "--format", "csv"]) == 0
        return capsys.readouterr().out

    # The gateway writes its ledger behind the event loop: the row lands within moments.
    assert wait_until(lambda: "tiny" in report())
    assert key not in report()


def test_the_key_never_reaches_logs_or_the_ledger(
    gateway: Running,
    config: Path,
    key: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    assert post(gateway, key).status_code == 200
    assert post(gateway, key, "nope").status_code == 404
    assert post(gateway, key + "x").status_code == 401
    assert key not in caplog.text
    ledger = (config.parent / "ledger.db").read_bytes()
    assert b"support" in ledger or (config.parent / "ledger.db-wal").exists()
    for path in config.parent.glob("ledger.db*"):
        assert key.encode() not in path.read_bytes()


class SlowLedger:
    """A ledger whose reads take as long as a write-behind flush can (a commit, an fsync)."""

    def __init__(self, total: str) -> None:
        self.total = Decimal(total)
        self.reads = 0

    def spent(self, since: object = None, tags: object = None) -> Decimal:
        self.reads += 1
        time.sleep(0.2)
        return self.total


async def test_a_daily_spend_is_re_read_off_the_event_loop() -> None:
    from llmgate.gateway._limits import SpendTracker

    ledger = SlowLedger("1")
    spend = SpendTracker(ledger, refresh_s=0.0)
    assert spend.spent("k") == Decimal("1")  # a key's first check of the day: read in line
    spend.add("k", Decimal("0.5"))
    ledger.total = Decimal("4")  # another worker spent from the same key
    t0 = time.monotonic()
    assert spend.spent("k") == Decimal("1.5")  # answered from what it knows ...
    assert time.monotonic() - t0 < 0.1  # ... without waiting for the ledger
    assert await wait_for(lambda: spend.spent("k") == Decimal("4"))  # ... which lands soon
    with pytest.raises(HTTPError) as over:
        spend.check("k", Decimal("3"))
    assert over.value.status == 429
    ledger.total = Decimal("0")  # a ledger behind this process's own calls: never counts less
    spend.add("k", Decimal("1"))
    spend.stale("k")
    spend.spent("k")
    await asyncio.sleep(0.5)
    assert spend.spent("k") >= Decimal("5")


async def wait_for(condition: Callable[[], bool], timeout_s: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.02)
    return condition()
