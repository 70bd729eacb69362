"""Structured output: what ``response_format=`` means, and checking the answer against it.

The caller names the shape once (a pydantic class or a JSON Schema); each provider asks its
vendor for it in the vendor's own way (OpenAI's ``json_schema`` response format, a forced
Anthropic tool, llama.cpp's schema grammar) and returns the JSON as the answer's text. The
core then parses and validates that text here, the same way for every provider, so an
invalid answer is one typed error (:class:`~llmgate.errors.OutputValidationError`) that the
route's ``on_invalid_output`` setting can retry or fail over.

Validation of a plain JSON Schema covers the keywords that structured-output schemas use
(``type``, ``properties``, ``required``, ``additionalProperties``, ``items``, ``enum``,
``const``, ``anyOf``, local ``$ref``): the core depends on nothing but pydantic, and the
vendors' strict modes accept no more than that subset anyway.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from llmgate import errors
from llmgate._jsonschema import check
from llmgate._types import ResponseFormat, Usage

__all__ = ["PASSTHROUGH_TYPES", "parse_output", "response_format_from"]

# OpenAI's schema-less modes: sent as they are, as a plain parameter (what they were before
# ``response_format=`` meant a schema), for the providers that list the parameter.
PASSTHROUGH_TYPES = frozenset({"text", "json_object"})
_NAME = re.compile(r"[^A-Za-z0-9_-]")


def response_format_from(value: Any) -> ResponseFormat:
    """The :class:`ResponseFormat` for what a caller passed as ``response_format``.

    Accepts a pydantic model class, a JSON Schema (a dict whose root is an object), or
    OpenAI's own ``{"type": "json_schema", "json_schema": {"name", "schema", "strict"}}``.
    Raises ``BadRequestError`` for anything else, before anything is sent.
    """
    if isinstance(value, type) and issubclass(value, BaseModel):
        schema = value.model_json_schema()
        return _made(value.__name__, schema, None, value)
    if isinstance(value, Mapping):
        if value.get("type") == "json_schema" and isinstance(value.get("json_schema"), Mapping):
            inner = value["json_schema"]
            schema = inner.get("schema")
            if not isinstance(schema, Mapping):
                raise errors.BadRequestError("response_format.json_schema.schema must be a dict")
            strict = inner.get("strict")
            return _made(str(inner.get("name") or "response"), dict(schema), strict, None)
        return _made(str(value.get("title") or "response"), dict(value), None, None)
    raise errors.BadRequestError(
        "response_format must be a pydantic model class, a JSON Schema dict, or "
        f"{{'type': 'json_object'}}; got {type(value).__name__}"
    )


def _made(name: str, schema: dict[str, Any], strict: Any, model: Any) -> ResponseFormat:
    if schema.get("type") != "object":
        raise errors.BadRequestError(
            'response_format: the schema\'s root must be {"type": "object", ...} '
            "(wrap a list or a scalar in an object property)"
        )
    schema = copy.deepcopy(schema)
    closable = _close_objects(schema)
    name = _NAME.sub("_", name)[:64] or "response"
    return ResponseFormat(name, schema, closable if strict is None else bool(strict), model)


def _close_objects(node: Any) -> bool:
    """Add ``additionalProperties: false`` to every object schema that does not say;
    True when every property of every object is also required (what strict modes need)."""
    ok = True
    if isinstance(node, dict):
        if node.get("type") == "object":
            node.setdefault("additionalProperties", False)
            props = node.get("properties") or {}
            if set(props) != set(node.get("required") or ()) or node["additionalProperties"]:
                ok = False
        for value in node.values():
            ok = _close_objects(value) and ok
    elif isinstance(node, list):
        for item in node:
            ok = _close_objects(item) and ok
    return ok


def parse_output(
    fmt: ResponseFormat, text: str, *, provider: str, model: str, usage: Usage | None
) -> Any:
    """The answer ``text`` decoded and validated against ``fmt``.

    Raises :class:`~llmgate.errors.OutputValidationError` naming what is wrong (never the
    answer's content, which may be personal data: it is on the error's ``text``).
    """
    where: dict[str, Any] = {"provider": provider, "model": model, "text": text, "usage": usage}
    if fmt.model is not None:
        try:
            return fmt.model.model_validate_json(text)
        except ValidationError as exc:
            raise errors.OutputValidationError(
                f"the answer is not a valid {fmt.model.__name__}: {_pydantic_problems(exc)}",
                **where,
            ) from None
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise errors.OutputValidationError(f"the answer is not JSON: {exc}", **where) from None
    problem = check(value, fmt.schema)
    if problem is not None:
        raise errors.OutputValidationError(
            f"the answer does not match schema {fmt.name!r}: {problem}", **where
        )
    return value


def _pydantic_problems(exc: ValidationError) -> str:
    # ``include_input=False``: pydantic's default text quotes the offending values.
    parts = [
        f"{'.'.join(str(p) for p in e['loc']) or '$'}: {e['msg']}"
        for e in exc.errors(include_input=False, include_url=False)
    ]
    return "; ".join(parts[:5]) + (f" (+{len(parts) - 5} more)" if len(parts) > 5 else "")
