"""Prices per million tokens, and the exact arithmetic that turns usage into dollars.

Money is ``Decimal`` end to end: prices are parsed from strings (never through a float),
token counts are integers, and every cost is quantized to :data:`COST_QUANTUM` (1e-10 USD)
with banker's rounding. Vendor prices have at most four decimals per million tokens, so a
per-token rate has at most ten decimals and quantizing loses nothing for table prices; the
quantum only matters for user prices with more digits and for ``cost_for_time``.

A cost is ``Decimal | None``: ``None`` means "unknown" (no price for this model) and must
never be shown or summed as 0::

    table = PriceTable.builtin().with_overrides({"openai:gpt-4o-mini": {"input": "0.10"}})
    price = table.lookup("openai", "openai", "gpt-4o-mini-2024-07-18")
    if price is not None:
        usd = cost(usage, price)
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation
from importlib import resources
from typing import Any

from llmgate._types import Usage
from llmgate.costs.finetunes import parse_fine_tune
from llmgate.errors import ConfigError

__all__ = [
    "COST_QUANTUM",
    "Price",
    "PriceTable",
    "cost",
    "cost_for_time",
    "normalize_model",
    "to_decimal",
    "worst_case",
]

COST_QUANTUM = Decimal("1e-10")
_MILLION = Decimal(1_000_000)
_HOUR = Decimal(3600)
# Enough digits that no intermediate product is ever rounded: 1e12 tokens x 1e6 USD/Mtok
# needs ~30 significant digits; the context is local so the caller's decimal settings
# (which are thread-global) cannot change a bill.
_CTX = Context(prec=60, rounding=ROUND_HALF_EVEN)
_SNAPSHOT_SUFFIX = re.compile(r"-(?:\d{4}-\d{2}-\d{2}|\d{8}|latest)$")
_RATE_FIELDS = ("input", "output", "cached_input", "cache_write", "reasoning")
_INT_FIELDS = ("max_output_tokens", "context_window")


def to_decimal(value: Any, where: str = "value") -> Decimal:
    """Parse a price or amount given as str, int, float or Decimal, exactly.

    A float goes through its shortest ``repr`` (``0.15`` -> ``Decimal("0.15")``), never its
    binary expansion, so TOML's floats give the price the user wrote.
    """
    if isinstance(value, bool):
        raise ConfigError(f"expected a number, got {value!r}", key=where)
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int | str):
        try:
            result = Decimal(str(value).strip())
        except InvalidOperation:
            raise ConfigError(f"not a number: {value!r}", key=where) from None
    elif isinstance(value, float):
        result = Decimal(repr(value))
    else:
        raise ConfigError(f"expected a number, got {type(value).__name__}", key=where)
    if not result.is_finite() or result < 0:
        raise ConfigError(f"must be a finite number >= 0, got {value!r}", key=where)
    return result


def normalize_model(model: str) -> str:
    """Strip one dated-snapshot or ``-latest`` suffix: the documented snapshot rule.

    ``gpt-4o-mini-2024-07-18`` -> ``gpt-4o-mini`` (OpenAI's ``-YYYY-MM-DD``),
    ``claude-haiku-4-5-20251001`` -> ``claude-haiku-4-5`` (Anthropic's ``-YYYYMMDD``),
    ``claude-3-7-sonnet-latest`` -> ``claude-3-7-sonnet``. Anything else is returned as is.
    """
    return _SNAPSHOT_SUFFIX.sub("", model)


@dataclass(frozen=True, slots=True)
class Price:
    """One model's rates in USD per million tokens, plus the limits budgets need.

    ``cached_input`` and ``cache_write`` left ``None`` bill those tokens at ``input``;
    ``reasoning`` left ``None`` bills reasoning tokens at ``output`` (both vendors do).
    ``long_context`` holds the rates that apply to a whole request whose prompt
    (``Usage.input_tokens``, cache reads and writes included) exceeds
    ``long_context_threshold``, as Anthropic's Sonnet 4.x bill above 200K tokens::

        Price(input=Decimal("0.15"), output=Decimal("0.60"), cached_input=Decimal("0.075"))
    """

    input: Decimal
    output: Decimal = Decimal(0)
    cached_input: Decimal | None = None
    cache_write: Decimal | None = None
    reasoning: Decimal | None = None
    max_output_tokens: int | None = None
    context_window: int | None = None
    long_context_threshold: int | None = None
    long_context: Price | None = None
    free: bool = False
    kind: str = "chat"
    source: str | None = None

    @classmethod
    def from_mapping(
        cls, data: Mapping[str, Any], *, base: Price | None = None, where: str = "price"
    ) -> Price:
        """Build a price from a table entry or a ``[pricing."p:m"]`` override.

        Fields missing from ``data`` keep ``base``'s value (the built-in entry an override
        refines), so overriding ``input`` alone keeps the model's ``max_output_tokens``.
        """
        if not isinstance(data, Mapping):
            raise ConfigError("expected a table of prices", key=where)
        known = {*_RATE_FIELDS, *_INT_FIELDS, "free", "kind", "source", "long_context"}
        extra = sorted(k for k in data if k not in known and k not in ("aliases", "note"))
        if extra:
            raise ConfigError(f"unknown field(s) {', '.join(extra)}", key=where)
        fields: dict[str, Any] = {}
        for name in _RATE_FIELDS:
            if name in data:
                fields[name] = to_decimal(data[name], f"{where}.{name}")
        for name in _INT_FIELDS:
            if name in data and data[name] is not None:
                value = data[name]
                if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                    raise ConfigError(f"must be a positive integer, got {value!r}", key=where)
                fields[name] = value
        for name in ("free", "kind", "source"):
            if name in data:
                fields[name] = data[name]
        if "long_context" in data:
            fields.update(_parse_long_context(data["long_context"], f"{where}.long_context"))
        if base is not None:
            if "long_context" not in data and any(name in data for name in _RATE_FIELDS):
                # New rates without a tier of their own apply to long prompts too, rather
                # than the list price of the built-in tier.
                fields.update(long_context=None, long_context_threshold=None)
            return replace(base, **fields)
        if "input" not in fields:
            if not fields.get("free"):
                raise ConfigError("missing 'input' (USD per million tokens)", key=where)
            fields["input"] = Decimal(0)
        return cls(**fields)

    def for_prompt(self, prompt_tokens: int) -> Price:
        """The rates that apply to a request with this many prompt tokens."""
        threshold = self.long_context_threshold
        if self.long_context is not None and threshold is not None and prompt_tokens > threshold:
            return self.long_context
        return self


def _parse_long_context(data: Any, where: str) -> dict[str, Any]:
    if not isinstance(data, Mapping) or "above_input_tokens" not in data:
        raise ConfigError("expected a table with 'above_input_tokens' and rates", key=where)
    threshold = data["above_input_tokens"]
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold <= 0:
        raise ConfigError("'above_input_tokens' must be a positive integer", key=where)
    rates = {k: v for k, v in data.items() if k != "above_input_tokens"}
    return {
        "long_context_threshold": threshold,
        "long_context": Price.from_mapping(rates, where=where),
    }


def _per_token(tokens: int, rate: Decimal) -> Decimal:
    return _CTX.multiply(Decimal(tokens), rate)


def cost(usage: Usage, price: Price) -> Decimal:
    """The exact USD cost of ``usage`` at ``price``, quantized to 1e-10.

    ``usage.input_tokens`` includes cached and cache-written tokens, and
    ``usage.output_tokens`` includes reasoning tokens (see :class:`Usage`), so each bucket
    is billed once at its own rate: uncached input at ``input``, cache reads at
    ``cached_input``, cache writes at ``cache_write``, reasoning at ``reasoning``, the rest
    of the output at ``output``.
    """
    if price.free:
        return Decimal(0).quantize(COST_QUANTUM)
    rates = price.for_prompt(usage.input_tokens)
    if (
        usage.cached_input_tokens <= 0
        and usage.cache_write_tokens <= 0
        and usage.reasoning_tokens <= 0
    ):
        # Most answers: input and output only, the two buckets the general case below
        # would fill (the same operations, without the three empty ones).
        total = Decimal(0)
        if usage.input_tokens > 0:
            total = _CTX.add(total, _per_token(usage.input_tokens, rates.input))
        if usage.output_tokens > 0:
            total = _CTX.add(total, _per_token(usage.output_tokens, rates.output))
        return _CTX.divide(total, _MILLION).quantize(COST_QUANTUM, context=_CTX)
    cached = max(usage.cached_input_tokens, 0)
    written = max(usage.cache_write_tokens, 0)
    uncached = max(usage.input_tokens - cached - written, 0)
    reasoning = min(max(usage.reasoning_tokens, 0), max(usage.output_tokens, 0))
    visible = max(usage.output_tokens - reasoning, 0)
    buckets = (
        (uncached, rates.input),
        (cached, _or(rates.cached_input, rates.input)),
        (written, _or(rates.cache_write, rates.input)),
        (visible, rates.output),
        (reasoning, _or(rates.reasoning, rates.output)),
    )
    total = Decimal(0)
    for tokens, rate in buckets:
        if tokens:  # an empty bucket adds an exact 0: skipped (most calls fill two of five)
            total = _CTX.add(total, _per_token(tokens, rate))
    return _CTX.divide(total, _MILLION).quantize(COST_QUANTUM, context=_CTX)


def _or(rate: Decimal | None, default: Decimal) -> Decimal:
    return default if rate is None else rate


def cost_for_time(busy_seconds: float, cost_per_hour: Decimal | float | int | str) -> Decimal:
    """The cost of an in-process model busy for ``busy_seconds`` at ``cost_per_hour`` USD.

    Local providers have no token price; their calls cost hardware time instead.
    """
    seconds = Decimal(repr(float(max(busy_seconds, 0.0))))
    rate = to_decimal(cost_per_hour, "cost_per_hour")
    return _CTX.divide(_CTX.multiply(seconds, rate), _HOUR).quantize(COST_QUANTUM, context=_CTX)


def worst_case(prompt_tokens: int, max_tokens: int | None, price: Price) -> Decimal | None:
    """The most a call can cost, for budget reservations; ``None`` when it has no bound.

    Every prompt token is priced at the dearer of ``input`` and ``cache_write`` (a cache
    write costs 1.25x input at Anthropic) and every output token at the dearer of
    ``output`` and ``reasoning``, at the long-context rates when the prompt is long.
    Without ``max_tokens`` the model's ``max_output_tokens`` from the table bounds the
    answer; without either the cost is unbounded and ``None`` is returned.
    """
    if price.free:
        return Decimal(0).quantize(COST_QUANTUM)
    out = max_tokens if max_tokens is not None else price.max_output_tokens
    if out is None:
        return None
    rates = price.for_prompt(prompt_tokens)
    prompt_rate = max(rates.input, _or(rates.cache_write, rates.input))
    output_rate = max(rates.output, _or(rates.reasoning, rates.output))
    total = _CTX.add(_per_token(max(prompt_tokens, 0), prompt_rate), _per_token(out, output_rate))
    return _CTX.divide(total, _MILLION).quantize(COST_QUANTUM, context=_CTX)


class PriceTable:
    """The built-in dated price table plus the user's overrides.

    Built-in entries are keyed by provider *type* (``openai:gpt-4o``); overrides by the
    provider's *config name* (``[pricing."work-openai:gpt-4o"]``), so two providers of one
    type can be billed differently. ``provider:*`` in an override prices every model of
    that provider::

        table = PriceTable.builtin().with_overrides({"vllm:*": {"input": 0, "free": True}})
        table.lookup("vllm", "openai", "meta-llama/Llama-3.1-8B")  # -> free Price
    """

    def __init__(
        self,
        entries: Mapping[str, Price],
        *,
        aliases: Mapping[str, str] | None = None,
        as_of: str | None = None,
        overrides: Mapping[str, Mapping[str, Any]] | None = None,
        fine_tunes: Mapping[str, Price] | None = None,
    ) -> None:
        self._entries = dict(entries)
        self._fine_tunes = dict(fine_tunes or {})  # "vendor:base snapshot" -> fine-tuned rates
        self._aliases = dict(aliases or {})
        self.as_of = as_of
        self._overrides = {k: dict(v) for k, v in (overrides or {}).items()}
        self._cache: dict[tuple[str, str, str, bool], Price | None] = {}
        for key, value in self._overrides.items():  # fail at load, not at the first call
            if ":" not in key:
                raise ConfigError("expected 'provider:model'", key=f"pricing.{key}")
            Price.from_mapping(value, base=Price(input=Decimal(0)), where=f"pricing.{key}")

    @classmethod
    def builtin(cls) -> PriceTable:
        """The table shipped in the package (``prices.json``); never fetched at run time.

        Read once per process: tables are never changed in place (``with_overrides``
        returns a copy), so every client can share it.
        """
        return _builtin_table()

    @classmethod
    def from_json(cls, text: str) -> PriceTable:
        data = json.loads(text)
        entries: dict[str, Price] = {}
        aliases: dict[str, str] = {}
        for key, raw in data["models"].items():
            entries[key] = Price.from_mapping(raw, where=f"models.{key}")
            vendor = key.split(":", 1)[0]
            for alias in raw.get("aliases", ()):
                aliases[f"{vendor}:{alias}"] = key
        table = cls(entries, aliases=aliases, as_of=data.get("as_of"))
        fine_tunes: dict[str, Price] = {}
        for vendor, bases in data.get("fine_tunes", {}).items():
            for base, raw in bases.items():
                # The base's row gives what a fine-tune shares with it (context window,
                # output limit); the fine-tune row gives the rates.
                fine_tunes[f"{vendor}:{base}"] = Price.from_mapping(
                    raw, base=table.builtin_price(vendor, base), where=f"fine_tunes.{vendor}"
                )
        table._fine_tunes = fine_tunes
        return table

    def with_overrides(self, overrides: Mapping[str, Mapping[str, Any]]) -> PriceTable:
        """A copy of this table with ``{"provider:model": {field: value}}`` overrides."""
        merged = {**self._overrides, **{k: dict(v) for k, v in overrides.items()}}
        return PriceTable(
            self._entries,
            aliases=self._aliases,
            as_of=self.as_of,
            overrides=merged,
            fine_tunes=self._fine_tunes,
        )

    def entries(self) -> dict[str, Price]:
        """The built-in entries by ``type:model`` key (overrides not applied)."""
        return dict(self._entries)

    def builtin_price(self, provider_type: str, model: str) -> Price | None:
        """The built-in price: exact key, then alias, then the snapshot rule.

        A vendor fine-tune (``ft:BASE:...``) gets the fine-tuned rates of its base snapshot
        (:mod:`llmgate.costs.finetunes`), never the base's own rates.
        """
        fine_tune = parse_fine_tune(model)
        if fine_tune is not None:
            return self._fine_tunes.get(f"{provider_type}:{fine_tune.base}")
        for candidate in (model, normalize_model(model)):
            key = f"{provider_type}:{candidate}"
            key = self._aliases.get(key, key)
            if key in self._entries:
                return self._entries[key]
        return None

    def lookup(
        self, provider_name: str, provider_type: str, model: str, *, use_builtin: bool = True
    ) -> Price | None:
        """The price of ``model`` served by the provider configured as ``provider_name``.

        Order: override ``name:model``, override ``name:<model without snapshot suffix>``,
        override ``name:*``, then the built-in entry for ``type:model`` (skipped with
        ``use_builtin=False``, e.g. for an OpenAI-compatible server at a custom URL, whose
        prices are not OpenAI's). An override refines the built-in entry field by field.
        ``None`` means the price is unknown.
        """
        key = (provider_name, provider_type, model, use_builtin)
        if key in self._cache:
            return self._cache[key]
        base = self.builtin_price(provider_type, model) if use_builtin else None
        price = base
        for candidate in (model, normalize_model(model), "*"):
            raw = self._overrides.get(f"{provider_name}:{candidate}")
            if raw is not None:
                where = f"pricing.{provider_name}:{candidate}"
                price = Price.from_mapping(raw, base=base, where=where)
                break
        self._cache[key] = price
        return price


@functools.cache
def _builtin_table() -> PriceTable:
    text = resources.files("llmgate.costs").joinpath("prices.json").read_text("utf-8")
    return PriceTable.from_json(text)
