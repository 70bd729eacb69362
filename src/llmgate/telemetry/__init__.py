"""Observability for llmgate: OpenTelemetry GenAI spans and metrics, and standard logging.

Both are listeners on a client's event bus (``client.events``), so the call flow knows
nothing of them. The client installs them itself from the ``[telemetry]`` config section::

    [telemetry]
    otel = "auto"            # auto: on when opentelemetry-api is importable | true | false
    record_content = false   # opt in to recording the redacted request messages

``install_telemetry`` imports OpenTelemetry only when tracing is on, so ``import llmgate``
and ``Client(...)`` with telemetry off never load it. See docs/observability.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from llmgate._events import EventBus
from llmgate.telemetry.logs import install_logging

__all__ = ["install_logging", "install_telemetry"]

_INSTALL_HINT = 'OpenTelemetry is not installed: install it with `pip install "llmgate[otel]"`'


def install_telemetry(
    events: EventBus,
    *,
    otel: bool | None,
    record_content: bool,
    tracer_provider: Any = None,
    meter_provider: Any = None,
) -> list[Callable[[], None]]:
    """Subscribe the OpenTelemetry listener to ``events``; return the unsubscribe functions.

    ``otel=None`` is "auto": on when ``opentelemetry-api`` can be imported, silently off
    otherwise. ``otel=True`` without the package raises ``ImportError`` naming the install
    command; ``otel=False`` imports nothing. ``tracer_provider`` / ``meter_provider``
    default to the global ones (set them before or after: the API's proxies follow).
    ``record_content`` records each attempt's redacted request messages on its span: the
    listener then subscribes with ``content=True``, the one way message text reaches events.

    ::

        from opentelemetry.sdk.trace import TracerProvider
        stop = install_telemetry(client.events, otel=True, record_content=False,
                                 tracer_provider=TracerProvider())
    """
    if otel is False:
        return []
    try:
        from llmgate.telemetry.otel import OtelListener
    except ImportError as exc:
        if otel is None:
            return []
        raise ImportError(_INSTALL_HINT) from exc
    listener = OtelListener(
        record_content=record_content,
        tracer_provider=tracer_provider,
        meter_provider=meter_provider,
    )
    # Only a listener that records content asks the bus for it: otherwise no event carries
    # message text at all.
    return [events.subscribe(listener, inline=True, content=record_content)]
