"""The credentials of a Go MySQL DSN, which has no scheme: ``user:password@tcp(db:3306)/name``
(also ``unix`` and ``udp``). Moved out of credentials.py so that module stays small."""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span

__all__ = ["dsn_credentials"]

_DSN_PASSWORD = re.compile(
    r"(?<![\w.\-/:@])([\w.\-]{1,64}):([^\s@/\"'`]{1,128})@(?:tcp|unix|udp)\("
)


def dsn_credentials(text: str) -> list[Span]:
    """``user:password`` of a Go MySQL DSN (no scheme; a few substring tests first, on
    every engine path alike)."""
    if "@tcp(" not in text and "@unix(" not in text and "@udp(" not in text:
        return []
    return [Span(m.start(1), m.end(2), "SECRET") for m in _DSN_PASSWORD.finditer(text)]
