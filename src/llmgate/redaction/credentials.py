"""The SECRET detector: vendor keys, tokens, private keys and assigned passwords.

Vendor keys carry a fixed prefix (``sk-ant-``, ``AKIA``, ``ghp_``...), so each pattern runs
only when its prefix occurs in the text (a ``str`` search in C). Generic secrets are found
through the name they are assigned to (``DB_PASSWORD=...``, ``"api_key": "..."``,
``Passwort: ...``) and masked only when the value is not a reference (``${VAR}``) and, for
key/token names, looks random enough to be a credential.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from llmgate.redaction.anti_forgery import anti_forgery_name
from llmgate.redaction.checks import random_enough
from llmgate.redaction.config_secrets import config_secrets
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span, finditer_at
from llmgate.redaction.dsn import dsn_credentials
from llmgate.redaction.engine import Hits
from llmgate.redaction.password_values import (
    CRYPT_ID,
    cut_at_spaced_pair,
    looks_like_password,
    record_hash,
    trim_value,
)
from llmgate.redaction.secret_passes import kept as _kept
from llmgate.redaction.secret_passes import worded as _worded
from llmgate.redaction.vendor_keys import GATE as _GATE
from llmgate.redaction.vendor_keys import GATE_CHARS as _GATE_CHARS
from llmgate.redaction.vendor_keys import PREFIXED as _PREFIXED
from llmgate.redaction.vendor_keys import SPAN_SHIFT as _SPAN_SHIFT

__all__ = ["STEMS", "SecretDetector"]


_PEM_BEGIN = re.compile(r"-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----")
_PEM_END = re.compile(r"-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----")
_PEM_BODY = re.compile(r"[A-Za-z0-9+/=:\-,\s]*+")
# The userinfo of a URL ("scheme://user:password@host") is masked as one value: the user
# name of a service account is half of the credential. A raw "#" (which RFC 3986 wants
# encoded) is common in pasted passwords, so it belongs to the password here.
# The user may be an e-mail address ("jane%40acme.com" decodes to "@"), the password may
# hold an "@" that a later one follows ("admin:P@ssw0rd!@db"): the host is after the last.
# A raw "/" or "?" belongs to it too where an "@" and a host follow before any blank
# ("app:pa/ss@db"), unless the part before it is a port ("host:8080/@scope/pkg").
_URL_PASSWORD = re.compile(
    r"://([^\s:/?#\[\]]{0,128}+):(?![0-9]{1,5}[/?])"
    r"((?:[^\s@/?]|[/?](?=[^\s@]{0,256}+@[\w\[])|@(?=[^\s/?@]{0,256}+@)){1,256}+)@(?=[\w\[])"
)
_AUTH_HEADER = re.compile(
    r"(?:Bearer|bearer|BEARER|Basic|basic|Token|token)[ \t]+([A-Za-z0-9._~+/\-]{16,4000}+=*)"
)
_AUTH_WORDS = ("bearer", "basic", "token")  # _AUTH_HEADER's words, lower-cased
_AWS_SECRET = re.compile(r"[A-Za-z0-9/+](?<![A-Za-z0-9/+].)[A-Za-z0-9/+]{39}(?![A-Za-z0-9/+])")

# Names a secret is assigned to; the stem is a literal so each pattern starts fast.
# Strong names: whatever is assigned to them is a secret. Weak names ("key", "token") are
# also used for ordinary settings, so their values must look random.
_PASSWORD_STEMS = (
    "pass", "pwd", "kennwort", "contraseña", "contrasena", "clave", "secret", "credential",
    "pw", "psk",
    # a setting's name in Portuguese, Dutch and French ("email_senha", "wachtwoord_nas",
    # "mdp_ota"): the other languages' words hold "pass", "clave" or "kennwort"
    "senha", "wachtwoord", "mdp",
)  # fmt: skip
_KEY_STEMS = ("token", "key", "auth", "signature", "salt", "cookie")
# An unquoted value runs to the next blank (a JSON object or array after the name is no
# value: '"auths":{"registry":...}'): "DB_PASSWORD=Xy(7)[k]{9}" keeps its brackets
# and quotes inside it ('Ab"cd'ef!12'); "pass" alone names a password right before "=";
# ``_bare_value`` then trims the sentence's punctuation and a following "key=value".
# Blanks around the separator: a few, or a run of blanks that aligns a column of names
# ("DB_PASSWORD:             Xy7..." in ``kubectl describe``, terraform's aligned "=").
# Markdown's bold around a label ("**Password:** X", "**Password**: X") is no value.
_ASSIGN_TAIL = (
    r"[a-z0-9_.\-]{0,40}+[\"']?(?:\*\*?)?(?:[ \t]{0,40}+|\s{0,4})"
    r"(?P<sep>=>|=|:=|:|\s(?:is|ist|est|es|lautet|:)\s)(?:(?:\*\*?|__)(?=[ \t]))?"
    r"(?:[ \t]{0,40}+|\s{0,4})"
    r"(?:(?P<q>[\"'`])(?P<qv>(?:(?!(?P=q))[^\n]){1,512})(?P=q)"
    r"|(?![{\[][\"{\[])(?P<bv>[^\s\"'`][^\s]{0,511}+))"
)
# "SMTP_PASS": a bare "pass" only as the last part of a name ("boarding pass: LH1234"),
# before "=" ("pass=...", an INI file's "pass = ...") or as a quoted JSON key ('"pass": ...').
_NAME_FORMS = {
    "pass": r"pass(?:words?|wd|wort|phrase|code|e\b|(?<=[_\-.]pass)\b|(?<![\w\-]pass)(?=[ \t]*=)"
    r"|(?<=[\"']pass)(?=[\"'][ \t]*:))",
    "secret": r"secret(?!ar)",
    # "smtp_pw", "FTP_PW": only as a name's last part ("pw" alone is a prose word)
    "pw": r"(?<=[_\-.])pw(?![a-z0-9])",
    "psk": r"psk(?![a-z0-9\-])",  # a Wi-Fi key's name (wpa_psk, WPAPSK), not "WPA2-PSK-AES"
    "mdp": r"(?<![a-z])mdp(?![a-z])",  # "smtp_mdp", "MDP=", not inside a word
}
# Values that identify rather than authenticate (a UUID, a hex digest): a secret only under
# a name that says so ("api_key"), not under "Idempotency-Key" or "cache_key".
# An "@" before a domain: an e-mail address, not a key ("Zk8$wP!rN2qT^vL6@hB9&cX4" is one).
_MAIL_LIKE = re.compile(r"@[A-Za-z0-9\-]+\.[A-Za-z]")
_IDENTIFIER = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64}"
)
_CREDENTIAL_NAMES = ("api", "secret", "access", "private", "client", "auth", "signing",
                     "master", "bot", "bearer", "session", "refresh", "webhook")  # fmt: skip
_NAME_BEFORE = re.compile(r"[\w.\-]{0,40}")
STEMS = _PASSWORD_STEMS + _KEY_STEMS
# The stems whose presence lets ``field_secrets`` look for a column, tag or pair name.
_FIELD_STEMS = (*_PASSWORD_STEMS, "token", "key")
_ASSIGN = {
    stem: re.compile(_NAME_FORMS.get(stem, re.escape(stem)) + _ASSIGN_TAIL) for stem in STEMS
}
# The engine's trigger names (engine.py) for each prefix and stem.
_PREFIX_KEYS = {"secret:" + prefix: (prefix, pattern) for prefix, pattern in _PREFIXED}
_PREFIX_ORDER = {key: i for i, key in enumerate(_PREFIX_KEYS)}
_STEM_KEYS = tuple((stem, "secret:stem:" + stem) for stem in STEMS)
_ASSIGN_I = {stem: re.compile(p.pattern, re.IGNORECASE) for stem, p in _ASSIGN.items()}

_NOT_A_VALUE = re.compile(
    rf"(?:\$(?!{CRYPT_ID})\{{?|"  # a variable, not a crypt hash's "$2b$" (password_values)
    r"\{\{|%\(|<[\w\-. ]*>$|\[[\w\-. ]*\]$|"
    r"os\.environ|env\(|process\.env|getenv|vault:|secret:|ref\+|"
    r"none\b|null\b|nil\b|true\b|false\b|undefined\b|required\b|optional\b|string\b|str\b|"
    r"enabled\b|disabled\b|default\b|auto\b|yes\b|no\b|on\b|off\b|"
    r"empty\b|hidden\b|redacted\b|\*{3}|x{4}|\.\.\.|your[_\-]|example\b|same\b|not\b|the\b|"
    # a cloud resource's name (an ARN, an Azure resource path) or a public SSH key
    r"arn:aws[\w\-]*:|/subscriptions/|ssh-(?:rsa|ed25519|dss) |ecdsa-sha2-|"
    # an Ansible vault's tag ("password: !vault |" above the encrypted lines)
    r"!vault\b)",
    re.IGNORECASE,
)
# A line's own setting ("host=localhost", "port: 5432"), never the value of the line above.
_SETTING = re.compile(r"[\w.\-]{1,40}[ \t]*(?:=|:(?:[ \t]|\Z))")
# Names that hold what describes a credential, not the credential ("secret_name",
# "kms_key_id", "password_hash_algo", "SecretName", "token_endpoint"): the last part of
# the name after the stem, and "public" before a key's stem.
_METADATA_NAME = re.compile(
    r"[a-z0-9_.\-]*?(?:[_.\-]?(?:name|store|algo|algorithm|hash|length|types?|path|file|version|"
    r"endpoint|header|policy|expiry|expires|rotation|count|format)|[_.\-](?:arn|len|ref|ttl|"
    r"url|uri))[\"']?\Z"
)


def _occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Sorted start offsets of every occurrence of any of ``words`` in ``text``."""
    starts: list[int] = []
    for word in words:
        find = text.find
        i = find(word)
        while i >= 0:
            starts.append(i)
            i = find(word, i + 1)
    return sorted(set(starts))


def _url_credentials(text: str) -> list[Span]:
    """``user:password`` of every URL with a password (``:password`` without a user: the
    userinfo is one value either way)."""
    return [Span(m.start(1) if m.end(1) > m.start(1) else m.start(2) - 1, m.end(2), "SECRET")
            for m in _URL_PASSWORD.finditer(text)]  # fmt: skip


_USER_BEFORE = re.compile(r"[\w.\-%]{0,64}+//:")


def _in_userinfo(text: str, stem: int) -> bool:
    """Whether the name around ``stem`` is a URL's user name ("postgres://app_pass:...")."""
    lo = stem - 72 if stem > 72 else 0
    return _USER_BEFORE.match(text[lo:stem][::-1]) is not None


# A value in JSON-escaped quotes, as a notebook's cell source holds one ("token = \"...\"").
_ESCAPED_QUOTES = re.compile(r'\\"([^"\\\s]{1,512})\\"')
# A plan's change of a value: ``"DB_PASSWORD" = "old" -> "new"`` (terraform); the new
# value is the same secret's.
_CHANGED_TO = re.compile(r"[ \t]*->[ \t]*(?P<q>[\"'])(?P<v>[^\"'\n]{6,512})(?P=q)")


def _changed_to(text: str, end: int) -> list[Span]:
    """The new value after an assigned secret's ``->`` (a plan's change), if any."""
    m = _CHANGED_TO.match(text, end)
    if m is None or _NOT_A_VALUE.match(m.group("v")):
        return []
    return [Span(m.start("v"), m.end("v"), "SECRET")]


class SecretDetector(BuiltinDetector):
    """API keys, tokens, private keys, passwords in URLs and assigned credentials."""

    name = "secret"
    entities = frozenset({"SECRET"})

    def scan(self, ctx: ScanContext) -> list[Span]:
        if ctx.hits is not None:
            return self._scan_hits(ctx, ctx.hits)
        text = ctx.text
        out: list[Span] = []
        gates = {c for c in _GATE_CHARS if c in text}  # one memchr each, then the substrings
        for prefix, pattern in _PREFIXED:
            if _GATE[prefix] in gates and prefix in text:
                out.extend(self._prefixed(text, prefix, pattern.finditer(text)))
        if "-" in gates and "-----BEGIN" in text:
            out.extend(self._pem(text))
        if ":" in text and "://" in text:
            out.extend(_url_credentials(text))
        out.extend(dsn_credentials(text))
        out.extend(config_secrets(text))
        low = ctx.lower
        if "bearer " in low or "basic " in low or "token " in low:
            out.extend(self._auth_headers(ctx))
        named = False  # whether a password's or token's name occurs (``field_secrets``)
        for stem in STEMS:
            if stem in low:
                out.extend(self._assigned(ctx, stem))
                named = named or stem in _FIELD_STEMS
        out.extend(_worded(ctx, named))
        return _kept(text, out)

    def _scan_hits(self, ctx: ScanContext, hits: Hits) -> list[Span]:
        """``scan`` where the engine's triggers say each step can find something."""
        text = ctx.text
        out: list[Span] = []
        get = hits.get
        # The few triggers that fired, not a look-up per vendor prefix (most never fire),
        # in the table's order as on the pure path.
        for key in sorted((k for k in hits if k in _PREFIX_KEYS), key=_PREFIX_ORDER.__getitem__):
            prefix, pattern = _PREFIX_KEYS[key]
            out.extend(self._prefixed(text, prefix, finditer_at(pattern, text, hits[key])))
        if "secret:pem" in hits:
            out.extend(self._pem(text))
        if "secret:url" in hits:
            out.extend(_url_credentials(text))
        out.extend(dsn_credentials(text))
        out.extend(config_secrets(text))
        if "secret:auth" in hits:
            out.extend(self._auth_headers(ctx))
        named = False
        for stem, key in _STEM_KEYS:
            starts = get(key)
            if starts:
                out.extend(self._assigned(ctx, stem, starts))
                named = named or stem in _FIELD_STEMS
        out.extend(_worded(ctx, named))
        return _kept(text, out)

    def _prefixed(self, text: str, prefix: str, matches: Iterable[re.Match[str]]) -> list[Span]:
        """Spans of ``prefix``'s pattern matches (``_SPAN_SHIFT`` says where each starts)."""
        out: list[Span] = []
        shift = _SPAN_SHIFT.get(prefix, 0)
        for m in matches:
            if prefix == "sk-" and not random_enough(m.group()[3:], 20):
                continue  # "sk-learn-compatible-estimator" is a name, not a key
            out.append(Span(m.start() + shift, m.end(), "SECRET"))
            if prefix in ("AKIA", "ASIA"):
                window = text[m.end() : m.end() + 120]
                pair = _AWS_SECRET.search(window)
                if pair is not None and random_enough(pair.group(), 40):
                    out.append(Span(m.end() + pair.start(), m.end() + pair.end(), "SECRET"))
        return out

    def _pem(self, text: str) -> list[Span]:
        out: list[Span] = []
        pos = 0
        while (begin := _PEM_BEGIN.search(text, pos)) is not None:
            end = _PEM_END.search(text, begin.end())
            if end is None:  # truncated block: mask the key body that is there
                body = _PEM_BODY.match(text, begin.end())
                stop = body.end() if body is not None else begin.end()
                out.append(Span(begin.start(), stop, "SECRET"))
                break
            out.append(Span(begin.start(), end.end(), "SECRET"))
            pos = end.end()
        return out

    def _auth_headers(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        low = ctx.lower_aligned
        # The pattern starts on one of three words: tried only where the lower-cased text
        # holds one (found with C-level finds), not at every "b" and "t" of the text.
        found = (
            _AUTH_HEADER.finditer(text)
            if low is None
            else finditer_at(_AUTH_HEADER, text, _occurrences(low, _AUTH_WORDS))
        )
        out: list[Span] = []
        for m in found:
            if random_enough(m.group(1), 16):
                out.append(Span(m.start(1), m.end(1), "SECRET"))
        return out

    def _assigned(self, ctx: ScanContext, stem: str, starts: list[int] | None = None) -> list[Span]:
        """Values assigned to a name with ``stem``; ``starts``: where the stem occurs."""
        aligned = ctx.lower_aligned
        pattern = _ASSIGN[stem] if aligned is not None else _ASSIGN_I[stem]
        haystack = aligned if aligned is not None else ctx.text
        is_password = stem in _PASSWORD_STEMS
        out: list[Span] = []
        found = (
            pattern.finditer(haystack) if starts is None else finditer_at(pattern, haystack, starts)
        )
        text = ctx.text
        for m in found:
            if m.group("sep") == ":" and _in_userinfo(text, m.start()):
                continue  # "postgres://app_pass:X@db": the URL rule masks user and password
            group = "qv" if m.group("qv") is not None else "bv"
            start, end = m.span(group)
            value = text[start:end]
            if group == "bv":
                value = cut_at_spaced_pair(text, start, trim_value(value))
                end = start + len(value)
                escaped = _ESCAPED_QUOTES.match(value)
                if escaped is not None:  # a notebook's JSON source line: token = \"...\"
                    value = escaped.group(1)
                    start, end = start + 2, start + 2 + len(value)
            if not value or _NOT_A_VALUE.match(value) or value.endswith("("):
                continue
            if stem == "cookie" and "=" in value:
                continue  # a header's "name=value" pairs: web_secrets judges each by its name
            if "\n" in text[m.end("sep") : start] and _SETTING.match(value):
                continue  # an empty "password=" above the next line's "host=localhost"
            if self._metadata_name(haystack, m.start(), m.start("sep"), len(stem)):
                continue
            if value[:1] == "$" and record_hash(text, m.start(), m.start("sep")):
                continue  # a record's stored hash, not an account's set in a config
            if not is_password and "=" in value and anti_forgery_name(value[:40].lower(), 0):
                continue  # a cookie's anti-forgery pair ("Cookie: csrftoken=...")
            if (
                value.isalpha()
                and value.islower()
                and m.group().split(":")[0].rstrip().endswith("s")
            ):
                continue  # "secrets: commit" is prose about secrets, not one
            if is_password:
                ok = self._password_ok(text, m, value)
            else:
                ok = (
                    _MAIL_LIKE.search(value) is None
                    and "://" not in value  # '"authority": "https://login..."' names a host
                    and random_enough(value, 16)
                )
                if ok and _IDENTIFIER.fullmatch(value):
                    ok = self._credential_name(haystack, m.start())
            if ok and (end - start) >= 6:
                out.append(Span(start, end, "SECRET"))
                if group == "qv":
                    out.extend(_changed_to(text, m.end()))
        return out

    @staticmethod
    def _password_ok(text: str, m: re.Match[str], value: str) -> bool:
        """A password's value, unless the sentence around a plain word is prose about one
        ("the password is incorrect", "Credentials: provided separately")."""
        if len(value) < 8 and (len(value) < 6 or value.isdigit()):
            return False
        verb = m.group("sep").strip() not in ("=", ":=", ":", "=>")
        name = text[m.start() : m.start("sep")].strip("\"' \t")
        plain = name.isalpha() and not name.isupper()
        prose = verb or (plain and (value.islower() or value.istitle()))
        return looks_like_password(value, prose)

    @staticmethod
    def _metadata_name(low: str, stem: int, sep: int, width: int) -> bool:
        """Whether the name around a stem says its value describes a credential
        (``_METADATA_NAME``; "public_key")."""
        rest = low[stem + width : sep].rstrip().lower()
        if rest and _METADATA_NAME.match(rest) is not None:
            return True
        lo = max(0, stem - 40)
        if anti_forgery_name(low[lo:sep].lower(), stem - lo):
            return True  # "csrf_token", "authenticity_token" (anti_forgery)
        return low[max(0, stem - 7) : stem].lower() in ("public_", "public-", "public.")

    @staticmethod
    def _credential_name(low: str, stem: int) -> bool:
        """Whether the name around a weak stem says its value authenticates ("api_key")."""
        lo = stem - 40 if stem > 40 else 0
        before = _NAME_BEFORE.match(low[lo:stem][::-1])
        name = low[stem - (before.end() if before else 0) : stem + 12].lower()
        return any(map(name.__contains__, _CREDENTIAL_NAMES))
