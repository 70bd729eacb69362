"""``--baseline``: what got better or worse since a saved report, on real runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmgate.cli import main
from llmgate.eval import EvalReport, compare
from llmgate.testing import OpenAIServer

ROWS = 20
TARGET = "oa:gpt-4o-mini"


def _files(tmp_path: Path, server: OpenAIServer) -> tuple[Path, Path]:
    config = tmp_path / "llmgate.toml"
    config.write_text(
        f'[providers.oa]\ntype = "openai"\nbase_url = "{server.base_url}"\napi_key = "k"\n'
        '[costs]\nledger = "memory"\n[pricing."oa:gpt-4o-mini"]\ninput = 1.0\noutput = 2.0\n',
        encoding="utf-8",
    )
    data = tmp_path / "cases.jsonl"
    rows = ({"prompt": f"q{i}", "expected": f"echo: q{i}"} for i in range(ROWS))
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return config, data


def test_a_worse_run_is_named_and_fails_the_gate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with OpenAIServer() as server:
        config, data = _files(tmp_path, server)
        run = ["-c", str(config), "eval", str(data), "--targets", TARGET, "-q", "--no-cache"]
        old, new = tmp_path / "old.json", tmp_path / "new.json"
        assert main([*run, "--json", str(old), "--min-score", "0.9"]) == 0
        capsys.readouterr()
        # The second run: 15 of 20 answers wrong, and one call fails.
        for _ in range(15):
            server.script(text="wrong")
        server.fail_next(OpenAIServer.server_error(500))
        args = [*run, "--concurrency", "1", "--json", str(new), "--baseline", str(old)]
        assert main([*args, "--min-score", "0.9"]) == 1
    out, err = capsys.readouterr()
    assert f"- {TARGET} pass_rate: 1.0 -> 0.2" in out
    assert f"- {TARGET} errors: 0.0 -> 1.0" in out
    assert f"below --min-score 0.9: {TARGET}" in err
    # The same as data, both ways round.
    before, after = EvalReport.load(str(old)), EvalReport.load(str(new))
    verdicts = {c.metric: c.verdict for c in compare(after, before)}
    assert verdicts["pass_rate"] == verdicts["mean_score"] == verdicts["errors"] == "worse"
    assert verdicts["cost_per_1000"] == "better"  # "wrong" is shorter than "echo: qN"
    back = {c.metric: c.verdict for c in compare(before, after)}
    assert back["pass_rate"] == back["errors"] == "better"


def test_a_small_move_inside_the_interval_is_the_same(tmp_path: Path) -> None:
    with OpenAIServer() as server:
        config, data = _files(tmp_path, server)
        run = ["-c", str(config), "eval", str(data), "--targets", TARGET, "-q", "--no-cache"]
        old, new = tmp_path / "old.json", tmp_path / "new.json"
        assert main([*run, "--json", str(old)]) == 0
        server.script(text="wrong")  # 19 of 20: inside 20/20's Wilson interval [0.84, 1]
        assert main([*run, "--concurrency", "1", "--json", str(new)]) == 0
    change = compare(EvalReport.load(str(new)), EvalReport.load(str(old)))[0]
    assert (change.metric, change.old, change.new, change.verdict) == (
        "pass_rate",
        1.0,
        0.95,
        "same",
    )
