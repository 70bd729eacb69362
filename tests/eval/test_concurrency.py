"""Calls in flight per target stay within their limits, one number or one per target."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from llmgate import Client
from llmgate.errors import BadRequestError
from llmgate.testing import OpenAIServer, RecordedRequest, Reply


class CountingServer(OpenAIServer):
    """The loopback vendor, counting requests it is answering at once per model."""

    def __init__(self) -> None:
        super().__init__()
        self.now: dict[str, int] = {}
        self.most: dict[str, int] = {}
        self._count_lock = threading.Lock()

    def handle(self, request: RecordedRequest) -> Reply:
        body = request.json() or {}
        model = str(body.get("model", ""))
        with self._count_lock:
            self.now[model] = self.now.get(model, 0) + 1
            self.most[model] = max(self.most.get(model, 0), self.now[model])
        try:
            time.sleep(0.02)  # so that calls overlap if the eval lets them
            return super().handle(request)
        finally:
            with self._count_lock:
                self.now[model] -= 1


def _config(server: OpenAIServer) -> dict[str, Any]:
    return {"providers": {"oa": {"type": "openai", "base_url": server.base_url, "api_key": "k"}}}


def test_each_target_keeps_its_own_limit() -> None:
    rows = [{"prompt": f"q{i}", "expected": f"echo: q{i}"} for i in range(24)]
    with CountingServer() as server, Client(_config(server)) as client:
        report = client.eval(
            rows,
            targets=["oa:gpt-4o-mini", "oa:gpt-4o"],
            concurrency={"oa:gpt-4o": 1, "*": 3},
            cache_dir=None,
        )
    assert report.settings["concurrency"] == {"oa:gpt-4o-mini": 3, "oa:gpt-4o": 1}
    assert server.most["gpt-4o"] == 1
    assert 1 <= server.most["gpt-4o-mini"] <= 3
    assert [t.quality["passed"] for t in report.targets] == [24, 24]


def test_bad_limits_are_refused_before_any_call() -> None:
    with CountingServer() as server, Client(_config(server)) as client:
        with pytest.raises(BadRequestError, match="not in the eval"):
            client.eval([{"prompt": "x"}], targets=["oa:gpt-4o"], concurrency={"oa:nope": 2})
        with pytest.raises(BadRequestError, match="at least 1"):
            client.eval([{"prompt": "x"}], targets=["oa:gpt-4o"], concurrency=0)
    assert server.count == 0
