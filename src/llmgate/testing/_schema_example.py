"""A small JSON value that fits a JSON Schema: what the fake vendors answer for structured
output when nothing was scripted (a real vendor's strict mode answers only such values)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["schema_example"]


def schema_example(schema: Any, root: Mapping[str, Any] | None = None, depth: int = 0) -> Any:
    """A deterministic value of ``schema`` (required properties only; ``$ref`` followed)."""
    if not isinstance(schema, Mapping) or depth > 16:
        return None
    root = schema if root is None else root
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = root
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        return schema_example(target, root, depth + 1)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            return schema_example(schema[key][0], root, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        return {
            name: schema_example(props.get(name, {}), root, depth + 1)
            for name in schema.get("required") or ()
        }
    if kind == "array":
        return [schema_example(schema.get("items", {}), root, depth + 1)]
    return {"string": "example", "integer": 1, "number": 1.5, "boolean": True}.get(str(kind))
