"""Passwords on command lines: the shell history and runbooks pasted into tickets.

``mysql -u root -pS3cret``, ``docker login -u ci -p S3cret``, ``curl -u admin:S3cret``,
``sshpass -p S3cret``, ``redis-cli -a S3cret`` and ``--password S3cret`` carry the password
as an argument, with no name assigned to it that the SECRET detector's assignment rules
could see. ``-p`` alone means a port or "parents" in most tools (``ssh -p 2222``,
``mkdir -p``), so the short flags count only after the command that gives them the
password meaning; the long ``--password``/``--passwd`` flags count anywhere.

Each command is searched only when its name occurs in the lower-cased text (a C-level
find), with or without the multi-pattern engine, so both paths find the same.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span

__all__ = ["command_line_secrets"]

# A password argument: a quoted string, or a run of non-space characters that is not the
# next flag.
_VALUE = r"(?P<v>'[^'\n]{1,256}'|\"[^\"\n]{1,256}\"|(?!-)[^\s'\"`]{1,256})"
_USER = r"[^\s:'\"]{1,128}"
# The rest of the command: up to the end of the line or of the command in a pipe or list.
_ARGS = r"\b[^\n|;&]*?[ \t]"
# (word that must occur in the lower-cased text, pattern whose group "v" is the password)
_COMMANDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # mysql takes the password glued to -p; "-p mydb" prompts for it.
    ("mysql", re.compile(rf"\bmysql(?:dump|admin|import|sh)?{_ARGS}-p(?P<v>[^\s'\"`]{{1,256}})")),
    ("login", re.compile(rf"\blogin{_ARGS}-p[ \t]+{_VALUE}")),
    ("sshpass", re.compile(rf"\bsshpass[ \t]+-p[ \t]*{_VALUE}")),
    ("redis-cli", re.compile(rf"\bredis-cli{_ARGS}-a[ \t]+{_VALUE}")),
    # curl -u user:password
    ("curl", re.compile(rf"\bcurl{_ARGS}(?:-u|--user)[ \t=]*{_USER}:(?P<v>[^\s'\"@]{{1,256}})")),
    ("--pass", re.compile(rf"(?<![\w-])--pass(?:word|wd)?[ \t]+{_VALUE}")),
)  # fmt: skip


def command_line_secrets(ctx: ScanContext) -> list[Span]:
    """Password arguments of the commands above, as SECRET spans (quotes excluded)."""
    low = ctx.lower
    out: list[Span] = []
    for word, pattern in _COMMANDS:
        if word not in low:
            continue
        for m in pattern.finditer(ctx.text):
            start, end = m.span("v")
            if ctx.text[start] in "'\"":
                start, end = start + 1, end - 1
            if end - start >= 4 and not ctx.text[start:end].startswith(("$", "%", "<")):
                out.append(Span(start, end, "SECRET"))
    return out
