"""A small JSON Schema validator: what answer schemas use, with problems that quote no values.

Structured output validates a model's answer against the caller's schema, and ``llmgate
eval``'s ``json`` scorer does the same for rows (with ``jsonschema`` when it is installed).
Both need the subset answer schemas use: ``type``, ``properties``, ``required``,
``additionalProperties`` (boolean), ``items``, ``enum``, ``const``, ``$ref`` to ``#/...``,
``anyOf``/``oneOf``/``allOf``, ``minimum``/``maximum``, ``minLength``/``maxLength``,
``minItems``/``maxItems``, ``pattern``. A problem names the path and the rule, never the
value found there: an answer may hold personal data, and errors end up in logs::

    check({"n": "3"}, {"type": "object", "properties": {"n": {"type": "integer"}}})
    # "$.n: expected integer, got string"
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["check"]

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def check(value: Any, schema: Mapping[str, Any]) -> str | None:
    """The first problem of ``value`` against ``schema``, or ``None`` when it matches."""
    return _check(value, schema, schema, "$")


def _check(value: Any, schema: Any, root: Mapping[str, Any], at: str) -> str | None:
    if not isinstance(schema, Mapping):
        return None
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = root
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        return _check(value, target, root, at)
    kind = schema.get("type")
    if kind is not None:
        kinds = [kind] if isinstance(kind, str) else list(kind)
        if not any(_type_ok(value, str(k)) for k in kinds):
            return f"{at}: expected {' or '.join(map(str, kinds))}, got {_json_type(value)}"
    if "const" in schema and value != schema["const"]:
        return f"{at}: is not the constant the schema requires"
    if "enum" in schema and value not in schema["enum"]:
        return f"{at}: is not one of the schema's enum values"
    for combo in ("allOf", "anyOf", "oneOf"):
        options = schema.get(combo)
        if not isinstance(options, list) or not options:
            continue
        fails = [_check(value, sub, root, at) for sub in options]
        ok = sum(f is None for f in fails)
        if combo == "allOf" and ok < len(fails):
            return next(f for f in fails if f is not None)
        if combo == "anyOf" and ok == 0:
            return f"{at}: matches none of the anyOf alternatives"
        if combo == "oneOf" and ok != 1:
            return f"{at}: matches {ok} of the oneOf alternatives (exactly one needed)"
    if isinstance(value, dict):
        return _check_object(value, schema, root, at)
    if isinstance(value, list):
        return _check_array(value, schema, root, at)
    if isinstance(value, str):
        return _check_string(value, schema, at)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return f"{at}: below the minimum {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            return f"{at}: above the maximum {schema['maximum']}"
    return None


def _check_object(
    value: dict[str, Any], schema: Mapping[str, Any], root: Mapping[str, Any], at: str
) -> str | None:
    for name in schema.get("required") or ():
        if name not in value:
            return f"{at}: missing required property {name!r}"
    props = schema.get("properties") or {}
    for name, item in value.items():
        if name in props:
            problem = _check(item, props[name], root, f"{at}.{name}")
            if problem is not None:
                return problem
        elif schema.get("additionalProperties") is False:
            return f"{at}: property {name!r} is not allowed"
    return None


def _check_array(
    value: list[Any], schema: Mapping[str, Any], root: Mapping[str, Any], at: str
) -> str | None:
    if len(value) < schema.get("minItems", 0):
        return f"{at}: fewer than {schema['minItems']} items"
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        return f"{at}: more than {schema['maxItems']} items"
    items = schema.get("items")
    if isinstance(items, Mapping):
        for i, item in enumerate(value):
            problem = _check(item, items, root, f"{at}[{i}]")
            if problem is not None:
                return problem
    return None


def _check_string(value: str, schema: Mapping[str, Any], at: str) -> str | None:
    if len(value) < schema.get("minLength", 0):
        return f"{at}: shorter than {schema['minLength']} characters"
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        return f"{at}: longer than {schema['maxLength']} characters"
    if "pattern" in schema and not re.search(schema["pattern"], value):
        return f"{at}: does not match the pattern {schema['pattern']!r}"
    return None


def _type_ok(value: Any, name: str) -> bool:
    if isinstance(value, bool):  # a bool is an int in Python, never in JSON
        return name == "boolean"
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES.get(name, (object,)))


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, float):
        return "number"
    for name, kinds in _TYPES.items():
        if isinstance(value, kinds):
            return name
    return type(value).__name__
