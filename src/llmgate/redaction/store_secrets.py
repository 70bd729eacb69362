"""Secrets in what a data store logs: Redis ``MONITOR`` lines and ``redis-cli`` sessions,
SQL statements in a MySQL general log or a PostgreSQL statement log.

Redis prints each command it runs as quoted arguments (``1741253011.2 [0 10.0.3.8:51820]
"AUTH" "..."``): the command's own syntax says which argument is a password (the last of
``AUTH``, the one after ``AUTH`` in ``HELLO`` and ``MIGRATE``, ``>...`` in ``ACL SETUSER``,
the value of ``CONFIG SET requirepass``), and a hash's field names say what their values
are (``HSET user:1 "password" "..." "otp" "123456"``, by ``dump_secrets.field_kind``).
A key that names a verification (``verify:+39...``, ``otp:...``) makes its ``code`` field
or its plain value a one-time code.

SQL names a password by its grammar: ``IDENTIFIED [WITH plugin] BY '...'``, ``SET
PASSWORD [FOR user] = [PASSWORD(]'...'``, PostgreSQL's ``[ENCRYPTED] PASSWORD '...'`` in
``CREATE``/``ALTER USER|ROLE``; and by its columns: an ``INSERT``'s column list pairs each
name with its value (``(email, password, ...) VALUES ('...', '...')``), an ``UPDATE``'s or
a ``WHERE``'s ``name = '...'`` pairs them in place. A hash under ``password_hash`` is no
secret (``field_kind``).

Each rule runs only where its marker occurs (C-level finds) and reads bounded runs, so
the cost stays linear and the same on every engine path.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span
from llmgate.redaction.dump_secrets import field_kind, value_ok
from llmgate.redaction.password_values import CRYPT_ID, answer_like

__all__ = ["store_secrets"]

# A MONITOR line: the time, "[db address]", then the quoted arguments.
_MONITOR = re.compile(r"[0-9]{9,11}\.[0-9]{1,6} \[[^\]\n]{1,80}\] (?=\")")
_ARG = re.compile(r"\"((?:[^\"\\\n]|\\.){0,1000}+)\"[ \t]?")
# redis-cli's prompt ("127.0.0.1:6379> AUTH X", "redis> AUTH default X")
_CLI_AUTH = re.compile(
    r"(?:^|\n)(?:redis )?[\w.\-\[\]:]{1,80}(?:\[[0-9]{1,2}\])?> ?(?:AUTH|auth) "
    r"(?:[^\s\"']{1,64} )?"
    r"(?P<q>[\"']?)(?P<v>[^\s\"']{1,200})(?P=q)[ \t]*(?=\r?\n|\Z)"
)
_CONFIG_SECRETS = frozenset(("requirepass", "masterauth", "tls-key-file-pass"))
_CODE_KEYS = re.compile(r"otp|verif|2fa|mfa|totp|pin|login[_:\-]?code|sms", re.IGNORECASE)


def _args(text: str, pos: int) -> list[tuple[str, int, int]]:
    """The quoted arguments of the MONITOR line from ``pos``: (value, start, end)."""
    out: list[tuple[str, int, int]] = []
    while (m := _ARG.match(text, pos)) is not None and len(out) < 200:
        out.append((m.group(1), m.start(1), m.end(1)))
        pos = m.end()
        if not m.group().endswith((" ", "\t")):
            break
    return out


def _redis_command(args: list[tuple[str, int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the secrets among one command's arguments."""
    if not args:
        return []
    cmd = args[0][0].lower()
    names = [a[0].lower() for a in args]
    out: list[tuple[int, int, str]] = []
    if cmd == "auth" and len(args) in (2, 3):
        out.append((args[-1][1], args[-1][2], "auth"))
    elif cmd in ("hello", "migrate"):
        for i, name in enumerate(names):
            if name == "auth" and i + 1 < len(args):
                j = i + 2 if cmd == "hello" else i + 1
                if j < len(args):
                    out.append((args[j][1], args[j][2], "auth"))
            elif name == "auth2" and i + 2 < len(args):
                out.append((args[i + 2][1], args[i + 2][2], "auth"))
    elif cmd == "config" and len(args) >= 4 and names[1] == "set":
        for i in range(2, len(args) - 1, 2):
            if names[i] in _CONFIG_SECRETS:
                out.append((args[i + 1][1], args[i + 1][2], "auth"))
    elif cmd == "acl" and len(args) >= 3 and names[1] == "setuser":
        out.extend((a[1] + 1, a[2], "auth") for a in args[3:] if a[0].startswith(">"))
    elif cmd in ("hset", "hmset", "hsetnx") and len(args) >= 4:
        coded = _CODE_KEYS.search(args[1][0]) is not None
        for i in range(2, len(args) - 1, 2):
            name = args[i][0]
            kind = "code" if coded and names[i] == "code" else field_kind(name)
            if kind is not None:
                out.append((args[i + 1][1], args[i + 1][2], kind))
    elif (
        cmd in ("set", "setex", "psetex", "getset", "setnx")
        and len(args) >= 3
        and _CODE_KEYS.search(args[1][0]) is not None
    ):
        value = args[-1] if cmd not in ("set", "getset", "setnx") else args[2]
        out.append((value[1], value[2], "code"))
    return out


def _redis(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _MONITOR.finditer(text):
        for start, end, kind in _redis_command(_args(text, m.end())):
            value = text[start:end]
            if (kind == "auth" and 4 <= len(value) <= 200) or (
                kind != "auth" and value_ok(kind, value)
            ):
                out.append(Span(start, end, "SECRET"))
    for m in _CLI_AUTH.finditer(text):
        if len(m.group("v")) >= 4:
            out.append(Span(m.start("v"), m.end("v"), "SECRET"))
    return out


def _quoted(n: str) -> str:
    """A value in single or double quotes (doubled or escaped quotes inside), as group
    ``v{n}`` (its quote: ``q{n}``)."""
    return (
        rf"(?P<q{n}>['\"])(?P<v{n}>(?:(?!(?P=q{n}))[^\n\\]|\\.|(?P=q{n})(?P=q{n})){{1,200}}+)"
        rf"(?P=q{n})"
    )


# The grammar of a password in SQL (MySQL, MariaDB, PostgreSQL, Oracle, SQL Server);
# Oracle's IDENTIFIED BY takes an unquoted one too.
_SQL_PASSWORD = re.compile(
    r"\bIDENTIFIED[ \t]+(?:WITH[ \t]+['\"`]?\w{1,40}['\"`]?[ \t]+)?BY[ \t]+"
    r"(?:(?!PASSWORD\b|VALUES\b)(?P<u>[\w#$!@%^&*+\-.]{4,128})(?=[ \t]*(?:;|$|\n|\r))|"
    + _quoted("")
    + r")|\bSET[ \t]+PASSWORD(?:[ \t]+FOR[ \t]+[^\s=]{1,160})?[ \t]*=[ \t]*"
    r"(?:(?:OLD_)?PASSWORD[ \t]*\([ \t]*)?"
    + _quoted("2")
    + r"|\b(?:ENCRYPTED[ \t]+|UNENCRYPTED[ \t]+)?PASSWORD[ \t]+(?=')"
    + _quoted("3"),
    re.IGNORECASE,
)
# The statements that set a password name an account ("CREATE USER", "ALTER ROLE",
# "GRANT ... TO"): "the cause was identified by 'monitoring'" is prose.
_SQL_USER = re.compile(r"\b(?:USER|ROLE|LOGIN|GRANT)\b", re.IGNORECASE)
_INSERT = re.compile(
    r"\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+[\w.`\"\[\]]{1,80}[ \t]*"
    r"\((?P<cols>[^()\n]{1,1000})\)[ \t]*VALUES[ \t]*\(",
    re.IGNORECASE,
)
_SQL_PAIR = re.compile(
    r"(?P<n>[\w`\"\[\]]{1,60})[ \t]*=[ \t]*(?P<q>')(?P<v>(?:[^'\n\\]|\\.|''){1,200}+)'"
)
_SQL_WORDS = re.compile(r"\b(?:UPDATE|WHERE|SET)\b")


def _values(text: str, pos: int) -> tuple[list[tuple[int, int]], int]:
    """The (start, end) of each value of the tuple that opens before ``pos``, and where the
    tuple ends: a small scanner of quotes and parentheses, bounded to 20,000 characters."""
    out: list[tuple[int, int]] = []
    depth, quote, start = 1, "", pos
    stop = min(len(text), pos + 20000)
    i = pos
    while i < stop:
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                if i + 1 < stop and text[i + 1] == quote:
                    i += 1
                else:
                    quote = ""
        elif c in "'\"":
            quote = c
        elif c == ";":
            break
        elif c == "(":
            depth += 1
        elif c == ")" or (c == "," and depth == 1):
            if c == ")":
                depth -= 1
            if depth <= 1:
                out.append((start, i))
                start = i + 1
            if depth == 0:
                break
        elif c == "\n" and depth == 1 and not text[start:i].strip():
            start = i + 1
        i += 1
    return out, i + 1


_NEXT_ROW = re.compile(r"[ \t\r\n]*,[ \t\r\n]*\(")
_ROWS = 1000  # rows of one INSERT read
# A crypt hash ("$2y$10$...", "$6$...", "$argon2id$...") in a table's password column is
# the application's stored hash of a user's password, a record (password_values'
# record_hash): it stays, as Moodle's mdl_user.password does.
_STORED_HASH = re.compile(rf"\${CRYPT_ID}")


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n":
        start += 1
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    if end - start >= 2 and text[start] in "'\"" and text[end - 1] == text[start]:
        return start + 1, end - 1
    return start, end


def _sql(text: str, low: str) -> list[Span]:
    out: list[Span] = []
    if "password" in low or "identified" in low:
        for m in _SQL_PASSWORD.finditer(text):
            group = next(g for g in ("u", "v", "v2", "v3") if m.group(g) is not None)
            value = m.group(group)
            # the statement's start, on its line or a line or two above
            if group != "v2" and _SQL_USER.search(text, max(0, m.start() - 160), m.start()) is None:
                continue
            if len(value) < 4 or not (m.group()[:1].isupper() or answer_like(value)):
                continue  # lower-case SQL in prose: only a value no word looks like
            out.append(Span(m.start(group), m.end(group), "SECRET"))
    if "insert" in low and "values" in low:
        done = 0  # where the last statement's scan ended: its rows hold no new statement
        for m in _INSERT.finditer(text):
            if m.start() < done:
                continue
            cols = [field_kind(c.strip(' `"[]')) for c in m.group("cols").split(",")]
            if not any(cols):
                continue
            pos = m.end()
            for _ in range(_ROWS):
                values, pos = _values(text, pos)
                for kind, (start, end) in zip(cols, values, strict=False):
                    start, end = _unquoted(text, start, end)
                    if (
                        kind is not None
                        and end > start
                        and value_ok(kind, text[start:end])
                        and _STORED_HASH.match(text, start) is None
                    ):
                        out.append(Span(start, end, "SECRET"))
                row = _NEXT_ROW.match(text, pos)
                if row is None:
                    break
                pos = row.end()
            done = pos
    if _SQL_WORDS.search(text) is not None:
        for m in _SQL_PAIR.finditer(text):
            kind = field_kind(m.group("n").strip('`"[]'))
            if kind is not None and value_ok(kind, m.group("v")):
                out.append(Span(m.start("v"), m.end("v"), "SECRET"))
    return out


def store_secrets(ctx: ScanContext) -> list[Span]:
    """Passwords, tokens and one-time codes in Redis command logs and SQL statements."""
    text, low = ctx.text, ctx.lower
    out: list[Span] = []
    if '] "' in text or "auth " in low:
        out.extend(_redis(text))
    if "password" in low or "identified" in low or "insert" in low or "=" in text:
        out.extend(_sql(text, low))
    return out
