"""The ``[gateway]`` table of the config file, and the split that keeps it from the core.

The core's config reader refuses tables it does not know (a typo must not pass
silently), so the gateway takes its own table out of the file before the rest goes to
the core, and validates it here with the same care::

    [gateway]
    host = "127.0.0.1"
    port = 8080
    keys = "sqlite:///.llmgate/keys.db"
    admin_key = "${LLMGATE_ADMIN_KEY}"
    auth = "keys"            # keys | none (no key needed: for a laptop, never a network)
    max_body_bytes = 4194304
    shutdown_grace_s = 30
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from llmgate import _config
from llmgate.errors import ConfigError
from llmgate.gateway._keys import DEFAULT_STORE

__all__ = ["GatewaySettings", "load", "load_settings"]

_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


class GatewaySettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    keys: str = DEFAULT_STORE
    admin_key: SecretStr | None = None
    auth: Literal["keys", "none"] = "keys"
    max_body_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    shutdown_grace_s: float = Field(default=30.0, ge=0)
    key_cache_s: float = Field(default=2.0, ge=0)
    metrics: bool = True
    # OpenAI requests to OpenAI-compatible targets are forwarded without the vendor SDK
    # (docs/gateway.md, "The pass-through"); false makes every attempt the SDK's.
    passthrough: bool = True


def _expand(value: Any, key: str, file: str) -> Any:
    if not isinstance(value, str) or "${" not in value:
        return value

    def sub(match: re.Match[str]) -> str:
        found = os.environ.get(match.group(1))
        if found is not None:
            return found
        if match.group(2) is not None:
            return match.group(2)
        problem = f"environment variable ${{{match.group(1)}}} is not set"
        raise ConfigError(problem, file=file, key=key)

    return _VAR.sub(sub, value)


def _read(path: str | os.PathLike[str] | None) -> tuple[str | None, dict[str, Any]]:
    found = _config.find_config(path)
    if found is None:
        return None, {}
    file = str(found)
    try:
        return file, tomllib.loads(Path(found).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError("file not found", file=file) from exc
    except OSError as exc:
        raise ConfigError(f"cannot read the file: {exc.strerror}", file=file) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=file) from exc


def _settings(data: dict[str, Any], file: str) -> GatewaySettings:
    table = data.pop("gateway", {})
    if not isinstance(table, dict):
        raise ConfigError("expected a [gateway] table", file=file, key="gateway")
    table = {k: _expand(v, f"gateway.{k}", file) for k, v in table.items()}
    try:
        return GatewaySettings.model_validate(table)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        problem = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise ConfigError(problem, file=file, key=f"gateway.{where}") from None


def load(path: str | os.PathLike[str] | None) -> tuple[_config.Config, GatewaySettings]:
    """The core config and the gateway settings of one file (``None``: as ``Client()``)."""
    file, data = _read(path)
    if file is None:
        return _config.load_config(None), GatewaySettings()
    settings = _settings(data, file)
    return _config.from_mapping(data, file=file), settings


def load_settings(path: str | os.PathLike[str] | None) -> tuple[GatewaySettings, list[str]]:
    """Only the ``[gateway]`` table and the route names: what ``llmgate keys`` needs, without
    reading provider secrets that a key-management shell may not have in its environment."""
    file, data = _read(path)
    if file is None:
        return GatewaySettings(), []
    routes = data.get("routes")
    return _settings(data, file), sorted(routes) if isinstance(routes, dict) else []
