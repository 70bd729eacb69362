"""Secrets in dumps of records: PHP ``print_r`` and ``var_dump``, a REPL's answer to an
environment lookup, and a field whose name says it holds a one-time code.

A developer who pastes what a console printed shows the record as the language prints it,
not as an assignment: PHP's ``print_r`` writes ``[smtp_pass] => X`` (the name in
brackets), ``var_dump`` writes the name on one line and ``string(14) "X"`` on the next
(``["password":protected]=>`` for a property), a Rails or Python console answers
``ENV['SMTP_PASSWORD']`` on the line below (``=> "X"``, ``Out[3]: 'X'``). The name decides
what the value is (``field_kind``): a password's name (any value that looks like one), a
token's or key's name (a random-looking value), a one-time code's or a PIN's name (4 to 8
digits). Names that describe a credential rather than hold it (``encrypted_password``,
``password_digest``, ``token_type``, ``password_changed_at``) and the names of push and
device tokens (``fcm_token``, ``device_token``: addresses of an app install, not
credentials) hold no secret.

``field_kind`` and ``value_ok`` are shared by the other rules of machine text
(``store_secrets``, ``provision_secrets``). Every rule runs only where its marker occurs
(C-level finds) and every pattern is a bounded run, so the cost stays linear and the same
on every engine path.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span
from llmgate.redaction.password_values import looks_like_password, token_ok

__all__ = ["field_kind", "value_ok", "dump_secrets"]

# What a field's name holds, by its parts (snake case): a password's word anywhere in it
# ("smtp_pass", "DB_PASSWD", "kennwort"), a token's or a key's, a one-time code's or a PIN's.
_PASSWORD_INSIDE = re.compile(
    r"password|passwd|passwort|passphrase|kennwort|wachtwoord|contrase[ñn]a|senha|"
    r"mot_?de_?passe|secret(?!ar)"
)
_PASSWORD_PARTS = frozenset(("pass", "pwd", "pw", "mdp", "psk", "passw", "pword"))
_TOKEN_INSIDE = re.compile(
    r"token|api_?key|access_?key|secret_?key|auth_?key|private_?key|signing_?key|"
    r"master_?key|app_?key|license_?key|session_?key|bearer|jwt"
)
_CODE_PARTS = frozenset(("otp", "totp", "pin", "passcode", "tan", "pincode"))
_CODE_END = re.compile(
    r"(?:verification|verify|confirmation|sms|mfa|2fa|otp|one_?time|login|auth|security|"
    r"reset|pin|access)_?code"
)
# What describes a credential rather than holds it, and the names of push and device
# tokens (an app install's address, made to be sent to the push service).
_NOT_SECRET = re.compile(
    r"hash|digest|encrypted|crypted|salt|_at$|date|time|changed|expir|hint|policy|required|"
    r"length|len$|count|type|format|algo|url|uri|endpoint|name$|_id$|enabled|set$|"
    r"attempt|tries|retr|last|fcm|apns|gcm|push|device|registration|csrf|xsrf|nonce|"
    r"public|pub$|fingerprint|checksum|"
    # a code's settings, not the code: "otp_ttl: 3600", "pin_max: 5000", "otp_period: 30"
    r"ttl|period|interval|window|digits|size|limit|delay|validity|lifetime|duration|version|"
    r"(?:^|_)(?:max|min|sec|secs|seconds|ms|step|sent|mode|status|error|len)(?:_|$)"
)
_WORD_SPLIT = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[\s.\-]+")


def field_kind(name: str) -> str | None:
    """``"password"``, ``"token"`` or ``"code"``: what a field named ``name`` holds, or
    None. CamelCase and kebab-case names read as snake case ("smtpPassword", "otp-code")."""
    name = name.strip("\"'`[]:$ \t")
    if not 0 < len(name) <= 60:
        return None
    low = "_".join(_WORD_SPLIT.split(name)).lower()
    if _NOT_SECRET.search(low):
        return None
    parts = low.split("_")
    if _PASSWORD_INSIDE.search(low) or not _PASSWORD_PARTS.isdisjoint(parts):
        return "password"
    if _TOKEN_INSIDE.search(low):
        return "token"
    if not _CODE_PARTS.isdisjoint(parts) or _CODE_END.search(low):
        return "code"
    return None


_CODE_VALUE = re.compile(r"[0-9]{4,8}")


def value_ok(kind: str, value: str) -> bool:
    """Whether ``value`` can be what a field of ``kind`` holds: a password (no placeholder,
    date or number), a random-looking token, a code of 4 to 8 digits."""
    if kind == "code":
        return _CODE_VALUE.fullmatch(value) is not None
    if kind == "token":
        return len(value) >= 12 and token_ok(value)
    return looks_like_password(value, prose=False)


# print_r: "    [smtp_pass] => X" (the value runs to the line's end; "Array" opens a nested one)
_PRINT_R = re.compile(r"\[(?P<n>[^\]\n]{1,60})\] => (?P<v>[^\n]{1,300})")
# var_dump: ["pass"]=> / ["password":protected]=> / ["key":"Cls":private]=>, then string(N) "X"
_VAR_DUMP = re.compile(
    r"\[\"(?P<n>[^\"\n]{1,60})\"(?::(?:protected|private|\"[^\"\n]{1,80}\":private))?\]=>"
    r"[ \t]*\r?\n?[ \t]{0,40}+string\([0-9]{1,5}\) \"(?P<v>[^\n]{0,2000})"
)
# A REPL's lookup of an environment variable, its answer on the line below or after "=>".
_ENV_LOOKUP = re.compile(
    r"(?:ENV(?:\[|\.fetch\()|os\.environ(?:\[|\.get\()|os\.getenv\(|getenv\(|"
    r"System\.getenv\(|process\.env\.|process\.env\[|\$env:|\$_ENV\[|\$_SERVER\[)"
    r"[ \t]*[\"']?(?P<n>[A-Za-z_][\w]{0,60})[\"']?[ \t]*[\])]?[^\n]{0,40}?"
    r"(?:[ \t]*(?:#[ \t]*)?=>[ \t]*|\r?\n[ \t]{0,8}(?:=>[ \t]*|Out\[[0-9]{1,5}\]:[ \t]*)?)"
    r"(?P<q>[\"'])(?P<v>[^\"'\n]{1,300})(?P=q)[ \t]*(?=\r?\n|\Z)"
)
# A REPL's input line (pry, irb, rvm's irb, Rails 7.1's "app(dev)>", python, IPython, node,
# php -a, psysh) whose expression ends with a secret's name ("credentials.smtp_password",
# "settings.DB_PASSWORD", "dig(:aws, :secret_access_key)"), the answer on the next line.
_REPL_ANSWER = re.compile(
    r"(?m)^(?:\[[0-9]{1,5}\] )?(?:[0-9.]{1,12} )?(?:>>>|In \[[0-9]{1,5}\]:|:[0-9]{3} >|php >|"
    r"[\w.\-]{1,40}\([\w.:\-]{0,40}\)(?::[0-9]{1,5}){0,2}[>*]|>)[ \t]?(?P<e>[^\n]{1,200})\n"
    r"[ \t]{0,8}(?:=>[ \t]*|Out\[[0-9]{1,5}\]:[ \t]*)?(?P<q>[\"'])(?P<v>[^\"'\n]{1,300})(?P=q)"
    r"[ \t]*\r?$"
)
_LAST_NAME = re.compile(r"([A-Za-z_]\w{0,60})[\"'\]\) \t;\r]{0,6}\Z")
# "otp_code = '449127'", '"otp": "123456"', "pin: 4093", "verification_code=551203"
_CODE_FIELD = re.compile(
    r"(?P<n>[A-Za-z_][\w\-]{0,40})[\"'`]?[ \t]{0,4}(?:=>|:=|=|:)[ \t]{0,4}(?P<q>[\"']?)"
    r"(?P<v>[0-9]{4,8})(?P=q)(?![\w.\-/:])"
)
# A command line's option for a one-time code ("aws sts get-session-token --token-code 493021")
_CODE_OPTION = re.compile(
    r"--(?:token-code|mfa-code|mfa-token|otp(?:-code)?|totp(?:-code)?|2fa-code|"
    r"verification-code|one-time-code|passcode)(?:[ \t]+|=)[\"']?(?P<v>[0-9]{4,8})(?![\w.\-/:])"
)
_CODE_WORDS = ("otp", "pin", "code", "tan", "passcode")


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, "SECRET")


def _print_r(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _PRINT_R.finditer(text):
        kind = field_kind(m.group("n"))
        if kind is None:
            continue
        value = m.group("v").rstrip()
        if kind != "code" and (value == "Array" or value.startswith(("Array", "stdClass"))):
            continue
        if value_ok(kind, value):
            out.append(_span(text, m.start("v"), m.start("v") + len(value)))
    return out


def _var_dump(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _VAR_DUMP.finditer(text):
        kind = field_kind(m.group("n"))
        raw = m.group("v").rstrip()
        if kind is None or not raw.endswith('"'):
            continue
        value = raw[:-1]
        if value and value_ok(kind, value):
            out.append(_span(text, m.start("v"), m.start("v") + len(value)))
    return out


def _env_answers(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _ENV_LOOKUP.finditer(text):
        kind = field_kind(m.group("n"))
        if kind is not None and value_ok(kind, m.group("v")):
            out.append(_span(text, m.start("v"), m.end("v")))
    return out


def _repl_answers(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _REPL_ANSWER.finditer(text):
        name = _LAST_NAME.search(m.group("e"))
        kind = field_kind(name.group(1)) if name is not None else None
        if kind is not None and value_ok(kind, m.group("v")):
            out.append(_span(text, m.start("v"), m.end("v")))
    return out


def _code_fields(text: str, low: str) -> list[Span]:
    """One-time codes and PINs under a field or a command-line option that names them."""
    out: list[Span] = []
    for m in _CODE_FIELD.finditer(text):
        if field_kind(m.group("n")) == "code":
            out.append(_span(text, m.start("v"), m.end("v")))
    if "--" in text:
        out.extend(_span(text, m.start("v"), m.end("v")) for m in _CODE_OPTION.finditer(text))
    return out


def dump_secrets(ctx: ScanContext) -> list[Span]:
    """Secrets in ``print_r``/``var_dump`` dumps, REPL answers to an environment lookup or
    to an expression that ends with a secret's name, and codes under a one-time code's or
    a PIN's field name."""
    text, low = ctx.text, ctx.lower
    out: list[Span] = []
    if "] => " in text:
        out.extend(_print_r(text))
    if "]=>" in text and "string(" in text:
        out.extend(_var_dump(text))
    if "env" in low and ("=>" in text or "\n" in text):
        out.extend(_env_answers(text))
    if (">" in text or "In [" in text) and "\n" in text:
        out.extend(_repl_answers(text))
    if any(map(low.__contains__, _CODE_WORDS)):
        out.extend(_code_fields(text, low))
    return out
