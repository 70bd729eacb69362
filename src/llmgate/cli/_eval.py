"""``llmgate eval``: a dataset through several targets, the report on the terminal and in
files, a baseline diff, and a CI gate (``--min-score``: exit 1 below it)."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any, TextIO

from llmgate.errors import BadRequestError

__all__ = ["add_eval_command", "run_eval"]


def add_eval_command(sub: Any) -> None:
    p = sub.add_parser("eval", help="compare targets on quality, cost, latency and privacy")
    p.add_argument("dataset", help="a JSONL file: messages or prompt, expected, checks, tags")
    p.add_argument("--targets", required=True, help="comma-separated routes or provider:model")
    p.add_argument(
        "--check",
        action="append",
        default=[],
        metavar="SCORER",
        help="default scorer for rows without checks, e.g. contains, 'regex:^\\d+$', "
        "number:0.01, json, function:mod:fn, judge:ROUTE (repeatable)",
    )
    p.add_argument("--json", dest="json_out", metavar="F", help="write the report as JSON")
    p.add_argument("--csv", dest="csv_out", metavar="F", help="write the report as CSV")
    p.add_argument("--html", dest="html_out", metavar="F", help="write an HTML page with plots")
    p.add_argument("--baseline", metavar="F", help="a previous --json report to compare with")
    p.add_argument("--min-score", type=float, help="exit 1 when a target's mean score is below")
    p.add_argument(
        "--concurrency",
        action="append",
        default=[],
        metavar="N|TARGET=N",
        help="calls in flight per target (default 4); TARGET=N sets one target's limit "
        "(repeatable)",
    )
    p.add_argument("--max-tokens", type=int, default=None)
    p.add_argument("--temperature", type=float, default=0.0)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument(
        "--stream", action="store_true", help="stream the answers, to measure time to first token"
    )
    p.add_argument("--failover", action="store_true", help="run routes with their failover")
    p.add_argument("--cache-dir", default=None, help="answer cache (default .llmgate/eval-cache)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument(
        "--suggest",
        nargs="?",
        type=float,
        const=0.9,
        metavar="PASS_RATE",
        help="print routes (TOML) of the cheapest targets passing at least PASS_RATE "
        "(default 0.9), overall and per tag",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def _concurrency(values: list[str]) -> dict[str, int]:
    """The ``--concurrency`` values as ``client.eval``'s mapping: ``["16", "local:m=1"]``
    gives ``{"*": 16, "local:m": 1}``."""
    limits: dict[str, int] = {}
    for value in values:
        target, sep, number = value.rpartition("=")
        try:
            limits[target if sep else "*"] = int(number)
        except ValueError:
            raise BadRequestError(f"--concurrency {value!r}: expected N or TARGET=N") from None
    return limits


def _count_rows(path: str) -> int | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return sum(1 for line in handle if line.strip() and not line.lstrip().startswith("#"))
    except OSError:
        return None  # the runner reports the error with its wording


class _Bar:
    """A progress line on stderr, redrawn at most every 0.2 s."""

    def __init__(self, total: int | None, stream: TextIO) -> None:
        self.total, self.stream = total, stream
        self.start = self.last = time.monotonic()

    def __call__(self, done: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.2 and done != self.total:
            return
        self.last = now
        rate = done / max(now - self.start, 1e-9)
        if self.total:
            filled = int(30 * done / self.total)
            bar = "#" * filled + "." * (30 - filled)
            self.stream.write(f"\r[{bar}] {done}/{self.total} calls, {rate:.1f}/s ")
        else:
            self.stream.write(f"\r{done} calls, {rate:.1f}/s ")
        self.stream.flush()

    def end(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


def run_eval(args: argparse.Namespace) -> int:
    from llmgate._client import Client
    from llmgate._config import load_config
    from llmgate.costs.report import DEFAULT_LEDGER
    from llmgate.eval import EvalReport
    from llmgate.eval._runner import DEFAULT_CACHE_DIR

    targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    params: dict[str, Any] = {"temperature": args.temperature}
    if args.max_tokens is not None:
        params["max_tokens"] = args.max_tokens
    if args.seed is not None:
        params["seed"] = args.seed
    baseline = EvalReport.load(args.baseline) if args.baseline else None
    config = load_config(args.config)
    ledger = None if config.costs.ledger else DEFAULT_LEDGER
    rows = _count_rows(args.dataset)
    bar = None if args.quiet else _Bar(rows * len(targets) if rows else None, sys.stderr)
    with Client(config, ledger=ledger) as client:
        try:
            report = client.eval(
                args.dataset,
                targets=targets,
                scorers=args.check,
                params=params,
                concurrency=_concurrency(args.concurrency),
                failover=args.failover,
                cache_dir=None if args.no_cache else (args.cache_dir or DEFAULT_CACHE_DIR),
                progress=bar,
                stream=args.stream,
            )
        finally:
            if bar is not None:
                bar.end()
    sys.stdout.write(report.to_text(baseline))
    if args.json_out:
        report.write_json(args.json_out)
    if args.csv_out:
        report.write_csv(args.csv_out)
    if args.html_out:
        report.write_html(args.html_out, baseline)
    if args.suggest is not None:
        from llmgate.eval._suggest import suggest

        sys.stdout.write("\n" + suggest(report, args.suggest))
    if args.min_score is not None:
        below = report.below(args.min_score)
        if below:
            print(f"below --min-score {args.min_score}: {', '.join(below)}", file=sys.stderr)
            return 1
    return 0
