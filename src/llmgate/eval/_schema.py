"""JSON Schema validation for the ``json`` scorer.

Uses ``jsonschema`` when it is installed (the full specification); otherwise a small
validator covering what answer schemas use: ``type``, ``properties``, ``required``,
``additionalProperties`` (boolean), ``items``, ``enum``, ``const``, ``minimum``/``maximum``,
``minLength``/``maxLength``, ``minItems``/``maxItems``, ``pattern``, ``anyOf``/``oneOf``/
``allOf``. ``ENGINE`` says which one is in use (the report records it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["ENGINE", "validate"]

try:  # pragma: no cover - depends on the environment
    import jsonschema as _jsonschema  # type: ignore[import-untyped,unused-ignore]

    ENGINE = "jsonschema"
except ImportError:  # pragma: no cover - depends on the environment
    _jsonschema = None
    ENGINE = "builtin-subset"

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def validate(value: Any, schema: Mapping[str, Any]) -> str | None:
    """``None`` when ``value`` matches ``schema``, else the first problem found."""
    if _jsonschema is not None:  # pragma: no cover - depends on the environment
        error = _jsonschema.exceptions.best_match(
            _jsonschema.Draft202012Validator(schema).iter_errors(value)
        )
        return None if error is None else error.message
    return _check(value, schema, "$")


def _type_ok(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES.get(name, (object,)))


def _check(value: Any, schema: Mapping[str, Any], at: str) -> str | None:
    kind = schema.get("type")
    if kind is not None:
        kinds = [kind] if isinstance(kind, str) else list(kind)
        if not any(_type_ok(value, k) for k in kinds):
            return f"{at}: expected {'/'.join(kinds)}, got {type(value).__name__}"
    if "const" in schema and value != schema["const"]:
        return f"{at}: must be {schema['const']!r}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{at}: must be one of {schema['enum']!r}"
    for combo in ("allOf", "anyOf", "oneOf"):
        if combo in schema:
            fails = [_check(value, sub, at) for sub in schema[combo]]
            ok = sum(f is None for f in fails)
            if combo == "allOf" and ok < len(fails):
                return next(f for f in fails if f is not None)
            if combo == "anyOf" and ok == 0:
                return f"{at}: matches none of anyOf"
            if combo == "oneOf" and ok != 1:
                return f"{at}: matches {ok} of oneOf (exactly one needed)"
    if isinstance(value, dict):
        return _check_object(value, schema, at)
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            return f"{at}: fewer than {schema['minItems']} items"
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return f"{at}: more than {schema['maxItems']} items"
        items = schema.get("items")
        if isinstance(items, Mapping):
            for i, item in enumerate(value):
                problem = _check(item, items, f"{at}[{i}]")
                if problem:
                    return problem
    elif isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            return f"{at}: shorter than {schema['minLength']}"
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            return f"{at}: longer than {schema['maxLength']}"
        if "pattern" in schema and not re.search(schema["pattern"], value):
            return f"{at}: does not match {schema['pattern']!r}"
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return f"{at}: below {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            return f"{at}: above {schema['maximum']}"
    return None


def _check_object(value: dict[str, Any], schema: Mapping[str, Any], at: str) -> str | None:
    for name in schema.get("required", []):
        if name not in value:
            return f"{at}: missing required property {name!r}"
    props = schema.get("properties", {})
    for name, item in value.items():
        if name in props:
            problem = _check(item, props[name], f"{at}.{name}")
            if problem:
                return problem
        elif schema.get("additionalProperties") is False:
            return f"{at}: unexpected property {name!r}"
    return None
