"""``llmgate state``: what the shared store holds, read without changing it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmgate import Client
from llmgate.cli import main
from llmgate.errors import AllProvidersFailedError
from llmgate.testing import OpenAIServer


def _write(path: Path, server: OpenAIServer, redis_url: str, prefix: str) -> Path:
    path.write_text(
        f"""
default_route = "chat"
[providers.vendor]
type = "openai"
api_key = "sk-state-cli-0123456789abcdef"
base_url = "{server.base_url}"
rpm = 500
[routes.chat]
targets = ["vendor:gpt-test"]
retries = 0
[state]
backend = "redis"
url = "{redis_url}"
prefix = "{prefix}"
[circuit_breaker]
failure_threshold = 1
[costs.budgets]
daily_usd = 5
[pricing."vendor:gpt-test"]
input = 1000
output = 2000
[limits.team]
rpm = 60
daily_usd = "25.00"
"""
    )
    return path


def test_state_shows_breakers_budgets_and_limits_from_redis(
    tmp_path: Path, redis_url: str, state_prefix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with OpenAIServer() as server:
        path = _write(tmp_path / "llmgate.toml", server, redis_url, state_prefix)
        with Client(path) as client:
            r = client.chat("chat", "hi", max_tokens=8, tags={"team": "support"})
            server.fail_next(OpenAIServer.server_error(500))
            with pytest.raises(AllProvidersFailedError):
                client.chat("chat", "hi", max_tokens=8)
    assert main(["-c", str(path), "state", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["reachable"] is True
    assert [(b["target"], b["state"]) for b in report["breakers"]] == [("vendor:gpt-test", "open")]
    budgets = {b["name"]: b for b in report["budgets"]}
    assert budgets["daily"]["spent_usd"] == str(r.cost.normalize())  # type: ignore[union-attr]
    assert budgets["team=support daily"]["limit_usd"] == "25"
    limits = {lim["name"]: (lim["used"], lim["limit"]) for lim in report["limits"]}
    assert limits == {"vendor:gpt-test rpm": (2, 500), "team=support rpm": (1, 60)}

    assert main(["-c", str(path), "state"]) == 0
    text = capsys.readouterr().out
    assert "vendor:gpt-test" in text and "open" in text and "team=support daily" in text


def test_state_of_a_per_process_backend_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "llmgate.toml"
    path.write_text('[state]\nbackend = "memory"\n')
    assert main(["-c", str(path), "state"]) == 0
    assert "per process" in capsys.readouterr().out


def test_state_of_an_unreachable_store_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "llmgate.toml"
    path.write_text('[state]\nbackend = "redis"\nurl = "redis://127.0.0.1:1/0"\ntimeout_s = 0.2\n')
    assert main(["-c", str(path), "state"]) == 1
    assert "unreachable" in capsys.readouterr().out
