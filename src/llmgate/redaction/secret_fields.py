"""Passwords whose name is not written as ``name=value``: a table's column, an XML element,
a ``name``/``value`` pair, a ``key``/``value`` pair of attributes.

An export of user accounts (``username,password,email`` above its rows), a SOAP or
``web.config`` fragment (``<password>...</password>``) and the environment of a Kubernetes
pod or an ECS task (``name: DB_PASSWORD`` on one line, ``value: ...`` on the next) name
the password where the assignment rules of ``credentials`` cannot see it: the name is in
the header line, in a tag, or in a neighbouring field. The value must still look like a
password (``password_values.looks_like_password``): no placeholder, number, date or link.

Everything here runs on the text alone (C-level finds of the names first), so the pure
path and the multi-pattern engine find the same.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span
from llmgate.redaction.password_values import looks_like_password, token_ok
from llmgate.redaction.tables import split_row

__all__ = ["field_secrets"]

# A column or field name that holds a password: a short identifier around one of these.
_NAME_WORDS = ("pass", "pwd", "kennwort", "contraseña", "contrasena", "clave", "secret", "psk",
               "wpa", "wifi", "wi-fi", "wlan")  # fmt: skip
# A column of API keys or tokens ("api_key", "access_token"): its values must look random.
_TOKEN_WORDS = ("token", "apikey", "api_key", "api key", "api-key", "access_key")
_TOKEN_NAME = re.compile(
    r"[\w .\-]{0,24}(?:token|api[ _\-]?key|access[ _\-]?key)[\w .\-]{0,12}", re.IGNORECASE
)
_PASSWORD_NAME = re.compile(
    r"[\w .\-]{0,24}(?:pass(?:word|wd|wort|phrase|e)?|pwd|kennwort|contrase[ñn]a|clave|secret"
    r"|psk|(?:wi-?fi|wlan|wpa[23]?|wireless)[ _\-]?(?:key|schl[üu]ssel|sleutel)"
    r"|netzwerkschl[üu]ssel)"
    r"[\w .\-]{0,12}",
    re.IGNORECASE,
)
# Column names that carry the word but hold no password ("password_changed", "pass_rate").
_NOT_PASSWORD_NAME = re.compile(
    r".*(?:date|time|_at\b|changed|expir|hint|policy|reset|rate|port|hash|len|count|ok\b|"
    r"status|datum|fecha|boarding|type)",
    re.IGNORECASE,
)
# A column heading: a few short words (a sentence with commas is no header line).
_HEADING = re.compile(r"[\"'`\[]?[\w.\-/#()]{0,30}(?: [\w.\-/#()]{1,20}){0,2}[\"'`\]]?")
_SEPARATORS = (",", ";", "\t", "|")
# A note after a heading, in brackets: "Password [Required]", "Phone [MUST BE IN THE E.164
# FORMAT]" (the headings of Google Workspace's user upload CSV).
_NOTE = re.compile(r"(?<=\S)[ \t]+\[[^\]\n]{1,60}\][ \t]*\Z")
_ROWS = 200  # rows read under one header
# <password>Xy!9</password>, <Password value="..."/> is an assignment already.
_ELEMENT = re.compile(r"<(?P<tag>[\w:.\-]{1,40})>(?P<v>[^<>\n]{1,200})</(?P=tag)>")
# name: DB_PASSWORD / value: "..." (YAML), "name": "DB_PASSWORD", "value": "..." (JSON).
_NAME_VALUE = re.compile(
    r"\bname[\"']?[ \t]*[:=][ \t]*[\"']?(?P<n>[\w.\-]{1,60})[\"']?[ \t]*,?[ \t]*\r?\n?[ \t]*-?"
    r"[ \t]*[\"']?value[\"']?[ \t]*[:=][ \t]*(?:(?P<q>[\"'])(?P<qv>[^\"'\n]{1,200})(?P=q)"
    r"|(?P<bv>[^\s\"'][^\s,}]{0,199}))",
    re.IGNORECASE,
)
# <add key="ClearTextPassword" value="..." /> (NuGet.config's packageSourceCredentials,
# a web.config's appSettings): the name in one attribute, the value in the next.
_KEY_VALUE = re.compile(
    r"\bkey[ \t]*=[ \t]*(?P<q>[\"'])(?P<n>[\w.:\-]{1,60})(?P=q)[ \t]+value[ \t]*=[ \t]*"
    r"(?P<p>[\"'])(?P<v>[^\"'<>\n]{1,400})(?P=p)",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"[\$%{<*]|.*\*\*\*")


def _is_password_name(name: str) -> bool:
    name = name.strip().strip("\"'`[]")
    return (
        0 < len(name) <= 40
        and _PASSWORD_NAME.fullmatch(name) is not None
        and _NOT_PASSWORD_NAME.match(name) is None
    )


# A key's or a token's id, name or label ("api_key_id" in SendGrid's email activity export,
# "apiKeyId", "token_name"): it says which key sent a message, is shown in the provider's
# console, and opens nothing.
_NOT_TOKEN_NAME = re.compile(
    r".*(?:key|token)s?[ _\-.]?(?:ids?|names?|labels?|prefix)\Z|.*[ _\-.]ids?\Z", re.IGNORECASE
)


def _is_token_name(name: str) -> bool:
    name = name.strip().strip("\"'`[]")
    return (
        0 < len(name) <= 40
        and _TOKEN_NAME.fullmatch(name) is not None
        and _NOT_PASSWORD_NAME.match(name) is None
        and _NOT_TOKEN_NAME.match(name) is None
    )


def _token_value_ok(value: str) -> bool:
    """A token's value: 16 characters or more, random-looking (``token_ok``)."""
    return len(value) >= 16 and not _PLACEHOLDER.match(value) and token_ok(value)


def _value_ok(value: str, prose: bool = False) -> bool:
    """A password's value; ``prose``: one that no word looks like (a digit or a symbol)."""
    return (
        bool(value)
        and not _PLACEHOLDER.match(value)
        and " " not in value.strip()
        and looks_like_password(value.strip(), prose=prose)
    )


def _table(text: str, low: str) -> list[Span]:
    """Values under a password (or an API key's, a token's) column of a CSV/TSV table."""
    out: list[Span] = []
    seen: set[int] = set()  # line starts read as a header or as a row (each line once)
    for word in _NAME_WORDS + _TOKEN_WORDS:
        i = low.find(word)
        while i >= 0:
            lo = text.rfind("\n", 0, i) + 1
            hi = text.find("\n", i)
            if hi < 0:
                break
            if lo not in seen:
                seen.add(lo)
                out.extend(_columns(text, lo, hi, seen))
            i = low.find(word, hi + 1)  # the next line: a line's finds are not repeated
    return out


def _columns(text: str, lo: int, hi: int, seen: set[int]) -> list[Span]:
    header = text[lo:hi].rstrip("\r")
    for sep in _SEPARATORS:
        if sep not in header:
            continue
        # a heading's bracketed note goes ("Password [Required]": Google Workspace's upload)
        names = [_NOTE.sub("", name) for name in header.split(sep)]
        cols = {k: False for k, name in enumerate(names) if _is_password_name(name)}
        cols.update({k: True for k, name in enumerate(names) if _is_token_name(name)})
        if not cols or not all(_HEADING.fullmatch(name.strip()) for name in names):
            return []  # a sentence with commas is no header
        # A header with blanks in it may be a sentence with commas: its values must then
        # hold a digit or a symbol ("thanks" under "the password" is a word).
        return _rows(text, hi, sep, len(names), cols, " " in header, seen)
    return []


def _rows(
    text: str, pos: int, sep: str, ncols: int, cols: dict[int, bool], strict: bool, seen: set[int]
) -> list[Span]:
    """Values of the rows under a header: in ``cols`` (column -> whether it holds tokens)."""
    out: list[Span] = []
    for _ in range(_ROWS):
        start = pos + 1
        if start >= len(text):
            break
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].rstrip("\r")
        fields = split_row(line, sep)  # a quoted cell may hold the separator
        if len(fields) != ncols:
            break
        seen.add(start)
        offsets = [start]
        for field in fields[:-1]:
            offsets.append(offsets[-1] + len(field) + 1)
        for k, token in cols.items():
            field = fields[k]
            value = field.strip().strip("\"'")
            if _token_value_ok(value) if token else _value_ok(value, strict):
                at = offsets[k] + field.index(value)
                out.append(Span(at, at + len(value), "SECRET"))
        pos = end
    return out


# Maven's encrypted server password ("{COQLCE6DU6GtcS5P=}"): opened with the master password
# of settings-security.xml, so it is a credential too.
_MAVEN_ENCRYPTED = re.compile(r"\{[A-Za-z0-9+/]{8,200}={0,2}\}")


def _elements(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _ELEMENT.finditer(text):
        value = m.group("v").strip()
        if not _is_password_name(m.group("tag").split(":")[-1]):
            continue
        if _value_ok(value) or _MAVEN_ENCRYPTED.fullmatch(value):
            at = m.start("v") + m.group("v").index(value)
            out.append(Span(at, at + len(value), "SECRET"))
    return out


def _name_values(text: str, low: str) -> list[Span]:
    out: list[Span] = []
    i = low.find("value")
    while i >= 0:
        m = None
        lo = max(0, i - 90)
        for m in _NAME_VALUE.finditer(text, lo, min(len(text), i + 210)):
            if m.start() <= i < m.end():
                break
        else:
            m = None
        if m is not None and _is_password_name(m.group("n")):
            group = "qv" if m.group("qv") is not None else "bv"
            value = m.group(group)
            if _value_ok(value):
                out.append(Span(m.start(group), m.end(group), "SECRET"))
        i = low.find("value", i + 5)
    return out


def _key_values(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _KEY_VALUE.finditer(text):
        if _is_password_name(m.group("n")) and _value_ok(m.group("v")):
            out.append(Span(m.start("v"), m.end("v"), "SECRET"))
    return out


def field_secrets(ctx: ScanContext) -> list[Span]:
    """Passwords named by a table's header, an XML tag, a ``name``/``value`` pair or a
    ``key``/``value`` pair of attributes; called
    only where a password's name (``credentials``' stems) occurs."""
    text = ctx.text
    low = ctx.lower_aligned
    if low is None:
        return []
    out: list[Span] = []
    if "\n" in text:
        out.extend(_table(text, low))
    if "</" in text:
        out.extend(_elements(text))
    if "value" in low and "name" in low:
        out.extend(_name_values(text, low))
    if "value" in low and "key" in low:
        out.extend(_key_values(text))
    return out
