"""The settings an eval report records so that a run can be reproduced and judged:
the limits it ran under, the scorers, the price table's date, the redaction that applied,
llmgate's version. Kept apart from the runner, which is about running."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from llmgate import errors
from llmgate.eval._schema import ENGINE
from llmgate.eval._scorers import Check

if TYPE_CHECKING:
    from llmgate._config import Config

__all__ = ["DEFAULT_CONCURRENCY", "describe", "limits_for", "llmgate_version", "prices_as_of",
           "redaction_for", "run_settings"]  # fmt: skip

DEFAULT_CONCURRENCY = 4  # calls in flight per target


def llmgate_version() -> str:
    try:
        return version("llmgate")
    except PackageNotFoundError:  # pragma: no cover - a source checkout without metadata
        return "unknown"


def limits_for(
    targets: Sequence[str], concurrency: int | Mapping[str, int]
) -> tuple[dict[str, int], int]:
    """Calls in flight per target, and for the judge: one number for all, or a mapping of
    targets to numbers where ``"*"`` (default 4) stands for the others and the judge."""
    given = {"*": concurrency} if isinstance(concurrency, int) else dict(concurrency)
    unknown = sorted(set(given) - {*targets, "*"})
    if unknown:
        raise errors.BadRequestError(f"concurrency for targets not in the eval: {unknown}")
    default = given.get("*", DEFAULT_CONCURRENCY)
    limits = {t: given.get(t, default) for t in targets}
    if any(not isinstance(n, int) or n < 1 for n in [*limits.values(), default]):
        raise errors.BadRequestError("concurrency must be a whole number, at least 1")
    return limits, default


def redaction_for(cfg: Config, trusts: set[str]) -> str:
    """The redaction mode that applies to a target of these trusts: the configured mode,
    ``"none"`` when its trust is not redacted, ``"off"`` when redaction is off."""
    r = cfg.redaction
    if r.mode == "off":
        return "off"
    return r.mode if trusts & set(r.apply_to) else "none"


def describe(check: Check) -> dict[str, Any]:
    return {"type": check.type, "weight": check.weight, "threshold": check.threshold,
            **{k: v for k, v in check.options.items() if k != "schema"}}  # fmt: skip


def prices_as_of() -> str | None:
    from llmgate.costs import PriceTable

    return PriceTable.builtin().as_of


def run_settings(
    cfg: Config,
    *,
    targets: Sequence[str],
    params: Mapping[str, Any],
    judge_params: Mapping[str, Any],
    limits: Mapping[str, int],
    failover: bool,
    stream: bool,
    checks: Sequence[Check],
    models: Mapping[str, Any],
    served: Mapping[str, list[str]],
    rows: int,
    dataset_sha256: str,
    cache_dir: str | os.PathLike[str] | None,
) -> dict[str, Any]:
    """The report's ``settings``: what ran, under which limits, prices and redaction."""
    providers = {p for names in served.values() for p in (n.partition(":")[0] for n in names)}
    return {
        "params": dict(params),
        "judge_params": dict(judge_params),
        "concurrency": dict(limits),
        "failover": failover,
        "stream": stream,
        "scorers": [describe(c) for c in checks],
        "json_schema_engine": ENGINE,
        "prices_as_of": prices_as_of(),
        # Prices from the config's [pricing] table instead of the dated one above.
        "prices_from_config": sorted(
            k for k in cfg.pricing if k in targets or k.partition(":")[0] in providers
        ),
        "models": dict(models),
        "redaction": {"mode": cfg.redaction.mode, "apply_to": list(cfg.redaction.apply_to)},
        "served_by": dict(served),
        "rows": rows,
        "dataset_sha256": dataset_sha256,
        "llmgate_version": llmgate_version(),
        "cache": None if cache_dir is None else os.fspath(cache_dir),
    }
