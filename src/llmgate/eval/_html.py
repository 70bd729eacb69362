"""The report as one self-contained HTML page: inline CSS and SVG, no script, no network.

Three plots: quality against cost per 1,000 rows (the Pareto front joined and marked, the
mean score's 95 % interval as a whisker), latency per target (box from p25 to p75,
whiskers p5 to p95, median line), and pass rate per tag; and a privacy table. Every text
from the dataset or config is escaped.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING, Any

from llmgate.eval._baseline import compare
from llmgate.eval._render import SUMMARY_HEAD, summary_row
from llmgate.eval._stats import pareto_front

if TYPE_CHECKING:
    from llmgate.eval._report import EvalReport

__all__ = ["render_html"]

_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b")
_W, _H, _PAD = 640, 320, 56
_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}
table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #ccc;padding:4px 8px;
text-align:left;white-space:nowrap}th{background:#f3f3f3}.wide{overflow-x:auto}
svg{background:#fff;border:1px solid #ddd;margin:8px 0}
.better{color:#1a7f37}.worse{color:#cf222e}small{color:#666}
"""


def _color(i: int) -> str:
    return _COLORS[i % len(_COLORS)]


def _axes(x_label: str, y_label: str) -> list[str]:
    x0, y0, x1, y1 = _PAD, _H - _PAD, _W - 16, 16
    return [
        f'<line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y0}" stroke="#333"/>',
        f'<line x1="{x0}" y1="{y0}" x2="{x0}" y2="{y1}" stroke="#333"/>',
        f'<text x="{(x0 + x1) / 2}" y="{_H - 12}" text-anchor="middle">{escape(x_label)}</text>',
        f'<text x="14" y="{(y0 + y1) / 2}" transform="rotate(-90 14 {(y0 + y1) / 2})" '
        f'text-anchor="middle">{escape(y_label)}</text>',
    ]


def _svg(parts: list[str], title: str) -> str:
    body = "".join(parts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_W}" height="{_H}" role="img" '
        f'aria-label="{escape(title)}" font-size="12">{body}</svg>'
    )


def _quality_cost(report: EvalReport) -> str:
    pts, cis = [], {}
    for t in report.targets:
        per = t.cost.get("per_1000_rows_usd")
        if per is not None and t.mean_score is not None:
            pts.append((t.target, float(Decimal(per)), t.mean_score))
            cis[t.target] = t.quality.get("mean_score_ci95")
    parts = _axes("cost per 1,000 rows (USD)", "mean score")
    if not pts:
        return _svg([*parts, '<text x="200" y="150">no priced, scored target</text>'], "none")
    front = pareto_front(pts)
    top = max(p[1] for p in pts) or 1.0

    def xy(cost: float, q: float) -> tuple[float, float]:
        x = _PAD + (cost / top) * (_W - _PAD - 40)
        return x, _H - _PAD - q * (_H - _PAD - 24)

    for v in (0.0, 0.5, 1.0):
        _, y = xy(0, v)
        parts.append(f'<text x="{_PAD - 6}" y="{y + 4:.1f}" text-anchor="end">{v:g}</text>')
    for v in (0.0, top / 2, top):
        x, _ = xy(v, 0)
        parts.append(
            f'<line x1="{x:.1f}" y1="{_H - _PAD}" x2="{x:.1f}" y2="{_H - _PAD + 4}" stroke="#333"/>'
            f'<text x="{x:.1f}" y="{_H - _PAD + 16}" text-anchor="middle">{v:.4g}</text>'
        )
    for name, c, _ in pts:  # the mean score's 95 % interval, as a vertical whisker
        ci = cis.get(name)
        if ci:
            x, y_low = xy(c, ci[0])
            _, y_high = xy(c, ci[1])
            parts.append(
                f'<line x1="{x:.1f}" y1="{y_low:.1f}" x2="{x:.1f}" y2="{y_high:.1f}" '
                'stroke="#555"/>'
            )
    line = sorted((p for p in pts if p[0] in front), key=lambda p: p[1])
    if len(line) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(c, q) for _, c, q in line))
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="#888" stroke-dasharray="4 3"/>'
        )
    for i, (name, c, q) in enumerate(pts):
        x, y = xy(c, q)
        mark = " (Pareto)" if name in front else ""
        ring = ' stroke="#000" stroke-width="2"' if name in front else ""
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{_color(i)}"{ring}>'
            f"<title>{escape(name)}: score {q:.3f}, ${c:.6g}/1k{mark}</title></circle>"
            # Labels on the right half go to the left of their point, so none is cut off.
            + (
                f'<text x="{x + 9:.1f}" y="{y - 8:.1f}">{escape(name + mark)}</text>'
                if x < _W / 2
                else f'<text x="{x - 9:.1f}" y="{y - 8:.1f}" text-anchor="end">'
                f"{escape(name + mark)}</text>"
            )
        )
    return _svg(parts, "quality against cost")


def _latency(report: EvalReport) -> str:
    rows = [(t.target, t.latency.get("quantiles_s") or {}) for t in report.targets]
    top = max((float(q.get("95") or 0) for _, q in rows), default=0.0) or 1.0
    height = 40 * len(rows) + 70
    left = 200

    def x(v: float) -> float:
        return left + (v / top) * (_W - left - 24)

    parts = [
        f'<line x1="{left}" y1="{height - 40}" x2="{_W - 24}" y2="{height - 40}" stroke="#333"/>',
        f'<text x="{left}" y="{height - 22}">0</text>',
        f'<text x="{_W - 24}" y="{height - 22}" text-anchor="end">{top:.3g} s (p95 max)</text>',
    ]
    for i, (name, q) in enumerate(rows):
        y = 30 + i * 40
        parts.append(f'<text x="{left - 8}" y="{y + 14}" text-anchor="end">{escape(name)}</text>')
        if not q:
            parts.append(f'<text x="{left}" y="{y + 14}">no successful call</text>')
            continue
        p5, p25, p50, p75, p95 = (float(q[k]) for k in ("5", "25", "50", "75", "95"))
        c = _color(i)
        parts.append(
            f'<line x1="{x(p5):.1f}" y1="{y + 10}" x2="{x(p95):.1f}" y2="{y + 10}" stroke="{c}"/>'
            f'<rect x="{x(p25):.1f}" y="{y}" width="{max(1.0, x(p75) - x(p25)):.1f}" '
            f'height="20" fill="{c}" fill-opacity="0.35" stroke="{c}"/>'
            f'<line x1="{x(p50):.1f}" y1="{y}" x2="{x(p50):.1f}" y2="{y + 20}" stroke="#000" '
            f'stroke-width="2"><title>p50 {p50:.3f} s, p95 {p95:.3f} s</title></line>'
        )
    svg = _svg(parts, "latency per target")
    return svg.replace(f'height="{_H}"', f'height="{height}"', 1)


def _tags(report: EvalReport) -> str:
    tags = sorted({tag for t in report.targets for tag in t.tags})
    if not tags:
        return "<p><small>No row has tags.</small></p>"
    n = len(report.targets)
    group = (_W - _PAD - 20) / len(tags)
    bar = max(2.0, group * 0.8 / n)
    span = _H - _PAD - 24
    parts = _axes("tag", "pass rate")
    for v in (0.0, 0.5, 1.0):
        parts.append(
            f'<text x="{_PAD - 6}" y="{_H - _PAD - v * span + 4:.1f}" text-anchor="end">{v:g}'
            "</text>"
        )
    for gi, tag in enumerate(tags):
        gx = _PAD + gi * group + group * 0.1
        for ti, t in enumerate(report.targets):
            q = t.tags.get(tag, {})
            rate = q.get("pass_rate")
            if rate is None:
                continue
            h = max(1.0, float(rate) * span)  # a 0 % bar stays visible as a line
            parts.append(
                f'<rect x="{gx + ti * bar:.1f}" y="{_H - _PAD - h:.1f}" width="{bar - 1:.1f}" '
                f'height="{h:.1f}" fill="{_color(ti)}"><title>{escape(t.target)} / '
                f"{escape(tag)}: {100 * float(rate):.1f}% of {q.get('rows')}</title></rect>"
            )
        parts.append(
            f'<text x="{gx + group * 0.4:.1f}" y="{_H - _PAD + 16}" text-anchor="middle">'
            f"{escape(tag)}</text>"
        )
    legend = "".join(
        f'<rect x="{_W + 10}" y="{20 + i * 18}" width="10" height="10" fill="{_color(i)}"/>'
        f'<text x="{_W + 25}" y="{29 + i * 18}">{escape(t.target)}</text>'
        for i, t in enumerate(report.targets)
    )
    svg = _svg([*parts, legend], "pass rate per tag")
    return svg.replace(f'width="{_W}"', f'width="{_W + 240}"', 1)


def _table(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{th}</tr>{body}</table>"


def _privacy(report: EvalReport) -> str:
    """Where the data went, per target: one column per fact (the summary has one cell)."""
    head = ["target", "trust", "stayed local", "redaction", "masked values", "masked rows",
            "blocked rows", "would block"]  # fmt: skip
    rows = []
    for t in report.targets:
        p, would = t.privacy, t.privacy.get("would_block_rows")
        rows.append([
            t.target, "/".join(p["trust"]), "yes" if p["stayed_local"] else "no",
            {"none": "not for this trust"}.get(p.get("redaction", ""), p.get("redaction", "")),
            str(p["masked_values"]), str(p.get("masked_rows", "")), str(p["blocked_rows"]),
            "-" if would is None else str(would),
        ])  # fmt: skip
    return _table(head, rows)


def _settings(settings: dict[str, Any]) -> str:
    rows = [[k, str(v)] for k, v in settings.items()]
    return _table(["setting", "value"], rows)


def render_html(report: EvalReport, baseline: EvalReport | None = None) -> str:
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>llmgate eval: {escape(report.dataset)}</title><style>{_CSS}</style></head>",
        f"<body><h1>llmgate eval</h1><p>Dataset <code>{escape(report.dataset)}</code>, "
        f"{report.settings.get('rows', '?')} rows, {escape(report.created)}.</p>",
        "<h2>Summary</h2>",
        # The privacy cell has a table of its own below.
        "<div class='wide'>"
        + _table(SUMMARY_HEAD[:-1], [summary_row(t)[:-1] for t in report.targets])
        + "</div>",
        "<h2>Quality against cost</h2><p><small>Ringed points are on the Pareto front: no "
        "other target is both cheaper and better.</small></p>",
        _quality_cost(report),
        "<h2>Latency</h2>",
        _latency(report),
        "<h2>Pass rate per tag</h2>",
        _tags(report),
        "<h2>Privacy</h2><p><small>Would block: the rows that <code>[redaction] mode = "
        '"block"</code> would refuse to send to the target.</small></p>',
        _privacy(report),
    ]
    if baseline is not None:
        rows = [
            [c.target, c.metric, str(c.old), str(c.new), c.verdict]
            for c in compare(report, baseline)
        ]
        table = _table(["target", "metric", "baseline", "now", "verdict"], rows)
        for verdict in ("better", "worse"):
            table = table.replace(f"<td>{verdict}</td>", f"<td class='{verdict}'>{verdict}</td>")
        parts += ["<h2>Against the baseline</h2>", table]
    judge = report.judge
    if judge.get("calls"):
        parts.append(
            f"<h2>Judge</h2><p>{judge['calls']} calls ({judge['cached']} cached), cost "
            f"${escape(str(judge['cost_usd']))}, errors {escape(str(judge['errors']))}.</p>"
        )
    parts += ["<h2>Settings</h2>", _settings(report.settings), "</body></html>\n"]
    return "\n".join(parts)
