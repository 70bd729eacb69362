"""The command line, run in-process through ``llmgate.cli.main`` against loopback vendors."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from llmgate import Client
from llmgate.cli import main
from llmgate.testing import OpenAIServer

KEY = "sk-proj-clitestsecret0123456789abcdefghij"


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as srv:
        yield srv


@pytest.fixture
def config(tmp_path: Path, server: OpenAIServer, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLI_TEST_KEY", KEY)
    monkeypatch.chdir(tmp_path)  # the CLI's default ledger lands in ./.llmgate/
    path = tmp_path / "llmgate.toml"
    path.write_text(
        f"""
default_route = "chat"

[providers.oa]
type = "openai"
base_url = "{server.base_url}"
api_key = "${{CLI_TEST_KEY}}"

[routes.chat]
targets = ["oa:gpt-4o-mini"]
"""
    )
    return path


def test_chat_prints_the_answer_and_records_it(
    config: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["-c", str(config), "chat", "hello cli"]) == 0
    assert capsys.readouterr().out.strip() == "echo: hello cli"
    assert (tmp_path / ".llmgate" / "ledger.db").is_file()
    assert main(["-c", str(config), "costs", "--by", "model", "--format", "csv"]) == 0
    assert "gpt-4o-mini" in capsys.readouterr().out


def test_chat_stream_and_route(
    config: Path, server: OpenAIServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.script("streamed words here")
    assert main(["-c", str(config), "chat", "-r", "oa:gpt-4o", "--stream", "hi"]) == 0
    assert capsys.readouterr().out.strip() == "streamed words here"
    assert server.chat_requests()[-1]["model"] == "gpt-4o"


def test_chat_verbose_logs_attempts_without_the_key(
    config: Path,
    server: OpenAIServer,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server.fail_next(OpenAIServer.invalid_api_key(shown=KEY))
    caplog.set_level(logging.DEBUG)
    assert main(["-c", str(config), "chat", "-v", "hi"]) == 1
    err = capsys.readouterr().err
    assert "AuthenticationError" in err or "AllProvidersFailedError" in err
    assert KEY not in err
    assert all(KEY not in r.getMessage() for r in caplog.records)


def test_config_check_ok_and_broken(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["config", "check", str(config)]) == 0
    assert "OK" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text('[routes.chat]\ntargets = ["nope:m"]\n')
    assert main(["config", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and "routes.chat.targets[0]" in err and "unknown provider" in err


def test_providers_check(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-c", str(config), "providers", "--check"]) == 0
    out = capsys.readouterr().out
    assert "oa" in out and "check: ok" in out and KEY not in out


def test_key_never_in_reprs(config: Path) -> None:
    with Client(config) as client:
        assert KEY not in repr(client)
        assert KEY not in repr(client.providers["oa"])
        assert KEY not in repr(client.providers["oa"].settings)
        assert KEY not in str(client.config.providers)  # raw tables stay in memory only


def test_embed_prints_one_vector_per_text(
    config: Path, server: OpenAIServer, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from llmgate.testing import embedding_vector

    route = "oa:text-embedding-3-small"
    assert main(["-c", str(config), "embed", "-r", route, "--dimensions", "3", "a", "b c"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [
        embedding_vector("a", 3),
        embedding_vector("b c", 3),
    ]
    assert main(["-c", str(config), "embed", "-r", route, "--json", "--dimensions", "2", "x"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["dimensions"] == 2 and out["usage"] == {"input_tokens": 1}
    assert out["data"] == [{"index": 0, "embedding": embedding_vector("x", 2)}]
    assert server.embedding_requests()[-1]["input"] == ["x"]


def test_embed_reads_lines_from_stdin_and_reports_errors(
    config: Path,
    server: OpenAIServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("first line\n\nsecond line\n"))
    assert main(["-c", str(config), "embed", "-r", "oa:text-embedding-3-small"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert server.embedding_requests()[-1]["input"] == ["first line", "second line"]
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["-c", str(config), "embed", "-r", "oa:text-embedding-3-small"]) == 1
    assert "BadRequestError" in capsys.readouterr().err


NAMED = "Yesterday Thaddeus Whitcombe approved the refund for order 88123.\n"


def _redact(tmp_path: Path, section: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    config = tmp_path / "redact.toml"
    config.write_text(section)
    text = tmp_path / "ticket.txt"
    text.write_text(NAMED)
    code = main(["-c", str(config), "redact", str(text)])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_redact_previews_what_the_configured_policy_masks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _redact(tmp_path, '[redaction]\nmode = "mask"\n', capsys)
    assert code == 0
    assert "Whitcombe" not in out.split("Masked text:")[1]  # the PERSON model, on by default
    code, out = _redact(tmp_path, '[redaction]\nmode = "mask"\nperson_model = false\n', capsys)
    assert code == 0
    assert "No entities found" in out  # the rules alone, as configured


def test_redact_names_a_bad_detector_in_the_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _redact(tmp_path, '[redaction]\ndetectors = ["no-such-model"]\n', capsys)
    assert code == 1
    assert "redaction.detectors" in out and "no-such-model" in out and "redact.toml" in out
