"""An eval keeps old objects out of full collections while it runs, and only then."""

from __future__ import annotations

import gc

from llmgate import Client
from llmgate.testing import OpenAIServer


def _run() -> None:
    with OpenAIServer() as server:
        config = {"providers": {"oa": {"type": "openai", "base_url": server.base_url}}}
        seen: list[int] = []
        with Client(config) as client:
            report = client.eval(
                [{"prompt": f"q{i}", "expected": f"echo: q{i}"} for i in range(3)],
                targets=["oa:gpt-4o-mini"],
                cache_dir=None,
                progress=lambda _: seen.append(gc.get_freeze_count()),
            )
        assert report.targets[0].quality["passed"] == 3
        assert len(seen) == 3 and all(n > 0 for n in seen)  # frozen while it ran


def test_frozen_during_the_run_and_thawed_after() -> None:
    assert gc.get_freeze_count() == 0
    _run()
    assert gc.get_freeze_count() == 0


def test_an_application_freeze_is_left_alone() -> None:
    gc.freeze()
    try:
        _run()
        assert gc.get_freeze_count() > 0  # not thawed by the eval
    finally:
        gc.unfreeze()
