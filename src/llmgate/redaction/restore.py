"""Put the original values back into a model's answer: whole, streamed, or inside JSON.

Only placeholders the vault issued are replaced; anything else that looks like one is left
as written. A stream is restored chunk by chunk holding back at most one possible
placeholder prefix (the text from the last ``[`` when it could still become one), so the
user sees text as it arrives and a placeholder split across chunks is still restored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from llmgate.redaction.placeholders import (
    MAX_PLACEHOLDER_LEN,
    PLACEHOLDER_RE,
    Vault,
    placeholder_key,
)

__all__ = ["StreamRestorer", "json_escape", "restore", "restore_json"]

# Characters a placeholder can contain after its "[": anything else ends the hold.
_PREFIX_RE = re.compile(r"\[[A-Za-z0-9 \t_\-\\]*")


def json_escape(value: str) -> str:
    """``value`` escaped for the inside of a JSON string literal.

    A value masked inside JSON text (``"J\\u00fcrgen"`` in a tool result) was already
    written as the inside of a string literal: it goes back as written, not escaped twice.
    """
    if "\\" in value:
        try:
            json.loads(f'"{value}"')
        except ValueError:
            pass
        else:
            return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def restore(text: str, vault: Vault, escape: Callable[[str], str] | None = None) -> str:
    """Replace every placeholder ``vault`` issued in ``text`` by its value."""
    if "[" not in text or not len(vault):
        return text

    def swap(m: re.Match[str]) -> str:
        value = vault.value_of(*placeholder_key(m.group(1), m.group(2)))
        if value is None:
            return m.group()
        return escape(value) if escape is not None else value

    return PLACEHOLDER_RE.sub(swap, text)


def restore_json(text: str, vault: Vault) -> str:
    """Restore inside JSON text (tool-call arguments); the result stays valid JSON.

    Values are escaped for a string literal, so a restored password with a quote or a
    backslash cannot break the arguments the application parses.
    """
    return restore(text, vault, json_escape)


class StreamRestorer:
    """Restores a streamed answer chunk by chunk.

    ::

        restorer = red.stream_restorer(masked.vault)
        for chunk in vendor_stream:
            print(restorer.feed(chunk), end="")
        print(restorer.flush())

    ``feed`` returns what can be shown now; at most ``MAX_PLACEHOLDER_LEN`` characters are
    held back (``held``), and only while they may still be the start of a placeholder.
    With ``json=True`` values are escaped for tool-call argument JSON.
    """

    def __init__(self, vault: Vault, *, json: bool = False) -> None:
        self._vault = vault
        self._escape = json_escape if json else None
        self._pending = ""

    @property
    def held(self) -> int:
        """Characters received but not yet returned."""
        return len(self._pending)

    def feed(self, chunk: str) -> str:
        buf = self._pending + chunk if self._pending else chunk
        cut = self._cut(buf)
        self._pending = buf[cut:]
        return restore(buf[:cut], self._vault, self._escape)

    def flush(self) -> str:
        """Everything still held, restored; call once at the end of the stream."""
        out = restore(self._pending, self._vault, self._escape)
        self._pending = ""
        return out

    @staticmethod
    def _cut(buf: str) -> int:
        """Where the text that may still become a placeholder begins (len(buf) if nowhere).

        A placeholder contains no "[" after its first character, so only the last "[" can
        start one that is not complete yet.
        """
        i = buf.rfind("[")
        if i < 0 or len(buf) - i >= MAX_PLACEHOLDER_LEN:
            return len(buf)
        if _PREFIX_RE.fullmatch(buf, i) is None:
            return len(buf)
        return i
