"""The report as a terminal table and as CSV (one line per target, then per target and tag)."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from llmgate.eval._baseline import compare

if TYPE_CHECKING:
    from llmgate.eval._report import EvalReport, TargetReport

__all__ = ["SUMMARY_HEAD", "render_csv", "render_text", "summary_row"]

_MARK = {"better": "+", "worse": "-", "same": "=", "new": "*"}


def _pct(value: Any) -> str:
    return "-" if value is None else f"{100 * float(value):.1f}%"


def _ci(pair: Any, percent: bool = True) -> str:
    if not pair:
        return ""
    if percent:
        return f" [{100 * pair[0]:.0f}-{100 * pair[1]:.0f}]"
    return f" [{pair[0]:.2f}-{pair[1]:.2f}]"


def _secs(value: Any) -> str:
    if value is None:
        return "-"
    return f"{1000 * value:.0f}ms" if value < 1 else f"{value:.2f}s"


def _money(total: str | None, unpriced: int) -> str:
    if total is None:
        return "unknown"
    return f"${total}" + (f" (+{unpriced} unpriced)" if unpriced else "")


def summary_row(t: TargetReport) -> list[str]:
    """One target's cells of the summary table (``SUMMARY_HEAD``), which the text and the
    HTML report both show."""
    q, p = t.quality, t.privacy
    score = q["mean_score"]
    tps = t.tokens.get("output_per_s")
    errs = ", ".join(f"{k} {v}" for k, v in t.errors.items()) or "0"
    return [
        t.target,
        str(t.rows),
        _pct(q["pass_rate"]) + _ci(q["pass_rate_ci95"]),
        ("-" if score is None else f"{score:.3f}") + _ci(q["mean_score_ci95"], percent=False),
        _money(t.cost["total_usd"], t.cost["unpriced_rows"]),
        "-" if t.cost["per_1000_rows_usd"] is None else "$" + t.cost["per_1000_rows_usd"],
        _secs(t.latency["p50_s"]),
        _secs(t.latency["p95_s"]),
        "-" if tps is None else f"{tps:.0f}",
        errs,
        "/".join(p["trust"]) + (" local-only" if p["stayed_local"] else ""),
        _privacy(p),
    ]


def _privacy(p: dict[str, Any]) -> str:
    """Masked values, blocked rows, and the rows ``mode = "block"`` would refuse."""
    text = f"{p['masked_values']} masked, {p['blocked_rows']} blocked"
    if "would_block_rows" not in p:  # a report from before the field existed
        return text
    would = p["would_block_rows"]
    return text + (", redaction off" if would is None else f", {would} would block")


SUMMARY_HEAD = ["target", "rows", "pass", "score", "cost", "per 1k", "p50", "p95", "tok/s",
         "errors", "trust", "privacy"]  # fmt: skip


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_text(report: EvalReport, baseline: EvalReport | None = None) -> str:
    """A terminal table, the per-tag pass rates under it, then the baseline diff."""
    out = [_table([SUMMARY_HEAD, *(summary_row(t) for t in report.targets)])]
    streamed = [t for t in report.targets if t.latency.get("ttft_p50_s") is not None]
    for t in streamed:
        out.append(
            f"time to first token, {t.target}: p50 {_secs(t.latency['ttft_p50_s'])}, "
            f"p95 {_secs(t.latency['ttft_p95_s'])}"
        )
    tags = sorted({tag for t in report.targets for tag in t.tags})
    if tags:
        rows = [["tag", *(t.target for t in report.targets)]]
        for tag in tags:
            cells = [tag]
            for t in report.targets:
                q = t.tags.get(tag)
                cells.append("-" if q is None else f"{_pct(q['pass_rate'])} of {q['rows']}")
            rows.append(cells)
        out.append("\n" + _table(rows))
    judge = report.judge
    if judge.get("calls"):
        out.append(
            f"\njudge: {judge['calls']} calls ({judge['cached']} cached), "
            f"${judge['cost_usd']}, errors {judge['errors'] or 0}"
        )
    if baseline is not None:
        out.append("\nagainst the baseline (+ better, - worse, = same):")
        for c in compare(report, baseline):
            if c.verdict != "same":
                out.append(f"  {_MARK[c.verdict]} {c.target} {c.metric}: {c.old} -> {c.new}")
        if all(c.verdict == "same" for c in compare(report, baseline)):
            out.append("  = no change beyond noise")
    return "\n".join(out) + "\n"


_CSV_HEAD = [
    "target", "tag", "rows", "scored", "passed", "pass_rate", "pass_rate_low",
    "pass_rate_high", "mean_score", "mean_score_low", "mean_score_high", "cost_usd",
    "cost_per_1000_rows_usd", "unpriced_rows", "p50_s", "p95_s", "output_tokens_per_s",
    "errors", "trust", "masked_values", "blocked_rows", "stayed_local", "would_block_rows",
]  # fmt: skip


def _quality_cells(q: dict[str, Any]) -> list[Any]:
    rate, mean = q["pass_rate_ci95"] or [None, None], q["mean_score_ci95"] or [None, None]
    return [q["rows"], q["scored"], q["passed"], q["pass_rate"], *rate, q["mean_score"], *mean]


def render_csv(report: EvalReport) -> str:
    """One line per target (tag empty), then one per target and tag (quality and cost)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(_CSV_HEAD)
    for t in report.targets:
        p = t.privacy
        w.writerow(
            [t.target, "", *_quality_cells(t.quality), t.cost["total_usd"],
             t.cost["per_1000_rows_usd"], t.cost["unpriced_rows"], t.latency["p50_s"],
             t.latency["p95_s"], t.tokens["output_per_s"],
             ";".join(f"{k}={v}" for k, v in t.errors.items()), "/".join(p["trust"]),
             p["masked_values"], p["blocked_rows"], p["stayed_local"],
             p.get("would_block_rows")]
        )  # fmt: skip
    for t in report.targets:
        for tag, q in t.tags.items():
            cost = [q.get("cost_usd", ""), q.get("per_1000_rows_usd", "")]
            w.writerow([t.target, tag, *_quality_cells(q), *cost, *[""] * 10])
    return buf.getvalue()
