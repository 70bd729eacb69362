from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from llmgate import Client, _registry
from llmgate._config import load_config
from llmgate.errors import ConfigError
from llmgate.provider import ChatRequest, Completion, ProviderSettings
from llmgate.testing import ScriptedProvider


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "llmgate.toml"
    path.write_text(text)
    return path


GOOD = """
default_route = "chat"

[providers.openai]
type = "openai"
api_key = "${TEST_OPENAI_KEY}"

[providers.claude]
type = "anthropic"
api_key = "${TEST_ANTHROPIC_KEY:-sk-ant-fallback-value}"

[providers.vllm]
type = "openai"
base_url = "http://127.0.0.1:9/v1"
trust = "private"

[routes.chat]
targets = ["openai:gpt-4o-mini", "claude:claude-haiku-4-5", "vllm:llama3:8b"]
retries = 1
timeout_s = 20
"""


def test_good_file_with_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_OPENAI_KEY", "sk-test-1234567890abcdef")
    cfg = load_config(write(tmp_path, GOOD))
    assert cfg.default_route == "chat"
    assert cfg.providers["openai"]["api_key"].get_secret_value() == "sk-test-1234567890abcdef"
    assert cfg.providers["claude"]["api_key"].get_secret_value() == "sk-ant-fallback-value"
    assert "sk-test-1234567890abcdef" not in repr(cfg)
    assert cfg.routes["chat"].targets[2] == "vllm:llama3:8b"
    assert cfg.routes["chat"].retries == 1


def test_missing_variable_names_file_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TEST_OPENAI_KEY", raising=False)
    path = write(tmp_path, GOOD)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.file == str(path)
    assert info.value.key == "providers.openai.api_key"
    assert "TEST_OPENAI_KEY" in info.value.problem
    assert str(path) in str(info.value)


def test_unknown_provider_in_route(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[providers.a]
type = "openai"
base_url = "http://127.0.0.1:9/v1"
[routes.chat]
targets = ["a:m", "nope:m"]
""",
    )
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.key == "routes.chat.targets[1]"
    assert "unknown provider 'nope'" in info.value.problem


def test_wrong_type_and_unknown_key(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, '[routes.chat]\ntargets = ["a:m"]\nretries = "two"\n'))
    assert info.value.key == "routes.chat.retries"
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, '[routes.chat]\ntargets = ["a:m"]\nretrys = 2\n'))
    assert info.value.key == "routes.chat.retrys"
    assert info.value.problem == "unknown key"


def test_bad_strategy_literal(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, '[routes.r]\ntargets = ["a:m"]\nstrategy = "random"\n'))
    assert info.value.key == "routes.r.strategy"
    assert "random" in info.value.problem


def test_target_without_model(tmp_path: Path) -> None:
    path = write(tmp_path, '[providers.a]\ntype = "x"\n[routes.r]\ntargets = ["a"]\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.key == "routes.r.targets[0]"


def test_not_toml(tmp_path: Path) -> None:
    path = write(tmp_path, "this is = = not toml")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.file == str(path)
    assert "TOML" in info.value.problem


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "absent.toml")


def test_unknown_provider_type_names_install(tmp_path: Path) -> None:
    path = write(tmp_path, '[providers.x]\ntype = "nosuchvendor"\n')
    with pytest.raises(ConfigError) as info:
        Client(path)
    assert info.value.key == "providers.x.type"
    assert "nosuchvendor" in info.value.problem


def test_plugin_settings_are_validated_with_key_path(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[providers.o]\ntype = "openai"\nbase_url = "http://127.0.0.1:9"\ntimeout_s = "soon"\n',
    )
    with pytest.raises(ConfigError) as info:
        Client(path)
    assert info.value.key == "providers.o.timeout_s"
    assert info.value.file == str(path)


def test_plugin_unknown_key(tmp_path: Path) -> None:
    path = write(tmp_path, '[providers.o]\ntype = "openai"\nbase_url = "http://x"\nmodle = 1\n')
    with pytest.raises(ConfigError) as info:
        Client(path)
    assert info.value.key == "providers.o.modle"


def test_default_route_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, 'default_route = "nope"\n'))
    assert info.value.key == "default_route"


def test_env_var_config_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, '[routes.r]\ntargets = ["s:m"]\n')
    monkeypatch.setenv("LLMGATE_CONFIG", str(path))
    client = Client(providers={"s": ScriptedProvider("s")})
    try:
        assert client.config.file == str(path)
        assert client.chat("r", "ping").text == "ping"
    finally:
        client.close()


def test_embedded_default_without_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LLMGATE_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    cfg = load_config(None)
    assert cfg.embedded
    assert cfg.default_route == "default"
    assert cfg.providers["local"]["type"] == "llamacpp"


def test_unknown_route_is_config_error() -> None:
    client = Client({}, providers={"s": ScriptedProvider("s")})
    try:
        with pytest.raises(ConfigError, match="unknown route 'chat'"):
            client.chat("chat", "hi")
        with pytest.raises(ConfigError, match="unknown provider 'zz'"):
            client.chat("zz:model", "hi")
        assert client.chat("s:model", "hi").model == "model"
    finally:
        client.close()


# -- the key path of a provider's ConfigError: one rule -------------------------------------
# Whoever raises a ConfigError names the full key path from the top of the file (a provider
# through Provider.config_error); the Client adds only the file. Checked for every provider
# type, from a dict and from a TOML file, at construction and at the first call.


class NeedsToken(ScriptedProvider):
    """A third-party plugin with a required key of its own, checked when it is built."""

    settings_model = ProviderSettings

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        super().__init__(name)
        raise self.config_error("a token is required", "token")


class LoadsLazily(ScriptedProvider):
    """A plugin whose resource is found missing only on its first call (as a local model)."""

    async def complete(self, request: ChatRequest) -> Completion:
        raise self.config_error("weights not found", "model_path")


def toml_of(tables: dict[str, dict[str, object]]) -> str:
    lines = []
    for name, table in tables.items():
        lines.append(f"[providers.{name}]")
        lines += [f"{k} = {v!r}".replace("'", '"') for k, v in table.items()]
    return "\n".join(lines) + "\n"


def build_error(tmp_path: Path, source: str, tables: dict[str, dict[str, object]]) -> ConfigError:
    """The ConfigError of ``Client(...)`` for these provider tables, from a dict or a file."""
    config: dict[str, object] | Path = {"providers": tables}
    if source == "toml":
        config = write(tmp_path, toml_of(tables))
    with pytest.raises(ConfigError) as info:
        Client(config)
    return info.value


def where(tmp_path: Path, source: str) -> str:
    return str(tmp_path / "llmgate.toml") if source == "toml" else "<dict>"


@pytest.mark.parametrize("source", ["dict", "toml"])
@pytest.mark.parametrize(
    ("tables", "key", "problem"),
    [
        ({"oa": {"type": "openai"}}, "providers.oa.api_key", "API key"),
        ({"claude": {"type": "anthropic"}}, "providers.claude.api_key", "API key"),
        ({"claude": {"type": "anthropic", "api_key": ""}}, "providers.claude.api_key", "API key"),
        (
            {"local": {"type": "llamacpp", "model": "smollm2-135m-instruct", "n_ctx": -1}},
            "providers.local.n_ctx",
            "greater than or equal to 0",
        ),
        (
            {"local": {"type": "llamacpp", "model": "smollm2-135m-instruct", "api_key": "k"}},
            "providers.local",
            "mean nothing to an in-process model",
        ),
        ({"oa": {"type": "openai", "base_url": "http://x", "n_ctx": 1}}, "providers.oa.n_ctx", ""),
    ],
    ids=["openai", "anthropic", "anthropic-empty", "llamacpp-field", "llamacpp-table", "unknown"],
)
def test_provider_config_errors_name_the_key_once_and_the_file(
    tmp_path: Path, source: str, tables: dict[str, dict[str, object]], key: str, problem: str
) -> None:
    err = build_error(tmp_path, source, tables)
    assert (err.key, err.file) == (key, where(tmp_path, source))
    assert problem in err.problem
    assert str(err).startswith(f"{where(tmp_path, source)}, key {key}: ")


@pytest.mark.parametrize("source", ["dict", "toml"])
def test_a_plugin_built_from_config_names_its_key_once(
    tmp_path: Path, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Stands in for an installed entry point of type "needs-token".
    monkeypatch.setitem(_registry._loaded, "needs-token", NeedsToken)
    err = build_error(tmp_path, source, {"mine": {"type": "needs-token"}})
    assert (err.key, err.file) == ("providers.mine.token", where(tmp_path, source))


def test_a_provider_built_directly_names_the_full_key() -> None:
    with pytest.raises(ConfigError) as info:
        NeedsToken("mine", ProviderSettings(type="needs-token"))
    assert (info.value.key, info.value.file) == ("providers.mine.token", None)


@pytest.mark.parametrize("source", ["dict", "toml"])
async def test_a_config_error_at_the_first_call_names_key_and_file(
    tmp_path: Path, source: str
) -> None:
    # A plugin handed in through providers=, under a route of the config.
    config: dict[str, object] | Path = {"routes": {"r": {"targets": ["p:m"]}}}
    if source == "toml":
        config = write(tmp_path, '[routes.r]\ntargets = ["p:m"]\n')
    client = Client(config, providers={"p": LoadsLazily("p")})
    try:
        for call in ("sync", "async"):
            with pytest.raises(ConfigError) as info:
                if call == "sync":
                    await asyncio.to_thread(client.chat, "r", "hi")
                else:
                    await client.achat("r", "hi")
            assert info.value.key == "providers.p.model_path"
            assert info.value.file == where(tmp_path, source)
    finally:
        await client.aclose()


@pytest.mark.parametrize("source", ["dict", "toml"])
def test_a_local_model_missing_at_load_names_key_and_file(tmp_path: Path, source: str) -> None:
    missing = str(tmp_path / "absent.gguf")
    tables: dict[str, dict[str, object]] = {"local": {"type": "llamacpp", "model_path": missing}}
    config: dict[str, object] | Path = {"providers": tables}
    if source == "toml":
        config = write(tmp_path, toml_of(tables))
    with Client(config) as client, pytest.raises(ConfigError) as info:
        client.chat("local:absent", "hi")
    assert info.value.key == "providers.local.model_path"
    assert info.value.file == where(tmp_path, source)
    assert missing in info.value.problem
