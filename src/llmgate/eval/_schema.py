"""JSON Schema validation for the ``json`` scorer.

Uses ``jsonschema`` when it is installed (the full specification); otherwise the core's
small validator (:mod:`llmgate._jsonschema`, the one structured output uses), which covers
what answer schemas use. ``ENGINE`` says which one is in use (the report records it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from llmgate._jsonschema import check

__all__ = ["ENGINE", "validate"]

try:  # pragma: no cover - depends on the environment
    import jsonschema as _jsonschema  # type: ignore[import-untyped,unused-ignore]

    ENGINE = "jsonschema"
except ImportError:  # pragma: no cover - depends on the environment
    _jsonschema = None
    ENGINE = "builtin-subset"


def validate(value: Any, schema: Mapping[str, Any]) -> str | None:
    """``None`` when ``value`` matches ``schema``, else the first problem found."""
    if _jsonschema is not None:  # pragma: no cover - depends on the environment
        error = _jsonschema.exceptions.best_match(
            _jsonschema.Draft202012Validator(schema).iter_errors(value)
        )
        return None if error is None else error.message
    return check(value, schema)
