"""The report model: per-target accumulators fed one result at a time, and the summary.

Accumulators keep counters, running sums and one float per row for latency percentiles,
never answers, so a large dataset runs in flat memory. :class:`EvalReport` is plain data
that round-trips through JSON (``to_dict``/``from_dict``): the same file is the ``--json``
output and a later run's ``--baseline``.
"""

from __future__ import annotations

import json
from array import array
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from llmgate.eval._scorers import Score
from llmgate.eval._stats import mean_interval, percentile, wilson

__all__ = ["EvalReport", "Result", "TargetAccumulator", "TargetReport"]

FORMAT_VERSION = 1
_QUANTILES = (0, 5, 25, 50, 75, 95, 100)


@dataclass(slots=True)
class Result:
    """One row through one target, scored (what the runner hands the accumulator)."""

    target: str
    row_key: str
    tags: tuple[str, ...]
    text: str = ""
    error: str | None = None
    latency_s: float = 0.0
    cost: Decimal | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    masked: int = 0
    provider: str | None = None
    model: str | None = None
    trust: str | None = None
    scores: list[Score] = field(default_factory=list)
    score: float | None = None
    passed: bool | None = None
    ttft_s: float | None = None
    cached: bool = False


@dataclass(slots=True)
class _Tally:
    rows: int = 0
    scored: int = 0
    passed: int = 0
    score_sum: float = 0.0
    score_sq: float = 0.0
    cost: Decimal = Decimal(0)
    unpriced: int = 0

    def add(self, score: float | None, passed: bool | None, cost: Decimal | None = None) -> None:
        self.rows += 1
        if cost is None:
            self.unpriced += 1
        else:
            self.cost += cost
        if score is None:
            return
        self.scored += 1
        self.passed += bool(passed)
        self.score_sum += score
        self.score_sq += score * score

    def quality(self) -> dict[str, Any]:
        n = self.scored
        rate = wilson(self.passed, n)
        mean = mean_interval(self.score_sum, self.score_sq, n)
        return {
            "rows": self.rows,
            "scored": n,
            "passed": self.passed,
            "pass_rate": self.passed / n if n else None,
            "pass_rate_ci95": list(rate) if rate else None,
            "mean_score": self.score_sum / n if n else None,
            "mean_score_ci95": list(mean) if mean else None,
        }

    def with_cost(self) -> dict[str, Any]:
        """The quality block plus what these rows cost (a tag's rows may be longer or
        shorter than the others: ``--suggest`` ranks a tag's targets on this)."""
        return {
            **self.quality(),
            "cost_usd": None if self.rows and self.unpriced == self.rows else str(self.cost),
            "per_1000_rows_usd": _per_1000(self.cost, self.rows) if not self.unpriced else None,
        }


def _per_1000(cost: Decimal, rows: int) -> str | None:
    return str((cost * 1000 / rows).quantize(Decimal("1e-6"))) if rows else None


class TargetAccumulator:
    """Everything one target's report needs, added one :class:`Result` at a time."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.all = _Tally()
        self.tags: dict[str, _Tally] = {}
        # 8 bytes a row (a list of floats takes 32): exact percentiles, nearly flat memory.
        self.latencies = array("d")
        self.ttfts = array("d")
        self.cost = Decimal(0)
        self.unpriced = 0
        self.errors: Counter[str] = Counter()
        self.masked = 0
        self.masked_rows = 0
        self.trust: set[str] = set()
        self.models: set[str] = set()
        self.output_tokens = 0
        self.input_tokens = 0
        self.busy_s = 0.0
        self.cached = 0
        self.check_fails: Counter[str] = Counter()
        # The redaction mode that applies to this target: mask, block, local-only, "none"
        # (its trust is not redacted) or off.
        self.redaction = "off"

    def add(self, r: Result) -> None:
        self.all.add(r.score, r.passed)
        for tag in r.tags:
            self.tags.setdefault(tag, _Tally()).add(r.score, r.passed, r.cost)
        if r.cost is None:
            self.unpriced += 1
        else:
            self.cost += r.cost
        self.cached += r.cached
        self.masked += r.masked
        self.masked_rows += r.masked > 0
        if r.trust:
            self.trust.add(r.trust)
        if r.error is not None:
            self.errors[r.error] += 1
        else:
            self.latencies.append(r.latency_s)
            if r.ttft_s is not None:
                self.ttfts.append(r.ttft_s)
            self.busy_s += r.latency_s
            self.output_tokens += r.output_tokens
            self.input_tokens += r.input_tokens
            if r.model:
                self.models.add(r.model)
        for s in r.scores:
            if not s.passed:
                self.check_fails[s.name] += 1

    def _would_block(self, blocked: int) -> int | None:
        """Rows that ``[redaction] mode = "block"`` would refuse to send to this target:
        those it blocked, or under ``mask`` those it masked something in; 0 when the
        target's trust is not redacted, unknown (None) when redaction is off."""
        if self.redaction == "off":
            return None
        if self.redaction == "none":
            return 0
        return self.masked_rows if self.redaction == "mask" else blocked

    def summary(self) -> TargetReport:
        lat, ttft = sorted(self.latencies), sorted(self.ttfts)
        rows = self.all.rows
        blocked = self.errors.get("PrivacyViolationError", 0)
        return TargetReport(
            target=self.target,
            quality=self.all.quality(),
            cost={
                # Unknown is never shown as 0: no total when nothing was priced, no rate per
                # 1,000 rows when some rows were not.
                "total_usd": None if rows and self.unpriced == rows else str(self.cost),
                "per_1000_rows_usd": _per_1000(self.cost, rows) if not self.unpriced else None,
                "unpriced_rows": self.unpriced,
            },
            latency={
                "p50_s": percentile(lat, 50),
                "p95_s": percentile(lat, 95),
                "quantiles_s": {str(q): percentile(lat, q) for q in _QUANTILES} if lat else {},
                # time to first token: only when the eval streamed (``stream=True``)
                "ttft_p50_s": percentile(ttft, 50),
                "ttft_p95_s": percentile(ttft, 95),
            },
            tokens={
                "input": self.input_tokens,
                "output": self.output_tokens,
                "output_per_s": self.output_tokens / self.busy_s if self.busy_s else None,
            },
            errors=dict(sorted(self.errors.items())),
            privacy={
                "trust": sorted(self.trust),
                "masked_values": self.masked,
                "masked_rows": self.masked_rows,
                "blocked_rows": blocked,
                "would_block_rows": self._would_block(blocked),
                "redaction": self.redaction,
                "stayed_local": bool(self.trust) and self.trust == {"local"},
            },
            tags={t: tally.with_cost() for t, tally in sorted(self.tags.items())},
            failed_checks=dict(sorted(self.check_fails.items())),
            models=sorted(self.models),
            cached_rows=self.cached,
        )


@dataclass(slots=True)
class TargetReport:
    """One target's numbers; every field is JSON-ready (money as decimal strings)::

    t = report.target("openai:gpt-4o-mini")
    t.pass_rate, t.quality["pass_rate_ci95"], t.total_cost, t.latency["p95_s"]
    t.errors                  # {"RateLimitError": 2}
    t.privacy["stayed_local"], t.tags["billing"]["pass_rate"]
    """

    target: str
    quality: dict[str, Any]
    cost: dict[str, Any]
    latency: dict[str, Any]
    tokens: dict[str, Any]
    errors: dict[str, int]
    privacy: dict[str, Any]
    tags: dict[str, dict[str, Any]]
    failed_checks: dict[str, int] = field(default_factory=dict)
    models: list[str] = field(default_factory=list)
    cached_rows: int = 0

    @property
    def rows(self) -> int:
        return int(self.quality["rows"])

    @property
    def pass_rate(self) -> float | None:
        value = self.quality.get("pass_rate")
        return None if value is None else float(value)

    @property
    def mean_score(self) -> float | None:
        value = self.quality.get("mean_score")
        return None if value is None else float(value)

    @property
    def total_cost(self) -> Decimal:
        """What the priced rows cost (0 when none was priced: see ``cost["unpriced_rows"]``)."""
        return Decimal(self.cost["total_usd"] or 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "quality": self.quality,
            "cost": self.cost,
            "latency": self.latency,
            "tokens": self.tokens,
            "errors": self.errors,
            "privacy": self.privacy,
            "tags": self.tags,
            "failed_checks": self.failed_checks,
            "models": self.models,
            "cached_rows": self.cached_rows,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TargetReport:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@dataclass(slots=True)
class EvalReport:
    """The result of ``client.eval(...)`` / ``llmgate eval``: one :class:`TargetReport` per
    target, the settings that make it reproducible, and the judge's cost apart.

    ::

        report = client.eval("cases.jsonl", targets=["openai:gpt-4o-mini", "local:smollm2"])
        for t in report.targets:
            print(t.target, t.pass_rate, t.total_cost, t.latency["p95_s"])
        report.write_html("report.html")
    """

    dataset: str
    settings: dict[str, Any]
    targets: list[TargetReport]
    judge: dict[str, Any] = field(default_factory=dict)
    created: str = ""

    def target(self, name: str) -> TargetReport:
        for t in self.targets:
            if t.target == name:
                return t
        raise KeyError(name)

    @property
    def total_cost(self) -> Decimal:
        """Targets plus judge: what the eval spent (equals the ledger's rows of the run)."""
        return sum((t.total_cost for t in self.targets), Decimal(0)) + Decimal(
            self.judge.get("cost_usd", "0")
        )

    def below(self, min_score: float) -> list[str]:
        """Targets whose mean score is under ``min_score`` (the CI gate's failures)."""
        return [t.target for t in self.targets if (t.mean_score or 0.0) < min_score]

    def to_dict(self) -> dict[str, Any]:
        return {
            "llmgate_eval": FORMAT_VERSION,
            "dataset": self.dataset,
            "created": self.created,
            "settings": self.settings,
            "judge": self.judge,
            "targets": [t.to_dict() for t in self.targets],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EvalReport:
        if data.get("llmgate_eval") != FORMAT_VERSION:
            raise ValueError("not an llmgate eval report (missing 'llmgate_eval': 1)")
        return cls(
            dataset=str(data.get("dataset", "")),
            settings=dict(data.get("settings", {})),
            targets=[TargetReport.from_dict(t) for t in data.get("targets", [])],
            judge=dict(data.get("judge", {})),
            created=str(data.get("created", "")),
        )

    @classmethod
    def load(cls, path: str) -> EvalReport:
        with open(path, encoding="utf-8") as handle:
            return cls.from_dict(json.load(handle))

    # Renderers live in their own modules; these are the entry points users see.
    def to_text(self, baseline: EvalReport | None = None) -> str:
        from llmgate.eval._render import render_text

        return render_text(self, baseline)

    def to_csv(self) -> str:
        from llmgate.eval._render import render_csv

        return render_csv(self)

    def to_html(self, baseline: EvalReport | None = None) -> str:
        from llmgate.eval._html import render_html

        return render_html(self, baseline)

    def write_json(self, path: str) -> None:
        _write(path, self.to_json() + "\n")

    def write_csv(self, path: str) -> None:
        _write(path, self.to_csv())

    def write_html(self, path: str, baseline: EvalReport | None = None) -> None:
        _write(path, self.to_html(baseline))


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
