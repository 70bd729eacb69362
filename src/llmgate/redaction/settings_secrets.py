"""Secrets in saved settings whose name is an attribute: Android's SharedPreferences XML
(``<string name="auth_token">...</string>``), .NET's user settings (``<setting
name="SmtpPassword"><value>...</value></setting>``), Java's XML properties (``<entry
key="db.password">...</entry>``); and a password a PowerShell line turns into a secure
string (``ConvertTo-SecureString "..." -AsPlainText``) or Windows' ``net user NAME PASS``.

An app's preferences file, pulled from a device or pasted in a bug report, names each
value in an attribute and holds it as the element's text, where neither the assignment
rules (``name=value``) nor the element rule of ``secret_fields`` (``<password>``) look.
The name says what the value is (``dump_secrets.field_kind``): a push token's name
(``fcm_token``) or a hash's says it is none.

Each rule runs only where its marker occurs (C-level finds) and reads bounded runs, so the
cost stays linear and the same on every engine path.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span
from llmgate.redaction.dump_secrets import field_kind, value_ok
from llmgate.redaction.password_values import answer_like

__all__ = ["settings_secrets"]

# <string name="auth_token">X</string>, <entry key="db.password">X</entry>,
# <setting name="SmtpPassword" serializeAs="String"> <value>X</value>
_NAMED = re.compile(
    r"<(?P<tag>[\w:.\-]{1,30})[ \t][^<>\n]{0,120}?\b(?:name|key)[ \t]*=[ \t]*"
    r"(?P<q>[\"'])(?P<n>[^\"'<>\n]{1,60})(?P=q)[^<>\n]{0,120}>[ \t]*\r?\n?[ \t]*"
    r"(?:<value>(?P<w>[^<>\n]{1,400})</value>|(?P<v>[^<>\n]{1,400})</(?P=tag)>)"
)
# ConvertTo-SecureString "X" -AsPlainText (the string may also come after the switch)
_SECURE_STRING = re.compile(
    r"ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?:-AsPlainText[ \t]+(?:-Force[ \t]+)?)?"
    r"(?P<q>[\"'])(?P<v>[^\"'\n]{1,200})(?P=q)",
    re.IGNORECASE,
)
# net user NAME PASS [/add|/domain|...] (a "*" asks for the password at the prompt)
_NET_USER = re.compile(
    r"\bnet1?(?:\.exe)?[ \t]+user[ \t]+(?P<u>\"[^\"\n]{1,40}\"|[^\s/\"]{1,40})[ \t]+"
    r"(?P<q>\"?)(?P<v>[^\s/\"*][^\s\"]{3,127})(?P=q)(?=[ \t]|\r?$|\n)",
    re.IGNORECASE | re.MULTILINE,
)


def _named_elements(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _NAMED.finditer(text):
        kind = field_kind(m.group("n"))
        group = "v" if m.group("v") is not None else "w"
        if kind is None:
            continue
        value = m.group(group).strip()
        if value and value_ok(kind, value):
            start = m.start(group) + m.group(group).find(value)
            out.append(Span(start, start + len(value), "SECRET"))
    return out


def settings_secrets(ctx: ScanContext) -> list[Span]:
    """Values of settings named by an attribute, secure strings, ``net user`` passwords."""
    text, low = ctx.text, ctx.lower
    out: list[Span] = []
    if "</" in text and ("name=" in low or "key=" in low):
        out.extend(_named_elements(text))
    if "convertto-securestring" in low:
        out.extend(
            Span(m.start("v"), m.end("v"), "SECRET")
            for m in _SECURE_STRING.finditer(text)
            if len(m.group("v")) >= 4 and not m.group("v").startswith("$")
        )
    if "net" in low and "user" in low:
        out.extend(
            Span(m.start("v"), m.end("v"), "SECRET")
            for m in _NET_USER.finditer(text)
            if answer_like(m.group("v"))
        )
    return out
