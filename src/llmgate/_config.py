"""The config file: TOML read with ``tomllib``, validated by pydantic, errors that point.

Every problem becomes a ``ConfigError`` naming the file, the key path
(``routes.chat.targets[1]``) and what is wrong, because a config is written by a person who
needs to find the line. ``${VAR}`` (and ``${VAR:-default}``) read the environment; a missing
variable is an error, never an empty string that turns into a confusing 401 later.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from llmgate.errors import ConfigError

__all__ = ["Config", "RouteConfig", "find_config", "load_config", "parse_target"]

_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
EMBEDDED_DEFAULT: dict[str, Any] = {
    "default_route": "default",
    "providers": {
        "local": {
            "type": "llamacpp",
            "model": "smollm2-135m-instruct",
            "trust": "local",
            "cost_per_hour": 0.0,  # your own CPU: priced at $0, not "unknown"
        }
    },
    "routes": {"default": {"targets": ["local:smollm2-135m-instruct"]}},
}


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RouteConfig(_Section):
    targets: list[str] = Field(min_length=1)
    strategy: Literal["failover", "round-robin", "weighted", "least-latency", "cascade"] = (
        "failover"
    )
    weights: list[float] | None = None
    retries: int = Field(default=2, ge=0, le=20)
    retry_base_s: float = Field(default=0.25, gt=0)
    retry_max_s: float = Field(default=8.0, gt=0)
    timeout_s: float | None = Field(default=60.0, gt=0)
    on_stream_error: Literal["raise", "continue"] = "raise"
    hedge_after_s: float | None = Field(default=None, gt=0)
    content_filter: Literal["raise", "failover"] = "raise"
    on_rate_limit: Literal["wait", "failover"] = "wait"
    on_invalid_output: Literal["raise", "retry", "failover"] = "raise"
    # What an answer must pass (llmgate eval's check syntax); one that fails fails over.
    checks: list[str | dict[str, Any]] = Field(default_factory=list)


class BreakerSection(_Section):
    failure_threshold: int = Field(default=5, ge=1)
    failure_rate: float | None = Field(default=None, gt=0, le=1)
    window_s: float = Field(default=60.0, gt=0)
    min_calls: int = Field(default=10, ge=1)
    cooldown_s: float = Field(default=30.0, ge=0)
    probe_timeout_s: float | None = Field(default=60.0, gt=0)


class RedactionSection(_Section):
    mode: Literal["mask", "block", "local-only", "off"] = "off"
    entities: list[str] | None = None
    apply_to: list[Literal["external", "private", "local"]] = ["external"]
    cache_size: int = Field(default=1024, ge=0)
    # Names in the llmgate.detectors entry-point group to run beside the built-ins (e.g.
    # "spacy-person" from llmgate-spacy): extra recall at the cost of the plugin's speed.
    detectors: list[str] = Field(default_factory=list)
    # The shipped PERSON model beside the PERSON rules (docs/privacy.md); false: rules alone.
    person_model: bool = True
    # The shipped DATE_OF_BIRTH model beside the birth-date rules; false: rules alone.
    dob_model: bool = True


class CostsSection(_Section):
    ledger: str | None = None  # None: "memory" for a Client, the SQLite file for the CLI
    budgets: dict[str, Any] = Field(default_factory=dict)
    allow_unpriced: bool = False


class StateSection(_Section):
    """``[state]``: where breakers, budgets and rate limits are shared (docs/shared-state.md)."""

    backend: Literal["memory", "sqlite", "redis"] = "memory"
    url: SecretStr | None = None  # may hold a password: never shown in a repr
    prefix: str = Field(default="llmgate", min_length=1, pattern=r"^[^{}]+$")
    timeout_s: float = Field(default=0.5, gt=0)
    on_error: Literal["fail-closed", "fail-open"] = "fail-closed"
    limits_on_error: Literal["local", "fail-open", "fail-closed"] = "local"
    breaker_sync_s: float = Field(default=0.0, ge=0)


class LimitSection(_Section):
    """``[limits.NAME]``: limits every value of tag ``tag`` (default: NAME) gets on its own."""

    tag: str | None = None
    rpm: int | None = Field(default=None, ge=1)
    tpm: int | None = Field(default=None, ge=1)
    window_s: float = Field(default=60.0, gt=0)
    daily_usd: Decimal | None = Field(default=None, ge=0)
    monthly_usd: Decimal | None = Field(default=None, ge=0)
    total_usd: Decimal | None = Field(default=None, ge=0)


class TelemetrySection(_Section):
    otel: Literal["auto"] | bool = "auto"
    record_content: bool = False


class _File(_Section):
    default_route: str | None = None
    providers: dict[str, dict[str, Any]] = Field(default_factory=dict)
    routes: dict[str, RouteConfig] = Field(default_factory=dict)
    circuit_breaker: BreakerSection = BreakerSection()
    redaction: RedactionSection = RedactionSection()
    costs: CostsSection = CostsSection()
    pricing: dict[str, dict[str, Any]] = Field(default_factory=dict)
    telemetry: TelemetrySection = TelemetrySection()
    state: StateSection = StateSection()
    limits: dict[str, LimitSection] = Field(default_factory=dict)
    # Read and validated by `llmgate serve` (llmgate.gateway), which owns its keys; the core
    # accepts the table so one file serves the gateway, `llmgate chat` and `Client`.
    gateway: dict[str, Any] = Field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    """A validated config. ``providers`` keeps each table raw: its plugin validates it."""

    file: str | None
    default_route: str | None
    providers: Mapping[str, Mapping[str, Any]]
    routes: Mapping[str, RouteConfig]
    circuit_breaker: BreakerSection = field(default_factory=BreakerSection)
    redaction: RedactionSection = field(default_factory=RedactionSection)
    costs: CostsSection = field(default_factory=CostsSection)
    pricing: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    telemetry: TelemetrySection = field(default_factory=TelemetrySection)
    embedded: bool = False
    state: StateSection = field(default_factory=StateSection)
    limits: Mapping[str, LimitSection] = field(default_factory=dict)

    def error(self, problem: str, key: str | None = None) -> ConfigError:
        return ConfigError(problem, file=self.file, key=key)


def parse_target(target: str) -> tuple[str, str]:
    """Split ``"provider:model"``; the model part may itself hold colons (``ollama:llama3:8b``)."""
    provider, sep, model = target.partition(":")
    if not sep or not provider or not model:
        raise ValueError(f"target {target!r} must look like 'provider:model'")
    return provider, model


def find_config(path: str | os.PathLike[str] | None = None) -> Path | None:
    """The file ``Client()`` reads: the argument, else ``$LLMGATE_CONFIG``, else ./llmgate.toml."""
    if path is not None:
        return Path(path)
    env = os.environ.get("LLMGATE_CONFIG")
    if env:
        return Path(env)
    local = Path("llmgate.toml")
    return local if local.is_file() else None


def load_config(
    path: str | os.PathLike[str] | None = None, *, extra_providers: Iterable[str] = ()
) -> Config:
    found = find_config(path)
    if found is None:
        return from_mapping(EMBEDDED_DEFAULT, file="<embedded default>", embedded=True)
    file = str(found)
    try:
        data = tomllib.loads(found.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError("file not found", file=file) from exc
    except OSError as exc:
        raise ConfigError(f"cannot read the file: {exc.strerror}", file=file) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=file) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError("not UTF-8 text", file=file) from exc
    return from_mapping(data, file=file, extra_providers=extra_providers)


def from_mapping(
    data: Mapping[str, Any],
    *,
    file: str | None = None,
    embedded: bool = False,
    extra_providers: Iterable[str] = (),
) -> Config:
    expanded = _expand(data, "", file)
    try:
        parsed = _File.model_validate(expanded)
    except ValidationError as exc:
        raise _from_validation(exc, file) from None
    config = Config(
        file=file,
        default_route=parsed.default_route,
        providers={name: _protect(table) for name, table in parsed.providers.items()},
        routes=parsed.routes,
        circuit_breaker=parsed.circuit_breaker,
        redaction=parsed.redaction,
        costs=parsed.costs,
        pricing=parsed.pricing,
        telemetry=parsed.telemetry,
        embedded=embedded,
        state=parsed.state,
        limits=parsed.limits,
    )
    _check_references(config, set(extra_providers))
    return config


_SECRET_KEY = re.compile(r"key|secret|token|password", re.IGNORECASE)


def _protect(table: Mapping[str, Any]) -> dict[str, Any]:
    """Hold credential-looking values as ``SecretStr`` so no repr of a config shows them."""
    return {
        k: SecretStr(v) if isinstance(v, str) and _SECRET_KEY.search(k) else v
        for k, v in table.items()
    }


def _check_references(config: Config, extra: set[str]) -> None:
    for name, table in config.providers.items():
        if "type" not in table:
            raise config.error("missing required key 'type'", f"providers.{name}")
    for rname, route in config.routes.items():
        for i, target in enumerate(route.targets):
            key = f"routes.{rname}.targets[{i}]"
            try:
                provider, _ = parse_target(target)
            except ValueError as exc:
                raise config.error(str(exc), key) from None
            if provider not in config.providers and provider not in extra:
                known = ", ".join(sorted({*config.providers, *extra})) or "none"
                raise config.error(f"unknown provider {provider!r} (known: {known})", key)
        if route.weights is not None and len(route.weights) != len(route.targets):
            raise config.error(
                f"{len(route.weights)} weights for {len(route.targets)} targets",
                f"routes.{rname}.weights",
            )
        if route.strategy == "weighted" and route.weights is None:
            raise config.error("strategy 'weighted' needs 'weights'", f"routes.{rname}")
        problem = embedding_route_problem(route.targets)
        if problem is not None:
            raise config.error(problem, f"routes.{rname}.targets")
        if route.checks:
            from llmgate._checks import parse_checks  # the eval scorers: only when used

            checks = {name: r.checks for name, r in config.routes.items()}
            problems = parse_checks(route.checks, rname, checks)
            if problems:
                suffix, why = problems[0]
                raise config.error(why, f"routes.{rname}.{suffix}")
    if config.default_route is not None and config.default_route not in config.routes:
        raise config.error(f"no route named {config.default_route!r}", "default_route")
    if config.state.backend == "redis" and not (
        config.state.url and config.state.url.get_secret_value()
    ):
        raise config.error('backend "redis" needs url = "redis://host:6379/0"', "state.url")
    for key in config.pricing:
        if ":" not in key:
            raise config.error("pricing keys look like 'provider:model'", f"pricing.{key}")


# Name parts that mark an embedding model: "embed" (OpenAI's text-embedding-3-*,
# nomic-embed-*, Qwen3-Embedding) and the sentence-embedding families whose names do not
# say so (all-MiniLM-*, all-mpnet-*, BAAI's bge-*, Alibaba's gte-*).
EMBEDDING_NAME_PARTS = ("embed", "minilm", "mpnet", "bge-", "gte-")


def is_embedding_model(model: str) -> bool:
    """Whether ``model``'s name marks it as an embedding model (see the table above)."""
    name = model.lower()
    return any(part in name for part in EMBEDDING_NAME_PARTS)


def embedding_route_problem(targets: Iterable[str]) -> str | None:
    """Why these targets may not form one embedding route, or ``None``.

    Vectors of different models (or of one model at different sizes) are not comparable:
    an index built with one cannot be searched with another's. So an embedding route fails
    over only between targets naming the same model (the same model at another vendor or
    server). A route counts as an embedding route when a model's name says it is one
    (:data:`EMBEDDING_NAME_PARTS`).
    """
    models = {parse_target(t)[1] for t in targets if ":" in t}
    if len(models) > 1 and any(is_embedding_model(m) for m in models):
        return (
            "an embedding route may only fail over between targets of the same model "
            f"(vectors of different models are not interchangeable): {sorted(models)}"
        )
    return None


def _expand(value: Any, path: str, file: str | None) -> Any:
    if isinstance(value, str):
        return _expand_str(value, path, file)
    if isinstance(value, Mapping):
        return {k: _expand(v, f"{path}.{k}" if path else str(k), file) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, f"{path}[{i}]", file) for i, v in enumerate(value)]
    return value


def _expand_str(text: str, path: str, file: str | None) -> str:
    def sub(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        found = os.environ.get(name)
        if found is not None:
            return found
        if default is not None:
            return default
        raise ConfigError(f"environment variable ${{{name}}} is not set", file=file, key=path)

    return _VAR.sub(sub, text) if "${" in text else text


def format_loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _from_validation(exc: ValidationError, file: str | None, prefix: str = "") -> ConfigError:
    err = exc.errors()[0]
    loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    key = format_loc(loc)
    if prefix:
        key = f"{prefix}.{key}" if key else prefix
    kind = err["type"]
    if kind == "extra_forbidden":
        problem = "unknown key"
    elif kind == "missing":
        problem = "missing required key"
    elif kind == "literal_error":
        problem = f"{err['msg']}, got {err.get('input')!r}"
    else:
        problem = f"{err['msg']} (got {type(err.get('input')).__name__})"
    more = len(exc.errors()) - 1
    if more:
        problem += f" (and {more} more problem{'s' if more > 1 else ''})"
    return ConfigError(problem, file=file, key=key)


def validate_provider_settings(
    model: type[BaseModel], table: Mapping[str, Any], *, name: str, file: str | None
) -> Any:
    """Validate one ``[providers.NAME]`` table with its plugin's settings model.

    The validation context carries ``config_file`` (the file the table came from, or
    ``None``), so that a plugin can resolve a relative path against the config's folder.
    """
    try:
        return model.model_validate(dict(table), context={"config_file": file})
    except ValidationError as exc:
        raise _from_validation(exc, file, prefix=f"providers.{name}") from None
