"""What both wire formats parse into, and the type checks their parsers share.

A parsed request is exactly the arguments of ``Client.achat``/``astream``: the gateway
keeps no second copy of routing, cost or privacy logic, it only translates. The checks are
plain ``isinstance`` tests rather than a pydantic model per request: they run on every
call, and they must name the offending field the way the vendor would (``messages[2].role``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from llmgate._jsonbytes import loads as json_loads
from llmgate.gateway._errors import HTTPError, bad_request

__all__ = ["ChatCall", "check_keys", "dumps", "loads_object", "need"]


@dataclass(slots=True)
class ChatCall:
    """One chat call as the ``Client`` takes it, whatever wire format it came in."""

    model: str
    messages: list[dict[str, Any]]
    tools: list[dict[str, Any]] | None = None
    tool_choice: str | dict[str, Any] | None = None
    params: dict[str, Any] = field(default_factory=dict)
    stream: bool = False
    include_usage: bool = False


# One encoder for the process: ``json.dumps`` with options builds a new encoder per call,
# which was a visible share of a stream's cost (one encoding per chunk).
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def dumps(value: Any) -> bytes:
    return _ENCODER.encode(value).encode()


def loads_object(body: bytes) -> dict[str, Any]:
    """The request body as a JSON object, or a 400 that says what is wrong with it."""
    if not body:
        raise bad_request("the request body is empty; expected a JSON object")
    try:
        value = json_loads(body)
    except UnicodeDecodeError:
        raise bad_request("the request body is not UTF-8 text") from None
    except ValueError as exc:
        raise bad_request(f"the request body is not valid JSON: {exc}") from None
    except RecursionError:
        raise bad_request("the request body is nested too deeply") from None
    if not isinstance(value, dict):
        raise bad_request(f"the request body must be a JSON object, got {_kind(value)}")
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


_EXPECT: dict[str, tuple[type | tuple[type, ...], str]] = {
    "str": (str, "a string"),
    "int": (int, "an integer"),
    "number": ((int, float), "a number"),
    "bool": (bool, "a boolean"),
    "list": (list, "an array"),
    "object": (dict, "an object"),
}


def need_model(value: Any) -> str:
    """The ``model`` field: a non-empty printable string (it is echoed in a header)."""
    model = need(value, "str", "model")
    if not model or not model.isprintable() or len(model) > 256:
        raise bad_request("model: expected a route or provider:model name", param="model")
    return str(model)


def need(value: Any, kind: str, where: str) -> Any:
    """``value`` if it has JSON type ``kind``, else a 400 naming ``where``."""
    types, name = _EXPECT[kind]
    ok = isinstance(value, types)
    if ok and kind in ("int", "number") and isinstance(value, bool):
        ok = False  # JSON true is not a number, though Python's bool is an int
    if ok and kind == "number" and isinstance(value, float) and value != value:  # NaN
        ok = False
    if not ok:
        raise bad_request(f"{where}: expected {name}, got {_kind(value)}", param=where)
    return value


def need_range(value: Any, kind: str, where: str, low: float, high: float) -> Any:
    need(value, kind, where)
    if not low <= value <= high:
        raise bad_request(f"{where}: must be between {low:g} and {high:g}", param=where)
    return value


def check_keys(obj: dict[str, Any], known: frozenset[str], where: str) -> None:
    """A 400 for the first field the vendor would not recognise (vendors reject them too).

    A field set to ``null`` is let through: SDKs dump their own response objects back as
    request history with every newer optional field present and ``None``.
    """
    for key, value in obj.items():
        if key not in known and value is not None:
            name = f"{where}.{key}" if where else key
            raise HTTPError(
                400,
                "invalid_request",
                f"Unrecognized request argument supplied: {name}",
                param=name,
                code="unknown_parameter",
            )
