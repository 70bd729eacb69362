"""Placeholders and the vault that remembers what each one stands for.

A placeholder is ``[TYPE_N]``: typed so the model can still reason about it ("reply to
[EMAIL_1]"), numbered per type in order of first appearance so that re-masking a
conversation that grew by one turn gives earlier values the same placeholders.

Models paraphrase: ``[ email_1 ]``, ``[Email 1]``, ``[credit-card-1]`` and the markdown
escape ``[EMAIL\\_1]`` are read back as ``[EMAIL_1]`` / ``[CREDIT_CARD_1]``
(:data:`PLACEHOLDER_RE`). A placeholder-looking string the *user* wrote is never confused
with ours: its number is reserved so the vault never issues it, and if it collides with one
already issued it is masked like any other value, so that restoring gives it back verbatim.
"""

from __future__ import annotations

import re
import threading

from llmgate._types import Redaction

__all__ = ["MAX_PLACEHOLDER_LEN", "PLACEHOLDER_RE", "Vault", "placeholder_key"]

# A separator between the words of the type and before the number: a space, "_" (also
# escaped for markdown, "\\_") or "-".
_SEP = r"(?:[ _\-]|\\_)"
# The tolerant form: bounded everywhere, so a stream never needs to hold back more than
# MAX_PLACEHOLDER_LEN characters to recognise one.
PLACEHOLDER_RE = re.compile(
    rf"\[[ \t]{{0,3}}([A-Za-z]{{1,24}}(?:{_SEP}[A-Za-z]{{1,24}}){{0,3}}){_SEP}{{0,3}}([0-9]{{1,7}})"
    r"[ \t]{0,3}\]"
)
MAX_PLACEHOLDER_LEN = 1 + 3 + 24 * 4 + 3 * 2 + 3 * 2 + 7 + 3 + 1


def placeholder_key(kind: str, number: str) -> tuple[str, int]:
    """The canonical (TYPE, n) of a tolerant match's two groups."""
    return kind.replace("\\_", "_").replace(" ", "_").replace("-", "_").upper(), int(number)


class Vault:
    """Values masked during one call (or one conversation) and their placeholders.

    Pass the same vault to every ``redact`` of a call so the messages share numbering, then
    to ``restore``. It holds the original values in memory only; its repr shows counts::

        vault = Vault()
        a = red.redact("mail bob@example.com", vault=vault)
        b = red.redact("cc bob@example.com", vault=vault)   # also [EMAIL_1]
        vault.redactions()    # [Redaction(entity='EMAIL', placeholder='[EMAIL_1]')]

    Thread-safe: concurrent ``redact`` calls may share a vault.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_value: dict[str, str] = {}
        self._by_key: dict[tuple[str, int], str] = {}
        self._order: list[Redaction] = []
        self._next: dict[str, int] = {}
        self._reserved: set[tuple[str, int]] = set()

    def __len__(self) -> int:
        return len(self._order)

    def __repr__(self) -> str:
        return f"Vault({len(self._order)} placeholders)"

    def issue(self, entity: str, value: str) -> str:
        """The placeholder for ``value``: the one it already has, else the next free one."""
        with self._lock:
            existing = self._by_value.get(value)
            if existing is not None:
                return existing
            n = self._next.get(entity, 0) + 1
            while (entity, n) in self._reserved:
                n += 1
            self._next[entity] = n
            placeholder = f"[{entity}_{n}]"
            self._by_value[value] = placeholder
            self._by_key[(entity, n)] = value
            self._order.append(Redaction(entity, placeholder))
            return placeholder

    def claim_literals(self, text: str) -> list[tuple[int, int, str]]:
        """Reserve the placeholder-looking strings of user ``text``.

        Returns those that collide with a placeholder already issued (start, end, type):
        they must be masked as values, or restoring would replace them.
        """
        if "[" not in text:
            return []
        collisions: list[tuple[int, int, str]] = []
        with self._lock:
            for m in PLACEHOLDER_RE.finditer(text):
                key = placeholder_key(m.group(1), m.group(2))
                if key in self._by_key:
                    collisions.append((m.start(), m.end(), key[0]))
                else:
                    self._reserved.add(key)
        return collisions

    def value_of(self, kind: str, number: int) -> str | None:
        """The value behind ``[kind_number]`` if this vault issued it."""
        return self._by_key.get((kind, number))

    def redactions(self) -> list[Redaction]:
        """(entity type, placeholder) of every value masked, in order; never the values."""
        with self._lock:
            return list(self._order)
