"""A password on a "pass:" line right under a login line ("user: m.keller" / "pass:
Sommer#2026!"), one of the prose rules of ``passwords.py``: a bare "pass" is a password's
label only there ("pass" alone is also a ticket, a test result, a verb).
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span, longest_first
from llmgate.redaction.password_values import looks_like_password, trim_value
from llmgate.redaction.password_words import LOGIN_WORDS

__all__ = ["pass_lines"]

_LOGINS = longest_first(LOGIN_WORDS)
# "user: m.keller" / "pass: Sommer#2026!": a bare "pass" is a password's label only as the
# label of the line under a login's ("pass" alone is also a ticket, a test result, a verb).
_PASS_LINE = re.compile(r"pass[ \t]*[:=][ \t]*(?P<q>[\"']?)(?P<bare>[^\s\"'`]{4,80})(?P=q)")
_LOGIN_LINE = re.compile(rf"[ \t]*(?:{_LOGINS})(?:[ \t]*name)?[ \t]*[:=][ \t]*[^\s:=]")


def pass_lines(text: str, low: str) -> list[Span]:
    """The value of a "pass:" line right under a login line (the text searched as is, on
    both paths)."""
    out: list[Span] = []
    i = low.find("pass")
    while i >= 0:
        line = low.rfind("\n", 0, i) + 1
        m = _PASS_LINE.match(low, i) if not low[line:i].strip() else None
        if m is not None and line:
            above = low.rfind("\n", 0, line - 1) + 1
            start = m.start("bare")
            end = start + len(trim_value(m.group("bare")))
            if _LOGIN_LINE.match(low, above, line - 1) is not None and looks_like_password(
                text[start:end], prose=True
            ):
                out.append(Span(start, end, "SECRET"))
        i = low.find("pass", i + 4)
    return out
