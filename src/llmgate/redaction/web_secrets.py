"""Secrets in what a browser or a tool saved: form fields of a router's status page, the
cookies of a raw HTTP request, a Terraform ``random_password``'s result.

A router's page saved from the browser holds the Wi-Fi key and the PPPoE password as
``<input name="wpa_psk" value="...">``: the name (``wl_key``, ``pppoe_passwd``, ``psk``,
``key``) or ``type="password"`` says what the value is, while the SSID, the PPPoE user
name, a CSRF token and a nonce sit in the inputs beside it and stay. A request's
``Cookie:`` header holds a session id beside a CSRF token and analytics ids: only the
cookies whose name says they carry a session are secrets. Terraform's state keeps a
generated password as the ``result`` of a ``random_password`` resource. A router's JSON or
script names the Wi-Fi key "wpa_key" or "WPAKey": a password, however plain.

Each rule runs only where its marker occurs in the lower-cased text (C-level finds, the
same on every engine path), and each pattern is a bounded run, so the cost stays linear.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span, longest_first

__all__ = ["CELL_LABELS", "COOKIE_SESSION_NAMES", "INPUT_SECRET_NAMES", "web_secrets"]

# The parts of an input's name (or id) that say it holds a key or a password: routers'
# firmwares name the Wi-Fi key wpa_psk, wl_key, wlan_psk, wifi_key, key, psk, passphrase,
# and the PPPoE password pppoe_passwd, ppp_pwd, pppoe_pass.
INPUT_SECRET_NAMES = re.compile(
    r"pass|pwd|psk|secret|(?:^|[_\-.])(?:key|wep|wpakey)(?:$|[_\-.0-9])|wpa_?key|wifikey|"
    r"wlankey|netkey|shared",
    re.IGNORECASE,
)
# Names that describe the secret rather than hold it, or hold a public value beside it.
_NOT_SECRET_NAME = re.compile(
    r"ssid|user|login|name|csrf|xsrf|nonce|verification|hint|len|type|mode|enc|cipher|"
    r"strength|confirm_?hidden|show|toggle|interval|index|idx|policy",
    re.IGNORECASE,
)
_INPUT = re.compile(r"<input\b[^<>]{0,800}>", re.IGNORECASE)
_ATTR = re.compile(
    r"([\w:\-]{1,40})[ \t]*=[ \t]*(?:\"([^\"\n]{0,256})\"|'([^'\n]{0,256})'|([^\s>]{1,256}))"
)
_EMPTY = re.compile(r"[*\u2022\u25cf.x]*$|[<{$%]", re.IGNORECASE)  # masked or a template


def _inputs(text: str) -> list[Span]:
    """The values of ``<input>`` fields whose name or type says they hold a secret."""
    out: list[Span] = []
    for tag in _INPUT.finditer(text):
        attrs: dict[str, tuple[str, int, int]] = {}
        for a in _ATTR.finditer(text, tag.start(), tag.end()):
            group = 2 if a.group(2) is not None else 3 if a.group(3) is not None else 4
            attrs.setdefault(a.group(1).lower(), (a.group(group), *a.span(group)))
        value = attrs.get("value")
        if value is None or len(value[0]) < 4 or _EMPTY.match(value[0]):
            continue
        kind = attrs.get("type", ("", 0, 0))[0].lower()
        if kind == "hidden":
            continue
        names = [attrs[k][0] for k in ("name", "id") if k in attrs]
        secret_name = any(
            INPUT_SECRET_NAMES.search(n) and not _NOT_SECRET_NAME.search(n) for n in names
        )
        if kind == "password" or secret_name or _labeled(text, tag.start()):
            out.append(Span(value[1], value[2], "SECRET"))
    return out


# A status page's table: a cell (or a label) that names a key or a password, then the next
# cell with the value shown as text ("<td>WPA Key</td><td>Sonne!77</td>").
CELL_LABELS = (
    "password", "passphrase", "pre-shared key", "preshared key", "network key", "wpa key",
    "wpa2 key", "wireless key", "wifi key", "wi-fi key", "wlan key", "security key", "psk",
    "passwort", "kennwort", "schlüssel", "netzwerkschlüssel", "wlan-schlüssel",
    "mot de passe", "clé", "cle wifi", "clé wi-fi", "contraseña", "clave", "chiave",
    "wachtwoord", "sleutel", "netwerksleutel", "senha", "palavra-passe", "chave",
)  # fmt: skip
_CELL = re.compile(
    r"<(?P<t>td|th|dt|label|span|b|strong)\b[^<>]{0,200}>[ \t]*(?P<label>[^<>\n]{1,40}?)"
    r"[ \t]*:?[ \t]*</(?P=t)>\s{0,40}(?:<(?:td|dd|span|b|strong|code)\b[^<>]{0,200}>[ \t]*){1,2}"
    r"(?P<v>[^<>\s][^<>\n]{2,80}?)[ \t]*</",
    re.IGNORECASE,
)
_CELL_LABEL = re.compile(
    r"(?<![\w])(?:" + longest_first(CELL_LABELS)
    + r")(?![\w])"
)  # fmt: skip
_NOT_CELL_LABEL = re.compile(
    r"type|mode|length|encryption|cipher|format|index|interval|renewal|strength|hint|policy|"
    r"ssid|user|name|id\b|expir|changed|status|public"
)


def _cells(text: str) -> list[Span]:
    """The value in the cell after a cell that labels a key or a password."""
    out: list[Span] = []
    for m in _CELL.finditer(text):
        label = m.group("label").lower()
        value = m.group("v")
        if not _CELL_LABEL.search(label) or _NOT_CELL_LABEL.search(label):
            continue
        if len(value) >= 4 and not _EMPTY.match(value) and value.lower() not in _NOT_SET:
            out.append(Span(*m.span("v"), "SECRET"))
    return out


# Shown in a password's cell when there is none, or only how it is set.
_NOT_SET = frozenset(
    ("none", "not set", "disabled", "enabled", "n/a", "hidden", "auto", "null", "true", "false")
)
_MARKUP = re.compile(r"<[^<>\n]{0,200}>")
_LABEL_REACH = 120  # characters before an input where its label may stand


def _labeled(text: str, start: int) -> bool:
    """Whether the text before an input, without its markup, ends with a label that names a
    key or a password ("PPPoE password: <input ...>", "<td>Network Key</td><td><input")."""
    line = text.rfind("\n", 0, start) + 1
    label = _MARKUP.sub(" ", text[max(line, start - _LABEL_REACH) : start])[-40:].lower()
    return _CELL_LABEL.search(label) is not None and _NOT_CELL_LABEL.search(label) is None


# Cookie names that carry a session or a login (lower case, matched inside the name), and
# those that never do (a CSRF token, analytics ids).
COOKIE_SESSION_NAMES = re.compile(
    r"sess|sid$|^sid|auth|jwt|remember|login|access_?token|refresh_?token|^token$"
)
_NOT_SESSION = re.compile(r"csrf|xsrf|_ga|_gid|_fbp|_gcl|utm|consent|lang|locale|theme")
_COOKIE_LINE = re.compile(r"(?:set-)?cookie[ \t]*:[ \t]*([^\n]{1,4000})", re.IGNORECASE)
_PAIR = re.compile(r"[ \t]*([^=;\s]{1,64})=([^;\s]{8,2000})")


def _cookies(text: str) -> list[Span]:
    """The values of a ``Cookie:``/``Set-Cookie:`` header's session cookies."""
    out: list[Span] = []
    for line in _COOKIE_LINE.finditer(text):
        pos, end = line.start(1), line.end(1)
        while pos < end:
            pair = _PAIR.match(text, pos, end)
            semi = text.find(";", pos, end)
            if pair is not None:
                name = pair.group(1).lower()
                if COOKIE_SESSION_NAMES.search(name) and not _NOT_SESSION.search(name):
                    out.append(Span(*pair.span(2), "SECRET"))
            if semi < 0:
                break
            pos = semi + 1
    return out


# A router's JSON, script or backup names its Wi-Fi key "wpa_key", "wifi_key", "WPAKey",
# "wl0_key": a key of the wireless network is a password however short or plain, where a
# bare "key" must look random (``credentials``).
_WIFI_KEY = re.compile(
    r"(?<![\w])[\"']?[\w.\-]{0,24}?(?:wpa|wlan|wifi|wi-fi|wl[0-9]?|wep|wireless|network)"
    r"[_.\-]?[0-9]?[_.\-]?key[0-9]?[\"']?[ \t]*[:=][ \t]*(?P<q>[\"']?)(?P<v>[^\s\"',;}<>]{4,64})"
    r"(?P=q)",
    re.IGNORECASE,
)


_WIFI_GATES = ("wpa", "wlan", "wifi", "wi-fi", "wl", "wep", "wireless", "network")


def _wifi_keys(text: str) -> list[Span]:
    """Values assigned to a name of the wireless network's key (not a template's)."""
    return [
        Span(*m.span("v"), "SECRET")
        for m in _WIFI_KEY.finditer(text)
        if not _EMPTY.match(m.group("v")) and m.group("v").lower() not in _NOT_SET
    ]


# Terraform state: the generated value of a random_password resource.
_RANDOM_RESULT = re.compile(r"\"result\"[ \t]*:[ \t]*\"([^\"\n]{4,512})\"")
_RESULT_REACH = 1500  # characters after the resource's type that its result may stand in


def _random_passwords(text: str) -> list[Span]:
    """The ``result`` after each ``random_password`` (each stretch of text searched once)."""
    out: list[Span] = []
    searched = 0
    i = text.find("random_password")
    while i >= 0:
        m = _RANDOM_RESULT.search(text, max(i, searched), i + _RESULT_REACH)
        if m is not None:
            out.append(Span(*m.span(1), "SECRET"))
        searched = m.end() if m is not None else i + _RESULT_REACH
        i = text.find("random_password", i + 15)
    return out


def web_secrets(ctx: ScanContext) -> list[Span]:
    """Secrets in saved pages, HTTP headers and Terraform state (see the module's doc)."""
    text = ctx.text
    low = ctx.lower
    out: list[Span] = []
    if "<input" in low:
        out.extend(_inputs(text))
    if "</" in low:
        out.extend(_cells(text))
    if "key" in low and any(map(low.__contains__, _WIFI_GATES)):
        out.extend(_wifi_keys(text))
    if "cookie" in low:
        out.extend(_cookies(text))
    if "random_password" in text:
        out.extend(_random_passwords(text))
    return out
