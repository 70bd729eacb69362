"""``llmgate costs``: a report of what was spent, read from the ledger file.

The CLI registers it with one call (``add_costs_command(subparsers)``) and dispatches on
``args.func(args)``. Examples::

    llmgate costs                                   # by day, last 7 days, a table
    llmgate costs --by model --since 24h --format csv
    llmgate costs --by tag:team --since 2026-11-01 --format json --tag env=prod

The ledger is ``--ledger``, else the config file's ``[costs] ledger`` (the config named by
the CLI's ``--config``, else ``$LLMGATE_CONFIG``, else ``./llmgate.toml``), else
``sqlite:///.llmgate/ledger.db``. A report never creates a ledger that does not exist.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
import tomllib
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from llmgate.costs._records import DIMENSIONS, TotalRow, parse_dimension
from llmgate.costs.ledger import Ledger, open_ledger
from llmgate.errors import ConfigError

__all__ = ["DEFAULT_LEDGER", "add_costs_command", "parse_since", "render", "run_costs"]

DEFAULT_LEDGER = "sqlite:///.llmgate/ledger.db"
_RELATIVE = re.compile(r"^(\d+)([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_COLUMNS = (
    "attempts",
    "input_tokens",
    "cached_input_tokens",
    "cache_write_tokens",
    "output_tokens",
    "reasoning_tokens",
    "cost_usd",
    "unpriced_attempts",
    "errors",
)
_HEADERS = (
    "attempts",
    "input",
    "cached",
    "cache_write",
    "output",
    "reasoning",
    "cost_usd",
    "unpriced",
    "errors",
)


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """``7d``, ``24h``, ``30m``, ``2w`` (ago), or an ISO date/time (UTC when no zone)."""
    now = now or datetime.now(UTC)
    match = _RELATIVE.match(text.strip())
    if match:
        amount, unit = match.groups()
        return now - timedelta(**{_UNITS[unit]: int(amount)})
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"cannot read --since {text!r}: use 7d, 24h, 30m, 2w or a date like 2026-11-01"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _by(text: str) -> str:
    try:
        parse_dimension(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _tag(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected --tag NAME=VALUE, got {text!r}")
    return name, value


def add_costs_command(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``costs`` on the CLI's subparsers; sets ``func=run_costs``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "costs",
        help="report what was spent, from the ledger",
        description="Totals from the cost ledger, grouped by day, provider, model, route, "
        "outcome or a tag. Unknown costs are counted as 'unpriced', never as 0.",
    )
    parser.add_argument(
        "--by",
        type=_by,
        default="day",
        help=f"group by {'|'.join(DIMENSIONS)}|tag:NAME (default: day)",
    )
    parser.add_argument(
        "--since", default="7d", help="7d, 24h, 30m, 2w, or a date such as 2026-11-01 (default: 7d)"
    )
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.add_argument(
        "--ledger",
        default=None,
        help=f"sqlite:///path (default: the config's [costs] ledger, else {DEFAULT_LEDGER})",
    )
    parser.add_argument(
        "--tag",
        type=_tag,
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="only calls with this tag (repeatable)",
    )
    parser.set_defaults(func=run_costs)
    return parser


def _config_ledger(config: str | None) -> str | None:
    path = Path(config or os.environ.get("LLMGATE_CONFIG") or "llmgate.toml")
    if not path.exists():
        if config:
            raise ConfigError("config file not found", file=str(path))
        return None
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=str(path)) from None
    value = (data.get("costs") or {}).get("ledger")
    if value is not None and not isinstance(value, str):
        raise ConfigError("expected a string", file=str(path), key="costs.ledger")
    return value


def _open(spec: str) -> Ledger:
    if spec == "memory":
        raise ConfigError(
            "the ledger is 'memory': it lived in the process that wrote it; "
            'configure [costs] ledger = "sqlite:///path" to report on it',
            key="costs.ledger",
        )
    return open_ledger(spec, create=False)


def run_costs(args: argparse.Namespace) -> int:
    """Print the report; returns the exit status (2 for a bad argument or a missing ledger)."""
    try:
        spec = args.ledger or _config_ledger(getattr(args, "config", None)) or DEFAULT_LEDGER
        since = parse_since(args.since)
        ledger = _open(spec)
    except (ConfigError, argparse.ArgumentTypeError, FileNotFoundError) as exc:
        print(f"llmgate costs: {exc}", file=sys.stderr)
        return 2
    try:
        totals = ledger.totals(by=args.by, since=since, where={"tags": dict(args.tag)})
    finally:
        ledger.close()
    sys.stdout.write(render(totals, args.format, by=args.by, since=since))
    return 0


def grand_total(totals: list[TotalRow]) -> TotalRow:
    priced = [t.cost for t in totals if t.cost is not None]
    return TotalRow(
        key="total",
        attempts=sum(t.attempts for t in totals),
        input_tokens=sum(t.input_tokens for t in totals),
        cached_input_tokens=sum(t.cached_input_tokens for t in totals),
        cache_write_tokens=sum(t.cache_write_tokens for t in totals),
        output_tokens=sum(t.output_tokens for t in totals),
        reasoning_tokens=sum(t.reasoning_tokens for t in totals),
        cost=sum(priced, Decimal(0)) if priced else None,
        unpriced=sum(t.unpriced for t in totals),
        errors=sum(t.errors for t in totals),
    )


def render(totals: list[TotalRow], fmt: str, *, by: str, since: datetime | None) -> str:
    """The report text: ``table`` for people, ``csv`` and ``json`` with exact costs."""
    total = grand_total(totals)
    if fmt == "json":
        doc = {
            "by": by,
            "since": since.isoformat() if since else None,
            "rows": [t.to_dict() for t in totals],
            "total": total.to_dict(),
        }
        return json.dumps(doc, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([by, *_COLUMNS])
        for t in totals:
            d = t.to_dict()
            writer.writerow([_key(t.key), *("" if d[c] is None else d[c] for c in _COLUMNS)])
        return out.getvalue()
    return _table(totals, total, by)


def _key(key: str | None) -> str:
    return "(none)" if key is None else key


def _money(cost: Decimal | None) -> str:
    if cost is None:
        return "unknown"
    shown = cost.quantize(Decimal("0.000001"))
    return "<0.000001" if shown == 0 and cost != 0 else f"{shown:f}"


def _table(totals: list[TotalRow], total: TotalRow, by: str) -> str:
    if not totals:
        return "no calls recorded in this period\n"
    lines = [[by, *_HEADERS]]
    for t in [*totals, total]:
        lines.append(
            [
                _key(t.key),
                str(t.attempts),
                str(t.input_tokens),
                str(t.cached_input_tokens),
                str(t.cache_write_tokens),
                str(t.output_tokens),
                str(t.reasoning_tokens),
                _money(t.cost),
                str(t.unpriced),
                str(t.errors),
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    text = []
    for n, line in enumerate(lines):
        cells = [line[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True)
        ]
        if n == len(lines) - 1:
            text.append("-" * (sum(widths) + 2 * (len(widths) - 1)))
        text.append("  ".join(cells).rstrip())
    return "\n".join(text) + "\n"
