"""Credentials that machine configuration files name in their own syntax.

A ``.netrc`` writes ``machine <host> login <user> password <secret>`` with blanks and line
breaks as the only separators, so the assignment rules (``name=value``, ``name: value``)
never see the password; a Kubernetes ``kubernetes.io/dockerconfigjson`` secret holds the
whole registry login as base64 under the key ``.dockerconfigjson``, whose name carries no
password word. Each format is one row of ``CONFIG_VALUES``: the literal that must occur
(a C-level find, the same on every engine path) and the pattern whose group ``v`` is the
secret. A reference (``$NETRC_PASSWORD``, ``{{ ... }}``, ``%VAR%``) is no value.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span

__all__ = ["CONFIG_VALUES", "config_secrets"]

CONFIG_VALUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # .netrc / _netrc: "machine HOST" (or "default" before a "login"), then "login",
    # "account" or "port" tokens, then "password", on one line or several
    (
        "password",
        re.compile(
            r"(?:^|(?<=\s))(?:machine[ \t]+\S{1,255}|default(?=\s{1,8}(?:login|account)\s))"
            r"(?:\s{1,8}(?:login|account|port)[ \t]+\S{1,255}){0,3}"
            r"\s{1,8}password[ \t]+(?P<v>\S{1,256})"
        ),
    ),
    # Kubernetes dockerconfigjson / dockercfg secrets (YAML or JSON): base64 of the login
    (
        ".docker",
        re.compile(
            r"\.docker(?:configjson|cfg)[\"']?[ \t]*:[ \t]*[\"']?"
            r"(?P<v>[A-Za-z0-9+/]{16,8000}+={0,2})"
        ),
    ),
)
_REFERENCE = re.compile(r"[$%<]|\{\{")


def config_secrets(text: str) -> list[Span]:
    """SECRET spans of the ``CONFIG_VALUES`` formats found in ``text``."""
    out: list[Span] = []
    for gate, pattern in CONFIG_VALUES:
        if gate not in text:
            continue
        for m in pattern.finditer(text):
            value = m.group("v")
            if len(value) >= 4 and _REFERENCE.match(value) is None:
                out.append(Span(m.start("v"), m.end("v"), "SECRET"))
    return out
