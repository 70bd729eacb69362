"""Reading an eval dataset: JSONL, one case per line, streamed (never the whole file held).

A row holds ``messages`` (OpenAI-style) or a ``prompt`` string, and optionally ``expected``
(what the default scorer compares with), ``checks`` (this row's own scorers), ``tags`` (for
per-tag breakdowns) and ``id``. A bad row is an error naming the file and the line, because
a dataset is written by hand and the person needs to find the line.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmgate.errors import LLMGateError

__all__ = ["DatasetError", "Row", "iter_rows", "row_from_mapping"]

_KEYS = {"id", "messages", "prompt", "expected", "checks", "tags", "metadata"}
_ROLES = {"system", "user", "assistant", "tool"}


class DatasetError(LLMGateError, ValueError):
    """A dataset row that cannot be used; the message names the file and the line.

    ::

        try:
            rows = list(iter_rows("cases.jsonl"))
        except DatasetError as exc:
            print(exc)   # cases.jsonl, line 3: 'messages' must be a non-empty list
    """


@dataclass(frozen=True, slots=True)
class Row:
    """One case. ``key`` is a hash of what is sent and checked: the cache's row identity
    (``id`` and ``tags`` are not part of it). A user function scorer receives it::

        def polite(answer: str, row: Row) -> bool:
            return "please" in answer.lower() or "support" not in row.tags
    """

    line: int
    id: str
    messages: tuple[dict[str, Any], ...]
    expected: Any = None
    checks: tuple[dict[str, Any], ...] = ()
    tags: tuple[str, ...] = ()
    key: str = ""


def _fail(where: str, line: int, problem: str) -> DatasetError:
    return DatasetError(f"{where}, line {line}: {problem}")


def row_from_mapping(data: Any, *, line: int, where: str = "<dataset>") -> Row:
    """Validate one decoded row (a JSON object) into a :class:`Row`."""
    if not isinstance(data, Mapping):
        raise _fail(where, line, f"a row must be a JSON object, got {type(data).__name__}")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise _fail(where, line, f"unknown key(s) {unknown}; known: {sorted(_KEYS)}")
    if ("messages" in data) == ("prompt" in data):
        raise _fail(where, line, "a row needs exactly one of 'messages' or 'prompt'")
    if "prompt" in data:
        if not isinstance(data["prompt"], str) or not data["prompt"]:
            raise _fail(where, line, "'prompt' must be a non-empty string")
        messages: list[dict[str, Any]] = [{"role": "user", "content": data["prompt"]}]
    else:
        raw = data["messages"]
        if not isinstance(raw, list) or not raw:
            raise _fail(where, line, "'messages' must be a non-empty list")
        for i, m in enumerate(raw):
            if not isinstance(m, Mapping) or m.get("role") not in _ROLES:
                raise _fail(
                    where, line, f"messages[{i}] must be an object with a role in {sorted(_ROLES)}"
                )
        messages = [dict(m) for m in raw]
    checks = data.get("checks", [])
    if not isinstance(checks, list) or not all(isinstance(c, Mapping) for c in checks):
        raise _fail(where, line, '\'checks\' must be a list of objects like {"type": "regex"}')
    for i, c in enumerate(checks):
        if not isinstance(c.get("type"), str):
            raise _fail(where, line, f"checks[{i}] needs a 'type' (a scorer name)")
    tags = data.get("tags", [])
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise _fail(where, line, "'tags' must be a list of strings")
    row_id = data.get("id", line)
    if not isinstance(row_id, str | int):
        raise _fail(where, line, "'id' must be a string or an integer")
    identity = {"messages": messages, "expected": data.get("expected"), "checks": checks}
    key = hashlib.sha256(
        json.dumps(identity, sort_keys=True, ensure_ascii=False, default=str).encode()
    ).hexdigest()[:32]
    return Row(
        line=line,
        id=str(row_id),
        messages=tuple(messages),
        expected=data.get("expected"),
        checks=tuple(dict(c) for c in checks),
        tags=tuple(tags),
        key=key,
    )


def iter_rows(source: str | os.PathLike[str] | Iterable[Mapping[str, Any]]) -> Iterator[Row]:
    """The rows of a JSONL file (read line by line) or of an iterable of mappings.

    Blank lines and lines starting with ``#`` are skipped; line numbers count them, so an
    error points at the line an editor shows.
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            handle = path.open(encoding="utf-8")
        except OSError as exc:
            raise DatasetError(f"cannot read dataset {str(path)!r}: {exc.strerror}") from exc
        with handle:
            for number, text in enumerate(handle, start=1):
                stripped = text.strip()
                if not stripped or stripped.startswith("#"):
                    continue
                try:
                    data = json.loads(stripped)
                except json.JSONDecodeError as exc:
                    raise _fail(str(path), number, f"not valid JSON ({exc.msg})") from None
                yield row_from_mapping(data, line=number, where=str(path))
        return
    for number, data in enumerate(source, start=1):
        yield row_from_mapping(data, line=number)
