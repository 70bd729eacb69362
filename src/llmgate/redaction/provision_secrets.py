"""Secrets in what provisions accounts: cloud-init's ``chpasswd``, a password hash in a
user's ``passwd``, a client's saved site (FileZilla's ``<Pass encoding="base64">``), and a
directory account's description that holds its first password.

cloud-init sets passwords from a list of ``user:password`` lines (``chpasswd: list: |``
or ``- user:password`` items; ``RANDOM`` asks for a generated one); a shell does the same
with ``echo 'user:password' | chpasswd``. A user's ``passwd:`` or ``hashed_passwd:``
holds a crypt hash (``$6$...``): a hash that opens the account to whoever cracks it, so
it goes with the password (a Rails ``encrypted_password`` or a ``password_digest`` column,
a store's own hash beside the record, is ``dump_secrets``' business and stays).
FileZilla keeps a site's password base64-encoded in an element with attributes
(``<Pass encoding="base64">``): encoding is no encryption, the whole value is the secret
(``encoding="crypt"`` is encrypted under a master password and stays).
An administrator writes a new account's password into its ``Description`` or ``Info``
(PowerShell's ``Get-ADUser`` lists them): after the word, the Romance languages put the
adjective (``password temporanea``, ``senha inicial``, ``mot de passe provisoire``,
``contraseña temporal``), which the prose rules do not expect between word and value.

Each rule runs only where its marker occurs (C-level finds) and reads bounded runs, so the
cost stays linear and the same on every engine path.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span, longest_first
from llmgate.redaction.password_values import answer_like, looks_like_password

__all__ = ["PASSWORD_QUALIFIERS", "provision_secrets"]

# cloud-init: "chpasswd:" then, within its block, "list: |" lines or "- user:password" items.
_CHPASSWD_BLOCK = re.compile(
    r"(?m)^(?P<indent>[ \t]*)(?:-[ \t]+)?chpasswd:[ \t]*(?:\{[^}\n]*\})?\r?\n"
)
_LIST_LINE = re.compile(
    r"[ \t]*(?:-[ \t]+)?[\"']?(?P<u>[a-z_][\w.\-]{0,31}):(?P<v>[^\s\"']{1,200})[\"']?[ \t]*\r?$"
)
# echo 'user:password' | chpasswd ; chpasswd <<< "user:password"
_SHELL_CHPASSWD = re.compile(
    r"(?:echo|printf)[ \t]+(?:-e[ \t]+)?(?P<q>[\"']?)(?P<u>[a-z_][\w.\-]{0,31}):"
    r"(?P<v>[^\s\"':]{1,200})(?P=q)[ \t]*\|[ \t]*(?:sudo[ \t]+)?(?:/usr/sbin/)?chpasswd"
    r"|chpasswd[ \t]*<<<[ \t]*(?P<q2>[\"']?)(?P<u2>[a-z_][\w.\-]{0,31}):(?P<v2>[^\s\"':]{1,200})"
    r"(?P=q2)"
)
_RANDOM = frozenset(("random", "r"))
_LIST_KEYS = frozenset(("expire", "list", "users", "name", "type", "password"))
# A crypt hash under a user's password key (cloud-init, Ansible's user module, autoinstall)
# (a bcrypt "$2b$" under a plain "password" is a web application's stored hash: it stays).
_CRYPT_UNDER = re.compile(
    r"(?<![\w\-])(?:(?:hashed_passwd|passwd)[\"']?[ \t]*[:=][ \t]*(?P<q>[\"']?)"
    r"(?P<v>\$(?:1|2[aby]?|5|6|y|gy|7|sha1|md5)\$[A-Za-z0-9./$=,+\-]{8,300})(?P=q)"
    r"|password[\"']?[ \t]*[:=][ \t]*(?P<q2>[\"']?)"
    r"(?P<v2>\$(?:1|5|6|y|gy|7|sha1|md5)\$[A-Za-z0-9./$=,+\-]{8,300})(?P=q2))",
    re.IGNORECASE,
)
# <Pass encoding="base64">...</Pass>, <Password type="x">...</Password>
_ATTR_ELEMENT = re.compile(
    r"<(?P<tag>Pass|Password|Passwd|Pwd|passwort|Kennwort|wachtwoord|senha|contrasena)"
    r"(?P<attrs>[ \t][^<>\n]{1,300})>(?P<v>[^<>\n]{1,300})</(?P=tag)>",
    re.IGNORECASE,
)
_ENCRYPTED = re.compile(r"encoding=[\"']?crypt|encrypted=[\"']?(?:true|1|yes)", re.IGNORECASE)
_BASE64 = re.compile(r"[A-Za-z0-9+/]{4,}={0,2}")

# A password's words, and the adjectives written after them (new, first, temporary) in the
# seven languages; "temp password:" and "Initial-Kennwort" are the prose rules' business.
_PASSWORD_WORDS = (
    "password", "passwort", "kennwort", "mot de passe", "contraseña", "contrasena", "clave",
    "senha", "wachtwoord", "pw", "pwd", "palavra-passe",
)  # fmt: skip
PASSWORD_QUALIFIERS = (
    "temporanea", "temporaneo", "provvisoria", "provvisorio", "iniziale", "nuova", "nuovo",
    "temporária", "temporaria", "provisória", "provisoria", "inicial", "nova", "novo",
    "temporal", "provisional", "nueva", "nuevo", "temporaire", "provisoire", "initial",
    "initiale", "nouveau", "temporary", "temp", "initial", "new", "tijdelijk", "nieuw",
    "vorläufig", "neu", "neues", "initiales",
)  # fmt: skip
_QUALIFIED = re.compile(
    rf"(?<![\w\-])(?:{longest_first(_PASSWORD_WORDS)})[ \t]+"
    rf"(?:{longest_first(PASSWORD_QUALIFIERS)})(?![\w\-])"
    r"(?:[ \t]*(?:[:=]|->|\bis\b|\bè\b|\bé\b|\bes\b|\best\b|\bist\b|\bis\b)[ \t]*|[ \t]+)"
    r"(?P<q>[\"'`]?)(?P<v>[^\s\"'`]{6,80})(?P=q)",
    re.IGNORECASE,
)
_TRAIL = ".,;:)"


def _chpasswd_lists(text: str) -> list[Span]:
    out: list[Span] = []
    for block in _CHPASSWD_BLOCK.finditer(text):
        indent = len(block.group("indent"))
        pos = block.end()
        for _ in range(400):  # the block's lines: deeper than "chpasswd:" itself
            nl = text.find("\n", pos)
            end = len(text) if nl < 0 else nl
            line = text[pos:end]
            stripped = line.lstrip(" \t")
            if stripped and len(line) - len(stripped) <= indent:
                break
            m = _LIST_LINE.fullmatch(line)
            if (
                m is not None
                and m.group("v").lower() not in _RANDOM
                and ": " not in line
                and m.group("u") not in _LIST_KEYS
            ):
                out.append(Span(pos + m.start("v"), pos + m.end("v"), "SECRET"))
            if nl < 0:
                break
            pos = nl + 1
    return out


def _shell_chpasswd(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _SHELL_CHPASSWD.finditer(text):
        group = "v" if m.group("v") is not None else "v2"
        if m.group(group).lower() not in _RANDOM and not m.group(group).startswith("$"):
            out.append(Span(m.start(group), m.end(group), "SECRET"))
    return out


def _crypt_hashes(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _CRYPT_UNDER.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        before = text[line : m.start()].rstrip(" \t\"'-")
        if before and (before[-1].isalnum() or before[-1] in "_."):
            continue  # "encrypted_password", "user.password": a store's hash column
        group = "v" if m.group("v") is not None else "v2"
        out.append(Span(m.start(group), m.end(group), "SECRET"))
    return out


def _attr_elements(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _ATTR_ELEMENT.finditer(text):
        value = m.group("v").strip()
        if _ENCRYPTED.search(m.group("attrs")) is not None or len(value) < 4:
            continue
        if "base64" in m.group("attrs").lower():
            ok = _BASE64.fullmatch(value) is not None
        else:
            ok = looks_like_password(value, prose=False)
        if ok:
            start = m.start("v") + m.group("v").find(value)
            out.append(Span(start, start + len(value), "SECRET"))
    return out


def _qualified(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _QUALIFIED.finditer(text):
        value = m.group("v")
        if not m.group("q"):
            value = value.rstrip(_TRAIL)
        if answer_like(value) and not value.startswith(("http", "www.")):
            out.append(Span(m.start("v"), m.start("v") + len(value), "SECRET"))
    return out


def provision_secrets(ctx: ScanContext) -> list[Span]:
    """cloud-init and shell ``chpasswd`` passwords, crypt hashes under a user's password
    key, FileZilla-style encoded password elements, and passwords named with an adjective
    after the word (directory descriptions)."""
    text, low = ctx.text, ctx.lower
    out: list[Span] = []
    if "chpasswd" in low:
        out.extend(_chpasswd_lists(text))
        out.extend(_shell_chpasswd(text))
    if "pass" in low and "$" in text:
        out.extend(_crypt_hashes(text))
    if "</" in text:
        out.extend(_attr_elements(text))
    if any(
        w in low for w in ("pass", "kennwort", "contrase", "clave", "senha", "wachtwoord", "pw")
    ):
        out.extend(_qualified(text))
    return out
