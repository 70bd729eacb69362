"""The secrets of an internet connection, as ISP work orders, installation sheets, router
labels and QR codes write them.

A field-service work order or an installation sheet lists the Wi-Fi key, the PPPoE (or
PPP) password, the TR-069 ACS and connection-request passwords and the router's admin
password in rows ("WPA2 key: ...", "Netzwerkschlüssel: 7381 0264 ...", "Clé WiFi : ...",
"Clave WiFi:", "Chiave WiFi:", "WiFi-sleutel:", "Chave de rede:") or in an engineer's
sentence ("the PPPoE password is ...", "la nuova chiave WiFi è ..."). The PPPoE LOGIN
beside it ("PPPoE login: 44120987651", "12345678@isp") is a user name: it has no label of
this table, so its digits stay. ``sheet_labels`` reads the value after each label.

A Wi-Fi QR code's payload (``WIFI:T:WPA;S:<ssid>;P:<key>;;``, the ZXing format that
phones read: fields in any order, ``\\;``, ``\\:``, ``\\,`` and ``\\\\`` escaped) holds the
key in its ``P`` field; the SSID (``S``) and the rest stay.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span, longest_first
from llmgate.redaction.sheet_labels import Policy, label_values

__all__ = ["CONNECTION_LABELS", "GATES", "wifi_codes"]

# The labels of a connection's secrets (lower case), in the seven languages.
CONNECTION_LABELS = (
    # Wi-Fi keys
    "wi-fi key", "wifi key", "wlan key", "wpa key", "wpa2 key", "wpa3 key", "wireless key",
    "wireless password", "wi-fi password", "wifi password", "wi-fi pass", "wifi pass",
    "network key", "pre-shared key", "wpa passphrase", "wi-fi passphrase",
    "wlan-schlüssel", "wlan schlüssel", "wlan-passwort", "wlan-kennwort", "wpa-schlüssel",
    "wpa2-schlüssel", "netzwerkschlüssel", "funknetzschlüssel", "wlan-netzwerkschlüssel",
    "clé wifi", "clé wi-fi", "cle wifi", "clé wpa", "clé de sécurité wifi",
    "clé de sécurité wi-fi", "clé de sécurité", "clé réseau", "clé du réseau",
    "mot de passe wifi", "mot de passe wi-fi", "mot de passe du wifi", "mot de passe du wi-fi",
    "clave wifi", "clave wi-fi", "clave de la wifi", "clave del wifi", "clave de red",
    "clave wpa", "contraseña wifi", "contraseña wi-fi", "contraseña del wifi",
    "contraseña de la wifi", "contraseña de la red", "clave de la red",
    "chiave wifi", "chiave wi-fi", "chiave di rete", "chiave di rete wireless", "chiave wpa",
    "chiave del wifi", "chiave della rete", "password wifi", "password wi-fi",
    "password del wifi", "password del wi-fi", "password della rete",
    "wifi-sleutel", "wifi sleutel", "wifi-wachtwoord", "wifi wachtwoord", "wlan-sleutel",
    "netwerksleutel", "wpa-sleutel", "wachtwoord van de wifi", "wachtwoord van het wifi",
    "chave de rede", "chave wi-fi", "chave wifi", "chave da rede", "chave da rede wi-fi",
    "chave de segurança", "senha do wi-fi", "senha do wifi", "senha wi-fi", "senha wifi",
    "senha da rede", "senha da rede wi-fi", "palavra-passe wi-fi", "palavra-passe wifi",
    # PPPoE and PPP passwords (not their logins)
    "pppoe password", "ppp password", "pppoe pw", "pppoe pass", "dsl password",
    "pppoe-passwort", "pppoe-kennwort", "pppoe passwort", "ppp-passwort", "ppp-kennwort",
    "persönliches kennwort", "zugangskennwort", "mot de passe ppp", "mot de passe pppoe",
    "mot de passe de connexion", "contraseña pppoe", "contraseña ppp", "clave pppoe",
    "password pppoe", "password ppp", "pppoe-wachtwoord", "pppoe wachtwoord",
    "ppp-wachtwoord", "palavra-passe pppoe", "palavra-passe ppp", "senha pppoe", "senha ppp",
    # TR-069 (ACS, connection request) and the router's own admin password
    "acs password", "tr-069 password", "tr069 password", "cwmp password",
    "connection request password", "acs-kennwort", "acs-passwort", "acs kennwort",
    "verbindungsanforderung kennwort", "mot de passe acs", "contraseña acs", "password acs",
    "acs-wachtwoord", "senha acs", "admin password", "administrator password",
    "router password", "router admin password", "gui password", "web interface password",
    "admin-passwort", "admin-kennwort", "routerpasswort", "router-passwort",
    "router-kennwort", "gerätepasswort", "gerätekennwort", "kennwort der benutzeroberfläche",
    "fritz!box-kennwort", "mot de passe admin", "mot de passe administrateur",
    "mot de passe de la box", "mot de passe admin box", "mot de passe du routeur",
    "contraseña del router", "contraseña de acceso al router", "contraseña de administrador",
    "contraseña admin", "password amministratore", "password di amministratore",
    "password di accesso al modem", "password del modem", "password del router",
    "password amministratore modem", "beheerderswachtwoord", "beheerwachtwoord",
    "routerwachtwoord", "wachtwoord van de router", "senha de administrador",
    "senha do router", "senha do roteador", "senha de acesso ao router",
)  # fmt: skip
_LABELS = re.compile(r"(?<![\w\-])(?:" + longest_first(CONNECTION_LABELS) + r")(?![\w\-])")
# A key, a password: six characters or more; eight digits or more when only digits (a
# PPPoE password printed on the welcome letter, a numeric WPA key).
_POLICY = Policy(words=False, digits=8, minimum=6)
# Substrings of which every label holds one: the rule runs only where one occurs.
GATES = (
    "wi-fi", "wifi", "wlan", "wpa", "wireless", "network key", "pre-shared", "netzwerk",
    "clé", "cle wifi", "clave", "chiave", "sleutel", "chave", "senha", "ppp", "kennwort",
    "mot de passe", "contraseña", "password", "passwort", "wachtwoord", "palavra-passe",
    "admin", "acs", "tr-069", "tr069", "cwmp",
)  # fmt: skip

# The bare words for a key or a password, a label only after a network's word on the line.
_BARE = re.compile(
    r"(?<![\w\-])(?:key|pass|password|pw|code|schlüssel|passwort|kennwort|clé|cle"
    r"|mot de passe|clave|contraseña|chiave|sleutel|wachtwoord|chave|senha|palavra-passe)"
    r"(?![\w\-])"
)
_NETWORK = re.compile(
    r"(?<![\w\-])(?:wi-?fi|wlan|ssid|wireless|network|netzwerk|netz|réseau|reseau|red|rete"
    r"|netwerk|rede)(?![\w\-])"
)
_NETWORK_GATES = ("wifi", "wi-fi", "wlan", "ssid", "wireless", "network", "netz", "réseau",
                  "reseau", "red", "rete", "netwerk", "rede", "internet", "dsl", "ppp",
                  "zugangsdaten", "broadband", "fibre", "fiber", "fibra")  # fmt: skip
_NETWORK_REACH = 80
# An internet line's words, before a bare password word only ("Internet: Benutzer ...,
# Kennwort 62839104"; "Internet order code" is an order's).
_LINE = re.compile(
    r"(?<![\w\-])(?:internet|dsl|adsl|vdsl|pppoe|ppp|zugangsdaten|broadband|glasfaser|fibre"
    r"|fiber|fibra)(?![\w\-])"
)
_PASSWORD_WORDS = frozenset((
    "pass", "password", "pw", "passwort", "kennwort", "mot de passe", "contraseña",
    "wachtwoord", "senha", "palavra-passe",
))  # fmt: skip

# A QR payload's fields: a name, ":", the value up to an unescaped ";".
_QR_START = re.compile(r"(?<![\w])wifi:(?=[a-z]{1,3}:)")
_QR_FIELD = re.compile(r"(?P<name>[a-z0-9]{1,3}):(?P<value>(?:\\.|[^;\\\n]){0,256}+);")


def _qr_keys(text: str, low: str) -> list[Span]:
    """The ``P`` field of every ``WIFI:`` QR payload."""
    out: list[Span] = []
    for m in _QR_START.finditer(low):
        pos = m.end()
        for _ in range(8):  # T, S, P, H and the EAP fields: a payload has at most eight
            field = _QR_FIELD.match(low, pos)
            if field is None:
                break
            if field.group("name") == "p" and field.group("value"):
                out.append(Span(*field.span("value"), "SECRET"))
            pos = field.end()
            if low.startswith(";", pos):
                break
    return out


def wifi_codes(ctx: ScanContext) -> list[Span]:
    """The Wi-Fi key, PPPoE, ACS and router passwords of a sheet, a note or a QR payload."""
    low = ctx.lower_spelled
    if low is None:
        return []
    out = _qr_keys(ctx.text, low) if "wifi:" in low else []
    if any(map(low.__contains__, GATES)):
        out.extend(label_values(ctx.text, low, _LABELS.finditer(low), _POLICY))
    if any(map(low.__contains__, _NETWORK_GATES)):
        out.extend(label_values(ctx.text, low, _bare_labels(low), _POLICY))
    return out


def _bare_labels(low: str) -> list[re.Match[str]]:
    """The bare words for a key or a password that follow a Wi-Fi network's word on their
    line ("rete CasaLuna_Guest, chiave ...", "Wifi: Zonnebloem | sleutel: ...")."""
    found = []
    for m in _BARE.finditer(low):
        line = low.rfind("\n", 0, m.start()) + 1
        lo = max(line, m.start() - _NETWORK_REACH)
        if _NETWORK.search(low, lo, m.start()) is not None or (
            m.group() in _PASSWORD_WORDS and _LINE.search(low, lo, m.start()) is not None
        ):
            found.append(m)
    return found
