"""Counters summed in-process and reported through OpenTelemetry observable counters.

Why not a synchronous ``Counter.add`` per call: in the Python SDK each ``add`` builds a
measurement, cleans and hashes its attributes and looks up the aggregation, tens of
microseconds on a busy machine, on the call path. Adding to a dict under an uncontended
lock costs well under a microsecond; the SDK reads the totals when it collects.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from opentelemetry.metrics import CallbackOptions, Meter, Observation

__all__ = ["Totals"]

Key = tuple[tuple[str, str], ...]


class Totals:
    """Cumulative sums per attribute set, exported as one observable counter."""

    def __init__(self, meter: Meter, name: str, *, unit: str, description: str) -> None:
        self._lock = threading.Lock()
        self._sums: dict[Key, float] = {}
        meter.create_observable_counter(
            name, callbacks=[self._observe], unit=unit, description=description
        )

    def add(self, value: float, key: Key) -> None:
        """Add ``value`` to the total of the attribute set ``key`` (sorted pairs, any order)."""
        with self._lock:
            self._sums[key] = self._sums.get(key, 0.0) + value

    def _observe(self, options: CallbackOptions) -> Iterable[Observation]:
        with self._lock:
            items = list(self._sums.items())
        return [Observation(total, dict(key)) for key, total in items]
