"""The pass-through's side of OpenAI's format (``_passthrough.py``): the body a forwarded
attempt sends, whether the caller's own bytes can be sent instead, and the vendor's answer
given back with llmgate's cost in its ``usage``.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from llmgate.gateway._wire import ChatCall, dumps

__all__ = ["forward_body", "forwarded", "verbatim"]


def forward_body(call: ChatCall) -> dict[str, Any]:
    """The body a pass-through attempt sends: the parsed request, still in OpenAI's format
    (``developer`` already ``system``; ``model`` set per attempt by the provider)."""
    body: dict[str, Any] = {"model": call.model, "messages": call.messages, **call.params}
    if call.tools:
        body["tools"] = call.tools
    if call.tool_choice is not None:
        body["tool_choice"] = call.tool_choice
    if call.include_usage:
        body["stream_options"] = {"include_usage": True}
    return body


_AS_SENT = frozenset({"model", "messages", "stream", "tools", "tool_choice"})
_MISSING = object()


def verbatim(body: dict[str, Any], call: ChatCall) -> bool:
    """Whether the received ``body`` says exactly what :func:`forward_body` says, apart
    from what a forwarded attempt sets itself (``model``, the max-tokens name, the stream
    flag and its usage option): then its bytes can be sent instead of encoding the parsed
    body again. Any field the parser changed or left out (``developer`` roles, nulls,
    ``n``, echoed ``refusal``/``annotations``, an empty tool list) makes it ``False``.
    Comparing the parsed objects is C-level work, much cheaper than an encoding.
    """
    if call.messages != body["messages"]:
        return False
    params = call.params
    for key, value in body.items():
        if value is None:
            return False
        if key in _AS_SENT:
            continue
        if key == "stream_options":
            if value != {"include_usage": True}:
                return False
        elif params.get("max_tokens" if key == "max_completion_tokens" else key, _MISSING) != value:
            return False
    if "tools" in body and (not call.tools or call.tools != body["tools"]):
        return False
    return "tool_choice" not in body or call.tool_choice == body["tool_choice"]


_USAGE = re.compile(rb'"usage"[ \t\r\n]*:[ \t\r\n]*\{[ \t\r\n]*(\}?)')


def forwarded(answer: bytes, cost: Decimal | None) -> bytes:
    """The vendor's ``chat.completion`` as it came, with llmgate's ``usage.cost_usd``.

    The cost goes into the answer's bytes when its ``usage`` object is found without
    doubt (the key written once, no ``cost_usd`` already); otherwise the answer is
    decoded and encoded again, as it was before (measured: the splice is ~1 us, the
    round trip ~10 us for a short answer, and grows with it).
    """
    value = b"null" if cost is None else b'"' + str(cost).encode() + b'"'
    found = _USAGE.search(answer)
    if (
        found is not None
        and answer.find(b'"cost_usd"') < 0  # (find: ``in`` on bytes raises inside first)
        and _USAGE.search(answer, found.end()) is None
    ):
        at = found.start(1)  # after the "{" (and any blanks), before a "}" if empty
        sep = b"" if found[1] else b","
        return answer[:at] + b'"cost_usd":' + value + sep + answer[at:]
    payload = json.loads(answer)
    u = payload.get("usage")
    if isinstance(u, dict):
        u["cost_usd"] = None if cost is None else str(cost)
    return dumps(payload)
