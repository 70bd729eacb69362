"""Secrets in monitoring, alerting, broker and router configs: Prometheus Alertmanager
receivers (PagerDuty routing and service keys, Gotify and ntfy tokens, Google app
passwords left unquoted), Grafana's ini (``password = \"\"\"...\"\"\"``), Mosquitto bridges
(``remote_password VALUE``, a blank and no ``=``), MikroTik RouterOS exports
(``password=``, ``wpa2-pre-shared-key=``, ``ipsec-secret=`` on an ``add``/``set`` line),
and the shapes that are secrets wherever they stand: the id/token path of a Discord
webhook and the path of a Microsoft Teams incoming webhook (a Telegram bot token is
vendor_keys' rule).

The generic assignment rules pass these by: a PagerDuty key is 32 hex digits, which they
take for a hash; a RouterOS PPPoE password may be all digits; Mosquitto separates name and
value with a blank; a Gotify token hides under ``app_token``.
Each rule is one pattern (the key's names, how its value is written), so a new receiver's
key is one more name in it.

Every rule runs only where a necessary substring of its match is in the text (C-level
``in``), and each regex reads bounded runs anchored on a literal, so the cost stays linear.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span

__all__ = ["alerting_secrets"]

# Values that name a secret rather than hold it: templates, placeholders, references.
_NOT_VALUE = re.compile(
    r"^(?:<|\{\{|\$\{|\$\(|\*+$|(?:x+|changeme|secret|password|none|null|true|false)$)",
    re.IGNORECASE,
)

# (gate, pattern): a key whose value is a service's key of letters and digits (PagerDuty's
# Events API v2 routing key and v1 service key, Grafana's integrationKey, the operator's
# routingKey). VictorOps' routing_key is a team name ("database-team"): the value must be
# one run of 20 to 64 letters and digits with a digit in it.
_KEYED = re.compile(
    r"(?i)(?<![\w\-])[\"']?(?:routing_?key|service_?key|integration_?key)[\"']?[ \t]*[:=]"
    r"[ \t]*(?P<q>[\"']?)(?P<v>[A-Za-z0-9]{20,64})(?P=q)[ \t]*(?:[,#\r\n]|$)"
)
# A receiver's own key named after its service (a Kubernetes Secret's "opsgenie-key",
# "victorops_api_key", "pushover-token"): a digit in it, 16 to 80 characters.
_SERVICE_KEY = re.compile(
    r"(?i)(?<![\w\-])[\"']?(?:opsgenie|victorops|pagerduty|pushover|gotify|ntfy)[_\-]?"
    r"(?:api[_\-]?|app[_\-]?|user[_\-]?)?(?:key|token|secret)[\"']?[ \t]*[:=][ \t]*"
    r"(?P<q>[\"']?)(?P<v>[A-Za-z0-9._:\-]{16,80})(?P=q)[ \t]*(?:[,#\r\n]|$)"
)
# Pushover's user and application keys: 30 letters and digits after "u" or "a", read
# only in a text that names Pushover (an openHAB thing's user="...", a Zabbix media).
_PUSHOVER = re.compile(r"(?<![\w\-])[ua][A-Za-z0-9]{29}(?![\w\-])")
# Push services' application and client tokens (Gotify app_token / client_token,
# applicationToken; ntfy default-token): 10 to 128 characters of a token's alphabet.
_PUSH_TOKEN = re.compile(
    r"(?i)(?<![\w\-])[\"']?(?:gotify)?(?:app(?:lication)?|client|default)[_\-]?token[\"']?"
    r"[ \t]*[:=][ \t]*(?P<q>[\"']?)(?P<v>[A-Za-z0-9._\-]{10,128})(?P=q)[ \t]*(?:[,#\r\n]|$)"
)
# Alertmanager's SMTP and receiver credentials and a webhook's basic_auth password: the key
# says the value is one, so a plain word ("Sommerwind") is one too, quoted or bare to the
# line's end or a comment.
_NAMED_PASSWORD = re.compile(
    r"(?m)^[ \t-]*(?:(?:smtp_)?auth_(?:password|secret)|remote_password)[ \t]*:[ \t]*"
    r"(?:\"(?P<d>[^\"\n]{6,256})\"|'(?P<s>[^'\n]{6,256})'|(?P<v>[^\s\"'#][^\n#]{5,255}?))"
    r"[ \t]*(?:#[^\n]*)?\r?$"
)
_BASIC_PASSWORD = re.compile(
    r"(?m)^(?P<i>[ \t]*)basic_auth:[ \t]*\r?\n(?:(?P=i)[ \t]+\w+:[^\n]{0,200}\n){0,3}?"
    r"(?P=i)[ \t]+password:[ \t]*(?:\"(?P<d>[^\"\n]{6,256})\"|'(?P<s>[^'\n]{6,256})'|"
    r"(?P<v>[^\s\"'#{<$][^\s#]{5,255}))[ \t]*(?:#[^\n]*)?\r?$"
)
# A password key followed by a Google app password left unquoted ("abcd efgh ijkl mnop").
_APP_PASSWORD = re.compile(
    r"(?i)(?:pass(?:word)?|pwd|secret)[\"']?[ \t]*[:=][ \t]*"
    r"(?P<v>[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})[ \t]*(?:\r?\n|$)"
)
# grafana.ini and Python-style ini: password = \"\"\"X\"\"\" (Grafana's quoting of a value
# holding # or ;).
_TRIPLE = re.compile(
    r"(?im)^[ \t]*[\w.\-]{0,40}(?:password|secret|token|api_?key)[ \t]*=[ \t]*"
    r'"""(?P<v>[^"\n]{4,256})"""'
)
# Mosquitto: remote_password VALUE (bridge), also the key file's password.
_MOSQUITTO = re.compile(
    r"(?m)^[ \t]*(?:remote_password|keyfile_password)[ \t]+(?P<v>\S{1,256})[ \t]*\r?$"
)
# RouterOS: an add/set line's name=value pairs that hold a secret (quoted or bare).
_ROUTEROS = re.compile(
    r"(?<![\w\-])(?:password|wpa2?-pre-shared-key|ipsec-secret|passphrase|secret|"
    r"preshared-key|private-key)=(?:\"(?P<q>[^\"\n]{1,256})\"|(?P<v>[^\s\"]{1,256}))"
)
# An export's menu paths, one of which a RouterOS export holds before its add/set lines.
_ROUTEROS_MENUS = ("/interface", "/ppp", "/tool", "/ip ", "/user", "/radius", "/system")
_ROUTEROS_LINE = re.compile(r"(?m)^(?:add|set)[ \t][^\n]{0,2000}")
# Discord webhook: /api/webhooks/<id>/<token>; Teams incoming webhook: its path.
_DISCORD = re.compile(
    r"discord(?:app)?\.com/api/webhooks/(?P<v>[0-9]{17,20}/[A-Za-z0-9_\-]{40,80})"
)
_TEAMS = re.compile(
    r"\.office(?:365)?\.com/webhook(?:b2)?/(?P<v>[0-9a-fA-F\-]{36}@[0-9a-fA-F\-]{36}/"
    r"IncomingWebhook/[0-9a-fA-F]{32}/[0-9a-fA-F\-]{36}(?:/[A-Za-z0-9_\-]{1,80})?)"
)


def _spans(pattern: re.Pattern[str], text: str, group: str = "v") -> list[Span]:
    out: list[Span] = []
    for m in pattern.finditer(text):
        value = m.group(group)
        if value and _NOT_VALUE.search(value) is None:
            out.append(Span(m.start(group), m.end(group), "SECRET"))
    return out


def _named(pattern: re.Pattern[str], text: str) -> list[Span]:
    """Values of keys that name a credential, in double, single or no quotes."""
    out: list[Span] = []
    for m in pattern.finditer(text):
        group = next(g for g in ("d", "s", "v") if m.group(g) is not None)
        value = m.group(group)
        if _NOT_VALUE.search(value) is None:
            out.append(Span(m.start(group), m.end(group), "SECRET"))
    return out


def _keyed(text: str) -> list[Span]:
    """Service keys under their names, with a digit in them (not a team's name)."""
    return [s for s in _spans(_KEYED, text) if any(c.isdigit() for c in text[s.start : s.end])]


def _mixed(value: str) -> bool:
    """Whether ``value`` mixes digits, lower- and upper-case letters (a random key)."""
    return (
        any(c.isdigit() for c in value)
        and any(c.islower() for c in value)
        and any(c.isupper() for c in value)
    )


def _push_tokens(text: str) -> list[Span]:
    """Push tokens under their names, of letters and digits both (not a word or a host)."""
    return [
        s for s in _spans(_PUSH_TOKEN, text)
        if any(c.isdigit() for c in text[s.start : s.end])
        and any(c.isalpha() for c in text[s.start : s.end])
    ]  # fmt: skip


def _routeros(text: str) -> list[Span]:
    """Secret parameters of RouterOS ``add``/``set`` lines, quoted or bare."""
    out: list[Span] = []
    for line in _ROUTEROS_LINE.finditer(text):
        base = line.start()
        for m in _ROUTEROS.finditer(line.group()):
            group = "q" if m.group("q") is not None else "v"
            value = m.group(group)
            if len(value) >= 4 and _NOT_VALUE.search(value) is None:
                out.append(Span(base + m.start(group), base + m.end(group), "SECRET"))
    return out


def alerting_secrets(ctx: ScanContext) -> list[Span]:
    """Secrets of alerting receivers, broker bridges and router exports (see the module)."""
    text, low = ctx.text, ctx.lower
    out: list[Span] = []
    if "key" in low and ("routing" in low or "service" in low or "integration" in low):
        out.extend(_keyed(text))
    if "token" in low and ("app" in low or "client" in low or "default" in low):
        out.extend(_push_tokens(text))
    if "auth_" in low or "remote_password" in low:
        out.extend(_named(_NAMED_PASSWORD, text))
    if "basic_auth:" in low:
        out.extend(_named(_BASIC_PASSWORD, text))
    if "pass" in low or "pwd" in low or "secret" in low:
        out.extend(_spans(_APP_PASSWORD, text))
    if "key" in low or "token" in low or "secret" in low:
        out.extend(
            s for s in _spans(_SERVICE_KEY, text) if any(c.isdigit() for c in text[s.start : s.end])
        )
    if "pushover" in low:
        out.extend(
            Span(m.start(), m.end(), "SECRET")
            for m in _PUSHOVER.finditer(text)
            if _mixed(m.group())
        )
    if '"""' in text:
        out.extend(_spans(_TRIPLE, text))
    if "_password" in low:
        out.extend(_spans(_MOSQUITTO, text))
    if "=" in text and any(menu in text for menu in _ROUTEROS_MENUS):
        out.extend(_routeros(text))
    if "/api/webhooks/" in text:
        out.extend(_spans(_DISCORD, text))
    if "/IncomingWebhook/" in text:
        out.extend(_spans(_TEAMS, text))
    return out
