"""A Prometheus text exposition of the gateway's own counters, without a client library.

Three series cover what an operator scrapes for: requests by endpoint and status, open
streams, and USD spent by key. Per-call latency and token metrics come from the core's
OpenTelemetry layer (``[telemetry]``), not from here.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["Metrics"]

_ENDPOINTS = frozenset(
    {"/v1/chat/completions", "/v1/messages", "/v1/models", "/health", "/ready", "/metrics"}
)


class Metrics:
    def __init__(self) -> None:
        self.requests: dict[tuple[str, int], int] = {}
        self.costs: dict[str, Decimal] = {}
        self.open_streams = 0

    def request(self, path: str, status: int) -> None:
        # Unknown paths share one label: a scanner must not grow the series without bound.
        endpoint = path if path in _ENDPOINTS else "other"
        key = (endpoint, status)
        self.requests[key] = self.requests.get(key, 0) + 1

    def cost(self, key: str, usd: Decimal | None) -> None:
        if usd:
            self.costs[key] = self.costs.get(key, Decimal(0)) + usd

    def render(self) -> bytes:
        lines = [
            "# HELP llmgate_gateway_requests_total HTTP requests by endpoint and status.",
            "# TYPE llmgate_gateway_requests_total counter",
        ]
        for (endpoint, status), n in sorted(self.requests.items()):
            lines.append(
                f'llmgate_gateway_requests_total{{endpoint="{endpoint}",status="{status}"}} {n}'
            )
        lines += [
            "# HELP llmgate_gateway_open_streams Streams being written now.",
            "# TYPE llmgate_gateway_open_streams gauge",
            f"llmgate_gateway_open_streams {self.open_streams}",
            "# HELP llmgate_gateway_cost_usd_total USD spent through this process, by key.",
            "# TYPE llmgate_gateway_cost_usd_total counter",
        ]
        for key, usd in sorted(self.costs.items()):
            lines.append(f'llmgate_gateway_cost_usd_total{{key="{_label(key)}"}} {usd}')
        return ("\n".join(lines) + "\n").encode()


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
