"""The statistics of a report: Wilson interval for a pass rate, t interval for a mean score,
percentiles. Pure functions on numbers, no numpy/scipy (the core does not depend on them).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["mean_interval", "pareto_front", "percentile", "t_critical", "wilson"]

Z95 = 1.959963984540054
# Student's t, two-sided 95% (0.975 quantile), for 1..30 degrees of freedom.
_T95 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip


def wilson(passed: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """Wilson score interval of ``passed / n``; honest at 0 %, 100 % and small ``n``
    where the normal approximation gives impossible bounds."""
    if n <= 0:
        return None
    p = passed / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    low = 0.0 if passed == 0 else max(0.0, centre - half)
    high = 1.0 if passed == n else min(1.0, centre + half)  # exact, not 0.9999999999999999
    return low, high


def t_critical(df: int) -> float:
    """The 0.975 quantile of Student's t (table up to 30, Cornish-Fisher beyond)."""
    if df < 1:
        raise ValueError("df must be at least 1")
    if df <= len(_T95):
        return _T95[df - 1]
    z = Z95
    return z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df * df)


def mean_interval(total: float, total_sq: float, n: int) -> tuple[float, float] | None:
    """95 % t interval of a mean from running sums (so rows never need to be kept);
    clipped to [0, 1] because scores live there."""
    if n < 2:
        return None
    mean = total / n
    var = max(0.0, (total_sq - n * mean * mean) / (n - 1))
    half = t_critical(n - 1) * math.sqrt(var / n)
    return max(0.0, mean - half), min(1.0, mean + half)


def percentile(sorted_values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (``q`` in [0, 100]) of already sorted values."""
    if not sorted_values:
        return None
    pos = (len(sorted_values) - 1) * q / 100
    low = math.floor(pos)
    high = min(low + 1, len(sorted_values) - 1)
    frac = pos - low
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * frac


def pareto_front(points: Sequence[tuple[str, float, float]]) -> set[str]:
    """Names of the points no other point beats: lower-or-equal cost and higher-or-equal
    quality, one of them strictly. ``points`` are ``(name, cost, quality)``."""
    front = set()
    for name, cost, quality in points:
        dominated = any(
            c <= cost and q >= quality and (c < cost or q > quality)
            for other, c, q in points
            if other != name
        )
        if not dominated:
            front.add(name)
    return front
