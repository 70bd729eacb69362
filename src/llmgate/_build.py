"""How a client's config becomes its providers and routes.

Kept apart from ``_client.py`` so the client reads as the public surface it is; these run
once per provider (at construction) and once per route (on its first call).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from llmgate import _config, errors
from llmgate._registry import load_provider_class
from llmgate.provider import Provider
from llmgate.routing import RetryPolicy, Route, Target, make_strategy

if TYPE_CHECKING:
    from llmgate._checks import RouteChecks

__all__ = ["RouteCache", "build_route", "located", "make_provider", "make_providers"]


def make_providers(
    cfg: _config.Config, given: Mapping[str, Provider] | None
) -> tuple[dict[str, Provider], list[Provider]]:
    """Every provider of ``cfg``: the ones ``given`` (ready objects, bypassing plugin
    discovery) and the ones built here, which are returned apart as the client's to close;
    the ones handed in stay the caller's."""
    providers = dict(given or {})
    owned: list[Provider] = []
    for name, table in cfg.providers.items():
        if name not in providers:
            providers[name] = make_provider(cfg, name, table)
            owned.append(providers[name])
    return providers, owned


def make_provider(cfg: _config.Config, name: str, table: Mapping[str, Any]) -> Provider:
    type_name = table.get("type")
    if not isinstance(type_name, str):
        raise cfg.error("'type' must be a string", f"providers.{name}.type")
    cls = load_provider_class(type_name, file=cfg.file, key=f"providers.{name}.type")
    settings = _config.validate_provider_settings(
        cls.settings_model, table, name=name, file=cfg.file
    )
    try:
        return cls(name, settings)
    except errors.ConfigError as exc:
        raise located(exc, cfg.file) from exc.__cause__


def located(exc: errors.ConfigError, file: str | None) -> errors.ConfigError:
    """``exc`` naming the config file too.

    The one rule for keys: whoever raises a ``ConfigError`` names the full key path from
    the top of the file (a provider through :meth:`Provider.config_error`, which writes
    ``providers.NAME.KEY``). The client only adds the file it read, never a prefix.
    """
    if exc.file is not None or file is None:
        return exc
    return errors.ConfigError(exc.problem, file=file, key=exc.key)


def build_route(
    config: _config.Config,
    providers: Mapping[str, Provider],
    name: str,
    *,
    price: Callable[[Target], Decimal | None] | None = None,
    checks: Callable[[Sequence[Any]], RouteChecks | None] | None = None,
) -> Route:
    """The route a call to ``name`` takes: a ``[routes.NAME]`` table or ``"provider:model"``.

    ``price`` is what a target charges for a typical request (a ``cascade`` orders its
    targets by it); ``checks`` builds the route's answer checks from its ``checks`` specs.
    Both come from the client, which holds the price table and runs judge calls.
    """
    rc = config.routes.get(name)
    if rc is None:
        try:
            provider, _model = _config.parse_target(name)
        except ValueError:
            known = ", ".join(sorted(config.routes)) or "none"
            raise errors.ConfigError(
                f"unknown route {name!r} (routes: {known}; or use 'provider:model')",
                file=config.file,
            ) from None
        if provider not in providers:
            known = ", ".join(sorted(providers)) or "none"
            raise errors.ConfigError(
                f"unknown provider {provider!r} in {name!r} (providers: {known})",
                file=config.file,
            )
        rc = _config.RouteConfig(targets=[name])
    targets: dict[str, Target] = {}
    for key in rc.targets:
        pname, model = _config.parse_target(key)
        instance = providers[pname]
        ptype = str(config.providers.get(pname, {}).get("type", type(instance).__name__))
        targets[key] = Target(key, pname, ptype, model, instance)
    costs = None
    if rc.strategy == "cascade" and price is not None:
        costs = [price(t) for t in targets.values()]
    return Route(
        name=name,
        targets=targets,
        strategy=make_strategy(rc.strategy, list(targets), rc.weights, costs=costs),
        retry=RetryPolicy(rc.retries, rc.retry_base_s, max(rc.retry_max_s, rc.retry_base_s)),
        timeout_s=rc.timeout_s,
        on_stream_error=rc.on_stream_error,
        hedge_after_s=rc.hedge_after_s,
        content_filter=rc.content_filter,
        on_rate_limit=rc.on_rate_limit,
        on_invalid_output=rc.on_invalid_output,
        checks=checks(rc.checks) if checks is not None and rc.checks else None,
    )


class RouteCache:
    """Each route built once, on its first call, and shared by every call after it."""

    def __init__(
        self,
        cfg: _config.Config,
        providers: Mapping[str, Provider],
        price: Callable[[Target], Decimal | None],
        checks: Callable[[Sequence[Any]], RouteChecks | None],
    ) -> None:
        self._cfg = cfg
        self._providers = providers
        self._price = price
        self._checks = checks
        self._routes: dict[str, Route] = {}
        self._lock = threading.Lock()

    def get(self, name: str | None) -> Route:
        name = name or self._cfg.default_route
        if name is None:
            raise errors.ConfigError(
                "no route given and no default_route in the config", file=self._cfg.file
            )
        route = self._routes.get(name)
        if route is not None:
            return route
        with self._lock:
            route = self._routes.get(name)
            if route is None:
                route = self._routes[name] = build_route(
                    self._cfg, self._providers, name, price=self._price, checks=self._checks
                )
            return route
