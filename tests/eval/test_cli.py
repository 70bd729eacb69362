"""``llmgate eval`` end to end: files written, the baseline diff, the ``--min-score`` gate."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from llmgate.cli import main
from llmgate.testing import OpenAIServer

ROWS = [
    {"prompt": "one", "expected": "echo: one", "tags": ["a"]},
    {"prompt": "two", "expected": "echo: two", "tags": ["a", "b"]},
    {"prompt": "three", "expected": "wrong", "tags": ["b"]},
    {"prompt": "four", "expected": "echo: four"},
]


def _setup(tmp_path: Path, server: OpenAIServer) -> tuple[Path, Path]:
    config = tmp_path / "llmgate.toml"
    config.write_text(
        f"""
[providers.oa]
type = "openai"
base_url = "{server.base_url}"
api_key = "sk-test-cli"

[costs]
ledger = "memory"

[pricing."oa:gpt-4o-mini"]
input = 1.0
output = 2.0
""",
        encoding="utf-8",
    )
    data = tmp_path / "cases.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n", encoding="utf-8")
    return config, data


def test_eval_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with OpenAIServer() as server:
        config, data = _setup(tmp_path, server)
        out = {k: tmp_path / f"r.{k}" for k in ("json", "csv", "html")}
        base = ["-c", str(config), "eval", str(data), "--targets", "oa:gpt-4o-mini,oa:gpt-4o"]
        files = ["--json", str(out["json"]), "--csv", str(out["csv"]), "--html", str(out["html"])]
        cache = ["--cache-dir", str(tmp_path / "cache")]
        assert main([*base, *files, *cache, "--min-score", "0.7"]) == 0
        captured = capsys.readouterr()
        assert re.search(r"oa:gpt-4o-mini\s+4\s+75\.0%", captured.out)
        assert "8/8 calls" in captured.err  # the progress bar's last state
        report = json.loads(out["json"].read_text(encoding="utf-8"))
        assert [t["quality"]["passed"] for t in report["targets"]] == [3, 3]
        assert out["csv"].read_text(encoding="utf-8").count("\n") == 1 + 2 + 2 * 2
        html = out["html"].read_text(encoding="utf-8")
        assert html.count("<svg") == 3 and "Pareto" in html
        assert not re.search(r"""(src|href)\s*=|<script|@import|url\(""", html)

        # The gate: below the bar exits 1; against the baseline nothing changed.
        assert (
            main([*base, *cache, "-q", "--min-score", "0.8", "--baseline", str(out["json"])]) == 1
        )
        captured = capsys.readouterr()
        assert "no change beyond noise" in captured.out
        assert "below --min-score 0.8: oa:gpt-4o-mini, oa:gpt-4o" in captured.err
        assert len(server.requests) == 8  # the second run came from the cache


def test_suggest_prints_routes_that_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import tomllib

    from llmgate._config import from_mapping

    with OpenAIServer() as server:
        config, data = _setup(tmp_path, server)
        args = ["-c", str(config), "eval", str(data), "--targets", "oa:gpt-4o-mini,oa:gpt-4o"]
        assert main([*args, "-q", "--no-cache", "--suggest", "0.6"]) == 0
    out = capsys.readouterr().out
    toml = out[out.index("# llmgate eval --suggest") :]
    routes = tomllib.loads(toml)["routes"]
    # both pass 75 %; the priced one first, the unpriced one (cost unknown) after it
    assert routes["eval-all"]["targets"] == ["oa:gpt-4o-mini", "oa:gpt-4o"]
    assert routes["eval-a"]["targets"] == ["oa:gpt-4o-mini", "oa:gpt-4o"]  # 2 of 2
    assert "eval-b" not in routes and "'b': no target reaches" in toml  # 1 of 2 each
    providers = {"oa": {"type": "openai", "base_url": "http://127.0.0.1:9/v1"}}
    from_mapping({"providers": providers, "routes": routes}, file="<suggest>")


def test_unknown_target_is_a_config_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with OpenAIServer() as server:
        config, data = _setup(tmp_path, server)
        assert main(["-c", str(config), "eval", str(data), "--targets", "nope:x", "-q"]) == 1
        assert "unknown provider 'nope'" in capsys.readouterr().err
        assert len(server.requests) == 0


def test_concurrency_per_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with OpenAIServer() as server:
        config, data = _setup(tmp_path, server)
        out = tmp_path / "r.json"
        args = ["-c", str(config), "eval", str(data), "--targets", "oa:gpt-4o-mini,oa:gpt-4o"]
        limits = ["--concurrency", "3", "--concurrency", "oa:gpt-4o=1"]
        assert main([*args, *limits, "-q", "--no-cache", "--json", str(out)]) == 0
        report = json.loads(out.read_text(encoding="utf-8"))
        assert report["settings"]["concurrency"] == {"oa:gpt-4o-mini": 3, "oa:gpt-4o": 1}
        assert main([*args, "--concurrency", "oa:gpt-4o=x", "-q", "--no-cache"]) == 1
        assert "expected N or TARGET=N" in capsys.readouterr().err
        assert len(server.requests) == 8  # the refused run sent nothing
